// Bible modules installed for SWORD (Debian's sword-text-* packages), read verse
// by verse with libsword into a Corpus: one document per non-empty verse, id = the
// verse reference ("Genesis 1:1"), label = the book ("Genesis"), text = the verse
// with its markup stripped and its ends trimmed. SWORD's own log is silenced.
#pragma once

#include "Corpus.h"

#include <string>
#include <vector>

namespace lengua {

class JobContext;

class SwordLibrary {
public:
    // Whether SWORD knows a module of that name (e.g. "spaRV1909eb", "engKJV2006eb").
    static bool isModuleInstalled(const std::string& module);
    // The names of the installed Bible (text) modules, sorted.
    static std::vector<std::string> installedBibles();
    // Throws Error when the module is not installed or is not a Bible text.
    static Corpus loadModule(const std::string& module, JobContext& context);
};

} // namespace lengua
