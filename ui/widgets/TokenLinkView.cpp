// TokenLinkView: two columns of labels, weighted lines between them, hover and pin.
#include "TokenLinkView.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

constexpr int outerMargin = 8;
constexpr int labelPadding = 6;
constexpr int maxLabelWidth = 160;
constexpr int minLinkSpan = 80;
constexpr int maxLinkSpan = 360;
constexpr int lineInset = 4;      // between a label and the end of its lines
constexpr int legendSwatch = 12;
constexpr int tooltipLinks = 5;   // the strongest links listed in a token's tooltip

} // namespace

TokenLinkView::TokenLinkView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
}

void TokenLinkView::setTokens(const QStringList& left, const QStringList& right)
{
    m_left = left;
    m_right = right;
    m_sets.clear();
    m_side = Side::None;
    m_index = -1;
    m_pinned = false;
    updateGeometry();
    update();
}

void TokenLinkView::setHeadings(const QString& left, const QString& right)
{
    m_leftHeading = left;
    m_rightHeading = right;
    updateGeometry();
    update();
}

void TokenLinkView::setWeightSets(std::vector<WeightSet> sets)
{
    const std::size_t expected = std::size_t(m_left.size()) * std::size_t(m_right.size());
    std::erase_if(sets, [expected](const WeightSet& set) { return set.weights.size() != expected; });
    m_sets = std::move(sets);
    updateGeometry();
    update();
}

float TokenLinkView::weight(int set, int left, int right) const
{
    if (set < 0 || set >= int(m_sets.size()) || left < 0 || right < 0 || left >= m_left.size()
        || right >= m_right.size())
        return std::numeric_limits<float>::quiet_NaN();
    return m_sets[std::size_t(set)].weights[std::size_t(left) * std::size_t(m_right.size())
                                            + std::size_t(right)];
}

void TokenLinkView::setMinimumWeight(float weight)
{
    m_minimumWeight = weight;
    update();
}

void TokenLinkView::setHighlightedToken(Side side, int index)
{
    const int count = side == Side::Left ? int(m_left.size()) : side == Side::Right ? int(m_right.size()) : 0;
    if (index < 0 || index >= count) {
        side = Side::None;
        index = -1;
    }
    if (side == Side::None)
        m_pinned = false;
    if (side == m_side && index == m_index)
        return;
    m_side = side;
    m_index = index;
    update();
    Q_EMIT highlightChanged(m_side, m_index);
}

bool TokenLinkView::isLinkHighlighted(int left, int right) const
{
    return (m_side == Side::Left && left == m_index) || (m_side == Side::Right && right == m_index);
}

bool TokenLinkView::isLinkDrawn(int set, int left, int right) const
{
    const float w = weight(set, left, right);
    if (!(w >= m_minimumWeight) || w <= 0.0f)
        return false;
    return m_side == Side::None || isLinkHighlighted(left, right);
}

QFont TokenLinkView::tokenFont() const
{
    return font();
}

int TokenLinkView::labelWidth() const
{
    const QFontMetrics fm(tokenFont());
    int w = 0;
    for (const QStringList* labels : {&m_left, &m_right})
        for (const QString& label : *labels)
            w = std::max(w, fm.horizontalAdvance(label));
    // The headings sit over the columns: as wide as they are, too.
    QFont headingFont = tokenFont();
    headingFont.setBold(true);
    const QFontMetrics headingMetrics(headingFont);
    w = std::max({w, headingMetrics.horizontalAdvance(m_leftHeading), headingMetrics.horizontalAdvance(m_rightHeading)});
    return std::min(w, maxLabelWidth) + 2 * labelPadding + 2; // + 2: no elision by rounding
}

int TokenLinkView::headingHeight() const
{
    if (m_leftHeading.isEmpty() && m_rightHeading.isEmpty())
        return 0;
    return QFontMetrics(tokenFont()).height() + 8;
}

int TokenLinkView::legendHeight() const
{
    if (m_sets.size() < 2)
        return 0;
    const QFontMetrics fm(tokenFont());
    int lines = 1;
    int x = 0;
    const int available = std::max(100, width() - 2 * outerMargin);
    for (const WeightSet& set : m_sets) {
        const int item = legendSwatch + 4 + fm.horizontalAdvance(set.name) + 12;
        if (x > 0 && x + item > available) {
            ++lines;
            x = 0;
        }
        x += item;
    }
    return lines * (fm.height() + 4) + 8;
}

TokenLinkView::Geometry TokenLinkView::geometry() const
{
    Geometry g;
    g.labelWidth = labelWidth();
    g.rowHeight = QFontMetrics(tokenFont()).height() + 6;
    g.top = outerMargin + headingHeight();
    const double span = std::clamp(double(width()) - 2 * outerMargin - 2 * g.labelWidth,
                                   double(minLinkSpan), double(maxLinkSpan));
    const double used = 2 * g.labelWidth + span;
    const double left = std::max(double(outerMargin), (width() - used) / 2.0);
    g.leftTextRight = left + g.labelWidth;
    g.rightTextLeft = g.leftTextRight + span;
    return g;
}

QRectF TokenLinkView::tokenRect(Side side, int index) const
{
    const Geometry g = geometry();
    if (side == Side::Left && index >= 0 && index < m_left.size())
        return {g.leftTextRight - g.labelWidth, g.top + index * g.rowHeight, g.labelWidth, g.rowHeight};
    if (side == Side::Right && index >= 0 && index < m_right.size())
        return {g.rightTextLeft, g.top + index * g.rowHeight, g.labelWidth, g.rowHeight};
    return {};
}

std::pair<TokenLinkView::Side, int> TokenLinkView::tokenAt(const QPointF& point) const
{
    const Geometry g = geometry();
    const int row = int(std::floor((point.y() - g.top) / g.rowHeight));
    if (point.y() < g.top || row < 0)
        return {Side::None, -1};
    if (point.x() >= g.leftTextRight - g.labelWidth && point.x() < g.leftTextRight && row < m_left.size())
        return {Side::Left, row};
    if (point.x() >= g.rightTextLeft && point.x() < g.rightTextLeft + g.labelWidth && row < m_right.size())
        return {Side::Right, row};
    return {Side::None, -1};
}

QSize TokenLinkView::sizeHint() const
{
    const QSize minimum = minimumSizeHint();
    return {std::max(minimum.width(), 2 * labelWidth() + 260 + 2 * outerMargin), minimum.height()};
}

QSize TokenLinkView::minimumSizeHint() const
{
    const int rows = int(std::max(m_left.size(), m_right.size()));
    const int rowHeight = QFontMetrics(tokenFont()).height() + 6;
    return {2 * labelWidth() + minLinkSpan + 2 * outerMargin,
            2 * outerMargin + headingHeight() + std::max(rows, 1) * rowHeight + legendHeight()};
}

QColor TokenLinkView::colorOf(int set) const
{
    const QColor color = m_sets[std::size_t(set)].color;
    return color.isValid() ? color : palette().color(QPalette::Highlight);
}

void TokenLinkView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setFont(tokenFont());
    const Geometry g = geometry();
    const QFontMetrics fm(tokenFont());

    if (m_left.isEmpty() && m_right.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No tokens to show"));
        return;
    }

    // Headings.
    QFont headingFont = tokenFont();
    headingFont.setBold(true);
    painter.setFont(headingFont);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(g.leftTextRight - g.labelWidth, outerMargin, g.labelWidth - labelPadding, headingHeight()),
                     Qt::AlignRight | Qt::AlignTop, m_leftHeading);
    painter.drawText(QRectF(g.rightTextLeft + labelPadding, outerMargin, g.labelWidth, headingHeight()),
                     Qt::AlignLeft | Qt::AlignTop, m_rightHeading);
    painter.setFont(tokenFont());

    // Lines: only those crossing the repainted band (a scroll area repaints strips).
    const QRectF exposed = event->rect();
    const double x0 = g.leftTextRight + lineInset;
    const double x1 = g.rightTextLeft - lineInset;
    const bool several = m_sets.size() > 1;
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int s = 0; s < int(m_sets.size()); ++s) {
        QColor color = colorOf(s);
        for (int i = 0; i < m_left.size(); ++i) {
            const double y0 = g.top + (i + 0.5) * g.rowHeight;
            for (int j = 0; j < m_right.size(); ++j) {
                if (!isLinkDrawn(s, i, j))
                    continue;
                const double y1 = g.top + (j + 0.5) * g.rowHeight;
                if (std::max(y0, y1) < exposed.top() || std::min(y0, y1) > exposed.bottom())
                    continue;
                const double w = std::clamp(double(weight(s, i, j)), 0.0, 1.0);
                const bool emphasised = m_side != Side::None;
                // Thickness follows the weight, opacity its square root (a weight of 1/T is
                // still visible on a projector); several heads are lighter so that their
                // overlaps stay readable.
                color.setAlphaF(float(std::clamp(std::sqrt(w) * (several && !emphasised ? 0.7 : 1.0), 0.05, 1.0)));
                painter.setPen(QPen(color, (emphasised ? 1.0 : 0.5) + 4.0 * w, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(QPointF(x0, y0), QPointF(x1, y1));
            }
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Labels; while a token is highlighted, the tokens it links to are shaded by weight.
    auto linkedStrength = [this](Side side, int index) -> double {
        if (m_side == Side::None || side == m_side)
            return 0.0;
        double strongest = 0.0;
        for (int s = 0; s < int(m_sets.size()); ++s) {
            const float w = m_side == Side::Left ? weight(s, m_index, index) : weight(s, index, m_index);
            if (std::isfinite(w))
                strongest = std::max(strongest, double(w));
        }
        return strongest;
    };
    const QColor highlight = palette().color(QPalette::Highlight);
    for (const Side side : {Side::Left, Side::Right}) {
        const QStringList& labels = side == Side::Left ? m_left : m_right;
        for (int i = 0; i < labels.size(); ++i) {
            const QRectF box = tokenRect(side, i);
            if (!box.intersects(exposed))
                continue;
            const bool current = side == m_side && i == m_index;
            if (current) {
                painter.fillRect(box, highlight);
                painter.setPen(palette().color(QPalette::HighlightedText));
            } else {
                if (const double strength = linkedStrength(side, i); strength > 0.0) {
                    QColor shade = several ? palette().color(QPalette::Mid) : highlight;
                    shade.setAlphaF(float(std::min(1.0, strength) * 0.6));
                    painter.fillRect(box, shade);
                }
                painter.setPen(palette().color(QPalette::Text));
            }
            const QRectF text = box.adjusted(labelPadding, 0, -labelPadding, 0);
            painter.drawText(text, (side == Side::Left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                             fm.elidedText(labels.at(i), Qt::ElideRight, int(text.width())));
        }
    }
    drawLegend(painter);
}

void TokenLinkView::drawLegend(QPainter& painter) const
{
    if (m_sets.size() < 2)
        return;
    const QFontMetrics fm(tokenFont());
    const int available = std::max(100, width() - 2 * outerMargin);
    int y = height() - legendHeight() + 8;
    int x = 0;
    painter.setPen(palette().color(QPalette::Text));
    for (int s = 0; s < int(m_sets.size()); ++s) {
        const QString& name = m_sets[std::size_t(s)].name;
        const int item = legendSwatch + 4 + fm.horizontalAdvance(name) + 12;
        if (x > 0 && x + item > available) {
            y += fm.height() + 4;
            x = 0;
        }
        const QRect swatch(outerMargin + x, y + (fm.height() - legendSwatch) / 2, legendSwatch, legendSwatch);
        painter.fillRect(swatch, colorOf(s));
        painter.drawText(QRect(swatch.right() + 5, y, item, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += item;
    }
}

QString TokenLinkView::tokenTooltip(Side side, int index) const
{
    const QStringList& own = side == Side::Left ? m_left : m_right;
    const QStringList& other = side == Side::Left ? m_right : m_left;
    QString html = QStringLiteral("<b>%1</b> (%2)").arg(own.at(index).toHtmlEscaped()).arg(index);
    if (m_sets.empty())
        return html;
    // The strongest links of this token, averaged over the sets shown.
    std::vector<std::pair<double, int>> links;
    for (int j = 0; j < other.size(); ++j) {
        double sum = 0.0;
        for (int s = 0; s < int(m_sets.size()); ++s) {
            const float w = side == Side::Left ? weight(s, index, j) : weight(s, j, index);
            sum += std::isfinite(w) ? w : 0.0;
        }
        links.emplace_back(sum / double(m_sets.size()), j);
    }
    const std::size_t shown = std::min<std::size_t>(tooltipLinks, links.size());
    std::partial_sort(links.begin(), links.begin() + std::ptrdiff_t(shown), links.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    html += QStringLiteral("<table>");
    for (std::size_t k = 0; k < shown; ++k)
        html += QStringLiteral("<tr><td>%1 (%2)</td><td align=\"right\">%3</td></tr>")
                    .arg(other.at(links[k].second).toHtmlEscaped())
                    .arg(links[k].second)
                    .arg(QString::number(links[k].first, 'f', 3));
    html += QStringLiteral("</table>");
    return html;
}

void TokenLinkView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pinned) {
        const auto [side, index] = tokenAt(event->position());
        setHighlightedToken(side, index);
    }
    QWidget::mouseMoveEvent(event);
}

void TokenLinkView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const auto [side, index] = tokenAt(event->position());
        if (side == Side::None || (m_pinned && side == m_side && index == m_index)) {
            m_pinned = false;
            setHighlightedToken(side, index);
        } else {
            setHighlightedToken(side, index);
            m_pinned = true;
        }
    }
    QWidget::mousePressEvent(event);
}

void TokenLinkView::leaveEvent(QEvent* event)
{
    if (!m_pinned)
        setHighlightedToken(Side::None, -1);
    QWidget::leaveEvent(event);
}

bool TokenLinkView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [side, index] = tokenAt(help->pos());
        if (side == Side::None) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tokenTooltip(side, index), this);
        }
        return true;
    }
    return QWidget::event(event);
}
