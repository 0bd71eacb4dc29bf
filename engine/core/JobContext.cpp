#include "JobContext.h"

#include "JobCancelled.h"

namespace lengua {

JobContext::JobContext(std::stop_token stop, ProgressSink progress, PartialSink partial)
    : m_stop(std::move(stop)), m_progress(std::move(progress)), m_partial(std::move(partial))
{
}

void JobContext::throwIfStopped() const
{
    if (m_stop.stop_requested())
        throw JobCancelled();
}

void JobContext::reportProgress(double fraction, const std::string& message)
{
    if (!m_progress)
        return;
    const auto now = std::chrono::steady_clock::now();
    constexpr auto minimumInterval = std::chrono::milliseconds(25);
    if (m_reportedOnce && fraction < 1.0 && now - m_lastReport < minimumInterval)
        return;
    m_reportedOnce = true;
    m_lastReport = now;
    m_progress(JobProgress{fraction, message});
}

void JobContext::publishPartial(std::any partial)
{
    if (m_partial)
        m_partial(std::move(partial));
}

} // namespace lengua
