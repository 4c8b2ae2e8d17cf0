// initbench-enter PID -- PROGRAM [ARGS...]: see confinedentry.h.
#include "confinedentry.h"

int main(int argc, char *argv[])
{
    return initbench::runConfinedEntry(argc - 1, argv + 1);
}
