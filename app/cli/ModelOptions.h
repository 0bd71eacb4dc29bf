// Small parsing helpers shared by the model commands of lengua-cli.
#pragma once

#include "CommandLine.h"

#include <cstdint>
#include <string>

// A whole number >= minimum, or fallback when the option is absent; Error otherwise.
std::uint64_t wholeNumberOption(const CommandLine& line, const std::string& name,
                                std::uint64_t fallback, std::uint64_t minimum = 1);
// A finite number in [minimum, maximum], or fallback when absent; Error otherwise.
double numberOption(const CommandLine& line, const std::string& name, double fallback,
                    double minimum, double maximum);
// A whole number in [minimum, maximum] as an int, or fallback when absent; Error otherwise.
int intOption(const CommandLine& line, const std::string& name, int fallback, int minimum,
              int maximum);
// Sets the BLAS threads (OpenBLAS) when the library allows it; returns the count used.
int setBlasThreads(int threads);
