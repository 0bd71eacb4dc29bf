// Tokenizer files: tokenizer.json written and read back for every kind, a hand-written
// Hugging Face BERT tokenizer.json, vocab.txt, folders, and every malformed-file message.
#include "core/Error.h"
#include "core/JobContext.h"
#include "tokenize/ByteLevelAlphabet.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/CharTokenizer.h"
#include "tokenize/CharTrainer.h"
#include "tokenize/TokenizerFile.h"
#include "tokenize/WordLevelTokenizer.h"
#include "tokenize/WordLevelTrainer.h"
#include "tokenize/WordPiece.h"
#include "tokenize/WordPieceTrainer.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace lengua;
using Strings = std::vector<std::string>;
using Offsets = std::vector<std::pair<std::size_t, std::size_t>>;
namespace fs = std::filesystem;

namespace {

const Strings sampleTexts{
    "UNwant\xC3\xA9" "d, running the unaffable hugs!",
    "El Sr. García llegó a la canción; ¿qué pasó?",
    "  the [MASK] of France\n\tis 中文 text with a\xFF bad byte ",
    "",
};

void compareEncodings(const Tokenizer& a, const Tokenizer& b)
{
    for (const auto& text : sampleTexts) {
        const Encoding x = a.encode(text);
        const Encoding y = b.encode(text);
        QCOMPARE(x.ids, y.ids);
        QCOMPARE(x.tokens, y.tokens);
        QCOMPARE(x.offsets, y.offsets);
        QCOMPARE(a.decode(x.ids), b.decode(y.ids));
    }
    QCOMPARE(a.vocabulary().tokens(), b.vocabulary().tokens());
    for (std::size_t id = 0; id < a.vocabulary().size(); ++id)
        QCOMPARE(a.vocabulary().isSpecial(TokenId(id)), b.vocabulary().isSpecial(TokenId(id)));
    QCOMPARE(a.kind(), b.kind());
    QCOMPARE(a.unknownId(), b.unknownId());
}

WordPiece trainedWordPiece()
{
    WordPieceTrainerOptions options;
    options.vocabularySize = 120;
    options.minimumFrequency = 1;
    WordPieceTrainer trainer(options);
    for (const auto& text : sampleTexts)
        trainer.addText(text);
    trainer.addText("hug hugs pug pun bun unaffable running wanted");
    JobContext context;
    return trainer.train(context);
}

// A small byte-level BPE built directly: the 256 byte symbols, then three merges.
ByteLevelBpe smallBpe()
{
    Vocabulary vocabulary;
    vocabulary.add("<|endoftext|>", true);
    for (int b = 0; b < 256; ++b)
        vocabulary.add(ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(b)));
    vocabulary.add("\xC4\xA0t"); // "Ġt"
    vocabulary.add("he");
    vocabulary.add("\xC4\xA0the");
    return ByteLevelBpe(vocabulary, {{"\xC4\xA0", "t"}, {"h", "e"}, {"\xC4\xA0t", "he"}});
}

std::string writeText(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

// The message of the Error that f throws (empty when it throws none).
template <typename F>
std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

// A valid WordPiece tokenizer.json with one change applied.
template <typename F>
std::string editedJson(F&& edit)
{
    Vocabulary vocabulary;
    for (const char* token : {"[UNK]", "a", "##b"})
        vocabulary.add(token, token[0] == '[');
    nlohmann::json root = nlohmann::json::parse(TokenizerFile::toJson(WordPiece(vocabulary)));
    edit(root);
    return root.dump();
}

std::string bpeJson(const std::function<void(nlohmann::json&)>& edit)
{
    nlohmann::json root = nlohmann::json::parse(TokenizerFile::toJson(smallBpe()));
    edit(root);
    return root.dump();
}

} // namespace

class TestTokenizerFile : public QObject {
    Q_OBJECT
private slots:
    void wordPieceRoundTrip()
    {
        const WordPiece original = trainedWordPiece();
        const std::string json = TokenizerFile::toJson(original);
        const auto read = TokenizerFile::parseJson(json);
        compareEncodings(original, *read);
        const auto* wordPiece = dynamic_cast<const WordPiece*>(read.get());
        QVERIFY(wordPiece);
        QVERIFY(wordPiece->options() == original.options());
        // The Hugging Face layout: fields that HF needs to load the file.
        const auto root = nlohmann::json::parse(json);
        QCOMPARE(root["model"]["type"].get<std::string>(), std::string("WordPiece"));
        QCOMPARE(root["model"]["vocab"]["[CLS]"].get<int>(), 2);
        QCOMPARE(root["normalizer"]["type"].get<std::string>(), std::string("BertNormalizer"));
        QCOMPARE(root["pre_tokenizer"]["type"].get<std::string>(), std::string("BertPreTokenizer"));
        QCOMPARE(root["added_tokens"].size(), std::size_t(5));
        QCOMPARE(root["added_tokens"][4]["content"].get<std::string>(), std::string("[MASK]"));
        QCOMPARE(root["post_processor"]["special_tokens"]["[SEP]"]["ids"][0].get<int>(), 3);
        // Written again, byte for byte the same.
        QCOMPARE(TokenizerFile::toJson(*read), json);
    }

    void casedWordPieceRoundTrip()
    {
        WordPieceOptions options;
        options.normalization = BertNormalization{true, false, false, false};
        options.maxInputCharsPerWord = 7;
        WordPiece original(trainedWordPiece().vocabulary(), options);
        const auto read = TokenizerFile::parseJson(TokenizerFile::toJson(original));
        compareEncodings(original, *read);
        QVERIFY(dynamic_cast<const WordPiece&>(*read).options() == options);
    }

    void wordAndCharRoundTrip()
    {
        JobContext context;
        WordLevelTrainerOptions wordOptions;
        wordOptions.lowercase = true;
        WordLevelTrainer words(wordOptions);
        CharTrainer chars;
        for (const auto& text : sampleTexts) {
            words.addText(text);
            chars.addText(text);
        }
        const WordLevelTokenizer word = words.train(context);
        const auto wordRead = TokenizerFile::parseJson(TokenizerFile::toJson(word));
        compareEncodings(word, *wordRead);
        QVERIFY(dynamic_cast<const WordLevelTokenizer&>(*wordRead).lowercase());

        const CharTokenizer character = chars.train(context);
        const std::string json = TokenizerFile::toJson(character);
        const auto charRead = TokenizerFile::parseJson(json);
        compareEncodings(character, *charRead);
        const auto root = nlohmann::json::parse(json);
        QCOMPARE(root["model"]["type"].get<std::string>(), std::string("WordLevel"));
        QCOMPARE(root["pre_tokenizer"]["pattern"]["Regex"].get<std::string>(), std::string("(?s)."));
    }

    void bpeRoundTrip()
    {
        const ByteLevelBpe original = smallBpe();
        const std::string json = TokenizerFile::toJson(original);
        const auto read = TokenizerFile::parseJson(json);
        compareEncodings(original, *read);
        const Encoding encoding = read->encode(" the theme");
        QCOMPARE(encoding.tokens, (Strings{"\xC4\xA0the", "\xC4\xA0the", "m", "e"}));
        QCOMPARE(dynamic_cast<const ByteLevelBpe&>(*read).merges(), original.merges());
        const auto root = nlohmann::json::parse(json);
        QCOMPARE(root["model"]["merges"][0].get<std::string>(), std::string("\xC4\xA0 t"));
        QCOMPARE(root["added_tokens"][0]["content"].get<std::string>(), std::string("<|endoftext|>"));

        // Merges written as [a, b] arrays (tokenizers >= 0.20) read the same.
        const std::string arrays = bpeJson([](nlohmann::json& r) {
            for (auto& merge : r["model"]["merges"]) {
                const auto text = merge.get<std::string>();
                merge = nlohmann::json::array({text.substr(0, text.find(' ')), text.substr(text.find(' ') + 1)});
            }
        });
        compareEncodings(original, *TokenizerFile::parseJson(arrays));
    }

    void huggingFaceBertFixture()
    {
        const fs::path path = fs::path(LENGUA_TEST_DATA_DIR) / "tokenize" / "bert-tiny-tokenizer.json";
        const auto tokenizer = TokenizerFile::load(path);
        QCOMPARE(tokenizer->kind(), std::string("wordpiece"));
        const auto& wordPiece = dynamic_cast<const WordPiece&>(*tokenizer);
        // strip_accents null: follows lowercase.
        QVERIFY(wordPiece.options().normalization == (BertNormalization{true, true, true, true}));
        QCOMPARE(wordPiece.vocabulary().size(), std::size_t(20));
        QVERIFY(wordPiece.vocabulary().isSpecial(4));
        QVERIFY(!wordPiece.vocabulary().isSpecial(5));
        const Encoding encoding = wordPiece.encode("UNwant\xC3\xA9" "d,running [MASK] unaffable");
        QCOMPARE(encoding.tokens, (Strings{"un", "##want", "##ed", ",", "runn", "##ing", "[MASK]", "un",
                                           "##aff", "##able"}));
        QCOMPARE(encoding.ids, (std::vector<TokenId>{5, 6, 7, 10, 8, 9, 4, 5, 11, 12}));
        QCOMPARE(encoding.offsets[6], (std::pair<std::size_t, std::size_t>{18, 24}));
    }

    void vocabTxtRoundTrip()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "vocab.txt";
        const WordPiece original = trainedWordPiece();
        TokenizerFile::writeVocabTxt(original.vocabulary(), path);
        std::ifstream in(path);
        std::string first, second;
        std::getline(in, first);
        std::getline(in, second);
        QCOMPARE(first, std::string("[PAD]"));
        QCOMPARE(second, std::string("[UNK]"));
        // No capital letter in the vocabulary: read as uncased, like the original.
        const WordPiece read = TokenizerFile::readVocabTxt(path);
        compareEncodings(original, read);
        // tokenizer_config.json beside it decides when present.
        writeText(path.parent_path() / "tokenizer_config.json", "{\"do_lower_case\": false}");
        QVERIFY(!TokenizerFile::readVocabTxt(path).options().normalization.lowercase);
    }

    void vocabTxtCases()
    {
        const WordPieceOptions options;
        // Windows line ends and no final newline; ids are line numbers.
        const WordPiece wordPiece = TokenizerFile::parseVocabTxt("\xEF\xBB\xBF[UNK]\r\nhug\r\n##s", options);
        QCOMPARE(wordPiece.vocabulary().tokens(), (Strings{"[UNK]", "hug", "##s"}));
        QCOMPARE(wordPiece.encode("Hugs").ids, (std::vector<TokenId>{1, 2}));
        QCOMPARE(errorOf([&] { TokenizerFile::parseVocabTxt("[UNK]\nhug\n##s\nhug\n", options); }),
                 std::string("vocab.txt: line 4 repeats the token \"hug\" of line 2"));
        QCOMPARE(errorOf([&] { TokenizerFile::parseVocabTxt("hug\n##s\n", options); }),
                 std::string("vocab.txt: has no [UNK] token, which WordPiece needs"));
        QCOMPARE(errorOf([&] { TokenizerFile::parseVocabTxt("[UNK]\n\nhug\n", options); }),
                 std::string("vocab.txt: line 2 is empty (every line is a token)"));
        QCOMPARE(errorOf([&] { TokenizerFile::parseVocabTxt("", options); }), std::string("vocab.txt: has no tokens"));
    }

    void loadDetectsWhatThePathIs()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        // A folder with tokenizer.json.
        fs::create_directory(root / "json");
        TokenizerFile::writeJson(smallBpe(), root / "json" / "tokenizer.json");
        QCOMPARE(TokenizerFile::load(root / "json")->kind(), std::string("bpe"));
        QCOMPARE(TokenizerFile::load(root / "json" / "tokenizer.json")->kind(), std::string("bpe"));
        // GPT-2's two files, written by hand: the folder, vocab.json or merges.txt all load.
        fs::create_directory(root / "gpt2");
        const ByteLevelBpe bpe = smallBpe();
        nlohmann::ordered_json vocab;
        for (std::size_t id = 0; id < bpe.vocabulary().size(); ++id)
            vocab[bpe.vocabulary().token(TokenId(id))] = id;
        writeText(root / "gpt2" / "vocab.json", vocab.dump());
        writeText(root / "gpt2" / "merges.txt", "#version: 0.2\n\xC4\xA0 t\nh e\n\xC4\xA0t he\n");
        for (const fs::path& path : {root / "gpt2", root / "gpt2" / "vocab.json", root / "gpt2" / "merges.txt"}) {
            const auto loaded = TokenizerFile::load(path);
            QCOMPARE(loaded->kind(), std::string("bpe"));
            QCOMPARE(loaded->encode(" the theme").ids, bpe.encode(" the theme").ids);
        }
        // A folder with vocab.txt, and the file itself.
        fs::create_directory(root / "bert");
        TokenizerFile::writeVocabTxt(trainedWordPiece().vocabulary(), root / "bert" / "vocab.txt");
        QCOMPARE(TokenizerFile::load(root / "bert")->kind(), std::string("wordpiece"));
        QCOMPARE(TokenizerFile::load(root / "bert" / "vocab.txt")->kind(), std::string("wordpiece"));

        fs::create_directory(root / "empty");
        QCOMPARE(errorOf([&] { TokenizerFile::load(root / "empty"); }),
                 (root / "empty").string() + ": the folder has no tokenizer.json, vocab.json + merges.txt or vocab.txt");
        QCOMPARE(errorOf([&] { TokenizerFile::load(root / "missing.json"); }),
                 (root / "missing.json").string() + ": no such file or folder");
        writeText(root / "settings.json", "{\"do_lower_case\": true}");
        QCOMPARE(errorOf([&] { TokenizerFile::load(root / "settings.json"); }),
                 (root / "settings.json").string() + ": is neither a tokenizer.json (it has no \"model\") nor a "
                 "vocab.json with merges.txt beside it");
    }

    void malformedTokenizerJson()
    {
        const auto parse = [](const std::string& json) {
            return errorOf([&] { TokenizerFile::parseJson(json, "bad.json"); });
        };
        // Truncated JSON: the parser's position is in the message.
        const std::string valid = TokenizerFile::toJson(trainedWordPiece());
        const std::string truncated = parse(valid.substr(0, valid.size() / 2));
        QVERIFY2(truncated.starts_with("bad.json: is not valid JSON (it ends too early: truncated?): parse error at line "),
                 truncated.c_str());
        QVERIFY2(truncated.find("unexpected end of input") != std::string::npos, truncated.c_str());
        QCOMPARE(parse("[1, 2]"), std::string("bad.json: should be a JSON object, not array"));
        QCOMPARE(parse("{\"version\": \"1.0\"}"), std::string("bad.json: has no \"model\" object (is it a tokenizer.json?)"));

        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["type"] = "Unigram"; })),
                 std::string("bad.json: the model type \"Unigram\" is not supported (Lengua reads WordPiece, BPE "
                             "and WordLevel)"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["vocab"]["##b"] = 1; })),
                 std::string("bad.json: id 1 is given to both \"##b\" and \"a\""));
        // 3 vocabulary entries and 1 added token (the [UNK] again): ids 0..3 at most.
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["vocab"]["##b"] = 3; })),
                 std::string("bad.json: the ids are not dense: no token has id 2 though ids go up to 3"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["vocab"]["##b"] = 2000000000; })),
                 std::string("bad.json: the ids are not dense: \"##b\" has id 2000000000 but the file lists "
                             "only 4 tokens"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["vocab"]["##b"] = "two"; })),
                 std::string("bad.json: the id of \"##b\" is \"two\", not a whole number"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["vocab"]["##b"] = -1; })),
                 std::string("bad.json: the id of \"##b\" is -1, outside the possible range"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["added_tokens"][0]["content"] = "[MASK]"; })),
                 std::string("bad.json: id 0 is given to both \"[UNK]\" and \"[MASK]\" (in added_tokens)"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["unk_token"] = "<unk>"; })),
                 std::string("bad.json: WordPiece: the unknown token \"<unk>\" is not in the vocabulary"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["normalizer"] = {{"type", "NFKC"}}; })),
                 std::string("bad.json: the normalizer \"NFKC\" is not supported with a WordPiece model (Lengua "
                             "reads BertNormalizer or none)"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["pre_tokenizer"] = {{"type", "Metaspace"}}; })),
                 std::string("bad.json: the pre_tokenizer \"Metaspace\" is not supported with a WordPiece model "
                             "(Lengua reads BertPreTokenizer)"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"].erase("vocab"); })),
                 std::string("bad.json: \"model.vocab\" is missing or is not an object of token -> id"));
        QCOMPARE(parse(editedJson([](nlohmann::json& r) { r["model"]["max_input_chars_per_word"] = "many"; })),
                 std::string("bad.json: \"model.max_input_chars_per_word\" has the wrong type (string)"));
    }

    void malformedBpeMerges()
    {
        const auto parse = [](const std::string& json) {
            return errorOf([&] { TokenizerFile::parseJson(json, "bpe.json"); });
        };
        QCOMPARE(parse(bpeJson([](nlohmann::json& r) { r["model"]["merges"][1] = "h q"; })),
                 std::string("bpe.json: merge 2 (\"h q\") makes \"hq\", which is not in the vocabulary"));
        QCOMPARE(parse(bpeJson([](nlohmann::json& r) { r["model"]["merges"][1] = "hé e"; })),
                 std::string("bpe.json: merge 2 (\"hé e\") names \"hé\", which is not in the vocabulary"));
        QCOMPARE(parse(bpeJson([](nlohmann::json& r) { r["model"]["merges"][0] = "a b c"; })),
                 std::string("bpe.json: merge 1 (\"a b c\") is not two tokens separated by one space"));
        QCOMPARE(parse(bpeJson([](nlohmann::json& r) { r["model"]["merges"][0] = 3; })),
                 std::string("bpe.json: merge 1 (3) is neither \"a b\" nor [\"a\", \"b\"]"));
        QCOMPARE(parse(bpeJson([](nlohmann::json& r) { r["pre_tokenizer"]["add_prefix_space"] = true; })),
                 std::string("bpe.json: ByteLevel with add_prefix_space is not supported (GPT-2 adds no space)"));
        QCOMPARE(parse(bpeJson([](nlohmann::json& r) { r["model"]["continuing_subword_prefix"] = "##"; })),
                 std::string("bpe.json: a BPE model with \"continuing_subword_prefix\" is not supported (Lengua "
                             "reads GPT-2 style byte-level BPE)"));
        // A vocabulary without the byte symbols: the BPE's own check, under the file's name.
        const std::string noBytes = parse(bpeJson([](nlohmann::json& r) {
            r["model"]["merges"] = nlohmann::json::array();
            nlohmann::json vocab;
            vocab["<|endoftext|>"] = 0;
            r["model"]["vocab"] = vocab;
        }));
        QVERIFY2(noBytes.starts_with("bpe.json: ByteLevelBpe: the vocabulary lacks"), noBytes.c_str());
    }

    void writingFailsClearly()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "no-such-folder" / "tokenizer.json";
        QCOMPARE(errorOf([&] { TokenizerFile::writeJson(smallBpe(), path); }),
                 path.string() + ": cannot be opened for writing");
        Vocabulary vocabulary;
        vocabulary.add("[UNK]");
        vocabulary.add("a\nb");
        QCOMPARE(errorOf([&] { TokenizerFile::writeVocabTxt(vocabulary, fs::path(dir.path().toStdString()) / "v.txt"); }),
                 (fs::path(dir.path().toStdString()) / "v.txt").string() +
                     ": token 1 (\"a\\nb\") is empty or holds a line break, which vocab.txt cannot store");
    }
};

QTEST_GUILESS_MAIN(TestTokenizerFile)
#include "tst_tokenizerfile.moc"
