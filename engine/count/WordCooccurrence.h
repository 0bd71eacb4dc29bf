// The word × word co-occurrence matrix: for each word, how often every other word appears
// within the window around it. Symmetric (with distance weighting, up to rounding: the two
// cells add the same terms in another order); rows and columns are the same vocabulary, most
// frequent first (ties alphabetical). Words left out by the vocabulary cut (minCount,
// maxVocabulary) are not counted but still take up their positions, so they do not bring
// farther words into the window. A pair of equal words d <= window apart adds to the
// diagonal from both ends (2, or 2/d with distance weighting), as it does off the diagonal
// to both cells.
#pragma once

#include "CooccurrenceSettings.h"
#include "TermMatrix.h"

#include <string>
#include <vector>

namespace lengua {

class JobContext;

class WordCooccurrence {
public:
    using Sentences = std::vector<std::vector<std::string>>;
    // Throws Error on bad settings or when no word is left; progress and stop via context.
    static TermMatrix count(const Sentences& sentences, const CooccurrenceSettings& settings,
                            JobContext* context = nullptr);
};

} // namespace lengua
