#include "JobRunner.h"

#include "JobHandle.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>

namespace {

// Progress shared between the worker and the UI thread: the worker overwrites the
// latest value and posts an event only when none is pending.
struct ProgressMailbox {
    std::mutex mutex;
    lengua::JobProgress latest;
    std::atomic<bool> pending{false};
};

} // namespace

JobRunner::JobRunner(QObject* parent) : QObject(parent)
{
    // Two cores: at most two jobs at once; each job may use its own helper threads.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    cancelAllAndWait();
}

JobHandle* JobRunner::start(const QString& title, lengua::Job::Function function)
{
    auto* handle = new JobHandle(title, this);
    m_jobs.append(handle);
    QPointer<JobHandle> guard(handle);
    auto mailbox = std::make_shared<ProgressMailbox>();
    const std::stop_token stop = handle->stopToken();
    connect(handle, &JobHandle::finished, this, [this, handle] { Q_EMIT jobFinished(handle); });

    m_pool.start([guard, mailbox, stop, title, function = std::move(function)]() mutable {
        auto onProgress = [guard, mailbox](const lengua::JobProgress& progress) {
            {
                std::lock_guard lock(mailbox->mutex);
                mailbox->latest = progress;
            }
            if (mailbox->pending.exchange(true))
                return;
            QMetaObject::invokeMethod(guard.data(), [guard, mailbox] {
                lengua::JobProgress progress;
                {
                    std::lock_guard lock(mailbox->mutex);
                    progress = mailbox->latest;
                    mailbox->pending = false;
                }
                if (guard)
                    guard->deliverProgress(progress);
            }, Qt::QueuedConnection);
        };
        auto onPartial = [guard](std::any partial) {
            QMetaObject::invokeMethod(guard.data(), [guard, partial = std::move(partial)] {
                if (guard)
                    guard->deliverPartial(partial);
            }, Qt::QueuedConnection);
        };
        lengua::JobContext context(stop, onProgress, onPartial);
        const lengua::Job job(title.toStdString(), std::move(function));
        lengua::JobOutcome outcome = job.run(context);
        QMetaObject::invokeMethod(guard.data(), [guard, outcome = std::move(outcome)]() mutable {
            if (!guard)
                return;
            switch (outcome.status) {
            case lengua::JobStatus::Succeeded:
                guard->deliverSucceeded(std::move(outcome.result));
                break;
            case lengua::JobStatus::Cancelled:
                guard->deliverCancelled();
                break;
            case lengua::JobStatus::Failed:
                guard->deliverFailed(QString::fromStdString(outcome.error));
                break;
            }
        }, Qt::QueuedConnection);
    });
    Q_EMIT jobStarted(handle);
    return handle;
}

QList<JobHandle*> JobRunner::jobs() const
{
    QList<JobHandle*> out;
    for (const auto& job : m_jobs)
        if (job)
            out.append(job.data());
    return out;
}

int JobRunner::runningCount() const
{
    int count = 0;
    for (const auto& job : m_jobs)
        if (job && !job->isFinished())
            ++count;
    return count;
}

void JobRunner::clearFinished()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (*it && (*it)->isFinished()) {
            JobHandle* job = it->data();
            it = m_jobs.erase(it);
            Q_EMIT jobRemoved(job);
            job->deleteLater();
        } else if (!*it) {
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
}

bool JobRunner::removeFinished(JobHandle* job)
{
    if (!job || !job->isFinished())
        return false;
    const auto found = std::find_if(m_jobs.begin(), m_jobs.end(),
                                    [job](const QPointer<JobHandle>& held) { return held == job; });
    if (found == m_jobs.end())
        return false;
    m_jobs.erase(found);
    Q_EMIT jobRemoved(job);
    job->deleteLater();
    return true;
}

void JobRunner::cancelAllAndWait()
{
    for (const auto& job : m_jobs)
        if (job)
            job->cancel();
    m_pool.waitForDone();
}
