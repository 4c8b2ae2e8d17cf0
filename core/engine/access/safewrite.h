#pragma once
#include <QByteArray>
#include <QString>

namespace initbench {

// Writes one file into a container's root tree from the host, confined to that tree: the folder
// is resolved with openat2 under RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS (an /etc/ssh that is a
// symlink to the host's /etc/ssh lands inside the tree), the content goes into a new file made
// with O_EXCL | O_NOFOLLOW and its final owner and mode, and is renamed over the old name, which
// replaces whatever was there (a link is replaced, never followed). Used on nspawn trees before
// their init starts.
class SafeWrite
{
public:
    // rootTree: the tree on the host. path: absolute inside the container. The new file is owned
    // by the owner of the tree's own "/" (root as the container sees it, with or without a
    // shifted UID range).
    static QString file(const QString &rootTree, const QString &path, const QByteArray &content, int mode);
};

} // namespace initbench
