// BERT's WordPiece tokenizer: basic tokenization into words (BertPreTokenizer), then each
// word is cut greedily into the longest vocabulary pieces from the left, continuations
// marked "##" ("unaffable" -> un ##aff ##able); a word that cannot be cut is [UNK].
#pragma once

#include "BertPreTokenizer.h"
#include "Tokenizer.h"

#include <array>
#include <bitset>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

struct WordPieceOptions {
    std::string unknownToken = "[UNK]";
    std::string continuingPrefix = "##";
    std::size_t maxInputCharsPerWord = 100; // longer words are [UNK] without trying (as BERT)
    BertNormalization normalization;

    bool operator==(const WordPieceOptions&) const = default;
};

class WordPiece : public Tokenizer {
public:
    // BERT's special tokens, in the order trainers put them first in the vocabulary.
    static const std::array<std::string, 5>& defaultSpecialTokens(); // [PAD] [UNK] [CLS] [SEP] [MASK]

    // Throws Error when the unknown token is not in the vocabulary.
    explicit WordPiece(Vocabulary vocabulary, WordPieceOptions options = {});

    std::string kind() const override { return "wordpiece"; }
    const Vocabulary& vocabulary() const override { return m_vocabulary; }
    TokenId unknownId() const override { return m_unknownId; }
    const WordPieceOptions& options() const { return m_options; }

    // The word pieces of text, without [CLS]/[SEP]. Special tokens written in the text
    // ("Paris is the [MASK] of France") are matched before normalisation, as Hugging Face does.
    Encoding encode(std::string_view text) const override;
    // Joins the pieces: "##" pieces glue to the previous one, other tokens are separated by a
    // space, and the space before . , ! ? and English contractions is removed (HF's cleanup).
    std::string decode(std::span<const TokenId> ids) const override;

    // [CLS] pieces [SEP]; the added tokens get empty spans at the start and end of the text.
    Encoding withSpecialTokens(Encoding encoding) const;
    // [CLS] first [SEP] second [SEP] (BERT's sentence pairs). The offsets of the second
    // part are spans of second; its tokens start after the first [SEP].
    Encoding encodePair(std::string_view first, std::string_view second) const;

private:
    void encodeWord(const BertPreTokenizer::Word& word, Encoding& out, std::string& buffer) const;
    void encodeSegment(std::string_view text, std::size_t base, Encoding& out) const;
    TokenId requiredToken(const std::string& token) const;

    Vocabulary m_vocabulary;
    WordPieceOptions m_options;
    BertPreTokenizer m_preTokenizer;
    TokenId m_unknownId = -1;
    // Special tokens matched in raw text, longest first; m_specialStarts marks their first bytes.
    std::vector<std::pair<std::string, TokenId>> m_specials;
    std::bitset<256> m_specialStarts;
};

} // namespace lengua
