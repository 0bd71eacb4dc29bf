// Reading SWORD Bible modules with libsword; see SwordLibrary.h.
#include "SwordLibrary.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <swlog.h>
#include <swmgr.h>
#include <swmodule.h>
#include <versekey.h>

#include <algorithm>
#include <mutex>

namespace lengua {

namespace {

// SWORD's managers and modules are not thread-safe and libsword prints
// diagnostics through a process-wide log; one lock serialises every use.
std::mutex& swordMutex()
{
    static std::mutex mutex;
    return mutex;
}

void silenceSword()
{
    sword::SWLog::getSystemLog()->setLogLevel(0);
}

std::string trimmed(const char* text)
{
    std::string_view view(text ? text : "");
    const std::size_t begin = view.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos)
        return {};
    const std::size_t end = view.find_last_not_of(" \t\r\n");
    return std::string(view.substr(begin, end - begin + 1));
}

bool isBible(sword::SWModule* module)
{
    const char* type = module->getType();
    return type && std::string_view(type) == sword::SWMgr::MODTYPE_BIBLES;
}

} // namespace

bool SwordLibrary::isModuleInstalled(const std::string& module)
{
    std::lock_guard lock(swordMutex());
    silenceSword();
    sword::SWMgr manager;
    return manager.getModule(module.c_str()) != nullptr;
}

std::vector<std::string> SwordLibrary::installedBibles()
{
    std::lock_guard lock(swordMutex());
    silenceSword();
    sword::SWMgr manager;
    std::vector<std::string> names;
    for (const auto& [name, module] : manager.getModules()) {
        if (isBible(module))
            names.push_back(name.c_str());
    }
    std::sort(names.begin(), names.end());
    return names;
}

Corpus SwordLibrary::loadModule(const std::string& module, JobContext& context)
{
    context.throwIfStopped();
    std::lock_guard lock(swordMutex());
    silenceSword();
    sword::SWMgr manager;
    sword::SWModule* bible = manager.getModule(module.c_str());
    if (!bible)
        throw Error(module + ": no such SWORD module is installed");
    if (!isBible(bible))
        throw Error(module + ": is a SWORD module but not a Bible text");

    Corpus corpus;
    corpus.id = newCorpusId();
    corpus.name = module;
    if (const char* description = bible->getDescription(); description && *description)
        corpus.name = description;
    corpus.source = module;
    corpus.format = "sword";
    corpus.language = trimmed(bible->getConfigEntry("Lang"));
    corpus.documents.reserve(31102); // the verses of the KJV versification

    const std::string message = "Reading " + module;
    std::size_t verses = 0;
    std::size_t emptyVerses = 0;
    for (bible->setPosition(sword::TOP); !bible->popError(); (*bible)++) {
        if ((++verses & 255) == 0) {
            context.throwIfStopped();
            // Verses are in canonical order; the Bible has about 31,000 of them.
            context.reportProgress(std::min(0.99, double(verses) / 31102.0), message);
        }
        std::string text = trimmed(bible->stripText());
        if (text.empty()) {
            ++emptyVerses;
            continue;
        }
        Document document;
        document.id = bible->getKeyText();
        if (auto* key = dynamic_cast<sword::VerseKey*>(bible->getKey()))
            document.label = key->getBookName();
        document.text = std::move(text);
        corpus.documents.push_back(std::move(document));
    }
    if (corpus.documents.empty())
        throw Error(module + ": the module has no verses");
    if (emptyVerses > 0)
        corpus.warnings.push_back(module + ": " + std::to_string(emptyVerses) +
                                  " empty verses were skipped");
    context.reportProgress(1.0, message);
    return corpus;
}

} // namespace lengua
