// The "sentence" view of the N-grams lesson: a sentence's probability as the chain rule,
// factor by factor (word, the context it is conditioned on, P, log₁₀ P) and their product,
// from NgramModel::score.
#pragma once

#include "NgramModelRef.h"
#include "count/SentenceScore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

class SentenceScoreView : public QWidget {
    Q_OBJECT
public:
    explicit SentenceScoreView(QWidget* parent = nullptr);

    void setModel(NgramModelRef model);
    void setSentence(const QString& text);
    QString sentence() const;

    QTableWidget* table() const { return m_table; }
    QString resultText() const;
    const std::optional<lengua::SentenceScore>& score() const { return m_score; }

    void retranslate();

private:
    void refresh();

    NgramModelRef m_model;
    QLabel* m_sentenceLabel = nullptr;
    QLineEdit* m_sentence = nullptr;
    QTimer* m_timer = nullptr;
    QLabel* m_chain = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_result = nullptr;
    std::optional<lengua::SentenceScore> m_score;
};
