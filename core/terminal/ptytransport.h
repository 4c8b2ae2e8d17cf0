#pragma once
#include "terminal/terminaltransport.h"

#include <QStringList>

#include <sys/types.h>

class QSocketNotifier;
class QTimer;

namespace initbench {

// Runs an argument list on a new pseudo-terminal (forkpty): an engine's exec shell
// (`docker exec -it NAME /bin/sh`), `docker attach`, any local program. Reading is driven by a
// QSocketNotifier on the master side, so nothing blocks the thread it lives on.
class PtyTransport : public ITerminalTransport
{
    Q_OBJECT
public:
    // label: see ITerminalTransport::label(); loginRecord: whether the program makes a login.
    PtyTransport(QStringList argv, QString label, bool loginRecord = false, QObject *parent = nullptr);
    ~PtyTransport() override;

    // Before start(): the terminal's first size and extra environment ("TERM=..." by default xterm-256color).
    void setInitialSize(int columns, int rows);
    void setEnvironment(const QStringList &variables) { m_extraEnvironment = variables; }

    Kind kind() const override { return Kind::Pty; }
    QString label() const override { return m_label; }
    bool writesLoginRecord() const override { return m_loginRecord; }
    void start() override;
    void write(const QByteArray &data) override;
    void resize(int columns, int rows) override;
    void close() override;

    pid_t pid() const { return m_pid; }

private:
    void readMaster();
    bool drainMaster(); // emits what is readable; true when the pty hung up
    void flushPending();
    void masterClosed();
    void reap();
    void finish(int status, const QString &reason);

    QStringList m_argv;
    QString m_label;
    bool m_loginRecord;
    QStringList m_extraEnvironment;
    unsigned short m_columns = 80;
    unsigned short m_rows = 24;
    int m_master = -1;
    pid_t m_pid = -1;
    bool m_finished = false;
    QByteArray m_pending; // written but not yet accepted by the pty
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_reapTimer = nullptr;
};

} // namespace initbench
