// What a running job sees of the world: its stop token, a progress sink and a
// sink for partial results. Thread-safe to call from the job's own thread; the
// sinks are called on that thread and must hand data over to their owner.
#pragma once

#include "JobProgress.h"

#include <any>
#include <chrono>
#include <functional>
#include <stop_token>

namespace lengua {

class JobContext {
public:
    using ProgressSink = std::function<void(const JobProgress&)>;
    using PartialSink = std::function<void(std::any)>;

    JobContext() = default;
    explicit JobContext(std::stop_token stop, ProgressSink progress = {}, PartialSink partial = {});

    bool stopRequested() const noexcept { return m_stop.stop_requested(); }
    // Throws JobCancelled when a stop was requested. Call it at least every 50 ms of work.
    void throwIfStopped() const;
    const std::stop_token& stopToken() const noexcept { return m_stop; }

    // Reports progress; throttled so that a tight loop can call it freely (at most
    // one report every 25 ms reaches the sink, except the first and fraction >= 1).
    void reportProgress(double fraction, const std::string& message = {});
    // Hands a partial result (a loss point, a snapshot) to whoever observes the job.
    void publishPartial(std::any partial);

private:
    std::stop_token m_stop;
    ProgressSink m_progress;
    PartialSink m_partial;
    std::chrono::steady_clock::time_point m_lastReport{};
    bool m_reportedOnce = false;
};

} // namespace lengua
