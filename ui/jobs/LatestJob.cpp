#include "LatestJob.h"

#include "JobHandle.h"
#include "JobRunner.h"

LatestJob::LatestJob(JobRunner& jobs, QObject* parent) : QObject(parent), m_jobs(jobs) {}

LatestJob::~LatestJob()
{
    cancel();
}

JobHandle* LatestJob::start(const QString& title, lengua::Job::Function function, Success onSuccess,
                            Failure onFailure)
{
    cancel();
    m_jobs.removeFinished(m_last);
    JobHandle* job = m_jobs.start(title, std::move(function));
    m_job = job;
    m_last = job;
    connect(job, &JobHandle::succeeded, this, [this, job, onSuccess](const std::any& result) {
        if (job != m_job)
            return;
        m_job = nullptr;
        if (onSuccess)
            onSuccess(result);
    });
    connect(job, &JobHandle::failed, this, [this, job, onFailure](const QString& error) {
        if (job != m_job)
            return;
        m_job = nullptr;
        if (onFailure)
            onFailure(error);
    });
    connect(job, &JobHandle::cancelled, this, [this, job] {
        if (job == m_job)
            m_job = nullptr;
    });
    return job;
}

void LatestJob::cancel()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job = nullptr;
}
