#pragma once

namespace initbench {

// `initbench-enter PID -- PROGRAM ARGS...`: runs a program inside a running container whose
// init is host process PID, with no more power than the container's own processes have.
// A program of its own, with no Qt: up's readiness check starts it every 20 ms, and the main
// binary takes 13 ms just to start (this, 5 ms with `true` run inside; nsenter took 2.6).
//
// nsenter alone keeps the caller's full capability set, no seccomp filter, no cgroup and no LSM
// profile: a container binary it runs (sh, systemctl, rc-status) would run as host root. This
// entry instead takes from the init, before anything of the container runs:
//   - its cgroups (so device rules and limits apply), then its namespaces and root;
//   - its capability bounding set, permitted/effective/inheritable sets, no ambient ones;
//   - its seccomp filters (copied with PTRACE_SECCOMP_GET_FILTER), its no_new_privs flag;
//   - its AppArmor profile, when it has one.
// Any step that fails stops the entry: nothing runs rather than something unconfined.
// The environment is a fixed minimal one: the host's never reaches the container.
//
// Runs in the calling (single-threaded) process and returns only on failure, with an exit
// status of 125 after saying why on stderr; otherwise it exits with the program's status (128 +
// signal when killed). argv: PID, "--", PROGRAM, ARGS... (the helper's own name removed).
int runConfinedEntry(int argc, char **argv);

} // namespace initbench
