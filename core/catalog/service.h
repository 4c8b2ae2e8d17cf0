#pragma once
#include "catalog/fragment.h"

#include <QMap>
#include <QString>

namespace initbench {

struct Service {
    QString id;      // "sshd"
    QString name;    // "OpenSSH server"
    QString summary;
    int port = 0;    // container port published by docker/podman, 0 for none
    // Where the service reads its host key inside the container; empty for none. Initbench
    // makes that key per container (ContainerHostKey) and gives it in at boot, never in an image.
    QString hostKey;
    QMap<QString, QStringList> packages; // distro family -> packages
    QMap<QString, Fragment> recipes;     // variant key ("init@family", "init", "@family", "*")
    QMap<QString, Fragment> engines;     // engine -> extra fragment
    QMap<QString, QString> refused;      // variant key -> reason
    QString sourceFile;
};

} // namespace initbench
