#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>

namespace initbench {

// A byte pipe to something that runs on a terminal: a local pty (engine exec shell, attach,
// a console) or an SSH channel. The screen model and the view sit on top and only see bytes,
// so another backend is one more subclass.
class ITerminalTransport : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Pty, Ssh };

    using QObject::QObject;
    ~ITerminalTransport() override = default;

    virtual Kind kind() const = 0;
    // What the UI shows next to the terminal, e.g. "exec shell: writes no login record".
    virtual QString label() const = 0;
    // Whether the session is a real login (utmp/wtmp record): SSH yes, an engine exec no.
    virtual bool writesLoginRecord() const = 0;

    // Starts the session; the outcome arrives as started() or finished(), never as a return value,
    // so a failure to start and a session that ends take the same path.
    virtual void start() = 0;
    virtual void write(const QByteArray &data) = 0;
    virtual void resize(int columns, int rows) = 0;
    // Ends the session (hang-up); finished() follows.
    virtual void close() = 0;

signals:
    void started();
    void received(const QByteArray &data);
    // exitStatus: the program's exit status, 128+N when killed by signal N, -1 when there is
    // none (failed to start, connection lost). reason says which, for the user.
    void finished(int exitStatus, const QString &reason);
};

} // namespace initbench
