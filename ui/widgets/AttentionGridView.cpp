// AttentionGridView: thumbnails rendered once per matrix set, laid out to fill the widget,
// with row and column labels, a legend, hover and a selected cell.
#include "AttentionGridView.h"

#include "ColorMap.h"
#include "HeatmapView.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace {

constexpr int outerMargin = 8;
constexpr int labelGap = 6;
constexpr int maxThumbnail = 220; // pixels on screen
constexpr int legendWidth = 12;
constexpr int legendTextWidth = 44;

} // namespace

AttentionGridView::AttentionGridView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AttentionGridView::setMatrices(int gridRows, int gridColumns,
                                    const std::vector<std::span<const float>>& matrices, int matrixRows,
                                    int matrixColumns, std::span<const unsigned char> mask)
{
    const std::size_t cells = std::size_t(std::max(0, matrixRows)) * std::size_t(std::max(0, matrixColumns));
    const bool valid = gridRows > 0 && gridColumns > 0 && cells > 0
        && matrices.size() == std::size_t(gridRows) * std::size_t(gridColumns)
        && std::all_of(matrices.begin(), matrices.end(), [cells](const auto& m) { return m.size() == cells; });
    m_pooled.clear();
    m_pooledMask.clear();
    if (!valid) {
        gridRows = gridColumns = matrixRows = matrixColumns = 0;
    }
    m_gridRows = gridRows;
    m_gridCols = gridColumns;
    m_thumbRows = std::min(matrixRows, maxThumbnailCells);
    m_thumbCols = std::min(matrixColumns, maxThumbnailCells);
    if (valid) {
        // Block b of the thumbnail covers the matrix rows [b R / r, (b + 1) R / r).
        auto first = [](int block, int size, int blocks) { return int(std::int64_t(block) * size / blocks); };
        const bool masked = mask.size() == cells;
        m_pooledMask.assign(masked ? std::size_t(m_thumbRows) * std::size_t(m_thumbCols) : 0, 1);
        m_pooled.reserve(matrices.size());
        for (const std::span<const float> values : matrices) {
            std::vector<float> pooled(std::size_t(m_thumbRows) * std::size_t(m_thumbCols), 0.0f);
            for (int br = 0; br < m_thumbRows; ++br) {
                for (int bc = 0; bc < m_thumbCols; ++bc) {
                    float top = 0.0f;
                    bool allMasked = true;
                    for (int r = first(br, matrixRows, m_thumbRows); r < first(br + 1, matrixRows, m_thumbRows); ++r) {
                        for (int c = first(bc, matrixColumns, m_thumbCols); c < first(bc + 1, matrixColumns, m_thumbCols); ++c) {
                            const std::size_t i = std::size_t(r) * std::size_t(matrixColumns) + std::size_t(c);
                            if (masked && mask[i])
                                continue;
                            allMasked = false;
                            if (std::isfinite(values[i]))
                                top = std::max(top, values[i]);
                        }
                    }
                    const std::size_t b = std::size_t(br) * std::size_t(m_thumbCols) + std::size_t(bc);
                    pooled[b] = top;
                    if (masked && !allMasked)
                        m_pooledMask[b] = 0;
                }
            }
            m_pooled.push_back(std::move(pooled));
        }
    }
    if (m_selected.x() >= m_gridCols || m_selected.y() >= m_gridRows)
        m_selected = {-1, -1};
    renderThumbnails();
    update();
}

void AttentionGridView::setRowLabels(const QStringList& labels)
{
    m_rowLabels = labels;
    update();
}

void AttentionGridView::setColumnLabels(const QStringList& labels)
{
    m_colLabels = labels;
    update();
}

void AttentionGridView::setAxisTitles(const QString& rowTitle, const QString& columnTitle)
{
    m_rowTitle = rowTitle;
    m_columnTitle = columnTitle;
    update();
}

void AttentionGridView::setScaledPerThumbnail(bool on)
{
    if (on == m_perThumbnail)
        return;
    m_perThumbnail = on;
    renderThumbnails();
    update();
}

void AttentionGridView::renderThumbnails()
{
    m_thumbnails.clear();
    m_thumbnails.reserve(m_pooled.size());
    for (const std::vector<float>& values : m_pooled) {
        double top = 1.0;
        if (m_perThumbnail) {
            top = 0.0;
            for (std::size_t i = 0; i < values.size(); ++i)
                if (m_pooledMask.empty() || !m_pooledMask[i])
                    top = std::max(top, double(values[i]));
        }
        QImage image(m_thumbCols, m_thumbRows, QImage::Format_RGB32);
        for (int r = 0; r < m_thumbRows; ++r) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
            for (int c = 0; c < m_thumbCols; ++c) {
                const std::size_t i = std::size_t(r) * std::size_t(m_thumbCols) + std::size_t(c);
                if (!m_pooledMask.empty() && m_pooledMask[i])
                    line[c] = HeatmapView::maskColor();
                else
                    line[c] = ColorMap::viridis(top > 0.0 ? values[i] / top : 0.0);
            }
        }
        m_thumbnails.push_back(std::move(image));
    }
}

QImage AttentionGridView::thumbnail(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_gridRows || column >= m_gridCols)
        return {};
    return m_thumbnails[std::size_t(row) * std::size_t(m_gridCols) + std::size_t(column)];
}

QFont AttentionGridView::labelFont() const
{
    QFont f = font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.9));
    return f;
}

QString AttentionGridView::rowLabel(int row) const
{
    return row < m_rowLabels.size() ? m_rowLabels.at(row) : QString::number(row);
}

QString AttentionGridView::columnLabel(int column) const
{
    return column < m_colLabels.size() ? m_colLabels.at(column) : QString::number(column);
}

AttentionGridView::Layout AttentionGridView::layout() const
{
    Layout l;
    if (m_gridRows == 0)
        return l;
    const QFontMetrics fm(labelFont());
    const int titleHeight = QFontMetrics(font()).height() + 4;
    int rowLabelWidth = 0;
    for (int r = 0; r < m_gridRows; ++r)
        rowLabelWidth = std::max(rowLabelWidth, fm.horizontalAdvance(rowLabel(r)));
    const int left = outerMargin + (m_rowTitle.isEmpty() ? 0 : titleHeight) + rowLabelWidth + labelGap;
    const int top = outerMargin + (m_columnTitle.isEmpty() ? 0 : titleHeight) + fm.height() + 4;
    const int availableW = width() - left - outerMargin - legendWidth - legendTextWidth - 2 * labelGap;
    const int availableH = height() - top - outerMargin;
    l.gap = 4;
    l.size = std::min((availableW - l.gap * (m_gridCols - 1)) / m_gridCols,
                      (availableH - l.gap * (m_gridRows - 1)) / m_gridRows);
    if (l.size < 24) {
        l.gap = 2;
        l.size = std::min((availableW - l.gap * (m_gridCols - 1)) / m_gridCols,
                          (availableH - l.gap * (m_gridRows - 1)) / m_gridRows);
    }
    l.size = std::clamp(l.size, 3, maxThumbnail);
    // Centred horizontally in what is left beside the labels.
    const int used = m_gridCols * l.size + (m_gridCols - 1) * l.gap;
    l.left = left + std::max(0, (availableW - used) / 2);
    l.top = top;
    return l;
}

QRect AttentionGridView::thumbnailRect(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_gridRows || column >= m_gridCols)
        return {};
    const Layout l = layout();
    return {l.left + column * (l.size + l.gap), l.top + row * (l.size + l.gap), l.size, l.size};
}

QPoint AttentionGridView::cellAt(const QPointF& point) const
{
    const Layout l = layout();
    if (m_gridRows == 0 || l.size <= 0)
        return {-1, -1};
    const int column = int(std::floor((point.x() - l.left) / (l.size + l.gap)));
    const int row = int(std::floor((point.y() - l.top) / (l.size + l.gap)));
    if (row < 0 || column < 0 || row >= m_gridRows || column >= m_gridCols)
        return {-1, -1};
    return thumbnailRect(row, column).contains(point.toPoint()) ? QPoint(column, row) : QPoint(-1, -1);
}

void AttentionGridView::setSelectedCell(int row, int column)
{
    const QPoint cell = row >= 0 && column >= 0 && row < m_gridRows && column < m_gridCols
        ? QPoint(column, row) : QPoint(-1, -1);
    if (cell == m_selected)
        return;
    m_selected = cell;
    update();
}

void AttentionGridView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_gridRows == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No attention to show"));
        return;
    }
    const Layout l = layout();
    const QFontMetrics fm(labelFont());
    const int gridW = m_gridCols * l.size + (m_gridCols - 1) * l.gap;
    const int gridH = m_gridRows * l.size + (m_gridRows - 1) * l.gap;

    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int r = 0; r < m_gridRows; ++r)
        for (int c = 0; c < m_gridCols; ++c)
            painter.drawImage(thumbnailRect(r, c), m_thumbnails[std::size_t(r) * std::size_t(m_gridCols) + std::size_t(c)]);

    // Hovered and selected thumbnails are framed.
    painter.setBrush(Qt::NoBrush);
    if (m_hovered.x() >= 0 && m_hovered != m_selected) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 2));
        painter.drawRect(thumbnailRect(m_hovered.y(), m_hovered.x()).adjusted(-1, -1, 1, 1));
    }
    if (m_selected.x() >= 0) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.drawRect(thumbnailRect(m_selected.y(), m_selected.x()).adjusted(-2, -2, 2, 2));
    }

    // Labels: every column and row when they fit, otherwise every k-th.
    painter.setFont(labelFont());
    painter.setPen(palette().color(QPalette::Text));
    int widest = 0;
    for (int c = 0; c < m_gridCols; ++c)
        widest = std::max(widest, fm.horizontalAdvance(columnLabel(c)));
    const int columnStep = std::max(1, int(std::ceil(double(widest + 4) / (l.size + l.gap))));
    for (int c = 0; c < m_gridCols; c += columnStep) {
        const QRect box = thumbnailRect(0, c);
        painter.drawText(QRect(box.center().x() - (widest + 4) / 2, l.top - fm.height() - 4, widest + 4, fm.height()),
                         Qt::AlignCenter, columnLabel(c));
    }
    const int rowStep = std::max(1, int(std::ceil(double(fm.height()) / (l.size + l.gap))));
    for (int r = 0; r < m_gridRows; r += rowStep) {
        const QRect box = thumbnailRect(r, 0);
        painter.drawText(QRect(0, box.center().y() - fm.height() / 2, l.left - labelGap, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, rowLabel(r));
    }
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const int titleHeight = QFontMetrics(titleFont).height();
    if (!m_columnTitle.isEmpty())
        painter.drawText(QRect(l.left, outerMargin, gridW, titleHeight), Qt::AlignCenter, m_columnTitle);
    if (!m_rowTitle.isEmpty()) {
        painter.save();
        // Beside the widest row label, not at the far edge when the grid is centred.
        int rowLabelWidth = 0;
        for (int r = 0; r < m_gridRows; ++r)
            rowLabelWidth = std::max(rowLabelWidth, fm.horizontalAdvance(rowLabel(r)));
        const int x = std::max(outerMargin, l.left - labelGap - rowLabelWidth - labelGap - titleHeight);
        painter.translate(x, l.top + gridH / 2.0);
        painter.rotate(-90);
        painter.drawText(QRectF(-gridH / 2.0, 0, gridH, titleHeight), Qt::AlignCenter, m_rowTitle);
        painter.restore();
    }

    // Legend: the colour bar and what its top means.
    painter.setFont(labelFont());
    const QRect bar(l.left + gridW + 2 * labelGap, l.top, legendWidth, std::min(gridH, 200));
    QImage strip(1, 256, QImage::Format_RGB32);
    for (int i = 0; i < 256; ++i)
        strip.setPixel(0, 255 - i, ColorMap(ColorMap::Kind::Viridis).table()[std::size_t(i)]);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(bar, strip);
    painter.setPen(palette().color(QPalette::Text));
    const QString topText = m_perThumbnail ? tr("max") : QStringLiteral("1");
    painter.drawText(QRect(bar.right() + 4, bar.top() - 2, legendTextWidth, fm.height()), Qt::AlignLeft | Qt::AlignTop,
                     topText);
    painter.drawText(QRect(bar.right() + 4, bar.bottom() - fm.height() + 2, legendTextWidth, fm.height()),
                     Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"));
}

void AttentionGridView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QPoint cell = cellAt(event->position());
        if (cell.x() >= 0) {
            setSelectedCell(cell.y(), cell.x());
            Q_EMIT cellClicked(cell.y(), cell.x());
        }
    }
    QWidget::mousePressEvent(event);
}

void AttentionGridView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position());
    if (cell != m_hovered) {
        m_hovered = cell;
        setCursor(cell.x() >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void AttentionGridView::leaveEvent(QEvent* event)
{
    m_hovered = {-1, -1};
    update();
    QWidget::leaveEvent(event);
}

bool AttentionGridView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(),
                               tr("%1, %2: click to open it large").arg(rowLabel(cell.y()), columnLabel(cell.x())),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}
