// LatestJob: only the latest run's result is handled, a superseded run is cancelled, and
// the dock keeps one finished row however often the computation reruns.
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "jobs/LatestJob.h"
#include "support/JobWait.h"

#include "core/JobContext.h"

#include <QTest>

#include <any>
#include <chrono>
#include <thread>

namespace {

// Runs until stopped (at most 10 s), then returns its tag.
lengua::Job::Function slow(int tag)
{
    return [tag](lengua::JobContext& context) -> std::any {
        for (int i = 0; i < 1000; ++i) {
            context.throwIfStopped();
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return tag;
    };
}

lengua::Job::Function quick(int tag)
{
    return [tag](lengua::JobContext&) -> std::any { return tag; };
}

} // namespace

class TestLatestJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyTheLatestRunIsHandled()
    {
        JobRunner jobs;
        LatestJob latest(jobs);
        QList<int> seen;
        auto record = [&seen](const std::any& result) { seen << std::any_cast<int>(result); };
        JobHandle* first = latest.start(QStringLiteral("first"), slow(1), record);
        QCOMPARE(latest.running(), first);
        JobHandle* second = latest.start(QStringLiteral("second"), quick(2), record);
        QVERIFY(waitForJob(first));
        QCOMPARE(first->state(), JobHandle::State::Cancelled);
        QVERIFY(waitForJob(second));
        QCOMPARE(seen, QList<int>{2});
        QVERIFY(!latest.running());
    }

    void failuresReachOnlyTheLatestHandler()
    {
        JobRunner jobs;
        LatestJob latest(jobs);
        QString error;
        JobHandle* job = latest.start(
            QStringLiteral("bad"), [](lengua::JobContext&) -> std::any { throw std::runtime_error("boom"); },
            [](const std::any&) { QFAIL("no result expected"); }, [&error](const QString& e) { error = e; });
        QVERIFY(waitForJob(job));
        QVERIFY(error.contains(QStringLiteral("boom")));
    }

    void theDockKeepsOneFinishedRow()
    {
        JobRunner jobs;
        LatestJob latest(jobs);
        for (int i = 0; i < 5; ++i)
            QVERIFY(waitForJob(latest.start(QStringLiteral("again"), quick(i), {})));
        QCOMPARE(jobs.jobs().size(), 1);
    }

    void destroyingItCancelsTheRun()
    {
        JobRunner jobs;
        QPointer<JobHandle> job;
        {
            LatestJob latest(jobs);
            job = latest.start(QStringLiteral("slow"), slow(1), [](const std::any&) { QFAIL("cancelled"); });
        }
        QVERIFY(waitForJob(job));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
    }
};

QTEST_MAIN(TestLatestJob)
#include "tst_latestjob.moc"
