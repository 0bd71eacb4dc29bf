#include "ScatterView.h"

#include "ChartStyle.h"
#include "ViewExporter.h"
#include "manifold/LabelPlacement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QTextStream>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

constexpr double pointRadius = 3.0;
constexpr double hoverRadius = 10.0;   // pixels within which the cursor picks a point
constexpr int labelCandidates = 4000;  // visible points considered for a label, by priority
constexpr int maximumLabels = 400;
constexpr double margin = 24.0;
constexpr int animationMilliseconds = 150;

} // namespace

ScatterView::ScatterView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_animationTimer = new QTimer(this);
    m_animationTimer->setInterval(16);
    connect(m_animationTimer, &QTimer::timeout, this, [this] {
        const double t = std::min(1.0, m_animationClock.elapsed() / double(animationMilliseconds));
        const double eased = t * (2 - t); // ease out
        m_drawn = m_animationFrom + (m_coordinates - m_animationFrom) * eased;
        if (t >= 1.0) {
            m_animationTimer->stop();
            m_drawn.reset();
        }
        update();
    });
    setToolTip(tr("Wheel: zoom · drag: pan · double click or F: fit · hover a point for its neighbours"));
}

void ScatterView::setPoints(const QStringList& labels, const arma::mat& coordinates)
{
    m_labels = labels;
    m_animationTimer->stop();
    m_drawn.reset();
    m_coordinates = coordinates.n_rows == static_cast<arma::uword>(labels.size()) ? coordinates
                                                                                  : arma::mat(labels.size(), 2, arma::fill::zeros);
    m_grid = lengua::LayoutNeighbours(m_coordinates);
    m_colours.clear();
    m_labelWidths.clear();
    m_boldLabelWidths.clear();
    m_highlighted.clear();
    m_marked.clear();
    m_hovered = -1;
    m_userMoved = false;
    fit();
}

void ScatterView::setCoordinates(const arma::mat& coordinates, bool animate)
{
    if (coordinates.n_rows != static_cast<arma::uword>(m_labels.size()) || coordinates.n_cols != 2)
        return;
    if (animate && isVisible()) {
        m_animationFrom = m_drawn.n_rows == coordinates.n_rows ? m_drawn : m_coordinates;
        m_drawn = m_animationFrom;
        m_animationClock.start();
        m_animationTimer->start();
    } else {
        m_animationTimer->stop();
        m_drawn.reset();
    }
    m_coordinates = coordinates;
    m_grid = lengua::LayoutNeighbours(m_coordinates);
    if (!m_userMoved)
        fit();
    else
        update();
}

void ScatterView::setColours(const std::vector<QRgb>& colours)
{
    m_colours = colours;
    update();
}

void ScatterView::setRampLegend(const QString& title, const QString& low, const QString& high,
                                const std::vector<QRgb>& ramp)
{
    m_legendTitle = title;
    m_rampLow = low;
    m_rampHigh = high;
    m_ramp = ramp;
    m_categories.clear();
    update();
}

void ScatterView::setCategoryLegend(const QString& title, const std::vector<LegendEntry>& entries)
{
    m_legendTitle = title;
    m_categories = entries;
    m_ramp.clear();
    update();
}

void ScatterView::clearLegend()
{
    m_legendTitle.clear();
    m_ramp.clear();
    m_categories.clear();
    update();
}

void ScatterView::setHighlighted(const std::vector<int>& indices)
{
    m_highlighted = indices;
    update();
}

int ScatterView::indexOf(const QString& label) const
{
    const int exact = m_labels.indexOf(label);
    if (exact >= 0)
        return exact;
    // Case and Unicode normalisation aside (a corpus may hold "zapatería" decomposed).
    const QString wanted = label.normalized(QString::NormalizationForm_C);
    for (int i = 0; i < m_labels.size(); ++i)
        if (m_labels[i].normalized(QString::NormalizationForm_C).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool ScatterView::highlightAndCentre(const QString& label)
{
    const int index = indexOf(label.trimmed());
    if (index < 0)
        return false;
    m_highlighted = {index};
    m_centre = QPointF(m_coordinates(index, 0), m_coordinates(index, 1));
    m_userMoved = true;
    update();
    return true;
}

void ScatterView::setMarked(const std::vector<int>& indices)
{
    m_marked = indices;
    update();
}

void ScatterView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void ScatterView::fit()
{
    if (m_coordinates.n_rows == 0) {
        m_centre = {};
        m_scale = 1.0;
        update();
        return;
    }
    const double minX = m_coordinates.col(0).min(), maxX = m_coordinates.col(0).max();
    const double minY = m_coordinates.col(1).min(), maxY = m_coordinates.col(1).max();
    m_centre = QPointF((minX + maxX) / 2, (minY + maxY) / 2);
    const double width = std::max(maxX - minX, 1e-9), height = std::max(maxY - minY, 1e-9);
    const double usableWidth = std::max(10.0, this->width() - 2 * margin);
    const double usableHeight = std::max(10.0, this->height() - 2 * margin);
    m_scale = std::min(usableWidth / width, usableHeight / height);
    update();
}

void ScatterView::zoomTo(const std::vector<int>& indices)
{
    std::vector<arma::uword> rows;
    for (int i : indices)
        if (i >= 0 && i < pointCount())
            rows.push_back(static_cast<arma::uword>(i));
    if (rows.empty())
        return;
    const arma::mat chosen = m_coordinates.rows(arma::uvec(rows));
    const double fullSpan = std::max({m_coordinates.col(0).max() - m_coordinates.col(0).min(),
                                      m_coordinates.col(1).max() - m_coordinates.col(1).min(), 1e-9});
    const double spanX = std::max(chosen.col(0).max() - chosen.col(0).min(), fullSpan / 5);
    const double spanY = std::max(chosen.col(1).max() - chosen.col(1).min(), fullSpan / 5);
    m_centre = QPointF((chosen.col(0).min() + chosen.col(0).max()) / 2, (chosen.col(1).min() + chosen.col(1).max()) / 2);
    m_scale = std::min((width() - 2 * margin) / (spanX * 1.3), (height() - 2 * margin) / (spanY * 1.3));
    m_userMoved = true;
    update();
}

QPointF ScatterView::toScreen(double x, double y) const
{
    return {width() / 2.0 + (x - m_centre.x()) * m_scale, height() / 2.0 - (y - m_centre.y()) * m_scale};
}

QPointF ScatterView::toData(const QPointF& screen) const
{
    return {m_centre.x() + (screen.x() - width() / 2.0) / m_scale,
            m_centre.y() - (screen.y() - height() / 2.0) / m_scale};
}

int ScatterView::pointAt(const QPointF& position) const
{
    if (m_grid.size() == 0)
        return -1;
    const QPointF data = toData(position);
    const auto nearest = m_grid.nearestTo(data.x(), data.y(), 1);
    if (nearest.empty())
        return -1;
    const int index = static_cast<int>(nearest.front());
    const QPointF screen = toScreen(m_coordinates(index, 0), m_coordinates(index, 1));
    return QLineF(screen, position).length() <= hoverRadius ? index : -1;
}

void ScatterView::hoverPoint(int index)
{
    setHovered(index >= 0 && index < pointCount() ? index : -1);
}

void ScatterView::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    update();
    Q_EMIT hovered(index);
}

bool ScatterView::writeCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "word,x,y\n";
    for (int i = 0; i < m_labels.size(); ++i)
        out << ViewExporter::csvField(m_labels[i]) << ',' << QString::number(m_coordinates(i, 0), 'g', 8) << ','
            << QString::number(m_coordinates(i, 1), 'g', 8) << '\n';
    out.flush();
    return file.error() == QFile::NoError;
}

void ScatterView::paintEvent(QPaintEvent*)
{
    QElapsedTimer clock;
    clock.start();
    QPainter painter(this);
    const QPalette& palette = this->palette();
    painter.fillRect(rect(), palette.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing, true);

    if (m_labels.isEmpty()) {
        QFont font = ChartStyle::axisTitleFont();
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        m_lastPaintMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        return;
    }

    const int n = pointCount();
    const QRectF visible = QRectF(rect()).adjusted(-pointRadius, -pointRadius, pointRadius, pointRadius);
    std::vector<QPointF> screen(static_cast<std::size_t>(n));
    std::vector<char> inside(static_cast<std::size_t>(n), 0);
    // Points grouped by colour: one drawPoints call per colour, round caps make discs.
    std::map<QRgb, std::vector<QPointF>> groups;
    const QRgb defaultColour = ChartStyle::primaryColour(palette).rgb();
    const arma::mat& drawn = m_drawn.n_rows == m_coordinates.n_rows ? m_drawn : m_coordinates;
    for (int i = 0; i < n; ++i) {
        const QPointF p = toScreen(drawn(i, 0), drawn(i, 1));
        screen[static_cast<std::size_t>(i)] = p;
        if (!visible.contains(p))
            continue;
        inside[static_cast<std::size_t>(i)] = 1;
        const QRgb colour = m_colours.size() == static_cast<std::size_t>(n) ? m_colours[static_cast<std::size_t>(i)] : defaultColour;
        groups[colour].push_back(p);
    }
    const bool many = n > 5000;
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    for (const auto& [colour, points] : groups) {
        QColor c = QColor::fromRgb(colour);
        c.setAlpha(many ? 170 : 220);
        if (raster) {
            // On screen and in PNGs, one pre-drawn disc per colour is copied to every point:
            // far cheaper than rasterising thousands of round pen caps.
            const qreal ratio = painter.device()->devicePixelRatioF();
            const int side = static_cast<int>(std::ceil(2 * pointRadius * ratio)) + 2;
            QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
            sprite.fill(Qt::transparent);
            {
                QPainter spritePainter(&sprite);
                spritePainter.setRenderHint(QPainter::Antialiasing, true);
                spritePainter.setPen(Qt::NoPen);
                spritePainter.setBrush(c);
                spritePainter.drawEllipse(QPointF(side / 2.0, side / 2.0), pointRadius * ratio, pointRadius * ratio);
            }
            sprite.setDevicePixelRatio(ratio);
            const QPointF offset(side / (2.0 * ratio), side / (2.0 * ratio));
            for (const QPointF& p : points)
                painter.drawImage((p - offset).toPoint(), sprite); // whole pixels: a plain copy
        } else {
            // Vector output (SVG): real discs.
            painter.setPen(QPen(c, 2 * pointRadius, Qt::SolidLine, Qt::RoundCap));
            painter.drawPoints(points.data(), static_cast<int>(points.size()));
        }
    }

    // Rings: marked neighbours, highlighted points, the hovered point.
    const QColor highlightColour(0xd6, 0x27, 0x28);
    const QColor markColour(0xff, 0x7f, 0x0e);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(markColour, 2));
    for (int i : m_marked)
        if (i >= 0 && i < n)
            painter.drawEllipse(screen[static_cast<std::size_t>(i)], 6, 6);
    painter.setPen(QPen(highlightColour, 2.5));
    for (int i : m_highlighted)
        if (i >= 0 && i < n)
            painter.drawEllipse(screen[static_cast<std::size_t>(i)], 8, 8);
    if (m_hovered >= 0 && m_hovered < n) {
        painter.setPen(QPen(palette.color(QPalette::Text), 2));
        painter.drawEllipse(screen[static_cast<std::size_t>(m_hovered)], 7, 7);
    }

    // Labels: highlighted and hovered first, then the visible points by priority.
    QFont font = ChartStyle::labelFont();
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(boldFont);
    std::vector<int> candidates;
    std::vector<char> forced(static_cast<std::size_t>(n), 0);
    auto force = [&](int i) {
        if (i >= 0 && i < n && !forced[static_cast<std::size_t>(i)]) {
            forced[static_cast<std::size_t>(i)] = 1;
            candidates.push_back(i);
        }
    };
    force(m_hovered);
    for (int i : m_highlighted)
        force(i);
    for (int i : m_marked)
        force(i);
    for (int i = 0; i < n && static_cast<int>(candidates.size()) < labelCandidates; ++i)
        if (inside[static_cast<std::size_t>(i)] && !forced[static_cast<std::size_t>(i)])
            candidates.push_back(i);
    // Measuring text is the costly part of a paint with thousands of labels: measure once.
    if (m_widthsFont != font.toString() || m_labelWidths.size() != static_cast<std::size_t>(n)) {
        m_widthsFont = font.toString();
        m_labelWidths.assign(static_cast<std::size_t>(n), -1.0f);
        m_boldLabelWidths.assign(static_cast<std::size_t>(n), -1.0f);
    }
    std::vector<lengua::LabelBox> boxes;
    boxes.reserve(candidates.size());
    for (int i : candidates) {
        const bool bold = forced[static_cast<std::size_t>(i)];
        const QFontMetricsF& m = bold ? boldMetrics : metrics;
        float& cached = (bold ? m_boldLabelWidths : m_labelWidths)[static_cast<std::size_t>(i)];
        if (cached < 0)
            cached = static_cast<float>(m.horizontalAdvance(m_labels[i]));
        const QPointF p = screen[static_cast<std::size_t>(i)];
        const double w = cached + 2, h = m.height();
        // Right of the point, or left of it near the right edge, so no label is cut off.
        const double right = p.x() + pointRadius + 2;
        const double left = right + w > width() - 4 ? p.x() - pointRadius - 2 - w : right;
        boxes.push_back({left, p.y() - h / 2, w, h});
    }
    const auto chosen = lengua::LabelPlacement::choose(boxes, maximumLabels);
    const QColor textColour = palette.color(QPalette::Text);
    QColor halo = palette.color(QPalette::Base);
    halo.setAlpha(200);
    for (std::size_t c : chosen) {
        const int i = candidates[c];
        const bool bold = forced[static_cast<std::size_t>(i)];
        painter.setFont(bold ? boldFont : font);
        const QRectF box(boxes[c].left, boxes[c].top, boxes[c].width, boxes[c].height);
        painter.fillRect(box, halo);
        const bool isHighlight = std::find(m_highlighted.begin(), m_highlighted.end(), i) != m_highlighted.end();
        painter.setPen(isHighlight ? highlightColour : textColour);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, m_labels[i]);
    }
    m_drawnLabels = static_cast<int>(chosen.size());

    paintLegend(painter);

    painter.setFont(font);
    const QString count = tr("%n point(s)", nullptr, n);
    const QRectF countBox(6, height() - metrics.height() - 6, metrics.horizontalAdvance(count) + 6, metrics.height() + 2);
    painter.fillRect(countBox, halo);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(countBox, Qt::AlignCenter, count);
    m_lastPaintMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void ScatterView::paintLegend(QPainter& painter)
{
    if (m_legendTitle.isEmpty())
        return;
    const QFont font = ChartStyle::labelFont();
    QFont titleFont = font;
    titleFont.setBold(true);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() + 2;
    double width = QFontMetricsF(titleFont).horizontalAdvance(m_legendTitle) + 16;
    double height = line + 12;
    if (!m_ramp.empty()) {
        width = std::max(width, 180.0);
        height += line + 14;
    } else {
        for (const auto& entry : m_categories)
            width = std::max(width, metrics.horizontalAdvance(entry.text) + 36);
        height += line * static_cast<double>(m_categories.size());
    }
    const QRectF box(this->width() - width - 10, 10, width, height);
    QColor background = palette().color(QPalette::Base);
    background.setAlpha(230);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::Text));
    double y = box.top() + 6;
    painter.drawText(QRectF(box.left() + 8, y, box.width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter, m_legendTitle);
    y += line + 2;
    painter.setFont(font);
    if (!m_ramp.empty()) {
        const QRectF bar(box.left() + 8, y, box.width() - 16, 12);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        const int steps = 8;
        for (int s = 0; s <= steps; ++s) {
            const auto index = static_cast<std::size_t>(std::lround(s * (m_ramp.size() - 1) / double(steps)));
            gradient.setColorAt(s / double(steps), QColor::fromRgb(m_ramp[index]));
        }
        painter.fillRect(bar, gradient);
        y += 14;
        painter.drawText(QRectF(box.left() + 8, y, box.width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter, m_rampLow);
        painter.drawText(QRectF(box.left() + 8, y, box.width() - 16, line), Qt::AlignRight | Qt::AlignVCenter, m_rampHigh);
    } else {
        for (const auto& entry : m_categories) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.colour);
            painter.drawEllipse(QPointF(box.left() + 16, y + line / 2), 5, 5);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(box.left() + 28, y, box.width() - 36, line), Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            y += line;
        }
    }
}

void ScatterView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const QPointF anchor = event->position();
    const QPointF before = toData(anchor);
    m_scale *= std::pow(1.25, steps);
    m_scale = std::clamp(m_scale, 1e-12, 1e12);
    const QPointF after = toData(anchor);
    m_centre += before - after; // keep the data point under the cursor
    m_userMoved = true;
    update();
    event->accept();
}

void ScatterView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragCentre = m_centre;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ScatterView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const QPointF delta = event->position() - m_dragStart;
        m_centre = m_dragCentre + QPointF(-delta.x() / m_scale, delta.y() / m_scale);
        m_userMoved = true;
        update();
        return;
    }
    setHovered(pointAt(event->position()));
}

void ScatterView::mouseReleaseEvent(QMouseEvent*)
{
    m_dragging = false;
    unsetCursor();
}

void ScatterView::mouseDoubleClickEvent(QMouseEvent*)
{
    m_userMoved = false;
    fit();
}

void ScatterView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F || event->key() == Qt::Key_Home) {
        m_userMoved = false;
        fit();
    } else if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Minus) {
        m_scale *= event->key() == Qt::Key_Plus ? 1.25 : 0.8;
        m_userMoved = true;
        update();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void ScatterView::leaveEvent(QEvent*)
{
    // The hovered point stays, so its neighbour list can be read after leaving.
}

void ScatterView::resizeEvent(QResizeEvent*)
{
    if (!m_userMoved)
        fit();
}
