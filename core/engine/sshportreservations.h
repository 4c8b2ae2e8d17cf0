#pragma once
#include <QSet>
#include <QString>

namespace initbench {

// The host ports Initbench chose for containers whose profile names no ssh_port: one per
// container name, in DATA/ports/NAME, kept from the container's creation to its `rm`, so the
// port stays the same across down and up and a rebuilt nspawn tree's sshd keeps listening on it.
// Choosing happens under a lock (DATA/ports/.lock) shared by every Initbench on the machine:
// several containers made at once, by one process or many, never get the same port.
class SshPortReservations
{
public:
    explicit SshPortReservations(QString dataDir);

    // The port kept for name; 0 when none is.
    int reserved(const QString &name) const;
    // Keeps for name a port that is free on 127.0.0.1 now and kept for no other name, replacing
    // name's earlier one: preferred when it is such a port (the one a preview showed), else one
    // the kernel offers; 0 with *error set when none can be had.
    int reserveFree(const QString &name, QString *error, int preferred = 0);
    // Forgets name's port; none kept is no error.
    bool release(const QString &name, QString *error);
    // A port free now and kept for no one, without keeping it.
    int peekFree() const;
    // What a preview of name's recipe shows: the port kept for it, else the port shown before
    // while it is still free (a preview redrawn as the user types keeps its port), else one
    // free now.
    int previewPort(const QString &name, int shownBefore = 0) const;

private:
    QString directory() const;
    QString fileOf(const QString &name) const;
    QSet<int> allReserved() const;
    int pickFree(const QSet<int> &taken, int preferred = 0) const;

    QString m_dataDir;
};

} // namespace initbench
