// Reading and writing word vectors in the formats other tools use: word2vec text (gensim
// binary=False; fastText's .vec is the same), word2vec binary (word2vec.c, gensim
// binary=True) and GloVe text (the word2vec text lines without the "V dim" header). See
// WordVectorFormat.h for the layouts. The projector TSV pair is ProjectorTsvFile.
//
// Reading checks everything and throws Error naming the file and the line (the word number
// and byte offset in a binary file): an empty file, a header that is not "V dim", header
// counts that disagree with the body, lines with a different number of values, a value that
// is not a number or is NaN or infinite, a truncated binary, a repeated or empty word.
// Nothing is allocated from a header's counts before they are checked against the file's
// size, so "999999999999 300" fails at once instead of exhausting memory.
//
// Writing uses the shortest decimal form that reads back as the same float32, so a text
// write followed by a read gives identical vectors (and binary is bit-exact anyway).
#pragma once

#include "WordVectorFormat.h"
#include "WordVectors.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace lengua {

class JobContext;

class WordVectorFile {
public:
    // The format of the file's bytes: a first line "V dim" of two whole numbers means a
    // header, then bytes after it that are not text (control bytes, invalid UTF-8) mean
    // binary; a first line of a word and at least one number means GloVe. Error for an
    // empty file or a first line that is neither.
    static WordVectorFormat detect(std::string_view bytes, const std::string& sourceName);

    // A large file (GloVe's 840B is 5 GB) takes a while: the job, when given, sees the
    // progress through the bytes and can stop the parse (JobCancelled).
    static WordVectors read(const std::filesystem::path& path, JobContext* job = nullptr); // detects
    static WordVectors read(const std::filesystem::path& path, WordVectorFormat format,
                            JobContext* job = nullptr);
    static WordVectors parse(std::string_view bytes, const std::string& sourceName,
                             JobContext* job = nullptr); // detects
    static WordVectors parse(std::string_view bytes, const std::string& sourceName,
                             WordVectorFormat format, JobContext* job = nullptr);

    // Error when a word is empty or holds a space, tab or line break (it could not be read back).
    static std::string toBytes(const WordVectors& vectors, WordVectorFormat format);
    static void write(const WordVectors& vectors, const std::filesystem::path& path,
                      WordVectorFormat format = WordVectorFormat::Word2VecText);

private:
    static WordVectors parseText(std::string_view bytes, const std::string& sourceName, bool header,
                                 JobContext* job);
    static WordVectors parseBinary(std::string_view bytes, const std::string& sourceName,
                                   JobContext* job);
};

} // namespace lengua
