#pragma once
// How an end-to-end test waits for a command it started: its status and output, or a timeout
// (the command is killed then, and its status is -1).
#include <QProcess>
#include <QString>

namespace e2e {

struct Run {
    int status = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

inline Run finish(QProcess &p, int timeoutMs)
{
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("timed out: ") + QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace e2e
