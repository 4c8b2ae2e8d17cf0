#pragma once

namespace initbench {

// While one of these lives, every command the ProcessRunner starts on this thread runs at a
// lower CPU priority (nice 10, or its own when that is lower still) than the thread itself. Not
// what a supervisor started on the thread starts: an nspawn machine runs at the priority of the
// Initbench that started it, from the window as from the command line. The window's operations use it: with ten
// of them on two cores, the window must not wait for the commands they start (docker's client,
// ssh-keygen, mmdebstrap). The threads themselves keep the window's priority: a lowered thread
// holding a lock the GUI thread needs (Qt's posted-event queue) kept the window waiting for it.
// Lowering a child's priority needs no privilege.
class LowPriorityScope
{
public:
    LowPriorityScope();
    ~LowPriorityScope();
    LowPriorityScope(const LowPriorityScope &) = delete;
    LowPriorityScope &operator=(const LowPriorityScope &) = delete;

    // The nice value commands started on this thread get: 0 outside any scope.
    static int childNice();

private:
    int m_previous;
};

} // namespace initbench
