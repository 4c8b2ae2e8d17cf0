#include "inspect/utmplayout.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QtEndian>

#include <cstring>

namespace initbench {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(initbench::UtmpLayout)
};

// Both layouts agree up to ut_session (offsets in bytes):
//   0 short ut_type, 2 padding, 4 int32 ut_pid, 8 char ut_line[32], 40 char ut_id[4],
//   44 char ut_user[32], 76 char ut_host[256], 332 short e_termination, 334 short e_exit,
//   336 int32 ut_session.
// glibc x86_64 (<bits/utmp.h>, __WORDSIZE_TIME64_COMPAT32 keeps the time fields 32-bit):
//   340 int32 tv_sec, 344 int32 tv_usec, 348 int32 ut_addr_v6[4], 364 __glibc_reserved[20]; 384 bytes.
// utmps (skarnet/utmps src/include/utmps/utmpx.h: short ut_type; pid_t ut_pid; char ut_line[32];
// char ut_id[4]; char ut_user[32]; char ut_host[256]; struct exit_status ut_exit; pid_t ut_session;
// struct timeval ut_tv; uint32_t ut_addr_v6[4]; char _dummy[20]) with musl's 64-bit time_t and
// suseconds_t on x86_64: 340 4 bytes padding (timeval is 8-aligned), 344 int64 tv_sec,
// 352 int64 tv_usec, 360 ut_addr_v6, 376 _dummy[20], 396 4 bytes tail padding; 400 bytes.
// utmps-wtmpd appends the client's struct as sent (utmps_utmpx_pack is a memcpy), so the padding
// may hold whatever the client left there: it is never read.
constexpr qsizetype kLine = 8, kId = 40, kUser = 44, kHost = 76, kExit = 332, kSession = 336;
constexpr qsizetype kGlibcSec = 340, kGlibcUsec = 344, kUtmpsSec = 344, kUtmpsUsec = 352;

// Earlier than 1980 or later than 2100 is taken as garbage or the wrong layout: reading a glibc
// record as utmps puts tv_usec into tv_sec, which lands in January 1970.
constexpr qint64 kMinSec = 315532800;  // 1980-01-01
constexpr qint64 kMaxSec = 4102444800; // 2100-01-01

// A wtmp repeats the same few ttys, users and hosts over and over: remembering the last string
// made for each hash slot saves an allocation per field on most records (a million-record wtmp
// parses several times faster). Per thread, so parsers on worker threads never share one.
class TextCache
{
public:
    QString get(const char *text, qsizetype length)
    {
        const size_t h = qHashBits(text, size_t(length));
        Slot &slot = m_slots[h % kSlots];
        if (slot.bytes.size() != length || std::memcmp(slot.bytes.constData(), text, size_t(length)) != 0) {
            slot.bytes = QByteArray(text, length);
            slot.text = QString::fromUtf8(text, length);
        }
        return slot.text;
    }

private:
    static constexpr size_t kSlots = 4096;
    struct Slot {
        QByteArray bytes;
        QString text;
    };
    Slot m_slots[kSlots];
};

// Text up to the first NUL; bytes after it are leftovers and not judged.
bool readText(const char *field, qsizetype size, QString *out)
{
    const qsizetype length = qstrnlen(field, size_t(size));
    for (qsizetype i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(field[i]);
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    if (length == 0) {
        out->clear();
        return true;
    }
    thread_local TextCache cache;
    *out = cache.get(field, length);
    return true;
}

} // namespace

qsizetype utmpRecordSize(UtmpLayout layout)
{
    switch (layout) {
    case UtmpLayout::Glibc: return 384;
    case UtmpLayout::Utmps: return 400;
    case UtmpLayout::Unknown: break;
    }
    return 0;
}

QString utmpLayoutName(UtmpLayout layout)
{
    switch (layout) {
    case UtmpLayout::Glibc: return Text::tr("glibc x86_64 struct utmp (384 bytes)");
    case UtmpLayout::Utmps: return Text::tr("utmps struct utmpx, 64-bit musl (400 bytes)");
    case UtmpLayout::Unknown: break;
    }
    return Text::tr("unknown layout");
}

UtmpDecoded decodeUtmpRecord(const char *p, UtmpLayout layout)
{
    UtmpDecoded d;
    d.rawType = qFromLittleEndian<qint16>(p);
    if (d.rawType == LoginRecord::Empty) {
        d.verdict = UtmpDecoded::Blank;
        return d;
    }
    LoginRecord &r = d.record;
    const bool wide = layout == UtmpLayout::Utmps;
    const qint64 sec = wide ? qFromLittleEndian<qint64>(p + kUtmpsSec) : qFromLittleEndian<qint32>(p + kGlibcSec);
    const qint64 usec = wide ? qFromLittleEndian<qint64>(p + kUtmpsUsec) : qFromLittleEndian<qint32>(p + kGlibcUsec);
    r.pid = qFromLittleEndian<qint32>(p + 4);
    const bool textOk = readText(p + kLine, 32, &r.line) && readText(p + kId, 4, &r.id)
        && readText(p + kUser, 32, &r.user) && readText(p + kHost, 256, &r.host);
    const bool sane = textOk && r.pid >= 0 && sec >= kMinSec && sec < kMaxSec && usec >= 0 && usec < 1000000;
    if (!sane) {
        d.verdict = UtmpDecoded::Implausible;
        return d;
    }
    if (d.rawType < LoginRecord::Empty || d.rawType > LoginRecord::Accounting) {
        d.verdict = UtmpDecoded::UnknownType;
        return d;
    }
    r.type = static_cast<LoginRecord::Type>(d.rawType);
    r.time = QDateTime::fromMSecsSinceEpoch(sec * 1000 + usec / 1000, Qt::UTC);
    r.exitTermination = qFromLittleEndian<qint16>(p + kExit);
    r.exitStatus = qFromLittleEndian<qint16>(p + kExit + 2);
    r.session = qFromLittleEndian<qint32>(p + kSession);
    d.verdict = UtmpDecoded::Ok;
    return d;
}

} // namespace initbench
