#pragma once
#include "process/commandline.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace initbench {

// A file of the build context, relative to the context folder.
struct ContextFile {
    QString path;
    QByteArray content;
    int mode = 0644;
};

struct PlannedCommand {
    QString step;        // what it does, for logs and the printed plan
    CommandLine command;
};

// Everything needed to make and start one container: the build context and the exact
// commands, in order. Nothing here has run yet.
struct BuildPlan {
    QString engine;
    QString image;       // tag built by docker/podman; for nspawn, the image a tree is exported from
    QString rootTree;    // nspawn only: the container's root folder
    QString contextHash; // digest of the build context; images carry it as a label, so an
                         // unchanged context is not built again
    QList<ContextFile> files;
    QList<PlannedCommand> build; // make the image or tree
    PlannedCommand run;          // boot it
    // `chpasswd -e` input ("user:hash" lines), given on stdin inside the new container right
    // after it starts: no password hash is ever part of an image, a tree's build or a command line.
    QByteArray passwords;
    // Where the container's sshd reads the host key Initbench made for it (ContainerHostKey);
    // empty when no service takes one. Pinned before the first boot; docker and podman mount it
    // (the run command says so), an nspawn tree gets it written in.
    QString hostKeyTarget;

    const ContextFile *file(const QString &path) const
    {
        for (const ContextFile &f : files)
            if (f.path == path)
                return &f;
        return nullptr;
    }
};

} // namespace initbench
