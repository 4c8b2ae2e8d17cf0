// /proc as a container can shape it: one stat line on its own, then a fake /proc tree built from
// the input (records split by 0x00 0x01; a record's first byte is its PID, its fields are
// stat, status, cgroup and cmdline split by 0x02), refreshed twice through the snapshot.
#include "fuzzsupport.h"
#include "inspect/processsnapshot.h"
#include "inspect/procstat.h"

using namespace initbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    ProcStat stat;
    if (parseProcStat(input.constData(), size_t(input.size()), &stat))
        procStateText(stat, 1);

    const QString root = fuzz::scratch().filePath(QStringLiteral("proc"));
    QDir(root).removeRecursively();
    fuzz::writeFile(QStringLiteral("proc/stat"), "cpu  1 2 3 4\nbtime 1765000000\n");
    fuzz::writeFile(QStringLiteral("proc/uptime"), "100.00 50.00\n");
    qint64 leader = 0;
    for (const QByteArray &record : input.split('\1')) {
        if (record.isEmpty())
            continue;
        const int pid = static_cast<unsigned char>(record[0]) % 64 + 1;
        leader = leader ? leader : pid;
        const QList<QByteArray> fields = record.mid(1).split('\2');
        const char *names[] = {"stat", "status", "cgroup", "cmdline"};
        for (int i = 0; i < 4; ++i)
            fuzz::writeFile(QStringLiteral("proc/%1/%2").arg(pid).arg(QLatin1String(names[i])), fields.value(i));
    }
    if (leader) {
        ProcSnapshotSource source(root, leader);
        source.refresh();
        source.refresh();
    }
    return 0;
}
