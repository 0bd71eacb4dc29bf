#include "NgramLanguageModel.h"

#include "NgramModel.h"
#include "core/Error.h"
#include "tokenize/WordLevelTokenizer.h"

#include <cstdio>

namespace lengua {
namespace {

std::string orderName(int order)
{
    switch (order) {
    case 1: return "Unigram";
    case 2: return "Bigram";
    case 3: return "Trigram";
    default: return std::to_string(order) + "-gram";
    }
}

std::string smoothingLabel(const NgramSettings& settings)
{
    char k[32];
    std::snprintf(k, sizeof k, "%g", settings.k);
    switch (settings.smoothing) {
    case NgramSmoothing::Mle: return "MLE";
    case NgramSmoothing::AddK:
        return settings.k == 1.0 ? std::string("add-1 (Laplace)") : "add-k (k = " + std::string(k) + ")";
    case NgramSmoothing::Interpolated: return "linear interpolation";
    case NgramSmoothing::StupidBackoff: return "stupid backoff";
    case NgramSmoothing::KneserNey: return "Kneser–Ney";
    case NgramSmoothing::ModifiedKneserNey: return "modified Kneser–Ney";
    }
    return ngramSmoothingName(settings.smoothing);
}

// 12345 -> "12,345".
std::string grouped(std::uint64_t value)
{
    const std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

// Below a million in full, then "1.2 M".
std::string amount(std::uint64_t value)
{
    if (value < 1000000)
        return grouped(value);
    char text[32];
    std::snprintf(text, sizeof text, "%.1f M", double(value) / 1e6);
    return text;
}

} // namespace

NamedLanguageModel NgramLanguageModel::wrap(std::shared_ptr<const NgramModel> model, bool lowercase)
{
    if (!model)
        throw Error("NgramLanguageModel::wrap(): no model");
    NamedLanguageModel named;
    named.kind = kind;
    named.tokenizer = tokenizerFor(model->vocabulary(), lowercase);
    named.description = describe(*model);
    named.model = std::move(model);
    return named;
}

std::shared_ptr<const WordLevelTokenizer> NgramLanguageModel::tokenizerFor(
    const NgramVocabulary& vocabulary, bool lowercase)
{
    Vocabulary tokens;
    const std::vector<std::string>& words = vocabulary.words();
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool special = TokenId(i) == NgramVocabulary::unknownId
            || TokenId(i) == NgramVocabulary::sentenceStartId
            || TokenId(i) == NgramVocabulary::sentenceEndId;
        if (tokens.add(words[i], special) != TokenId(i))
            throw Error("the n-gram vocabulary holds \"" + words[i] + "\" twice");
    }
    return std::make_shared<WordLevelTokenizer>(std::move(tokens), lowercase,
                                                words.empty() ? std::string("<unk>")
                                                              : words[NgramVocabulary::unknownId]);
}

std::string NgramLanguageModel::describe(const NgramModel& model)
{
    const std::size_t words = model.vocabulary().size();
    const std::size_t markers = 3;
    return orderName(model.settings().order) + ", " + smoothingLabel(model.settings()) + ", "
        + grouped(words > markers ? words - markers : 0) + " words, "
        + amount(model.distinctNgrams()) + " n-grams";
}

} // namespace lengua
