#include "engine/sshendpoint.h"

#include <QList>

namespace initbench {

static std::optional<int> asPort(const QByteArray &text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    return ok && port > 0 && port < 65536 ? std::optional<int>(port) : std::nullopt;
}

std::optional<int> parsePublishedPort(const QByteArray &output)
{
    // IPv4 first: Initbench publishes on 127.0.0.1, and that is where the client connects.
    std::optional<int> any;
    for (const QByteArray &line : output.split('\n')) {
        const QByteArray l = line.trimmed();
        const qsizetype colon = l.lastIndexOf(':');
        if (colon < 0)
            continue;
        const std::optional<int> port = asPort(l.mid(colon + 1));
        if (port && !l.startsWith('['))
            return port;
        if (port && !any)
            any = port;
    }
    return any;
}

std::optional<int> parseSshdPort(const QByteArray &config)
{
    for (const QByteArray &line : config.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() == 2 && words.first().toLower() == "port")
            return asPort(words.at(1));
    }
    return std::nullopt;
}

} // namespace initbench
