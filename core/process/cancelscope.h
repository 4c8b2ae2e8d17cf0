#pragma once
#include <atomic>
#include <memory>

namespace initbench {

// A request to stop one operation (a build, a boot), shared between who asks (the window's
// Cancel) and the thread doing the work.
class CancelToken
{
public:
    void cancel() const { m_flag->store(true); }
    bool cancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag = std::make_shared<std::atomic_bool>(false);
};

// Makes a token the current one of this thread while the scope lives: every command the
// ProcessRunner runs on this thread then ends as Cancelled once the token is cancelled (one
// that is running is stopped, later ones do not start), and long waits look at cancelled().
// Other threads sharing the runner (a terminal, the Inspect pane) are not touched.
class CancelScope
{
public:
    explicit CancelScope(CancelToken token);
    ~CancelScope();
    CancelScope(const CancelScope &) = delete;
    CancelScope &operator=(const CancelScope &) = delete;

    static bool cancelled(); // this thread's operation was asked to stop

    // Cleaning up after a cancel must still run commands: no token while one of these lives.
    class Pause
    {
    public:
        Pause();
        ~Pause();

    private:
        const CancelToken *m_saved;
    };

private:
    CancelToken m_token;
    const CancelToken *m_previous;
};

} // namespace initbench
