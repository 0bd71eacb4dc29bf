#include "BagOfWords.h"

#include "TermMatrix.h"

namespace lengua {

BagOfWords::Vector BagOfWords::of(const std::vector<std::string>& tokens,
                                  const TermMatrix& vocabularySource)
{
    Vector vector;
    vector.counts.zeros(vocabularySource.rows());
    for (const std::string& token : tokens) {
        if (const auto row = vocabularySource.rowIndex(token))
            vector.counts[*row] += 1.0;
        else
            ++vector.unknownWords;
    }
    return vector;
}

} // namespace lengua
