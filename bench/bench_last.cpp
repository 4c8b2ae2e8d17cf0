// Parsing a 1,000,000-record wtmp into `last` records (UtmpFormat + LoginHistory, file read
// included) against util-linux `last -f FILE > /dev/null` on the same file, in the same run.
// Target (issue 4): at least 10 times faster. Usage: bench_last [RECORDS]
#include "inspect/loginhistory.h"
#include "inspect/utmpformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace initbench;

namespace {

// glibc x86_64 `struct utmp`, 384 bytes: the offsets documented in core/inspect/utmplayout.cpp.
QByteArray glibcRecord(qint16 type, qint32 pid, const char *line, const char *user, const char *host, qint32 sec)
{
    QByteArray r(384, '\0');
    std::memcpy(r.data() + 0, &type, 2);
    std::memcpy(r.data() + 4, &pid, 4);
    std::memcpy(r.data() + 8, line, std::min<size_t>(std::strlen(line), 32));
    const char *id = std::strchr(line, '/') ? std::strchr(line, '/') + 1 : line;
    std::memcpy(r.data() + 40, id, std::min<size_t>(std::strlen(id), 4));
    std::memcpy(r.data() + 44, user, std::min<size_t>(std::strlen(user), 32));
    std::memcpy(r.data() + 76, host, std::min<size_t>(std::strlen(host), 256));
    std::memcpy(r.data() + 340, &sec, 4);
    return r;
}

// A busy machine's history: a boot every 2,000 records, SSH logins on pts/0..63 from a few
// hundred hosts, most ended by a logout, some left open until the next boot (a crash).
QByteArray syntheticWtmp(int records)
{
    QByteArray out;
    out.reserve(qsizetype(records) * 384);
    qint32 t = 1700000000;
    bool open[64] = {};
    for (int i = 0; i < records; ++i) {
        t += 7;
        if (i % 2000 == 0) {
            out += glibcRecord(2, 0, "~", "reboot", "6.1.0-13-amd64", t);
            std::fill(std::begin(open), std::end(open), false);
            continue;
        }
        const int tty = (i * 37) % 64;
        char line[16], host[32];
        std::snprintf(line, sizeof line, "pts/%d", tty);
        std::snprintf(host, sizeof host, "10.0.%d.%d", (i / 251) % 250, i % 251);
        if (open[tty] && i % 11 != 0) {
            out += glibcRecord(8, 1000 + i, line, "", "", t);
            open[tty] = false;
        } else {
            out += glibcRecord(7, 1000 + i, line, i % 3 ? "root" : "alice", host, t);
            open[tty] = true;
        }
    }
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const QString last = QStandardPaths::findExecutable(QStringLiteral("last"));
    if (last.isEmpty()) {
        std::printf("bench_last: util-linux `last` is not installed; nothing to compare with\n");
        return 0;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wtmp"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(syntheticWtmp(records)) < 0) {
            std::fprintf(stderr, "bench_last: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("bench_last: %d records, %.0f MiB\n", records, QFileInfo(path).size() / 1048576.0);

    QList<double> ours, theirs;
    qsizetype sessions = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        // Mapped, not copied: the parser only needs the bytes in memory, as last's reads do.
        const uchar *mapped = f.map(0, f.size());
        if (!mapped)
            return 1;
        const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), f.size());
        const qint64 read = t.nsecsElapsed();
        const UtmpParseResult parsed = UtmpFormat::parse(bytes);
        const qint64 decoded = t.nsecsElapsed();
        const QList<LoginSession> result = LoginHistory::last(parsed.records);
        ours << t.nsecsElapsed() / 1e6;
        std::printf("  round %d: read %.0f ms, decode %.0f ms, pair %.0f ms\n", round, read / 1e6, (decoded - read) / 1e6,
                    (t.nsecsElapsed() - decoded) / 1e6);
        sessions = result.size();

        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        t.restart();
        p.start(last, {QStringLiteral("-f"), path});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_last: last -f failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        theirs << t.nsecsElapsed() / 1e6;
    }
    const double o = median(ours), l = median(theirs);
    std::printf("initbench last: %.0f ms (%lld sessions); util-linux last -f: %.0f ms; ratio %.1fx faster (target >= 10x)\n", o,
                qlonglong(sessions), l, l / o);
    return 0;
}
