// Thrown inside a job when its stop token is set; the job boundary turns it into
// a cancelled outcome, so nothing the job built half-way is ever kept.
#pragma once

#include <exception>

namespace lengua {

class JobCancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

} // namespace lengua
