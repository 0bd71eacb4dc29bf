#include "ModelOptions.h"

#include "core/Error.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#ifdef LENGUA_HAVE_OPENBLAS
extern "C" void openblas_set_num_threads(int threads);
#endif

std::uint64_t wholeNumberOption(const CommandLine& line, const std::string& name,
                                std::uint64_t fallback, std::uint64_t minimum)
{
    const std::string text = line.value(name);
    if (text.empty())
        return fallback;
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < minimum)
        throw lengua::Error("--" + name + " must be a whole number of at least "
                            + std::to_string(minimum) + ", not '" + text + "'");
    return value;
}

int intOption(const CommandLine& line, const std::string& name, int fallback, int minimum, int maximum)
{
    const std::uint64_t value = wholeNumberOption(line, name, std::uint64_t(fallback), std::uint64_t(minimum));
    if (value > std::uint64_t(maximum))
        throw lengua::Error("--" + name + " must be at most " + std::to_string(maximum) + ", not "
                            + std::to_string(value));
    return int(value);
}

double numberOption(const CommandLine& line, const std::string& name, double fallback,
                    double minimum, double maximum)
{
    const std::string text = line.value(name);
    if (text.empty())
        return fallback;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value) || value < minimum
        || value > maximum)
        throw lengua::Error("--" + name + " must be a number from " + std::to_string(minimum)
                            + " to " + std::to_string(maximum) + ", not '" + text + "'");
    return value;
}

int setBlasThreads(int threads)
{
#ifdef LENGUA_HAVE_OPENBLAS
    openblas_set_num_threads(threads);
    return threads;
#else
    (void)threads;
    return 0;
#endif
}
