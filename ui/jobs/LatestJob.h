// One interactive computation redone whenever the user changes a choice (a heatmap slice,
// a search, a similarity table): starting it again cancels the run still going and ignores
// whatever that run reports, and the previous run's finished row leaves the jobs dock, so
// the dock keeps one row however often it reruns.
#pragma once

#include "core/Job.h"

#include <QObject>
#include <QPointer>

#include <any>
#include <functional>

class JobHandle;
class JobRunner;

class LatestJob : public QObject {
    Q_OBJECT
public:
    using Success = std::function<void(const std::any& result)>;
    using Failure = std::function<void(const QString& error)>;

    explicit LatestJob(JobRunner& jobs, QObject* parent = nullptr);
    ~LatestJob() override; // cancels the running one

    // onSuccess / onFailure run on the UI thread, only for the latest run.
    JobHandle* start(const QString& title, lengua::Job::Function function, Success onSuccess,
                     Failure onFailure = {});
    // Cancels the running one, if any; nothing it reports afterwards is handled.
    void cancel();
    // The latest run while it has not finished; null otherwise.
    JobHandle* running() const { return m_job; }

private:
    JobRunner& m_jobs;
    QPointer<JobHandle> m_job;
    QPointer<JobHandle> m_last;
};
