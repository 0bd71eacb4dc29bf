// The sentences of words an n-gram model counts: a processed corpus's own sentences, or a
// raw corpus split into sentences (SentenceSplitter) and words (WordSegmenter, punctuation
// dropped) and case-folded like the pipeline's "lower" step; and the held-out split.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class JobContext;
struct Corpus;
struct ProcessedCorpus;

class NgramSentences {
public:
    using Sentences = std::vector<std::vector<std::string>>;

    NgramSentences() = delete;

    // Every document's sentences, in corpus order. language: "es" or "en" (anything else
    // falls back to "es", the course's language). Checks context's stop token per document.
    static Sentences fromCorpus(const Corpus& corpus, bool lowercase = true,
                                JobContext* context = nullptr);
    static Sentences fromProcessed(const ProcessedCorpus& corpus);

    // A typed text (a context, a sentence) as the words a model trained by fromCorpus sees.
    static std::vector<std::string> words(std::string_view text, const std::string& language,
                                          bool lowercase = true);

    struct Split {
        Sentences training;
        Sentences heldOut;
    };
    // The last heldOutFraction of the sentences (rounded, at least 1 when there are two or
    // more) are held out; a single sentence is all training.
    static Split split(Sentences sentences, double heldOutFraction = 0.1);
    // Every every-th sentence (the 10th, 20th, … for 10) is held out, so a corpus made of
    // parts on different topics or in different languages is held out from each part;
    // fewer than every sentences: the last one, when there are two or more.
    static Split interleavedSplit(Sentences sentences, std::size_t every = 10);
};

} // namespace lengua
