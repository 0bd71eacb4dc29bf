// Corpus text to n-gram sentences; see NgramSentences.h.
#include "NgramSentences.h"

#include "core/JobContext.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "text/SentenceSplitter.h"
#include "text/TextNormalizer.h"
#include "text/WordSegmenter.h"

#include <algorithm>
#include <cmath>

namespace lengua {
namespace {

std::string segmenterLanguage(const std::string& language)
{
    return language == "en" ? "en" : "es";
}

void appendWords(WordSegmenter& segmenter, const TextNormalizer* normalizer,
                 std::string_view text, std::vector<WordSegmenter::Token>& tokens,
                 std::vector<std::string>& out)
{
    tokens.clear();
    segmenter.segment(text, tokens, false);
    for (const WordSegmenter::Token& token : tokens) {
        const std::string_view word = text.substr(token.begin, token.end - token.begin);
        out.push_back(normalizer ? normalizer->foldCase(word) : std::string(word));
    }
}

} // namespace

NgramSentences::Sentences NgramSentences::fromCorpus(const Corpus& corpus, bool lowercase,
                                                     JobContext* context)
{
    const std::string language = segmenterLanguage(corpus.language);
    SentenceSplitter splitter(language, SentenceSplitter::defaultAbbreviations(language));
    WordSegmenter segmenter(language);
    const TextNormalizer normalizer;
    std::vector<WordSegmenter::Token> tokens;
    Sentences sentences;
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
        if (context) {
            context->throwIfStopped();
            context->reportProgress(double(d) / double(corpus.documents.size()));
        }
        const std::string& text = corpus.documents[d].text;
        for (const TextSpan& span : splitter.split(text)) {
            std::vector<std::string> words;
            appendWords(segmenter, lowercase ? &normalizer : nullptr,
                        std::string_view(text).substr(span.begin, span.end - span.begin), tokens,
                        words);
            if (!words.empty())
                sentences.push_back(std::move(words));
        }
    }
    return sentences;
}

NgramSentences::Sentences NgramSentences::fromProcessed(const ProcessedCorpus& corpus)
{
    Sentences sentences;
    sentences.reserve(corpus.sentenceCount());
    for (const ProcessedCorpus::Document& document : corpus.documents)
        for (const auto& sentence : document.sentences)
            if (!sentence.empty())
                sentences.push_back(sentence);
    return sentences;
}

std::vector<std::string> NgramSentences::words(std::string_view text, const std::string& language,
                                               bool lowercase)
{
    WordSegmenter segmenter(segmenterLanguage(language));
    const TextNormalizer normalizer;
    std::vector<WordSegmenter::Token> tokens;
    std::vector<std::string> out;
    appendWords(segmenter, lowercase ? &normalizer : nullptr, text, tokens, out);
    return out;
}

NgramSentences::Split NgramSentences::split(Sentences sentences, double heldOutFraction)
{
    Split out;
    std::size_t held = 0;
    if (sentences.size() >= 2 && heldOutFraction > 0.0) {
        held = std::size_t(std::llround(double(sentences.size()) * heldOutFraction));
        held = std::clamp<std::size_t>(held, 1, sentences.size() - 1);
    }
    const std::size_t trainCount = sentences.size() - held;
    out.heldOut.assign(std::make_move_iterator(sentences.begin() + std::ptrdiff_t(trainCount)),
                       std::make_move_iterator(sentences.end()));
    sentences.resize(trainCount);
    out.training = std::move(sentences);
    return out;
}

NgramSentences::Split NgramSentences::interleavedSplit(Sentences sentences, std::size_t every)
{
    Split out;
    if (every < 2 || sentences.size() < 2)
        return split(std::move(sentences), every < 2 ? 0.0 : 0.1);
    if (sentences.size() < every)
        return split(std::move(sentences), 1.0 / double(sentences.size()));
    for (std::size_t i = 0; i < sentences.size(); ++i)
        (i % every == every - 1 ? out.heldOut : out.training).push_back(std::move(sentences[i]));
    return out;
}

} // namespace lengua
