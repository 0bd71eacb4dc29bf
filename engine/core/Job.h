// A unit of long work: a title and a function of a JobContext that returns a
// result. Job::run is the job boundary: whatever the function throws becomes a
// failed outcome with a message, a stop becomes a cancelled one, and a cancelled
// job never hands back a result. No threads here: the caller decides where it runs
// (the UI's thread pool, or the CLI's own thread).
#pragma once

#include "JobContext.h"

#include <any>
#include <functional>
#include <string>

namespace lengua {

enum class JobStatus { Succeeded, Cancelled, Failed };

struct JobOutcome {
    JobStatus status = JobStatus::Failed;
    std::any result;   // set only when status == Succeeded
    std::string error; // set only when status == Failed
};

class Job {
public:
    using Function = std::function<std::any(JobContext&)>;

    Job(std::string title, Function function);

    const std::string& title() const noexcept { return m_title; }
    JobOutcome run(JobContext& context) const noexcept;

private:
    std::string m_title;
    Function m_function;
};

} // namespace lengua
