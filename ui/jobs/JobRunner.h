// Runs engine jobs on a QThreadPool and turns their progress, partial results and
// outcome into queued calls on the UI thread (the JobHandle's signals). The UI
// thread never waits for a job. Progress reports are coalesced: at most one queued
// progress event per job is in flight, so a chatty job cannot flood the event loop.
#pragma once

#include "core/Job.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

class JobHandle;

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // Starts a job; the returned handle belongs to the runner and lives until
    // clearFinished() removes it (the jobs dock shows it meanwhile).
    JobHandle* start(const QString& title, lengua::Job::Function function);

    QList<JobHandle*> jobs() const;
    int runningCount() const;
    void clearFinished();
    // Removes one finished job from the runner and the dock (a panel's superseded
    // recomputation, so that interactive use does not fill the dock); a running job,
    // null or an unknown handle is left alone. Returns whether it was removed.
    bool removeFinished(JobHandle* job);
    // Requests every running job to stop and waits for the pool (used at exit only).
    void cancelAllAndWait();

Q_SIGNALS:
    void jobStarted(JobHandle* job);
    void jobFinished(JobHandle* job);
    void jobRemoved(JobHandle* job);

private:
    QThreadPool m_pool;
    QList<QPointer<JobHandle>> m_jobs;
};
