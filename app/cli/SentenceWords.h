// How the commands that read a file of sentences (one a line) split a line into words:
// on ASCII white space, each word kept as bytes or case folded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

// Appends the words of one line (without its line feed) to words; lowercase: folded as the
// workspace's word tokenizer folds them (ICU simple case folding). folded is scratch space
// reused between calls.
void appendLineWords(std::string_view line, bool lowercase, std::vector<std::string>& words,
                     std::string& folded);
