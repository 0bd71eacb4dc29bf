// An n-gram model as a workspace artefact (kind "ngram"), so that the generation panel and
// the workspace file treat it like a GPT: the model, a word tokenizer whose ids are the
// model's, and a one-line description. count/ reaches down to models/ here only for the
// NamedLanguageModel record that every next-token model shares.
#pragma once

#include "models/NamedLanguageModel.h"

#include <memory>
#include <string>

namespace lengua {

class NgramModel;
class NgramVocabulary;
class WordLevelTokenizer;

class NgramLanguageModel {
public:
    NgramLanguageModel() = delete;

    static constexpr const char* kind = "ngram";

    // kind "ngram", model = the n-gram model, gpt = null, the tokenizer of tokenizerFor()
    // and describe()'s description; id, name and sourceCorpusId are left to the caller.
    // lowercase: whether the training words were case-folded (the tokenizer folds prompts
    // the same way). Throws Error for a null model.
    static NamedLanguageModel wrap(std::shared_ptr<const NgramModel> model, bool lowercase);

    // A word tokenizer over the n-gram vocabulary, same ids (<unk>, <s>, </s> special,
    // "<unk>" its unknown token). Throws Error if a word would not get its own id.
    static std::shared_ptr<const WordLevelTokenizer> tokenizerFor(const NgramVocabulary& vocabulary,
                                                                  bool lowercase);

    // "Trigram, modified Kneser–Ney, 12,345 words, 1.2 M n-grams" (English; the UI
    // translates its own labels).
    static std::string describe(const NgramModel& model);
};

} // namespace lengua
