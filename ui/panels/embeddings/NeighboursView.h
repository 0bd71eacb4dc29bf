// The nearest neighbours of a word: the words whose vectors have the highest cosine with
// its vector (WordVectors::nearest, one BLAS product over the whole vocabulary, fast
// enough to answer as the user types Enter), in a table with the cosine and the corpus
// count; a word that is not in the vocabulary gets a "did you mean" message with the
// closest spellings (those of WordVectors::missingWordMessage, in the UI's language).
#pragma once

#include "RankedWordsView.h"
#include "embed/WordVectors.h"

#include <cstdint>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class NeighboursView : public RankedWordsView {
    Q_OBJECT
public:
    explicit NeighboursView(QWidget* parent = nullptr);

    // counts: one per row of vectors, or empty when unknown.
    void setVectors(std::shared_ptr<const lengua::WordVectors> vectors,
                    std::vector<std::uint64_t> counts);
    void setQuery(const QString& word); // and shows its neighbours
    QString query() const;
    void setTopCount(int k); // 10 or 20
    void refresh();

    void retranslate();

    // "“reyna” is not in the vocabulary. Did you mean: reina, rey?" (translated), with the
    // closest spellings of the store's vocabulary (ClosestWords, as missingWordMessage).
    static QString missingWordText(const lengua::WordVectors& vectors, const QString& word);

private:
    std::shared_ptr<const lengua::WordVectors> m_vectors;
    std::vector<std::uint64_t> m_counts;
    QLabel* m_queryLabel = nullptr;
    QLineEdit* m_query = nullptr;
    QComboBox* m_top = nullptr;
    QPushButton* m_search = nullptr;
};
