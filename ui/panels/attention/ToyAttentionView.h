// The lecture's toy self-attention, step by step: a sentence, its token vectors X (random
// with a seed, or a GPT's embeddings), α = softmax(XXᵀ) with a causal toggle and Y = αX;
// then Q, K, V = XW, QKᵀ/√d, the softmax and the weighted sum αV. Every matrix is a
// heatmap with the tokens as labels; the engine (models/SelfAttentionLesson) computes.
#pragma once

#include "models/SelfAttentionLesson.h"

#include <QStringList>
#include <QWidget>

#include <array>

class JobRunner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QButtonGroup;
class QToolButton;
class QPushButton;
class QSpinBox;
class ToyEmbeddingSource;
class ToyMatrixCard;
class Workspace;

class ToyAttentionView : public QWidget {
    Q_OBJECT
public:
    // The steps of the stepper, in order.
    enum Step { Similarity, SimilaritySoftmax, SimilarityOutput, Projections, ScaledScores,
                ProjectedSoftmax, ProjectedOutput, StepCount };

    ToyAttentionView(Workspace& workspace, JobRunner& jobs, QWidget* parent = nullptr);

    // The lecture's sentence with random vectors, causal, from step 1.
    void loadLectureExample();
    // Asks for a file and saves the matrices shown (PNG or SVG).
    void exportPicture();

    void setSentence(const QString& sentence);
    QString sentence() const;
    void setCausal(bool causal);
    bool isCausal() const;
    void setStep(int step);
    int step() const { return m_step; }
    void setDimensions(int d);
    void setSeed(int seed);
    ToyEmbeddingSource* source() const { return m_source; }

    // What is computed now (for tests and the cards).
    const QStringList& tokenLabels() const { return m_labels; }
    const lengua::AttentionSteps& similarity() const { return m_similarity; }
    const lengua::QkvAttentionSteps& projected() const { return m_projected; }
    // The cards in their order on screen; hidden ones are not used by the current step.
    static constexpr int cardCount = 4;
    ToyMatrixCard* card(int index) const { return m_cards.at(std::size_t(index)); }
    QWidget* picture() const { return m_picture; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void recompute();
    void showStep();

    Workspace& m_workspace;
    JobRunner& m_jobs;
    int m_step = Similarity;
    QStringList m_labels;
    arma::fmat m_x; // (T, d)
    lengua::AttentionSteps m_similarity;
    lengua::QkvAttentionSteps m_projected;
    bool m_truncated = false;
    QString m_error;

    QLabel* m_sentenceLabel = nullptr;
    QLineEdit* m_sentenceEdit = nullptr;
    QLabel* m_sourceLabel = nullptr;
    ToyEmbeddingSource* m_source = nullptr;
    QLabel* m_dimensionLabel = nullptr;
    QSpinBox* m_dimensionSpin = nullptr;
    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QCheckBox* m_causalCheck = nullptr;
    QLabel* m_stepsLabel = nullptr;
    QButtonGroup* m_stepGroup = nullptr;
    std::array<QToolButton*, StepCount> m_stepButtons{};
    QToolButton* m_previousButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QWidget* m_picture = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_note = nullptr;
    std::array<ToyMatrixCard*, cardCount> m_cards{};
};
