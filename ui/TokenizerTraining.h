// What the tokenization panel asks the engine to train, and the job that does it: the
// texts of a corpus or processed corpus (with the last tenth held out for the
// statistics), one of the four trainers, then the token counts for the tooltips. The
// job only calls the engine; nothing here runs on the UI thread.
#pragma once

#include "core/Job.h"
#include "tokenize/Tokenizer.h"
#include "tokenize/WordPieceTrainer.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {
struct Corpus;
struct ProcessedCorpus;
}

// The documents of a corpus or processed corpus as texts (a processed document is its
// tokens joined by spaces, one sentence per line).
class TrainingTexts {
public:
    TrainingTexts(std::shared_ptr<const lengua::Corpus> corpus);
    TrainingTexts(std::shared_ptr<const lengua::ProcessedCorpus> corpus);

    std::span<const std::string_view> all() const { return m_views; }
    // The first documents, or all of them when holdOut is false.
    std::span<const std::string_view> training(bool holdOut) const;
    // The last TokenizerStatistics::heldOutCount() documents; all of them for a single one.
    std::span<const std::string_view> heldOut() const;

    // The text of one document of a processed corpus.
    static std::string joinedText(const lengua::ProcessedCorpus& corpus, std::size_t document);

private:
    std::shared_ptr<const lengua::Corpus> m_corpus;
    std::shared_ptr<const lengua::ProcessedCorpus> m_processed;
    std::vector<std::string> m_owned;
    std::vector<std::string_view> m_views;
};

struct TokenizerTrainingRequest {
    enum class Method { Bpe, WordPiece, Word, Character };
    Method method = Method::Bpe;
    std::size_t vocabularySize = 1000;
    std::uint64_t minimumFrequency = 2;
    std::vector<std::string> specialTokens;
    bool holdOut = true; // train on all but the last tenth of the documents
    bool lowercase = false; // word tokenizer only; WordPiece lowercases as BERT does
    // One of these is set.
    std::shared_ptr<const lengua::Corpus> corpus;
    std::shared_ptr<const lengua::ProcessedCorpus> processedCorpus;
    std::string corpusName;
    std::string corpusId;

    static QString methodName(Method method);
    // The special tokens each method starts with ("<|endoftext|>", BERT's five, "[UNK]").
    static std::vector<std::string> defaultSpecialTokens(Method method);
};

// The job's result (its std::any holds a std::shared_ptr<const TrainedTokenizer>).
struct TrainedTokenizer {
    std::shared_ptr<const lengua::Tokenizer> tokenizer;
    std::vector<std::uint64_t> counts;                 // per id, over the training texts
    std::vector<lengua::WordPieceMerge> wordPieceMerges; // WordPiece only, in order
    std::string name;        // "BPE 1,000 · Lengua sample"
    std::string description; // "BPE, 1,000 tokens, min. frequency 2, on Lengua sample (90%)"
};

class TokenizerTraining {
public:
    // Progress: merges (or words) done; the result as above. Throws the trainers' errors.
    static lengua::Job::Function job(TokenizerTrainingRequest request);
    static QString title(const TokenizerTrainingRequest& request);
};
