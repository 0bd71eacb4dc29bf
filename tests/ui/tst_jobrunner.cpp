// The job bridge: jobs run off the UI thread, report progress as queued signals,
// cancel cleanly, report errors, and never stall the event loop.
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRow.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsDock.h"

#include "core/Error.h"
#include "text/Corpus.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QtTest/QtTest>

#include <chrono>
#include <thread>

namespace {

// A job that builds a corpus document by document for `milliseconds`, reporting
// progress and checking for a stop, like a loader does.
lengua::Job::Function buildCorpusFor(int milliseconds, std::atomic<int>* steps = nullptr)
{
    return [milliseconds, steps](lengua::JobContext& context) -> std::any {
        auto corpus = std::make_shared<lengua::Corpus>();
        corpus->name = "built";
        const auto start = std::chrono::steady_clock::now();
        const auto total = std::chrono::milliseconds(milliseconds);
        for (int i = 0;; ++i) {
            const auto elapsed = std::chrono::steady_clock::now() - start;
            if (elapsed >= total)
                break;
            context.throwIfStopped();
            corpus->documents.push_back({std::to_string(i), "texto", ""});
            if (steps)
                ++*steps;
            context.reportProgress(double(elapsed.count()) / double(std::chrono::nanoseconds(total).count()),
                                   "document " + std::to_string(i));
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        return corpus;
    };
}

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
private slots:
    void jobFinishesWithResultOnTheUiThread()
    {
        JobRunner runner;
        QThread* uiThread = QThread::currentThread();
        QThread* workerThread = nullptr;
        JobHandle* job = runner.start(QStringLiteral("answer"), [&](lengua::JobContext&) {
            workerThread = QThread::currentThread();
            return std::any(42);
        });
        QThread* deliveredOn = nullptr;
        connect(job, &JobHandle::succeeded, this, [&] { deliveredOn = QThread::currentThread(); });
        QSignalSpy finished(job, &JobHandle::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(std::any_cast<int>(job->result()), 42);
        QVERIFY(workerThread != nullptr);
        QVERIFY(workerThread != uiThread);
        QCOMPARE(deliveredOn, uiThread);
        QCOMPARE(job->fraction(), 1.0);
        QCOMPARE(runner.runningCount(), 0);
    }

    void cancelledHalfWayLeavesNoArtefact()
    {
        Workspace workspace;
        JobRunner runner;
        std::atomic<int> steps{0};
        JobHandle* job = runner.start(QStringLiteral("build"), buildCorpusFor(3000, &steps));
        // The panel's rule: only a succeeded job puts its result into the workspace.
        connect(job, &JobHandle::succeeded, &workspace, [&](const std::any& result) {
            workspace.addCorpus(std::any_cast<std::shared_ptr<lengua::Corpus>>(result));
        });
        QSignalSpy progress(job, &JobHandle::progressChanged);
        QTRY_VERIFY_WITH_TIMEOUT(steps.load() > 50, 5000); // half-way through, documents exist
        job->cancel();
        QSignalSpy finished(job, &JobHandle::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QVERIFY(!job->result().has_value());
        QVERIFY(workspace.corpora().empty());
        QVERIFY(!workspace.isModified());
        QVERIFY(progress.count() > 0);
        QVERIFY(job->elapsedMilliseconds() < 2900); // it stopped before finishing
    }

    void failureShowsMessageInTheDock()
    {
        JobRunner runner;
        JobsDock dock(runner);
        JobHandle* job = runner.start(QStringLiteral("broken"), [](lengua::JobContext&) -> std::any {
            throw lengua::Error("corpus.csv: line 12 has 3 fields, the header has 4");
        });
        QSignalSpy failed(job, &JobHandle::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("corpus.csv: line 12 has 3 fields, the header has 4"));
        QCOMPARE(job->state(), JobHandle::State::Failed);
        JobRow* row = dock.rowFor(job);
        QVERIFY(row);
        bool shown = false;
        for (QLabel* label : row->findChildren<QLabel*>())
            shown = shown || label->text().contains(QStringLiteral("line 12 has 3 fields"));
        QVERIFY(shown);
    }

    // A panel's superseded job leaves the runner and the dock; a running one stays.
    void removeFinishedDropsOnlyFinishedJobs()
    {
        JobRunner runner;
        JobsDock dock(runner);
        JobHandle* running = runner.start(QStringLiteral("long"), buildCorpusFor(10000));
        QVERIFY(!runner.removeFinished(running));
        QVERIFY(dock.rowFor(running));
        JobHandle* quick = runner.start(QStringLiteral("quick"), [](lengua::JobContext&) -> std::any {
            return 1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(quick->isFinished(), 5000);
        QVERIFY(dock.rowFor(quick));
        QSignalSpy removed(&runner, &JobRunner::jobRemoved);
        QVERIFY(runner.removeFinished(quick));
        QCOMPARE(removed.count(), 1);
        QVERIFY(dock.rowFor(quick) == nullptr);
        QVERIFY(!runner.jobs().contains(quick));
        QVERIFY(!runner.removeFinished(nullptr));
        running->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(running->isFinished(), 5000);
    }

    void dockRowCancelButtonCancels()
    {
        JobRunner runner;
        JobsDock dock(runner);
        JobHandle* job = runner.start(QStringLiteral("long"), buildCorpusFor(10000));
        JobRow* row = dock.rowFor(job);
        QVERIFY(row);
        QToolButton* cancel = row->findChild<QToolButton*>();
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobHandle::State::Cancelled, 5000);
        QVERIFY(!cancel->isVisible());
        runner.clearFinished();
        QTRY_VERIFY(dock.rowFor(job) == nullptr);
    }

    void eventLoopNeverStallsDuringATwoSecondJob()
    {
        JobRunner runner;
        JobsDock dock(runner);
        dock.show();
        JobHandle* job = runner.start(QStringLiteral("busy"), [](lengua::JobContext& context) {
            // Busy work with a flood of progress reports: the bridge must coalesce them.
            const auto start = std::chrono::steady_clock::now();
            volatile double sink = 0;
            while (std::chrono::steady_clock::now() - start < std::chrono::seconds(2)) {
                for (int i = 0; i < 1000; ++i)
                    sink = sink + i * 0.5;
                context.reportProgress(
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 2.0,
                    "busy");
                context.throwIfStopped();
            }
            return std::any(true);
        });
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longestStall = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestStall = std::max(longestStall, now - last);
            last = now;
            ++ticks;
        });
        probe.start(5);
        QSignalSpy finished(job, &JobHandle::finished);
        QVERIFY(finished.wait(10000));
        probe.stop();
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QVERIFY2(ticks > 100, qPrintable(QStringLiteral("only %1 probe ticks").arg(ticks)));
        QVERIFY2(longestStall <= 50, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(longestStall)));
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
