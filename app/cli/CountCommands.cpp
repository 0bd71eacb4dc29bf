// lengua-cli cooc, similarity and tfidf: the co-occurrence and weighting engine of
// engine/count on a file of sentences (one a line, split on whitespace) or a count table.
#include "Commands.h"
#include "CommandLine.h"
#include "JsonOutput.h"

#include "core/Error.h"
#include "core/TextFile.h"
#include "count/ClosestWords.h"
#include "count/CooccurrenceSettings.h"
#include "count/CosineSimilarity.h"
#include "count/CountTableFile.h"
#include "count/MatrixWeighting.h"
#include "count/TermMatrix.h"
#include "count/WordCooccurrence.h"
#include "text/TextNormalizer.h"

#include <charconv>
#include <chrono>
#include <string_view>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Each line a sentence, split on ASCII whitespace; empty lines are skipped.
lengua::WordCooccurrence::Sentences readSentences(const std::string& path, bool lowercase)
{
    std::string text = lengua::TextFile::read(path);
    if (lowercase && !lengua::TextNormalizer::isAscii(text))
        text = lengua::TextNormalizer().foldCase(text);
    else if (lowercase)
        for (char& c : text)
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
    lengua::WordCooccurrence::Sentences sentences;
    std::vector<std::string> sentence;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            if (!sentence.empty())
                sentences.push_back(std::move(sentence));
            sentence.clear();
            ++i;
        } else if (isSpace(c)) {
            ++i;
        } else {
            std::size_t end = i;
            while (end < text.size() && !isSpace(text[end]))
                ++end;
            sentence.emplace_back(text, i, end - i);
            i = end;
        }
    }
    if (!sentence.empty())
        sentences.push_back(std::move(sentence));
    return sentences;
}

std::vector<std::string> splitList(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return parts;
}

std::string quoted(const std::vector<std::string>& words)
{
    std::string text;
    for (const std::string& word : words)
        text += (text.empty() ? "\"" : ", \"") + word + "\"";
    return text;
}

// The row of a word, or an Error that suggests the vocabulary's closest words.
std::size_t requireRow(const lengua::TermMatrix& matrix, const std::string& word, const char* where)
{
    if (const auto row = matrix.rowIndex(word))
        return *row;
    const std::vector<std::string> closest = lengua::ClosestWords::find(word, matrix.rowLabels());
    std::string message = "the word \"" + word + "\" is not in " + where;
    message += closest.empty() ? " (and no word of it is close)" : "; closest: " + quoted(closest);
    throw lengua::Error(message);
}

int parseWindow(const std::string& text)
{
    int window = 0;
    const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), window);
    if (status != std::errc() || end != text.data() + text.size())
        throw lengua::Error("--window must be a whole number from 1 to 10, not '" + text + "'");
    return window;
}

} // namespace

int coocCommand(const Arguments& arguments)
{
    const CommandLine line(arguments, {"input", "window", "weighting", "words"},
                           {"distance-weighting", "lowercase"});
    const std::string input = line.required("input");
    lengua::CooccurrenceSettings settings;
    settings.window = parseWindow(line.required("window"));
    settings.distanceWeighting = line.has("distance-weighting");
    settings.maxVocabulary = 0; // the whole vocabulary, as the usage says
    settings.validate();
    const std::string weighting = line.required("weighting");
    if (weighting != "count" && weighting != "ppmi" && weighting != "tfidf")
        throw lengua::Error("--weighting must be count, ppmi or tfidf, not '" + weighting + "'");
    std::vector<std::string> words = splitList(line.required("words"), ',');
    for (const std::string& word : words)
        if (word.empty())
            throw lengua::Error("--words has an empty word (words are separated by single commas)");
    if (line.has("lowercase")) {
        const lengua::TextNormalizer normalizer;
        for (std::string& word : words)
            word = normalizer.foldCase(word);
    }

    const auto start = std::chrono::steady_clock::now();
    const auto sentences = readSentences(input, line.has("lowercase"));
    if (sentences.empty())
        throw lengua::Error(input + ": there is no sentence (no line has a word)");
    const auto read = std::chrono::steady_clock::now();
    lengua::TermMatrix matrix = lengua::WordCooccurrence::count(sentences, settings);
    const auto counted = std::chrono::steady_clock::now();
    std::vector<std::size_t> rows;
    for (const std::string& word : words)
        rows.push_back(requireRow(matrix, word, input.c_str()));
    if (weighting == "ppmi")
        matrix = lengua::MatrixWeighting::ppmi(matrix);
    else if (weighting == "tfidf")
        matrix = lengua::MatrixWeighting::tfidf(matrix);
    const auto end = std::chrono::steady_clock::now();

    nlohmann::json table = nlohmann::json::array();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        nlohmann::json row = nlohmann::json::array();
        for (std::size_t j = 0; j < rows.size(); ++j)
            row.push_back(matrix.value(rows[i], rows[j])); // double, not the float block
        table.push_back(std::move(row));
    }
    const auto seconds = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    printJson({
        {"words", words},
        {"matrix", table},
        {"vocab", matrix.rows()},
        {"nonzeros", matrix.nonZeros()},
        {"sentences", sentences.size()},
        {"seconds", seconds(start, end)},
        {"read_seconds", seconds(start, read)},
        {"count_seconds", seconds(read, counted)},
    });
    return 0;
}

int similarityCommand(const Arguments& arguments)
{
    const CommandLine line(arguments, {"counts", "pairs"}, {});
    const std::string path = line.required("counts");
    const std::vector<std::string> pairs = splitList(line.required("pairs"), ',');
    const lengua::TermMatrix counts = lengua::CountTableFile::read(path);
    nlohmann::json cosine = nlohmann::json::object();
    for (const std::string& pair : pairs) {
        const std::vector<std::string> words = splitList(pair, ':');
        if (words.size() != 2 || words[0].empty() || words[1].empty())
            throw lengua::Error("--pairs: '" + pair + "' is not two words joined by ':' (a:b)");
        const std::size_t a = requireRow(counts, words[0], path.c_str());
        const std::size_t b = requireRow(counts, words[1], path.c_str());
        cosine[pair] = lengua::CosineSimilarity::rowCosine(counts, a, b);
    }
    printJson({{"cosine", cosine}});
    return 0;
}

int tfidfCommand(const Arguments& arguments)
{
    const CommandLine line(arguments, {"counts"}, {});
    const lengua::TermMatrix counts = lengua::CountTableFile::read(line.required("counts"));
    const std::vector<double> idf = lengua::MatrixWeighting::idf(counts);
    const lengua::TermMatrix weights = lengua::MatrixWeighting::tfidf(counts);
    nlohmann::json idfJson = nlohmann::json::object();
    nlohmann::json tfidfJson = nlohmann::json::object();
    for (std::size_t r = 0; r < counts.rows(); ++r) {
        const std::string& term = counts.rowLabels()[r];
        idfJson[term] = idf[r];
        nlohmann::json row = nlohmann::json::array();
        for (std::size_t c = 0; c < counts.columns(); ++c)
            row.push_back(weights.value(r, c));
        tfidfJson[term] = std::move(row);
    }
    printJson({{"idf", idfJson}, {"tfidf", tfidfJson}, {"documents", counts.columnLabels()}});
    return 0;
}
