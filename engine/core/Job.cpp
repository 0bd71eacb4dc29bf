#include "Job.h"

#include "JobCancelled.h"

#include <exception>
#include <new>

namespace lengua {

Job::Job(std::string title, Function function)
    : m_title(std::move(title)), m_function(std::move(function))
{
}

JobOutcome Job::run(JobContext& context) const noexcept
{
    JobOutcome outcome;
    try {
        if (!m_function)
            throw std::logic_error("Job::run(): the job has no function");
        std::any result = m_function(context);
        // A stop that arrives after the last check still discards the result, so a
        // cancelled job can never leave an artefact behind.
        if (context.stopRequested()) {
            outcome.status = JobStatus::Cancelled;
            return outcome;
        }
        outcome.status = JobStatus::Succeeded;
        outcome.result = std::move(result);
    } catch (const JobCancelled&) {
        outcome.status = JobStatus::Cancelled;
    } catch (const std::bad_alloc&) {
        outcome.status = JobStatus::Failed;
        outcome.error = "out of memory";
    } catch (const std::exception& e) {
        outcome.status = JobStatus::Failed;
        outcome.error = e.what();
    } catch (...) {
        outcome.status = JobStatus::Failed;
        outcome.error = "unknown error";
    }
    return outcome;
}

} // namespace lengua
