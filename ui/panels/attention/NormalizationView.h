// Layer norm against batch norm on two sentences of different lengths (the lecture's
// "Normalización de capas"): the padded batch of token vectors, each token normalised over
// its features (layer norm) and each feature normalised over the batch (batch norm, with
// or without the padding), as heatmaps with their means and variances and the padding
// marked (models/LayerVsBatchNorm computes).
#pragma once

#include "models/LayerVsBatchNorm.h"

#include <QStringList>
#include <QWidget>

class JobRunner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class ToyEmbeddingSource;
class ToyMatrixCard;
class Workspace;

class NormalizationView : public QWidget {
    Q_OBJECT
public:
    NormalizationView(Workspace& workspace, JobRunner& jobs, QWidget* parent = nullptr);

    // Two sentences of the lecture of different lengths, random vectors, padding counted.
    void loadLectureExample();
    // Asks for a file and saves the matrices (PNG or SVG).
    void exportPicture();

    void setSentences(const QString& first, const QString& second);
    // Whether batch norm's statistics include the padding rows (a naive batch norm does).
    void setCountPadding(bool count);
    void setDimensions(int d);

    const lengua::NormalizationComparison& comparison() const { return m_comparison; }
    ToyMatrixCard* inputCard() const { return m_input; }
    ToyMatrixCard* layerCard() const { return m_layer; }
    ToyMatrixCard* batchCard() const { return m_batch; }
    ToyMatrixCard* layerStatisticsCard() const { return m_layerStatistics; }
    ToyMatrixCard* batchStatisticsCard() const { return m_batchStatistics; }
    QLabel* summary() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void recompute();

    Workspace& m_workspace;
    JobRunner& m_jobs;
    lengua::NormalizationComparison m_comparison;
    QStringList m_rowLabels;
    QString m_error;

    QLabel* m_firstLabel = nullptr;
    QLineEdit* m_firstEdit = nullptr;
    QLabel* m_secondLabel = nullptr;
    QLineEdit* m_secondEdit = nullptr;
    QLabel* m_sourceLabel = nullptr;
    ToyEmbeddingSource* m_source = nullptr;
    QLabel* m_dimensionLabel = nullptr;
    QSpinBox* m_dimensionSpin = nullptr;
    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QCheckBox* m_countPaddingCheck = nullptr;
    QPushButton* m_exportButton = nullptr;
    QWidget* m_picture = nullptr;
    QLabel* m_formula = nullptr;
    ToyMatrixCard* m_input = nullptr;
    ToyMatrixCard* m_layer = nullptr;
    ToyMatrixCard* m_batch = nullptr;
    ToyMatrixCard* m_layerStatistics = nullptr;
    ToyMatrixCard* m_batchStatistics = nullptr;
    QLabel* m_summary = nullptr;
};
