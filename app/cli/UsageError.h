// A mistake in the command line that shows only once the command runs (a file that cannot
// be opened or written), and the way a command turns refusals into exit statuses: every
// Error while parsing and every UsageError later is a usage error (status 2, printed as
// {"error": ...} on stderr); any other Error propagates to main (status 1).
#pragma once

#include "Commands.h"
#include "JsonOutput.h"

#include "core/Error.h"

#include <iostream>

class UsageError : public lengua::Error {
public:
    using lengua::Error::Error;
};

template <typename Request, typename Parse, typename Run>
int runCommand(const Arguments& arguments, Parse parse, Run run)
{
    Request request;
    try {
        request = parse(arguments);
    } catch (const lengua::Error& error) {
        printJson({{"error", error.what()}}, std::cerr);
        return 2;
    }
    try {
        return run(request);
    } catch (const UsageError& error) {
        printJson({{"error", error.what()}}, std::cerr);
        return 2;
    }
}
