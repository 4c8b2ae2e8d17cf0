#include "inspect/utmpproblems.h"

#include <QCoreApplication>

namespace initbench {

namespace {

// The same context as before this moved out of UtmpFormat, so translations still apply.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(initbench::UtmpFormat)
};

} // namespace

void UtmpProblems::Kind::note(qsizetype offset, int type)
{
    if (count++ == 0 || offset < first) {
        first = offset;
        rawType = type;
    }
}

void UtmpProblems::note(const UtmpRawRecord &record, qsizetype offset)
{
    if (record.verdict == UtmpRawRecord::Implausible)
        m_implausible.note(offset, record.rawType);
    else if (record.verdict == UtmpRawRecord::UnknownType)
        m_unknown.note(offset, record.rawType);
}

QStringList UtmpProblems::warnings(qsizetype fileSize, UtmpLayout layout) const
{
    QStringList out;
    if (m_implausible.count > 0)
        out << Text::tr("skipped %n implausible record(s), the first at byte %1", nullptr, int(m_implausible.count))
                   .arg(m_implausible.first);
    if (m_unknown.count > 0)
        out << Text::tr("skipped %n record(s) of unknown type, the first (type %1) at byte %2", nullptr,
                        int(m_unknown.count))
                   .arg(m_unknown.rawType)
                   .arg(m_unknown.first);
    if (const qsizetype size = utmpRecordSize(layout); size > 0 && fileSize % size != 0)
        out << Text::tr("ignored a partial record of %n byte(s) at the end (truncated file?)", nullptr,
                        int(fileSize % size));
    return out;
}

QString UtmpProblems::noLayout(qsizetype fileSize)
{
    return Text::tr("%n byte(s) in neither utmp layout (glibc 384 bytes, utmps 400 bytes)", nullptr, int(fileSize));
}

} // namespace initbench
