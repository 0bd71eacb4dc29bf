// Reading and writing tokenizers in the formats other tools use: Hugging Face tokenizer.json
// (WordPiece, byte-level BPE, WordLevel for the word and character tokenizers), BERT's
// vocab.txt, and GPT-2's vocab.json + merges.txt (through BpeFiles). Every malformed file is
// an Error that names the file and the problem.
//
// tokenizer.json layouts written (and the ones read):
// - WordPiece: normalizer BertNormalizer, pre_tokenizer BertPreTokenizer, model "WordPiece",
//   BERT's [CLS] $A [SEP] template as post_processor (Lengua's encode() adds none; see
//   WordPiece::withSpecialTokens), decoder "WordPiece".
// - BPE: model "BPE" with vocab and merges ("a b" strings written; "a b" or ["a", "b"] read),
//   pre_tokenizer, post_processor and decoder "ByteLevel" with add_prefix_space false.
// - Word: model "WordLevel", normalizer "Lowercase" or null, and pre_tokenizer
//   {"type": "LenguaWordScanner"}, a Lengua-specific marker (WordLevelTokenizer::split has no
//   Hugging Face equivalent, so Hugging Face refuses the file instead of splitting otherwise).
// - Character: model "WordLevel" over single characters, pre_tokenizer
//   {"type": "Split", "pattern": {"Regex": "(?s)."}, "behavior": "Isolated", "invert": false}
//   and decoder "Fuse": Hugging Face loads it and splits exactly as CharTokenizer.
// Special tokens are the added_tokens entries with "special": true.
#pragma once

#include "Tokenizer.h"
#include "WordPiece.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace lengua {

class TokenizerFile {
public:
    // Opens whatever path is: a folder (its tokenizer.json, else vocab.json + merges.txt,
    // else vocab.txt), a tokenizer.json, a vocab.json (with merges.txt beside it), a
    // merges.txt (with vocab.json beside it), or a vocab.txt (any other text file).
    static std::unique_ptr<Tokenizer> load(const std::filesystem::path& path);

    static std::unique_ptr<Tokenizer> readJson(const std::filesystem::path& path);
    // The same from text in memory (the workspace stores tokenizers this way); name is
    // only used in messages.
    static std::unique_ptr<Tokenizer> parseJson(std::string_view json,
                                                const std::string& name = "tokenizer.json");
    // Throws Error for a tokenizer kind that has no tokenizer.json form.
    static std::string toJson(const Tokenizer& tokenizer);
    static void writeJson(const Tokenizer& tokenizer, const std::filesystem::path& path);

    // BERT's vocab.txt: one token per line, the id is the line number (from 0); [PAD] [UNK]
    // [CLS] [SEP] [MASK] are marked special when present, and [UNK] must be.
    static WordPiece readVocabTxt(const std::filesystem::path& path, const WordPieceOptions& options);
    // Lowercasing as the folder's tokenizer_config.json says ("do_lower_case"); without one,
    // lowercasing is on when no token but the special ones has an ASCII capital letter.
    static WordPiece readVocabTxt(const std::filesystem::path& path);
    static WordPiece parseVocabTxt(std::string_view text, const WordPieceOptions& options,
                                   const std::string& name = "vocab.txt");
    static void writeVocabTxt(const Vocabulary& vocabulary, const std::filesystem::path& path);
};

} // namespace lengua
