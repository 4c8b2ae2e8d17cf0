// initbench-enter PID -- PROGRAM [ARGS...]: see confinedentry.h.
#include "confinedentry.h"

#if defined(__SANITIZE_ADDRESS__)
#define INITBENCH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define INITBENCH_ASAN 1
#endif
#endif
#ifdef INITBENCH_ASAN
#include <sanitizer/lsan_interface.h>
#endif

int main(int argc, char *argv[])
{
#ifdef INITBENCH_ASAN
    // Under the sanitizers (scripts/fuzz --unit): LeakSanitizer's check at exit stops the world
    // with ptrace, which the container's namespaces and seccomp filter refuse, and it then spins
    // (sched_yield) for tens of seconds. Check now, before entering; the exit check is then off.
    __lsan_do_leak_check();
#endif
    return initbench::runConfinedEntry(argc - 1, argv + 1);
}
