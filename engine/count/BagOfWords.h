// Bag of words: a text as the sum of its words' one-hot vectors over a vocabulary, word
// order forgotten ("el perro mordió al hombre" and "el hombre mordió al perro" are equal).
#pragma once

#include <armadillo>

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

class TermMatrix;

class BagOfWords {
public:
    struct Vector {
        arma::vec counts;            // one entry per vocabulary word
        std::size_t unknownWords = 0; // words outside the vocabulary (not counted)
    };
    // vocabulary: the row labels of a term matrix (or any word list).
    static Vector of(const std::vector<std::string>& tokens, const TermMatrix& vocabularySource);
};

} // namespace lengua
