#include "JobHandle.h"

JobHandle::JobHandle(const QString& title, QObject* parent) : QObject(parent), m_title(title)
{
    m_clock.start();
}

qint64 JobHandle::elapsedMilliseconds() const
{
    return m_finishedAfter >= 0 ? m_finishedAfter : m_clock.elapsed();
}

void JobHandle::cancel()
{
    if (isFinished())
        return;
    m_stop.request_stop();
    m_message = tr("Cancelling…");
    Q_EMIT progressChanged(m_fraction, m_message);
}

void JobHandle::deliverProgress(const lengua::JobProgress& progress)
{
    if (isFinished())
        return;
    m_fraction = progress.fraction;
    if (!m_stop.stop_requested())
        m_message = QString::fromStdString(progress.message);
    Q_EMIT progressChanged(m_fraction, m_message);
}

void JobHandle::deliverPartial(const std::any& partial)
{
    if (!isFinished() && !m_stop.stop_requested())
        Q_EMIT partialResult(partial);
}

void JobHandle::deliverSucceeded(std::any result)
{
    m_finishedAfter = m_clock.elapsed();
    m_state = State::Succeeded;
    m_fraction = 1.0;
    m_message = tr("Done");
    m_result = std::move(result);
    Q_EMIT progressChanged(m_fraction, m_message);
    Q_EMIT succeeded(m_result);
    Q_EMIT finished();
}

void JobHandle::deliverCancelled()
{
    m_finishedAfter = m_clock.elapsed();
    m_state = State::Cancelled;
    m_message = tr("Cancelled");
    Q_EMIT progressChanged(m_fraction, m_message);
    Q_EMIT cancelled();
    Q_EMIT finished();
}

void JobHandle::deliverFailed(const QString& error)
{
    m_finishedAfter = m_clock.elapsed();
    m_state = State::Failed;
    m_error = error;
    m_message = error;
    Q_EMIT progressChanged(m_fraction, m_message);
    Q_EMIT failed(error);
    Q_EMIT finished();
}
