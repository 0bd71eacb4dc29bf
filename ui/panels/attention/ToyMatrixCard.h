// One matrix of the attention lesson's toy views: a caption (its name, formula and shape)
// above a HeatmapView. The views compute in the engine and hand the card an arma matrix
// with one token per row, as the lecture writes X.
#pragma once

#include "widgets/HeatmapView.h"

#include <QWidget>

#include <armadillo>

#include <vector>

class QLabel;

class ToyMatrixCard : public QWidget {
    Q_OBJECT
public:
    explicit ToyMatrixCard(QWidget* parent = nullptr);

    // Shows matrix (rows × cols) with its labels; an empty mask means no masked cell,
    // otherwise mask is rows × cols row-major, non-zero = masked (drawn hatched, the
    // tooltip says maskedText).
    void show(const arma::fmat& matrix, const QStringList& rowLabels, const QStringList& columnLabels,
              HeatmapView::ColorScale scale, const std::vector<unsigned char>& mask = {},
              const QString& maskedText = {});
    // Attention weights: sequential colours over the fixed range [0, 1].
    void showProbabilities(const arma::fmat& matrix, const QStringList& rowLabels,
                           const QStringList& columnLabels, const std::vector<unsigned char>& mask = {},
                           const QString& maskedText = {});
    void setCaption(const QString& html);
    QString caption() const;

    HeatmapView* heatmap() const { return m_heatmap; }

    // Row-major copy of a column-major arma matrix, as HeatmapView wants it.
    static std::vector<float> rowMajor(const arma::fmat& matrix);
    // "1", "2", ... "count": the lecture counts dimensions and positions from 1.
    static QStringList numbers(int count, int first = 1);
    // The causal mask of a (T, T) matrix: cells j > i.
    static std::vector<unsigned char> causalMask(int size);

private:
    QLabel* m_caption = nullptr;
    HeatmapView* m_heatmap = nullptr;
};
