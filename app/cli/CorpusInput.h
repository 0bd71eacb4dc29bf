// How the commands read their --input: any corpus file or folder Lengua loads,
// with the same --format / --text-column / --label-column options.
#pragma once

#include "CommandLine.h"
#include "text/Corpus.h"

#include <set>
#include <string>

namespace lengua {
class JobContext;
}

// The options readCorpusInput() understands, to merge into a command's own.
const std::set<std::string>& corpusInputOptions();
lengua::Corpus readCorpusInput(const CommandLine& line, lengua::JobContext& context);
