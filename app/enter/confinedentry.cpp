#include "confinedentry.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PTRACE_SECCOMP_GET_FILTER
#define PTRACE_SECCOMP_GET_FILTER 0x420c
#endif

namespace initbench {

namespace {

const int kFailed = 125;
// A chain longer than this is not something an engine installs; refuse rather than loop.
const long kMaxFilters = 64;

// What the container's own processes run with, read from its init before entering.
struct LeaderFacts {
    uint64_t capInh = 0, capPrm = 0, capEff = 0, capBnd = 0;
    bool noNewPrivs = false;
    int seccompMode = 0;
    std::string appArmorProfile; // empty: none to apply
    std::vector<std::vector<sock_filter>> filters; // [0] is the newest, as the kernel lists them
};

struct Failure {
    std::string what;
    int error;
};

[[noreturn]] void fail(const std::string &what, int error = errno) { throw Failure{what, error}; }

std::string readAt(int dirFd, const char *name, std::size_t cap = 64 * 1024)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0)
        fail(std::string("cannot read the init's ") + name);
    std::string out;
    char buf[4096];
    ssize_t n;
    while (out.size() < cap && (n = ::read(fd, buf, sizeof buf)) > 0)
        out.append(buf, std::size_t(n));
    ::close(fd);
    return out;
}

std::string statusField(const std::string &status, const char *key)
{
    const std::string needle = std::string("\n") + key + ":";
    const std::size_t at = ("\n" + status).find(needle);
    if (at == std::string::npos)
        fail(std::string("the init's status has no ") + key, EINVAL);
    std::size_t begin = at + needle.size() - 1; // index into status ("\n" prefix removed)
    while (begin < status.size() && (status[begin] == '\t' || status[begin] == ' '))
        ++begin;
    return status.substr(begin, status.find('\n', begin) - begin);
}

uint64_t hexField(const std::string &status, const char *key)
{
    return std::strtoull(statusField(status, key).c_str(), nullptr, 16);
}

// The AppArmor profile of a process ("docker-default (enforce)"), or empty when there is no
// LSM label to carry over (AppArmor off: the file does not answer).
std::string appArmorProfile(int procDir)
{
    const int fd = ::openat(procDir, "attr/current", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buf[512];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return {};
    std::string label(buf, std::size_t(n));
    while (!label.empty() && (label.back() == '\n' || label.back() == '\0'))
        label.pop_back();
    if (label.empty() || label == "unconfined")
        return {};
    const std::size_t mode = label.rfind(" (");
    if (mode == std::string::npos)
        fail("the init has a security label Initbench cannot carry over: " + label, ENOTSUP);
    return label.substr(0, mode);
}

// The init's seccomp filters, read while it is held in a ptrace stop for a moment.
std::vector<std::vector<sock_filter>> seccompFilters(pid_t pid)
{
    if (::ptrace(PTRACE_SEIZE, pid, nullptr, nullptr) != 0)
        fail("cannot read the init's seccomp filter (ptrace)");
    std::vector<std::vector<sock_filter>> filters;
    try {
        if (::ptrace(PTRACE_INTERRUPT, pid, nullptr, nullptr) != 0)
            fail("cannot stop the init to read its seccomp filter");
        int status = 0;
        if (::waitpid(pid, &status, __WALL) != pid || !WIFSTOPPED(status))
            fail("the init did not stop to have its seccomp filter read", ESRCH);
        for (long i = 0;; ++i) {
            const long n = ::ptrace(PTRACE_SECCOMP_GET_FILTER, pid, reinterpret_cast<void *>(i), nullptr);
            if (n < 0 && errno == ENOENT)
                break;
            if (n <= 0 || i >= kMaxFilters)
                fail("cannot read the init's seccomp filter", n < 0 ? errno : EINVAL);
            std::vector<sock_filter> program(static_cast<std::size_t>(n));
            if (::ptrace(PTRACE_SECCOMP_GET_FILTER, pid, reinterpret_cast<void *>(i), program.data()) != n)
                fail("cannot read the init's seccomp filter");
            filters.push_back(std::move(program));
        }
    } catch (...) {
        ::ptrace(PTRACE_DETACH, pid, nullptr, nullptr);
        throw;
    }
    ::ptrace(PTRACE_DETACH, pid, nullptr, nullptr);
    return filters;
}

LeaderFacts leaderFacts(pid_t pid, int procDir)
{
    const std::string status = readAt(procDir, "status");
    LeaderFacts f;
    f.capInh = hexField(status, "CapInh");
    f.capPrm = hexField(status, "CapPrm");
    f.capEff = hexField(status, "CapEff");
    f.capBnd = hexField(status, "CapBnd");
    f.noNewPrivs = statusField(status, "NoNewPrivs") == "1";
    f.seccompMode = std::atoi(statusField(status, "Seccomp").c_str());
    if (f.seccompMode == 1)
        fail("the init runs in strict seccomp mode; nothing can join it", EPERM);
    if (f.seccompMode == 2)
        f.filters = seccompFilters(pid);
    f.appArmorProfile = appArmorProfile(procDir);
    return f;
}

// Where each cgroup hierarchy is mounted on this host, from /proc/self/mountinfo:
// "cgroup2" for the unified one, else the controller list as the kernel prints it.
std::string cgroupMount(const std::string &mountinfo, const std::string &controllers)
{
    std::size_t line = 0;
    while (line < mountinfo.size()) {
        const std::size_t end = mountinfo.find('\n', line);
        const std::string l = mountinfo.substr(line, end == std::string::npos ? std::string::npos : end - line);
        line = end == std::string::npos ? mountinfo.size() : end + 1;
        // id parent major:minor root mountpoint options ... - fstype source superoptions
        char root[512], point[512], fstype[64], source[64], superOptions[512];
        const std::size_t dash = l.find(" - ");
        if (dash == std::string::npos
            || std::sscanf(l.c_str(), "%*s %*s %*s %511s %511s", root, point) != 2
            || std::sscanf(l.c_str() + dash + 3, "%63s %63s %511s", fstype, source, superOptions) != 3
            || std::strcmp(root, "/") != 0)
            continue;
        if (controllers.empty()) {
            if (std::strcmp(fstype, "cgroup2") == 0)
                return point;
            continue;
        }
        if (std::strcmp(fstype, "cgroup") != 0)
            continue;
        const std::string options = std::string(",") + superOptions + ",";
        const std::string first = controllers.substr(0, controllers.find(','));
        if (options.find("," + first + ",") != std::string::npos)
            return point;
    }
    return {};
}

// Moves this process into every cgroup the init is in: the device rules, pids and memory
// limits the engine set for the container then hold for what runs inside as well.
void joinCgroups(int procDir, int hostProc)
{
    const std::string cgroups = readAt(procDir, "cgroup");
    const std::string mountinfo = readAt(hostProc, "self/mountinfo", 4 << 20);
    std::size_t line = 0;
    while (line < cgroups.size()) {
        const std::size_t end = cgroups.find('\n', line);
        const std::string l = cgroups.substr(line, end == std::string::npos ? std::string::npos : end - line);
        line = end == std::string::npos ? cgroups.size() : end + 1;
        const std::size_t c1 = l.find(':'), c2 = l.find(':', c1 + 1);
        if (c1 == std::string::npos || c2 == std::string::npos)
            continue;
        const std::string controllers = l.substr(c1 + 1, c2 - c1 - 1);
        const std::string path = l.substr(c2 + 1);
        if (path.empty() || path[0] != '/' || path.find("/..") != std::string::npos)
            fail("the init's cgroup path is not one Initbench can join: " + path, EINVAL);
        const std::string mount = cgroupMount(mountinfo, controllers.rfind("name=", 0) == 0 ? controllers.substr(5) : controllers);
        if (mount.empty())
            continue; // a hierarchy this host does not mount: nothing there to escape either
        const std::string procs = mount + (path == "/" ? "" : path) + "/cgroup.procs";
        const int fd = ::open(procs.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0 || ::write(fd, "0", 1) != 1)
            fail("cannot join the container's cgroup " + procs);
        ::close(fd);
    }
}

bool sameNamespace(int procDir, const char *name)
{
    struct stat theirs {}, ours {};
    const std::string path = std::string("ns/") + name;
    if (::fstatat(procDir, path.c_str(), &theirs, 0) != 0 || ::stat(("/proc/self/" + path).c_str(), &ours) != 0)
        fail(std::string("cannot compare the ") + name + " namespace");
    return theirs.st_ino == ours.st_ino && theirs.st_dev == ours.st_dev;
}

void dropTo(const LeaderFacts &f, int hostProc)
{
    for (int cap = 0; cap < 64; ++cap)
        if (!(f.capBnd & (uint64_t(1) << cap)) && ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL)
            fail("cannot drop a capability from the bounding set");
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL)
        fail("cannot clear the ambient capabilities");
    // The profile is set for the exec to come, through the host's /proc (the container's could lie).
    if (!f.appArmorProfile.empty()) {
        const int fd = ::openat(hostProc, "thread-self/attr/exec", O_WRONLY | O_CLOEXEC);
        const std::string change = "exec " + f.appArmorProfile;
        if (fd < 0 || ::write(fd, change.data(), change.size()) != ssize_t(change.size()))
            fail("cannot take on the container's AppArmor profile " + f.appArmorProfile);
        ::close(fd);
    }
    // Oldest first, so the chain ends up as the init's. Installed while CAP_SYS_ADMIN is still
    // held, so that no_new_privs is set only when the init has it.
    for (auto it = f.filters.rbegin(); it != f.filters.rend(); ++it) {
        sock_fprog program{static_cast<unsigned short>(it->size()), const_cast<sock_filter *>(it->data())};
        if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) != 0)
            fail("cannot install the container's seccomp filter");
    }
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {
        {uint32_t(f.capEff), uint32_t(f.capPrm), uint32_t(f.capInh)},
        {uint32_t(f.capEff >> 32), uint32_t(f.capPrm >> 32), uint32_t(f.capInh >> 32)},
    };
    if (::syscall(SYS_capset, &header, data) != 0)
        fail("cannot lower the capabilities to the container's");
    if (f.noNewPrivs && ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        fail("cannot set no_new_privs");
}

[[noreturn]] void execInside(char **argv)
{
    const char *term = std::getenv("TERM");
    const std::string keepTerm = term ? term : "";
    ::clearenv();
    ::setenv("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 1);
    ::setenv("HOME", "/root", 1);
    if (!keepTerm.empty())
        ::setenv("TERM", keepTerm.c_str(), 1);
    ::execvp(argv[0], argv);
    std::fprintf(stderr, "initbench-enter: %s: %s\n", argv[0], std::strerror(errno));
    ::_exit(errno == ENOENT ? 127 : 126);
}

pid_t g_child = 0;
void forward(int sig)
{
    if (g_child > 0)
        ::kill(g_child, sig);
}

int waitForChild(pid_t child)
{
    g_child = child;
    // ^C on the terminal reaches the program inside (same process group); this process stays
    // to report its status. A kill of this process kills the program too (PDEATHSIG).
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGQUIT, SIG_IGN);
    ::signal(SIGTERM, forward);
    ::signal(SIGHUP, forward);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0)
        if (errno != EINTR)
            return kFailed;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int enter(pid_t pid, char **argv)
{
    const int pidFd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (pidFd < 0)
        fail("no such process " + std::to_string(pid));
    const int hostProc = ::open("/proc", O_PATH | O_DIRECTORY | O_CLOEXEC);
    const std::string dir = "/proc/" + std::to_string(pid);
    const int procDir = ::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    const int rootFd = ::open((dir + "/root").c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (hostProc < 0 || procDir < 0 || rootFd < 0)
        fail("cannot open the init's /proc entry");
    LeaderFacts facts = leaderFacts(pid, procDir);
    int flags = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWPID | CLONE_NEWCGROUP;
    const bool userNs = !sameNamespace(procDir, "user");
    if (userNs)
        flags |= CLONE_NEWUSER;
    // The pidfd still names the process read above: it did not exit and give its PID away.
    if (::syscall(SYS_pidfd_send_signal, pidFd, 0, nullptr, 0) != 0)
        fail("the init exited while Initbench entered it");
    joinCgroups(procDir, hostProc);
    if (::setns(pidFd, flags) != 0)
        fail("cannot enter the container's namespaces");
    if (userNs) {
        ::setgroups(0, nullptr); // refused where the container denies setgroups; harmless then
        if (::setresgid(0, 0, 0) != 0 || ::setresuid(0, 0, 0) != 0)
            fail("cannot become root of the container's user namespace");
    }
    if (::fchdir(rootFd) != 0 || ::chroot(".") != 0 || ::chdir("/") != 0)
        fail("cannot change to the container's root");
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child < 0)
        fail("cannot start a process inside");
    if (child > 0) {
        ::close(pidFd);
        ::close(procDir);
        ::close(rootFd);
        return waitForChild(child);
    }
    // Seen from inside a PID namespace of its own, the parent (outside) is PID 0; had it died
    // already, this process would belong to the container's init.
    const pid_t ppid = ::getppid();
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0 || (ppid != 0 && ppid != parent)) {
        std::fprintf(stderr, "initbench-enter: the entering process went away; nothing was run\n");
        ::_exit(kFailed);
    }
    try {
        dropTo(facts, hostProc);
    } catch (const Failure &f) {
        std::fprintf(stderr, "initbench-enter: %s: %s; nothing was run\n", f.what.c_str(), std::strerror(f.error));
        ::_exit(kFailed);
    }
    ::close(hostProc);
    execInside(argv);
}

} // namespace

int runConfinedEntry(int argc, char **argv)
{
    // PID -- PROGRAM ARGS...
    if (argc < 3 || std::strcmp(argv[1], "--") != 0) {
        std::fprintf(stderr, "usage: initbench-enter PID -- PROGRAM [ARGS...]\n");
        return kFailed;
    }
    char *end = nullptr;
    const long pid = std::strtol(argv[0], &end, 10);
    if (*end != '\0' || pid <= 0) {
        std::fprintf(stderr, "initbench-enter: '%s' is not a process ID\n", argv[0]);
        return kFailed;
    }
    try {
        return enter(pid_t(pid), argv + 2);
    } catch (const Failure &f) {
        std::fprintf(stderr, "initbench-enter: %s: %s; nothing was run\n", f.what.c_str(), std::strerror(f.error));
        return kFailed;
    }
}

} // namespace initbench
