// HeatmapView: colour mapping into a cached image, nearest-neighbour drawing of the
// visible part, thinned edge labels, axis titles, masked cells, legend, hover and zoom/pan.
#include "HeatmapView.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int outerMargin = 6;
constexpr int labelGap = 4;
constexpr int maxLabelExtent = 110; // longer labels are elided
constexpr int legendBarWidth = 12;
constexpr double minVisibleCells = 1.0;
constexpr double minHatchCellPixels = 7.0; // smaller masked cells are plain grey

} // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapView::setMatrix(std::vector<float> values, int rows, int cols)
{
    if (rows <= 0 || cols <= 0 || values.size() != std::size_t(rows) * std::size_t(cols)) {
        values.clear();
        rows = cols = 0;
    }
    m_values = std::move(values);
    m_rows = rows;
    m_cols = cols;
    if (m_mask.size() != m_values.size())
        m_mask.clear();
    m_highlightedRow = -1;
    updateRange();
    renderImage();
    resetView();
}

float HeatmapView::value(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return std::numeric_limits<float>::quiet_NaN();
    return m_values[std::size_t(row) * std::size_t(m_cols) + std::size_t(col)];
}

void HeatmapView::setRowLabels(const QStringList& labels)
{
    m_rowLabels = labels;
    measureLabels();
    update();
}

void HeatmapView::setColumnLabels(const QStringList& labels)
{
    m_colLabels = labels;
    measureLabels();
    update();
}

void HeatmapView::measureLabels()
{
    const QFontMetrics fm(labelFont());
    auto extent = [&fm](const QStringList& labels) {
        int w = 0;
        for (const QString& l : labels) {
            w = std::max(w, fm.horizontalAdvance(l));
            if (w >= maxLabelExtent)
                return maxLabelExtent;
        }
        return w;
    };
    m_rowLabelExtent = extent(m_rowLabels);
    m_colLabelExtent = extent(m_colLabels);
}

void HeatmapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        measureLabels();
    QWidget::changeEvent(event);
}

void HeatmapView::setAxisTitles(const QString& rowTitle, const QString& columnTitle)
{
    m_rowTitle = rowTitle;
    m_columnTitle = columnTitle;
    update();
}

void HeatmapView::setMask(std::vector<unsigned char> mask, const QString& maskedText)
{
    m_mask = mask.size() == m_values.size() ? std::move(mask) : std::vector<unsigned char>();
    m_maskedText = maskedText;
    updateRange();
    renderImage();
    update();
}

bool HeatmapView::isMasked(int row, int col) const
{
    if (m_mask.empty() || row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return false;
    return m_mask[std::size_t(row) * std::size_t(m_cols) + std::size_t(col)] != 0;
}

QRgb HeatmapView::maskColor()
{
    return qRgb(0xd4, 0xd4, 0xd4); // a grey that viridis and RdBu never take
}

void HeatmapView::setHighlightedRow(int row)
{
    row = row >= 0 && row < m_rows ? row : -1;
    if (row == m_highlightedRow)
        return;
    m_highlightedRow = row;
    update();
}

void HeatmapView::setColorScale(ColorScale scale)
{
    m_scale = scale;
    updateRange();
    renderImage();
    update();
}

void HeatmapView::setLogScale(bool on)
{
    m_log = on;
    updateRange();
    renderImage();
    update();
}

void HeatmapView::setValueRange(double minimum, double maximum)
{
    m_autoRange = false;
    m_min = std::min(minimum, maximum);
    m_max = std::max(minimum, maximum);
    renderImage();
    update();
}

void HeatmapView::setAutoValueRange()
{
    m_autoRange = true;
    updateRange();
    renderImage();
    update();
}

void HeatmapView::updateRange()
{
    if (!m_autoRange)
        return;
    const bool useLog = m_log && m_scale == ColorScale::Sequential;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const float v = m_values[i];
        if (!std::isfinite(v) || (useLog && v <= 0.0f) || (!m_mask.empty() && m_mask[i]))
            continue;
        lo = std::min(lo, double(v));
        hi = std::max(hi, double(v));
    }
    if (lo > hi) {
        lo = useLog ? 1.0 : 0.0;
        hi = useLog ? 10.0 : 1.0;
    }
    if (m_scale == ColorScale::Diverging) {
        // White must mean 0, so the range is symmetric.
        const double m = std::max(std::abs(lo), std::abs(hi));
        lo = -m;
        hi = m;
    }
    m_min = lo;
    m_max = hi;
}

double HeatmapView::normalised(double value) const
{
    if (m_log && m_scale == ColorScale::Sequential) {
        if (!(value > 0.0) || !(m_min > 0.0))
            return 0.0;
        const double span = std::log10(m_max) - std::log10(m_min);
        return span > 0.0 ? (std::log10(value) - std::log10(m_min)) / span : 1.0;
    }
    const double span = m_max - m_min;
    if (!(span > 0.0))
        return m_scale == ColorScale::Diverging ? 0.5 : 1.0;
    return (value - m_min) / span;
}

void HeatmapView::renderImage()
{
    m_levels.clear();
    if (m_rows == 0) {
        m_image = QImage();
        return;
    }
    m_image = QImage(m_cols, m_rows, QImage::Format_ARGB32);
    const ColorMap map(m_scale == ColorScale::Diverging ? ColorMap::Kind::Diverging
                                                        : ColorMap::Kind::Viridis);
    for (int r = 0; r < m_rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(r));
        const std::size_t offset = std::size_t(r) * std::size_t(m_cols);
        const float* row = m_values.data() + offset;
        const unsigned char* masked = m_mask.empty() ? nullptr : m_mask.data() + offset;
        for (int c = 0; c < m_cols; ++c) {
            if (masked && masked[c])
                line[c] = maskColor();
            else
                line[c] = std::isnan(row[c]) ? qRgba(0, 0, 0, 0) : map.map(normalised(row[c]));
        }
    }
    buildLevels();
}

void HeatmapView::buildLevels()
{
    constexpr int smallestLevel = 512; // below this the full image is cheap to sample
    const QImage* previous = &m_image;
    while (previous->width() > smallestLevel || previous->height() > smallestLevel) {
        const int w = (previous->width() + 1) / 2;
        const int h = (previous->height() + 1) / 2;
        QImage level(w, h, QImage::Format_ARGB32);
        for (int y = 0; y < h; ++y) {
            const auto* in = reinterpret_cast<const QRgb*>(previous->constScanLine(2 * y));
            auto* out = reinterpret_cast<QRgb*>(level.scanLine(y));
            for (int x = 0; x < w; ++x)
                out[x] = in[2 * x];
        }
        m_levels.push_back(std::move(level));
        previous = &m_levels.back();
    }
}

QImage HeatmapView::grabImage()
{
    return grab().toImage();
}

QFont HeatmapView::labelFont() const
{
    QFont f = font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    return f;
}

HeatmapView::Margins HeatmapView::margins() const
{
    const QFontMetrics fm(labelFont());
    const int titleExtent = QFontMetrics(font()).height() + labelGap;
    Margins m;
    m.left = outerMargin + (m_rowLabels.isEmpty() ? 0 : m_rowLabelExtent + labelGap)
        + (m_rowTitle.isEmpty() ? 0 : titleExtent);
    m.top = outerMargin + (m_colLabels.isEmpty() ? 0 : m_colLabelExtent + labelGap)
        + (m_columnTitle.isEmpty() ? 0 : titleExtent);
    int tickText = std::max(fm.horizontalAdvance(formatValue(m_min)),
                            fm.horizontalAdvance(formatValue(m_max)));
    if (!m_mask.empty())
        tickText = std::max(tickText, fm.horizontalAdvance(m_maskedText.isEmpty() ? tr("masked")
                                                                                  : m_maskedText));
    m.right = outerMargin + 10 + legendBarWidth + 4 + tickText;
    m.bottom = outerMargin;
    return m;
}

QRect HeatmapView::plotRect() const
{
    const Margins m = margins();
    return QRect(m.left, m.top, std::max(1, width() - m.left - m.right),
                 std::max(1, height() - m.top - m.bottom));
}

QPoint HeatmapView::cellAt(const QPointF& point) const
{
    const QRect plot = plotRect();
    if (m_rows == 0 || !QRectF(plot).contains(point))
        return {-1, -1};
    const double x = m_view.x() + (point.x() - plot.x()) * m_view.width() / plot.width();
    const double y = m_view.y() + (point.y() - plot.y()) * m_view.height() / plot.height();
    const int col = int(std::floor(x));
    const int row = int(std::floor(y));
    if (col < 0 || row < 0 || col >= m_cols || row >= m_rows)
        return {-1, -1};
    return {col, row};
}

int HeatmapView::labelStep(double cellPixels) const
{
    // A label needs one line of text; skip enough cells to leave that much room.
    const int needed = QFontMetrics(labelFont()).height();
    if (cellPixels <= 0.0)
        return 0;
    return std::max(1, int(std::ceil(needed / cellPixels)));
}

int HeatmapView::visibleRowLabelStep() const
{
    if (m_rowLabels.isEmpty() || m_rows == 0)
        return 0;
    return labelStep(plotRect().height() / m_view.height());
}

int HeatmapView::visibleColumnLabelStep() const
{
    if (m_colLabels.isEmpty() || m_cols == 0)
        return 0;
    return labelStep(plotRect().width() / m_view.width());
}

void HeatmapView::resetView()
{
    m_view = QRectF(0, 0, std::max(1, m_cols), std::max(1, m_rows));
    update();
}

void HeatmapView::clampView()
{
    const double w = std::clamp(m_view.width(), std::min(minVisibleCells, double(m_cols)),
                                double(std::max(1, m_cols)));
    const double h = std::clamp(m_view.height(), std::min(minVisibleCells, double(m_rows)),
                                double(std::max(1, m_rows)));
    const double x = std::clamp(m_view.x(), 0.0, std::max(0.0, m_cols - w));
    const double y = std::clamp(m_view.y(), 0.0, std::max(0.0, m_rows - h));
    m_view = QRectF(x, y, w, h);
}

void HeatmapView::zoomBy(double factor, const QPointF& anchor)
{
    if (m_rows == 0 || factor <= 0.0)
        return;
    const QRect plot = plotRect();
    const double fx = std::clamp((anchor.x() - plot.x()) / plot.width(), 0.0, 1.0);
    const double fy = std::clamp((anchor.y() - plot.y()) / plot.height(), 0.0, 1.0);
    const double ax = m_view.x() + fx * m_view.width();
    const double ay = m_view.y() + fy * m_view.height();
    const double w = m_view.width() / factor;
    const double h = m_view.height() / factor;
    m_view = QRectF(ax - fx * w, ay - fy * h, w, h);
    clampView();
    update();
}

QString HeatmapView::formatValue(double value) const
{
    // Counts read as counts on the legend (3982, not 3.98e+03).
    if (std::isfinite(value) && value == std::round(value) && std::abs(value) < 1e7)
        return QString::number(qlonglong(value));
    return QString::number(value, 'g', 3);
}

QString HeatmapView::rowLabel(int row) const
{
    return row < m_rowLabels.size() ? m_rowLabels.at(row) : QString::number(row);
}

QString HeatmapView::columnLabel(int col) const
{
    return col < m_colLabels.size() ? m_colLabels.at(col) : QString::number(col);
}

QString HeatmapView::cellText(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return {};
    if (isMasked(row, col)) {
        const QString text = tr("%1 × %2: masked").arg(rowLabel(row), columnLabel(col));
        return m_maskedText.isEmpty() ? text
                                      : text + QStringLiteral(" (") + m_maskedText + QLatin1Char(')');
    }
    const float v = value(row, col);
    // A count is shown exactly (3982, not 3.982e+03); weights to four digits.
    const QString shown = std::isfinite(v) && v == std::round(v) && std::abs(v) < 1e9f
        ? QString::number(qlonglong(v))
        : QString::number(double(v), 'g', 4);
    return tr("%1 × %2: %3").arg(rowLabel(row), columnLabel(col), shown);
}

void HeatmapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRect plot = plotRect();
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No matrix to show"));
        return;
    }
    // NaN cells are transparent: a neutral backdrop tells them apart from low values.
    painter.fillRect(plot, palette().color(QPalette::Mid));
    // Nearest neighbour (no smoothing): each cell stays a crisp block when zoomed in.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    // Several cells per pixel: read the subsampled level with about one cell per pixel.
    const double cellsPerPixel = std::min(m_view.width() / plot.width(), m_view.height() / plot.height());
    const QImage* source = &m_image;
    double scale = 1.0;
    for (const QImage& level : m_levels) {
        if (cellsPerPixel < 2.0 * scale)
            break;
        source = &level;
        scale *= 2.0;
    }
    const QRectF sourceRect(m_view.x() / scale, m_view.y() / scale, m_view.width() / scale,
                            m_view.height() / scale);
    painter.drawImage(QRectF(plot), *source, sourceRect);
    drawMaskHatch(painter, plot);
    if (m_highlightedRow >= 0 && m_highlightedRow + 1 > m_view.top()
        && m_highlightedRow < m_view.bottom()) {
        const double cellH = plot.height() / m_view.height();
        const double y = plot.top() + (m_highlightedRow - m_view.top()) * cellH;
        painter.save();
        painter.setClipRect(plot);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(plot.left() + 1, y, plot.width() - 2, cellH));
        painter.restore();
    }
    drawLabels(painter, plot);
    drawTitles(painter, plot);
    drawLegend(painter, plot);
}

void HeatmapView::drawMaskHatch(QPainter& painter, const QRect& plot) const
{
    if (m_mask.empty())
        return;
    const double cellW = plot.width() / m_view.width();
    const double cellH = plot.height() / m_view.height();
    if (std::min(cellW, cellH) < minHatchCellPixels)
        return;
    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1));
    const int firstRow = std::max(0, int(std::floor(m_view.top())));
    const int lastRow = std::min(m_rows - 1, int(std::ceil(m_view.bottom())) - 1);
    const int firstCol = std::max(0, int(std::floor(m_view.left())));
    const int lastCol = std::min(m_cols - 1, int(std::ceil(m_view.right())) - 1);
    for (int r = firstRow; r <= lastRow; ++r) {
        for (int c = firstCol; c <= lastCol; ++c) {
            if (!isMasked(r, c))
                continue;
            const double x = plot.left() + (c - m_view.left()) * cellW;
            const double y = plot.top() + (r - m_view.top()) * cellH;
            // One diagonal per cell: hatched, so "masked" never reads as a low value.
            painter.drawLine(QPointF(x + 2, y + cellH - 2), QPointF(x + cellW - 2, y + 2));
        }
    }
    painter.restore();
}

void HeatmapView::drawTitles(QPainter& painter, const QRect& plot) const
{
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::Text));
    const int lineHeight = QFontMetrics(titleFont).height();
    if (!m_columnTitle.isEmpty()) {
        const QRect box(plot.left(), outerMargin, plot.width(), lineHeight);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetrics(titleFont).elidedText(m_columnTitle, Qt::ElideRight, box.width()));
    }
    if (!m_rowTitle.isEmpty()) {
        painter.save();
        painter.translate(outerMargin, plot.top() + plot.height() / 2.0);
        painter.rotate(-90);
        const int length = plot.height();
        const QRectF box(-length / 2.0, 0, length, lineHeight);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetrics(titleFont).elidedText(m_rowTitle, Qt::ElideRight, length));
        painter.restore();
    }
}

void HeatmapView::drawLabels(QPainter& painter, const QRect& plot) const
{
    painter.setFont(labelFont());
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics fm(labelFont());
    const int firstRow = int(std::floor(m_view.top()));
    const int lastRow = std::min(m_rows - 1, int(std::ceil(m_view.bottom())) - 1);
    const int firstCol = int(std::floor(m_view.left()));
    const int lastCol = std::min(m_cols - 1, int(std::ceil(m_view.right())) - 1);
    const double cellH = plot.height() / m_view.height();
    const double cellW = plot.width() / m_view.width();

    if (const int step = visibleRowLabelStep(); step > 0) {
        painter.save();
        painter.setClipRect(QRect(0, plot.top() - fm.height() / 2, plot.left(),
                                  plot.height() + fm.height()));
        for (int r = (firstRow + step - 1) / step * step; r <= lastRow; r += step) {
            const double cy = plot.top() + (r + 0.5 - m_view.top()) * cellH;
            const QRectF box(outerMargin, cy - fm.height() / 2.0,
                             plot.left() - outerMargin - labelGap, fm.height());
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                             fm.elidedText(rowLabel(r), Qt::ElideRight, maxLabelExtent));
        }
        painter.restore();
    }
    if (const int step = visibleColumnLabelStep(); step > 0) {
        // Column labels are written upwards so long tokens fit over narrow columns.
        painter.save();
        painter.setClipRect(QRect(plot.left() - fm.height() / 2, 0,
                                  plot.width() + fm.height(), plot.top()));
        for (int c = (firstCol + step - 1) / step * step; c <= lastCol; c += step) {
            const double cx = plot.left() + (c + 0.5 - m_view.left()) * cellW;
            painter.save();
            painter.translate(cx, plot.top() - labelGap);
            painter.rotate(-90);
            const QRectF box(0, -fm.height() / 2.0, plot.top() - outerMargin - labelGap,
                             fm.height());
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(columnLabel(c), Qt::ElideRight, maxLabelExtent));
            painter.restore();
        }
        painter.restore();
    }
}

void HeatmapView::drawLegend(QPainter& painter, const QRect& plot) const
{
    painter.setFont(labelFont());
    const QFontMetrics fm(labelFont());
    const int barHeight = std::min(plot.height(), 240);
    const QRect bar(plot.right() + 11, plot.top(), legendBarWidth, barHeight);
    const ColorMap map(m_scale == ColorScale::Diverging ? ColorMap::Kind::Diverging
                                                        : ColorMap::Kind::Viridis);
    QImage strip(1, 256, QImage::Format_RGB32);
    for (int i = 0; i < 256; ++i)
        strip.setPixel(0, 255 - i, map.table()[std::size_t(i)]); // top = maximum
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(bar, strip);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    painter.setPen(palette().color(QPalette::Text));
    auto tick = [&](double y, double value) {
        painter.drawLine(QPointF(bar.right() + 1, y), QPointF(bar.right() + 4, y));
        const QRectF box(bar.right() + 6, y - fm.height() / 2.0, width() - bar.right() - 6,
                         fm.height());
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, formatValue(value));
    };
    tick(bar.top() + 0.5, m_max);
    tick(bar.bottom() + 0.5, m_min);
    if (!m_mask.empty() && plot.height() > barHeight + 2 * fm.height() + 8) {
        // The masked cells' swatch under the bar, so the grey has a meaning on a slide.
        const QRect swatch(bar.left(), bar.bottom() + fm.height(), legendBarWidth, legendBarWidth);
        painter.fillRect(swatch, QColor(maskColor()));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::Text));
        const QRectF box(swatch.right() + 4, swatch.center().y() - fm.height() / 2.0,
                         width() - swatch.right() - 4, fm.height());
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                         m_maskedText.isEmpty() ? tr("masked") : m_maskedText);
    }
    if (m_scale == ColorScale::Diverging && m_min < 0.0 && m_max > 0.0
        && barHeight > 3 * fm.height())
        tick(bar.top() + barHeight * (m_max / (m_max - m_min)), 0.0);
}

void HeatmapView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void HeatmapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && plotRect().contains(event->position().toPoint())) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragView = m_view;
        m_dragMoved = false;
        setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const QRect plot = plotRect();
        const QPointF delta = event->position() - m_dragStart;
        if (delta.manhattanLength() > 3)
            m_dragMoved = true;
        m_view = m_dragView.translated(-delta.x() * m_view.width() / plot.width(),
                                       -delta.y() * m_view.height() / plot.height());
        clampView();
        update();
    }
    setHovered(cellAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
        if (!m_dragMoved) {
            const QPoint cell = cellAt(event->position());
            if (cell.x() >= 0)
                Q_EMIT cellClicked(cell.y(), cell.x());
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatmapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetView();
    QWidget::mouseDoubleClickEvent(event);
}

void HeatmapView::leaveEvent(QEvent* event)
{
    setHovered({-1, -1});
    QWidget::leaveEvent(event);
}

void HeatmapView::setHovered(const QPoint& cell)
{
    if (cell == m_hovered)
        return;
    m_hovered = cell;
    Q_EMIT cellHovered(cell.y(), cell.x());
}

bool HeatmapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), cellText(cell.y(), cell.x()), this);
        }
        return true;
    }
    return QWidget::event(event);
}
