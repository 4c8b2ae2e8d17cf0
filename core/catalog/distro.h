#pragma once
#include "catalog/fragment.h"

#include <QMap>
#include <QString>

namespace initbench {

// How an nspawn root tree is made when no container engine builds it.
struct Bootstrap {
    QString tool;   // "mmdebstrap" (Debian, Ubuntu) or empty: export an image built by docker/podman
    QString suite;
    QString mirror;
    QString variant;
};

struct Distro {
    QString id;      // "debian:bookworm": what a profile names
    QString name;    // "Debian 12 (bookworm)"
    QString family;  // selects init and service variants: debian, alpine, fedora, arch, void, guix
    QString image;   // registry image for docker/podman; empty when there is none
    QString install; // shell template installing {packages}
    QString addUser; // shell template creating {user}
    QString shell;   // login shell for created users
    QString setTimezone; // shell template for {timezone}
    QStringList packages; // installed in every image of this distro (tools Initbench relies on)
    Bootstrap bootstrap;
    Fragment nspawn; // tree fixes every nspawn tree of this distro needs
    QMap<QString, QString> refusedInits;   // init id -> one-line reason
    QMap<QString, QString> refusedEngines; // engine -> one-line reason
    QString sourceFile;
};

} // namespace initbench
