#pragma once
#include <QString>

namespace initbench {

// One lock per container name (flock on DATA/locks/NAME.lock), held for a build, up, down or
// rm, by the window and the CLI alike: two of them never work on the same container at once.
// Taken without waiting: a busy name is said, with who holds it, and nothing is done.
class NameLock
{
public:
    // Wait: for work that several containers share (a base image made once for all): the lock
    // is waited for, until this thread's operation is cancelled.
    enum class Mode { Try, Wait };
    NameLock(const QString &dataDir, const QString &name, const QString &operation, Mode mode = Mode::Try);
    ~NameLock();
    NameLock(const NameLock &) = delete;
    NameLock &operator=(const NameLock &) = delete;

    bool held() const { return m_fd >= 0; }
    QString error() const { return m_error; }

private:
    int m_fd = -1;
    QString m_error;
};

} // namespace initbench
