// bench_tfidf_folder: TF-IDF of a folder of novels, one document per chapter (issue 5 §8,
// against scikit-learn's TfidfVectorizer in bench/peer_tfidf_sklearn.py). Both sides read
// the same files, start a new document at each line that begins with "chapter" (any case;
// the title page before the first chapter is dropped), lowercase ASCII and take maximal
// runs of a–z as words (sklearn: lowercase=True, token_pattern="[a-z]+"), so the
// vocabularies are the same. Timed: reading, splitting, tokenizing, the term × document
// count matrix (TermDocumentMatrix) and its TF-IDF weights (MatrixWeighting::tfidf).
//
// Usage: bench_tfidf_folder FOLDER [--repeat N]
// Prints {"documents", "vocab", "tokens", "nonzeros", "count_nonzeros", "seconds" (best of N), "read_seconds",
// "tokenize_seconds", "matrix_seconds", "weight_seconds", "checksum"}.
#include "core/TextFile.h"
#include "count/MatrixWeighting.h"
#include "count/TermDocumentMatrix.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start, Clock::time_point end)
{
    return std::chrono::duration<double>(end - start).count();
}

bool startsWithChapter(const std::string& text, std::size_t lineStart)
{
    static const char word[] = "chapter";
    for (std::size_t i = 0; i < 7; ++i) {
        if (lineStart + i >= text.size())
            return false;
        char c = text[lineStart + i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

// One file's chapters as documents of lowercase a–z words.
void addChapters(const std::string& name, const std::string& text,
                 std::vector<lengua::TermDocumentMatrix::Document>& documents)
{
    lengua::TermDocumentMatrix::Document* current = nullptr;
    int chapter = 0;
    std::string word;
    bool atLineStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (atLineStart && startsWithChapter(text, i)) {
            if (current && !word.empty())
                current->tokens.push_back(std::move(word));
            word.clear();
            documents.push_back({name + " " + std::to_string(++chapter), {}});
            current = &documents.back();
        }
        char c = text[i];
        atLineStart = c == '\n';
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z') {
            word.push_back(c);
        } else if (!word.empty()) {
            if (current)
                current->tokens.push_back(word);
            word.clear();
        }
    }
    if (current && !word.empty())
        current->tokens.push_back(std::move(word));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_tfidf_folder FOLDER [--repeat N]\n");
        return 2;
    }
    const std::filesystem::path folder = argv[1];
    int repeat = 1;
    if (argc >= 4 && std::string(argv[2]) == "--repeat")
        repeat = std::max(1, std::atoi(argv[3]));

    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".txt")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    double best = 1e30, read = 0, tokenize = 0, matrix = 0, weight = 0;
    std::size_t documentsCount = 0, vocabulary = 0, tokens = 0, nonZeros = 0, countNonZeros = 0;
    double checksum = 0;
    for (int run = 0; run < repeat; ++run) {
        const auto start = Clock::now();
        std::vector<std::string> texts;
        for (const auto& file : files)
            texts.push_back(lengua::TextFile::read(file));
        const auto readDone = Clock::now();
        std::vector<lengua::TermDocumentMatrix::Document> documents;
        documents.reserve(512);
        for (std::size_t f = 0; f < files.size(); ++f)
            addChapters(files[f].stem().string(), texts[f], documents);
        const auto tokenized = Clock::now();
        const lengua::TermMatrix counts = lengua::TermDocumentMatrix::build(documents);
        const auto counted = Clock::now();
        const lengua::TermMatrix weights = lengua::MatrixWeighting::tfidf(counts);
        const auto end = Clock::now();
        if (since(start, end) < best) {
            best = since(start, end);
            read = since(start, readDone);
            tokenize = since(readDone, tokenized);
            matrix = since(tokenized, counted);
            weight = since(counted, end);
        }
        documentsCount = documents.size();
        vocabulary = counts.rows();
        tokens = 0;
        for (const auto& d : documents)
            tokens += d.tokens.size();
        nonZeros = weights.nonZeros();
        countNonZeros = counts.nonZeros();
        checksum = arma::accu(weights.values());
    }
    std::printf("{\"documents\": %zu, \"vocab\": %zu, \"tokens\": %zu, \"nonzeros\": %zu, \"count_nonzeros\": %zu, "
                "\"seconds\": %.6f, \"read_seconds\": %.6f, \"tokenize_seconds\": %.6f, "
                "\"matrix_seconds\": %.6f, \"weight_seconds\": %.6f, \"checksum\": %.6f}\n",
                documentsCount, vocabulary, tokens, nonZeros, countNonZeros, best, read, tokenize, matrix, weight,
                checksum);
    return 0;
}
