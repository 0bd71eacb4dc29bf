// What a workspace file holds, in memory: the corpora in the user's order and the
// settings. store/ reaches into text/ here because Corpus is what it persists.
#pragma once

#include "text/Corpus.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lengua {

struct WorkspaceContent {
    std::vector<std::shared_ptr<const Corpus>> corpora; // in the order shown to the user
    std::map<std::string, std::string> settings;
};

} // namespace lengua
