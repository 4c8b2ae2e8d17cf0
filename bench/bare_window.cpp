// The baseline of bench_window: the least a Qt Widgets program does to show a window, timed
// the same way as Initbench's (the first event-loop turn after show).
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>

// CLOCK_MONOTONIC in milliseconds: one clock for every process on the machine.
static long long monotonicMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("baseline")));
    window.resize(1200, 760);
    window.show();
    QTimer::singleShot(0, &window, [] {
        std::fprintf(stderr, "bare: first window at monotonic %lld ms\n", monotonicMs());
        std::fflush(stderr);
    });
    return app.exec();
}
