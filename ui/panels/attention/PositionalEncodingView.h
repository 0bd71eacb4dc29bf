// The lecture's positional encoding: the sinusoidal r (positions × dimensions) as a heatmap
// with sliders for the number of positions N, the dimension D and the base L, or the
// learned position embeddings (wpe) of a GPT of the workspace; then the lecture's two
// sentences with the same words in another order, compared with and without x̃ = x + r
// (models/PositionalEncodingLesson computes).
#pragma once

#include "models/PositionalEncodingLesson.h"

#include <QWidget>

class JobRunner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QTableWidget;
class ToyMatrixCard;
class Workspace;

class PositionalEncodingView : public QWidget {
    Q_OBJECT
public:
    PositionalEncodingView(Workspace& workspace, JobRunner& jobs, QWidget* parent = nullptr);

    // The lecture's sentences, sinusoids with N = 50, D = 64, L = 10000.
    void loadLectureExample();
    // Asks for a file and saves the heatmap and the comparison (PNG or SVG).
    void exportPicture();

    void setPositions(int positions);
    void setDimensions(int dimensions);
    // The base L as a power of ten, 1 .. 5 (L = 10 .. 100000).
    void setBaseExponent(int exponent);
    // "" for the sinusoids, or the workspace id of a GPT whose wpe is shown.
    bool selectSource(const QString& modelId);
    void setSentences(const QString& first, const QString& second);

    int positions() const;
    int dimensions() const;
    double base() const;
    bool showsLearned() const;
    ToyMatrixCard* encodingCard() const { return m_encoding; }
    QTableWidget* comparisonTable() const { return m_table; }
    const lengua::WordOrderComparison& comparison() const { return m_comparison; }
    QSlider* positionsSlider() const { return m_positionsSlider; }
    QSlider* dimensionsSlider() const { return m_dimensionsSlider; }
    QSlider* baseSlider() const { return m_baseSlider; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void rebuildSources();
    void recompute();
    void showComparison();

    Workspace& m_workspace;
    JobRunner& m_jobs;
    arma::fmat m_positions; // (N, D) what the heatmap shows
    lengua::WordOrderComparison m_comparison;
    std::vector<std::string> m_firstWords;
    std::vector<std::string> m_secondWords;
    QString m_error;

    QLabel* m_sourceLabel = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QLabel* m_positionsLabel = nullptr;
    QSlider* m_positionsSlider = nullptr;
    // N of the sinusoids, kept while a GPT's learned positions (at most its context) show.
    int m_sinusoidalPositions = 50;
    bool m_showingLearned = false;
    QLabel* m_dimensionsLabel = nullptr;
    QSlider* m_dimensionsSlider = nullptr;
    QLabel* m_baseLabel = nullptr;
    QSlider* m_baseSlider = nullptr;
    QLabel* m_firstLabel = nullptr;
    QLineEdit* m_firstEdit = nullptr;
    QLabel* m_secondLabel = nullptr;
    QLineEdit* m_secondEdit = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_exportTableButton = nullptr;
    QWidget* m_picture = nullptr;
    QLabel* m_formula = nullptr;
    ToyMatrixCard* m_encoding = nullptr;
    QLabel* m_comparisonTitle = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};
