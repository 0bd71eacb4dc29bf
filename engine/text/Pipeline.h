// The preprocessing pipeline: runs the enabled steps of PipelineSettings over a
// corpus, in one fixed order, and says what each step did.
//
// Order, and why:
//   clean -> nfc -> sentences -> [words] -> spell -> lemma -> lower -> stopwords
//   -> accents -> stem
// - clean first: markup, URLs and addresses are not language, and every later step
//   would otherwise split them into junk words.
// - nfc next: everything after compares strings (dictionaries, lists, types), and
//   those are all NFC; "canción" with a combining accent would match nothing.
// - sentences before any change of case: ICU decides that "... llegó. Luego" ends a
//   sentence partly because a capital follows; it needs the punctuation too, so it
//   runs on the text. Word segmentation (always on) follows; a sentence boundary is
//   always a word boundary, so the words are found once per document.
// - spell, then lemma, on the words as written: Hunspell needs the accents (adding
//   them is the point: "cancion" -> "canción") and the capitals of proper nouns,
//   and its morphology (lemma) only knows correctly spelled words. A word that the
//   other language's dictionary accepts is left as it is, so the English sentences
//   of a bilingual corpus are not "corrected" into Spanish ("the" -> "te").
// - lower (full case folding), then stopwords: the lists are lowercase (matching
//   ignores case anyway, so "El" at the start of a sentence goes either way).
// - accents after stopwords, because the lists are written with accents.
// - stem last: Snowball's stemmers expect lowercase words, and stemming a lemma is
//   what a user who enables both asks for.
// Steps after "words" are functions of one token, so run() applies them once per
// distinct string (the cache that makes Hunspell affordable), on 2 threads, and the
// output is the same whatever the number of threads.
#pragma once

#include "PipelineSettings.h"
#include "ProcessedCorpus.h"
#include "StepTrace.h"

#include <string>
#include <string_view>
#include <vector>

namespace lengua {

struct Corpus;
class JobContext;

class Pipeline {
public:
    explicit Pipeline(PipelineSettings settings);

    const PipelineSettings& settings() const { return m_settings; }

    // Processes every document. Progress by bytes and by distinct words;
    // cancellable (throws JobCancelled). A Hunspell dictionary that cannot be
    // loaded switches spell and lemma off with a warning in the result. The
    // result's id and name are left empty for the caller.
    ProcessedCorpus run(const Corpus& corpus, JobContext& context) const;

    // Every step on one text, for the before/after view (see StepTrace).
    // language "auto" is guessed on the text itself.
    std::vector<StepTrace> trace(std::string_view text) const;

    // "es"/"en" as given; "auto": the stop-word guess, else the corpus's declared
    // language, else "es" (the course's language).
    static std::string resolveLanguage(const PipelineSettings& settings, const Corpus& corpus);

private:
    PipelineSettings m_settings;
};

} // namespace lengua
