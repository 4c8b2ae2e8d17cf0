#pragma once
// Output captured from real engines, kept under tests/data/<engine>/ for parser tests.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace initbench::test {

inline QByteArray capture(const QString &relative)
{
    QFile f(QStringLiteral(INITBENCH_SOURCE_DIR "/tests/data/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the captured output %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace initbench::test
