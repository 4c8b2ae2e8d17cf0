// Terminal throughput and latency.
//  1. 64 MiB of recorded-like output (log lines, coloured `ls`, progress bars redrawn with CR and
//     cursor movement, some UTF-8), generated deterministically, fed in 16 KiB reads (what a pty
//     read delivers) through the screen model and, with the GUI, the view with its coalesced
//     painting; against the same bytes written to a bare libvterm screen with minimal callbacks,
//     in the same run. Target: at least 0.7 of the bare throughput.
//  2. (GUI) Key press to repaint in an offscreen view, the key echoed back at once as a local shell
//     would: median of 200 presses. Target: under 16 ms.
#include "terminal/terminalscreen.h"

#ifdef INITBENCH_BENCH_GUI
#include "terminalview.h"
#include <QApplication>
#include <QTest>
#else
#include <QCoreApplication>
#endif

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

#include <vterm.h>

using namespace initbench;

namespace {

qsizetype kTotal = 64 * 1024 * 1024; // argv[1] in MiB changes it (for profiling)
constexpr qsizetype kRead = 16 * 1024;

// CPU time of this thread (the offscreen painting runs on it too): on a shared build machine
// wall time mostly measures the other processes.
double threadSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

class Lcg
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33) % bound;
    }

private:
    quint64 m_state = 0x1234567;
};

QByteArray generateOutput()
{
    static const char *words[] = {"systemd", "sshd", "started", "session", "for", "user", "root", "kernel:",
                                  "eth0:", "link", "up", "audit", "type=1400", "apparmor", "ok", "café", "中文"};
    static const char *colours[] = {"01;34", "01;32", "01;36", "00;31", "01;35", "40;33;01", "38;5;208", "38;2;90;160;250"};
    Lcg rng;
    QByteArray out;
    out.reserve(kTotal + 4096);
    int progress = 0;
    while (out.size() < kTotal) {
        switch (rng.next(10)) {
        case 0: case 1: case 2: case 3: { // a log line
            out += "Jan 12 10:" + QByteArray::number(10 + rng.next(50)) + ":00 demo ";
            for (int w = 0, n = 6 + int(rng.next(10)); w < n; ++w)
                out += QByteArray(words[rng.next(17)]) + ' ';
            out += "\r\n";
            break;
        }
        case 4: case 5: case 6: { // a row of `ls --color`
            for (int f = 0; f < 5; ++f)
                out += "\x1b[" + QByteArray(colours[rng.next(8)]) + "mfile" + QByteArray::number(rng.next(1000))
                    + "\x1b[0m  ";
            out += "\r\n";
            break;
        }
        case 7: case 8: { // a progress bar redrawn in place
            progress = (progress + 7) % 100;
            out += "\r\x1b[K[" + QByteArray(progress * 60 / 100, '#') + QByteArray(60 - progress * 60 / 100, '.') + "] "
                + QByteArray::number(progress) + "%";
            if (progress > 90)
                out += "\r\n";
            break;
        }
        default: // full-screen redraw bits: move, erase, bold status line
            out += "\x1b[s\x1b[" + QByteArray::number(1 + rng.next(24)) + ";" + QByteArray::number(1 + rng.next(60))
                + "H\x1b[1;7m status \x1b[0m\x1b[u\x1b[2A\x1b[2B";
            break;
        }
    }
    return out;
}

double bareLibvterm(const QByteArray &data)
{
    VTerm *vt = vterm_new(24, 80);
    vterm_set_utf8(vt, 1);
    VTermScreen *screen = vterm_obtain_screen(vt);
    static const VTermScreenCallbacks callbacks = {[](VTermRect, void *) { return 1; }, nullptr, nullptr, nullptr,
                                                   nullptr, nullptr, nullptr, nullptr};
    vterm_screen_set_callbacks(screen, &callbacks, nullptr);
    vterm_screen_reset(screen, 1);
    const double start = threadSeconds();
    for (qsizetype at = 0; at < data.size(); at += kRead)
        vterm_input_write(vt, data.constData() + at, size_t(qMin(kRead, data.size() - at)));
    const double seconds = threadSeconds() - start;
    vterm_free(vt);
    return seconds;
}

template<typename Feed> double throughModel(const QByteArray &data, Feed feed)
{
    const double start = threadSeconds();
    for (qsizetype at = 0; at < data.size(); at += kRead) {
        feed(data.constData() + at, qMin(kRead, data.size() - at));
        QCoreApplication::processEvents(); // the event loop turn between two pty reads
    }
    return threadSeconds() - start;
}

} // namespace

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int main(int argc, char *argv[])
{
#ifdef INITBENCH_BENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    // bench_terminal [MiB [ROUNDS]]: 64 MiB and 5 rounds by default. Rounds interleave the three
    // measurements, since one round swings by 20% or more on a busy machine; the ratio of the best
    // times (the least disturbed runs) is reported, and the median of the per-round ratios.
    if (argc > 1 && QByteArray(argv[1]).toInt() > 0)
        kTotal = qsizetype(QByteArray(argv[1]).toInt()) * 1024 * 1024;
    const int rounds = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 5;
    const QByteArray data = generateOutput();
    const double mib = double(data.size()) / (1024 * 1024);

#ifdef INITBENCH_BENCH_GUI
    TerminalView view;
    view.resize(80 * 9 + 40, 24 * 18 + 10);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the view was not exposed; painting may not happen\n");
    // The same 80 x 24 cells as the bare screen.
    view.resize(view.size() - view.viewport()->size() + QSize(80 * view.cellSize().width(), 24 * view.cellSize().height()));
    QCoreApplication::processEvents();
    int frames = 0;
    QObject::connect(&view, &TerminalView::framePainted, [&] { ++frames; });
    std::printf("view: %d x %d cells of %d x %d pixels\n", view.columns(), view.rowCount(), view.cellSize().width(),
                view.cellSize().height());
#endif

    std::vector<double> modelRatios, viewRatios, bareTimes, modelTimes, viewTimes;
    for (int round = 1; round <= rounds; ++round) {
        const double bare = bareLibvterm(data);
        TerminalScreen screen(24, 80);
        int changes = 0;
        QObject::connect(&screen, &TerminalScreen::changed, [&] { ++changes; });
        const double model = throughModel(data, [&](const char *p, qsizetype n) { screen.feed(p, n); });
        modelRatios.push_back(bare / model);
        bareTimes.push_back(bare);
        modelTimes.push_back(model);
        std::printf("round %d, %.0f MiB, thread CPU time: bare libvterm %.2f s (%.0f MiB/s); screen model %.2f s "
                    "(%d changed() signals), ratio %.2f",
                    round, mib, bare, mib / bare, model, changes, bare / model);
#ifdef INITBENCH_BENCH_GUI
        view.screen()->feed("\x1b[2J\x1b[H");
        view.screen()->clearScrollback();
        const int framesBefore = frames;
        const double withView = throughModel(data, [&](const char *p, qsizetype n) { view.screen()->feed(p, n); });
        viewRatios.push_back(bare / withView);
        viewTimes.push_back(withView);
        std::printf("; screen model + view painting %.2f s (%d frames), ratio %.2f", withView, frames - framesBefore,
                    bare / withView);
#endif
        std::printf("\n");
    }
    auto best = [](const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); };
    std::printf("throughput against bare libvterm, best of %d rounds: screen model %.2f", rounds,
                best(bareTimes) / best(modelTimes));
#ifdef INITBENCH_BENCH_GUI
    std::printf(", screen model + view painting %.2f", best(bareTimes) / best(viewTimes));
#endif
    std::printf(" (target >= 0.70); median of the rounds' ratios: screen model %.2f", median(modelRatios));
#ifdef INITBENCH_BENCH_GUI
    std::printf(", screen model + view painting %.2f", median(viewRatios));
#endif
    std::printf("\n");

#ifdef INITBENCH_BENCH_GUI
    view.screen()->feed("\x1b[2J\x1b[H$ ");
    QObject::connect(&view, &TerminalView::sendBytes, [&](const QByteArray &b) { view.screen()->feed(b); });
    view.setFocus();
    std::vector<double> latencies;
    for (int i = 0; i < 200; ++i) {
        QTest::qWait(20); // typing pace: each key after a quiet frame
        const int before = frames;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(&view, Qt::Key(Qt::Key_A + i % 26), {}, -1);
        while (frames == before && t.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("key press to repaint (wall time, echoed at once): median %.2f ms, 90th percentile %.2f ms over %zu "
                "presses (target < 16 ms)\n",
                latencies[latencies.size() / 2], latencies[latencies.size() * 9 / 10], latencies.size());
#endif
    return 0;
}
