// BackgroundWork: the result reaches done() on the receiver's thread, one piece of work at a
// time; the receiver's thread never waits while work runs; the owner's end waits for work
// still running and no done() runs after it.
#include "backgroundwork.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace initbench;

class TstBackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void theResultReachesTheReceiversThread()
    {
        QObject receiver;
        BackgroundWork work(&receiver);
        QThread *ranOn = nullptr;
        QThread *doneOn = nullptr;
        int result = 0;
        QVERIFY(!work.busy());
        QVERIFY(work.start<int>(
            [&] {
                ranOn = QThread::currentThread();
                return 42;
            },
            [&](int r) {
                doneOn = QThread::currentThread();
                result = r;
            }));
        QVERIFY(work.busy());
        QTRY_COMPARE(result, 42);
        QVERIFY(!work.busy());
        QCOMPARE(doneOn, QThread::currentThread());
        QVERIFY(ranOn && ranOn != QThread::currentThread());
    }

    // Busy from start until done(): a second start is refused and runs nothing. While the work
    // runs (blocked here), the receiver's thread goes on.
    void oneAtATimeAndNeverWaitedFor()
    {
        QObject receiver;
        BackgroundWork work(&receiver);
        QSemaphore release;
        std::atomic<int> ran{0};
        int done = 0;
        QVERIFY(work.start<int>(
            [&] {
                ++ran;
                release.acquire();
                return 1;
            },
            [&](int) { ++done; }));
        QVERIFY(!work.start<int>([&] { return ++ran, 2; }, [&](int) { ++done; }));
        QTest::qWait(100);
        QCOMPARE(done, 0);
        QVERIFY(work.busy());
        release.release();
        QTRY_COMPARE(done, 1);
        QCOMPARE(ran.load(), 1);
        // Free again: the next start runs (and the thread of the first is deleted).
        QVERIFY(work.start<int>([&] { return ++ran, 3; }, [&](int) { ++done; }));
        QTRY_COMPARE(done, 2);
        QCOMPARE(ran.load(), 2);
    }

    // A worker that is slow to exit after handing its result over (here 800 ms in its
    // finished(), while Qt ends the thread) never holds up the receiver's thread: the next
    // start() neither waits for it nor deletes it yet.
    void aThreadStillExitingIsNotWaitedFor()
    {
        QObject receiver;
        BackgroundWork work(&receiver);
        bool done = false;
        QVERIFY(work.start<int>(
            [] {
                QObject::connect(QThread::currentThread(), &QThread::finished, [] { QThread::msleep(800); });
                return 1;
            },
            [&](int) { done = true; }));
        QTRY_VERIFY(done);
        QTest::qWait(50); // the worker is now in its finished(), sleeping
        QElapsedTimer clock;
        clock.start();
        QVERIFY(work.start<int>([] { return 2; }, [](int) {}));
        QVERIFY2(clock.elapsed() < 300, qPrintable(QStringLiteral("start() took %1 ms").arg(clock.elapsed())));
        QTRY_VERIFY(!work.busy());
    }

    // Its owner going away waits for the work (which may use what the owner owns), and the
    // result is then dropped: done() never runs, even while the receiver lives on.
    void theOwnersEndWaitsAndDropsTheResult()
    {
        auto receiver = std::make_unique<QObject>();
        auto work = std::make_unique<BackgroundWork>(receiver.get());
        QSemaphore started;
        std::atomic<bool> finished{false};
        bool done = false;
        QVERIFY(work->start<int>(
            [&] {
                started.release();
                QThread::msleep(300);
                finished = true;
                return 1;
            },
            [&](int) { done = true; }));
        started.acquire();
        work.reset(); // waits
        QVERIFY(finished);
        QTest::qWait(100);
        QVERIFY(!done);
    }
};

QTEST_MAIN(TstBackgroundWork)
#include "tst_backgroundwork.moc"
