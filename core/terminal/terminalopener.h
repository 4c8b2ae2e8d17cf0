#pragma once
#include "terminal/terminalsession.h"

namespace initbench {

// Knows how to reach a container for each kind of session: what the terminal pane asks for
// a new session. The real one is ContainerTerminals; tests use pty and SSH fixtures.
class ITerminalOpener
{
public:
    virtual ~ITerminalOpener() = default;
    // Empty when a session of this kind can be opened on the engine; else why not, for the user.
    virtual QString unavailableReason(TerminalSession::Kind kind, const QString &engine) const = 0;
    virtual TerminalSession::TransportFactory factory(TerminalSession::Kind kind, const QString &container,
                                                      const QString &engine) = 0;
};

} // namespace initbench
