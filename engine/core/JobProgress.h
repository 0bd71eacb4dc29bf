// One progress report of a running job: how far it is and what it is doing.
#pragma once

#include <string>

namespace lengua {

struct JobProgress {
    double fraction = 0.0; // 0..1, or negative when the total is unknown
    std::string message;   // short, for a person ("read 12 MB of 40 MB")
};

} // namespace lengua
