// Trains a WordPiece vocabulary: start from the characters of the corpus's words (word-initial
// "a" and continuation "##a"), then repeatedly merge the adjacent pair with the highest score
// freq(ab) / (freq(a) * freq(b)) until the vocabulary is full (Schuster & Nakajima 2012; the
// likelihood-based score as Hugging Face's course describes WordPiece training).
#pragma once

#include "WordPiece.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lengua {

class JobContext;

struct WordPieceTrainerOptions {
    std::size_t vocabularySize = 30000; // special tokens and characters included
    // A pair is a candidate only when it occurs at least this often (counting word frequencies).
    // The score favours rare pairs (two characters seen once together score 1), so 1 lets
    // hapaxes merge first; 2 is the usual floor.
    std::uint64_t minimumFrequency = 2;
    // Put first in the vocabulary, in this order; the tokenizer's unknown token is added
    // after them when it is not among them.
    std::vector<std::string> specialTokens{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
    // Unknown token, "##" prefix and the normalisation that splits the corpus into words.
    WordPieceOptions tokenizer;
};

// One merge of a training run, with the counts its score came from (for the views).
struct WordPieceMerge {
    std::string left;
    std::string right;
    std::string merged;
    std::uint64_t pairCount = 0;  // freq(ab)
    std::uint64_t leftCount = 0;  // freq(a)
    std::uint64_t rightCount = 0; // freq(b)

    double score() const { return double(pairCount) / (double(leftCount) * double(rightCount)); }
};

class WordPieceTrainer {
public:
    explicit WordPieceTrainer(WordPieceTrainerOptions options = {});

    // Splits text with BERT's basic tokenization and counts its words. Words longer than
    // maxInputCharsPerWord are left out: WordPiece never cuts them (they are [UNK]), and a
    // megabyte "word" without spaces would make every merge that touches it rescan it.
    void addText(std::string_view text);
    // Counts a word that is already normalised and split (no spaces, no punctuation inside).
    void addWord(std::string_view word, std::uint64_t count = 1);
    std::size_t distinctWords() const { return m_wordCounts.size(); }

    // Trains on the words counted so far. Deterministic: among pairs with the same score the
    // one that occurs more often wins, then the one whose (left, right) strings come first in
    // byte order. Throws Error for an empty corpus or a vocabulary size below the number of
    // special tokens plus characters; JobCancelled when stopped. Progress: merges done.
    WordPiece train(JobContext& context);

    // The merges of the last train(), in order.
    const std::vector<WordPieceMerge>& merges() const { return m_merges; }

private:
    bool tooLong(std::string_view word) const;

    WordPieceTrainerOptions m_options;
    BertPreTokenizer m_preTokenizer;
    std::unordered_map<std::string, std::uint64_t> m_wordCounts;
    std::vector<WordPieceMerge> m_merges;
};

} // namespace lengua
