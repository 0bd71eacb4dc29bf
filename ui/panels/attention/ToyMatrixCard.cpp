#include "ToyMatrixCard.h"

#include <QLabel>
#include <QVBoxLayout>

ToyMatrixCard::ToyMatrixCard(QWidget* parent) : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_caption->setWordWrap(true);
    QFont font = m_caption->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_caption->setFont(font);
    m_heatmap = new HeatmapView(this);
    // Up to five cards share the room between the lesson list and the lesson box.
    m_heatmap->setMinimumSize(90, 100);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_heatmap, 1);
}

void ToyMatrixCard::show(const arma::fmat& matrix, const QStringList& rowLabels,
                         const QStringList& columnLabels, HeatmapView::ColorScale scale,
                         const std::vector<unsigned char>& mask, const QString& maskedText)
{
    m_heatmap->setColorScale(scale);
    m_heatmap->setAutoValueRange();
    m_heatmap->setMatrix(rowMajor(matrix), int(matrix.n_rows), int(matrix.n_cols));
    m_heatmap->setRowLabels(rowLabels);
    m_heatmap->setColumnLabels(columnLabels);
    // setMatrix keeps a mask of the same size, so an unmasked matrix clears it explicitly.
    m_heatmap->setMask(mask, maskedText);
}

void ToyMatrixCard::showProbabilities(const arma::fmat& matrix, const QStringList& rowLabels,
                                      const QStringList& columnLabels,
                                      const std::vector<unsigned char>& mask, const QString& maskedText)
{
    show(matrix, rowLabels, columnLabels, HeatmapView::ColorScale::Sequential, mask, maskedText);
    m_heatmap->setValueRange(0.0, 1.0);
}

void ToyMatrixCard::setCaption(const QString& html)
{
    m_caption->setText(html);
}

QString ToyMatrixCard::caption() const
{
    return m_caption->text();
}

std::vector<float> ToyMatrixCard::rowMajor(const arma::fmat& matrix)
{
    std::vector<float> values(matrix.n_elem);
    for (arma::uword r = 0; r < matrix.n_rows; ++r)
        for (arma::uword c = 0; c < matrix.n_cols; ++c)
            values[r * matrix.n_cols + c] = matrix(r, c);
    return values;
}

QStringList ToyMatrixCard::numbers(int count, int first)
{
    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels << QString::number(first + i);
    return labels;
}

std::vector<unsigned char> ToyMatrixCard::causalMask(int size)
{
    std::vector<unsigned char> mask(std::size_t(size) * std::size_t(size), 0);
    for (int i = 0; i < size; ++i)
        for (int j = i + 1; j < size; ++j)
            mask[std::size_t(i) * std::size_t(size) + std::size_t(j)] = 1;
    return mask;
}
