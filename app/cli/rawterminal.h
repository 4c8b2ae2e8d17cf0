#pragma once
#include <termios.h>
#include <unistd.h>

namespace initbench::cli {

// The local terminal in raw mode for as long as this lives: keys go to the remote pty as typed
// (^C included), and the terminal is itself again afterwards, whichever way we leave.
class RawTerminal
{
public:
    explicit RawTerminal(bool wanted)
    {
        if (!wanted || !::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        ::cfmakeraw(&raw);
        m_active = ::tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0;
    }
    ~RawTerminal()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSADRAIN, &m_saved);
    }

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace initbench::cli
