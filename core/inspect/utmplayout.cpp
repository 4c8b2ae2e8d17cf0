#include "inspect/utmplayout.h"

#include "inspect/loginrecord.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtAlgorithms>
#include <QtEndian>

#include <algorithm>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

constexpr quint64 mix(quint64 h, quint64 w) { return (h ^ w) * 0x9e3779b97f4a7c15ULL; }

// Where texts land in UtmpStrings' table depends on this, picked at random per process: a wtmp
// crafted so that thousands of ttys fall into one run of the table (quadratic probing work)
// cannot be written without knowing it.
const quint64 kHashSeed = QRandomGenerator::system()->generate64();

// The first n bytes of a little-endian word (first byte lowest); n may be out of 0..8.
constexpr quint64 firstBytes(int n) { return n >= 8 ? ~0ULL : n <= 0 ? 0 : ~0ULL >> (64 - 8 * n); }

// Where a text stops within the 16 bytes at `chunk`: the first NUL, control character or DEL,
// or 16. A million-record wtmp has four text fields per record, so with SSE2 (every x86-64)
// the 16 bytes are judged at once.
Q_ALWAYS_INLINE int firstStop(const char *chunk)
{
#ifdef __SSE2__
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chunk));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v); // v <= 0x1f
    const __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f));
    return qCountTrailingZeroBits(unsigned(_mm_movemask_epi8(_mm_or_si128(control, del))) | 0x10000u);
#else
    for (int i = 0; i < 16; ++i) {
        const auto c = static_cast<unsigned char>(chunk[i]);
        if (c < 0x20 || c == 0x7f)
            return i;
    }
    return 16;
#endif
}

// Text up to the first NUL; bytes after it are leftovers and not judged. False when a control
// character or DEL comes first (bytes from 0x80 are taken as UTF-8 and kept). Read 16 bytes at
// a time: ut_id (4 bytes) with the 12 after it, which are still inside the record, cut at 4.
template<qsizetype Capacity>
Q_ALWAYS_INLINE bool readText(const char *field, UtmpText *out)
{
    static_assert(Capacity == 4 || Capacity % 16 == 0);
    constexpr qsizetype kChunks = Capacity < 16 ? 1 : Capacity / 16;
    quint64 hash = kHashSeed, high = 0;
    qsizetype size = Capacity;
    out->bytes = field;
    for (qsizetype c = 0; c < kChunks; ++c) {
        const char *chunk = field + 16 * c;
        const int n = std::min<int>(firstStop(chunk), int(Capacity));
        if (n < 16 && 16 * c + n < Capacity && chunk[n] != 0)
            return false;
        // The text's bytes only, in words hashed the same whatever the field's size.
        const quint64 low = qFromLittleEndian<quint64>(chunk) & firstBytes(n);
        const quint64 high8 = qFromLittleEndian<quint64>(chunk + 8) & firstBytes(n - 8);
        if (c == 0) {
            out->head[0] = low;
            out->head[1] = high8;
        }
        high |= low | high8;
        if (n > 0)
            hash = mix(hash, low);
        if (n > 8)
            hash = mix(hash, high8);
        if (n < 16) {
            size = 16 * c + n;
            break;
        }
    }
    out->size = size;
    out->hash = mix(hash, quint64(size));
    out->ascii = (high & 0x8080808080808080ULL) == 0;
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

void prefetchUtmpRecord(const char *p)
{
#if defined(Q_CC_GNU) || defined(Q_CC_CLANG)
    // ut_type .. the start of ut_host, then the times of both layouts (340..360).
    __builtin_prefetch(p);
    __builtin_prefetch(p + 64);
    __builtin_prefetch(p + kGlibcSec);
    __builtin_prefetch(p + kUtmpsUsec + 7);
#else
    Q_UNUSED(p);
#endif
}

UtmpRawRecord readUtmpRecord(const char *p, UtmpLayout layout)
{
    UtmpRawRecord r;
    r.rawType = qFromLittleEndian<qint16>(p);
    if (r.rawType == LoginRecord::Empty) {
        r.verdict = UtmpRawRecord::Blank;
        return r;
    }
    const bool wide = layout == UtmpLayout::Utmps;
    const qint64 sec = wide ? qFromLittleEndian<qint64>(p + kUtmpsSec) : qFromLittleEndian<qint32>(p + kGlibcSec);
    const qint64 usec = wide ? qFromLittleEndian<qint64>(p + kUtmpsUsec) : qFromLittleEndian<qint32>(p + kGlibcUsec);
    r.pid = qFromLittleEndian<qint32>(p + 4);
    const bool textOk = readText<32>(p + kLine, &r.line) && readText<4>(p + kId, &r.id)
        && readText<32>(p + kUser, &r.user) && readText<256>(p + kHost, &r.host);
    const bool sane = textOk && r.pid >= 0 && sec >= kMinSec && sec < kMaxSec && usec >= 0 && usec < 1000000;
    if (!sane) {
        r.verdict = UtmpRawRecord::Implausible;
        return r;
    }
    r.msecs = sec * 1000 + usec / 1000;
    r.exitTermination = qFromLittleEndian<qint16>(p + kExit);
    r.exitStatus = qFromLittleEndian<qint16>(p + kExit + 2);
    r.session = qFromLittleEndian<qint32>(p + kSession);
    const bool known = r.rawType > LoginRecord::Empty && r.rawType <= LoginRecord::Accounting;
    r.verdict = known ? UtmpRawRecord::Ok : UtmpRawRecord::UnknownType;
    return r;
}

} // namespace initbench
