// The job boundary: results, cancellation, errors and progress throttling.
#include "core/Error.h"
#include "core/Job.h"
#include "core/JobCancelled.h"

#include <QtTest/QtTest>

#include <stop_token>
#include <thread>

using namespace lengua;

class TestJob : public QObject {
    Q_OBJECT
private slots:
    void succeedsWithResult()
    {
        Job job("sum", [](JobContext&) { return std::any(41 + 1); });
        JobContext context;
        const JobOutcome outcome = job.run(context);
        QCOMPARE(outcome.status, JobStatus::Succeeded);
        QCOMPARE(std::any_cast<int>(outcome.result), 42);
        QVERIFY(outcome.error.empty());
    }

    void errorBecomesMessage()
    {
        Job job("bad", [](JobContext&) -> std::any { throw Error("corpus.txt: is empty"); });
        JobContext context;
        const JobOutcome outcome = job.run(context);
        QCOMPARE(outcome.status, JobStatus::Failed);
        QCOMPARE(QString::fromStdString(outcome.error), QStringLiteral("corpus.txt: is empty"));
        QVERIFY(!outcome.result.has_value());
    }

    void unknownExceptionIsCaught()
    {
        Job job("worse", [](JobContext&) -> std::any { throw 7; });
        JobContext context;
        QCOMPARE(job.run(context).status, JobStatus::Failed);
    }

    void cancelledJobKeepsNoResult()
    {
        std::stop_source stop;
        int steps = 0;
        Job job("long", [&](JobContext& c) {
            for (int i = 0; i < 1000; ++i) {
                c.throwIfStopped();
                ++steps;
                if (i == 10)
                    stop.request_stop();
            }
            return std::any(steps);
        });
        JobContext context(stop.get_token());
        const JobOutcome outcome = job.run(context);
        QCOMPARE(outcome.status, JobStatus::Cancelled);
        QCOMPARE(steps, 11);
        QVERIFY(!outcome.result.has_value());
    }

    void stopAfterLastCheckStillCancels()
    {
        std::stop_source stop;
        Job job("late", [&](JobContext&) {
            stop.request_stop(); // the function never checks again
            return std::any(1);
        });
        JobContext context(stop.get_token());
        const JobOutcome outcome = job.run(context);
        QCOMPARE(outcome.status, JobStatus::Cancelled);
        QVERIFY(!outcome.result.has_value());
    }

    void progressIsThrottledButFinalAlwaysArrives()
    {
        std::vector<JobProgress> reports;
        JobContext context({}, [&](const JobProgress& p) { reports.push_back(p); });
        for (int i = 0; i < 10000; ++i)
            context.reportProgress(i / 10000.0, "working");
        context.reportProgress(1.0, "done");
        // 10,000 calls in far less than 25 ms each: the first and the final report pass.
        QVERIFY(reports.size() >= 2);
        QVERIFY(reports.size() < 100);
        QCOMPARE(reports.front().fraction, 0.0);
        QCOMPARE(reports.back().fraction, 1.0);
        QCOMPARE(QString::fromStdString(reports.back().message), QStringLiteral("done"));
    }

    void partialResultsReachTheSink()
    {
        std::vector<int> seen;
        JobContext context({}, {}, [&](std::any a) { seen.push_back(std::any_cast<int>(a)); });
        Job job("stream", [](JobContext& c) {
            for (int i = 1; i <= 3; ++i)
                c.publishPartial(i);
            return std::any();
        });
        QCOMPARE(job.run(context).status, JobStatus::Succeeded);
        QCOMPARE(seen, (std::vector<int>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
