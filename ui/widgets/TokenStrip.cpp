#include "TokenStrip.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace {

constexpr int chipPaddingX = 5;
constexpr int chipPaddingY = 3;
constexpr int chipGapX = 3;
constexpr int rowGap = 6;
constexpr int margin = 4;

// A light qualitative palette (ColorBrewer Set3/Pastel-like) so that neighbouring
// tokens always differ and black text stays readable; darker variants in dark mode.
const QColor lightPalette[] = {QColor(0x8d, 0xd3, 0xc7), QColor(0xff, 0xff, 0xb3),
                               QColor(0xbe, 0xba, 0xda), QColor(0xfb, 0x80, 0x72),
                               QColor(0x80, 0xb1, 0xd3), QColor(0xfd, 0xb4, 0x62),
                               QColor(0xb3, 0xde, 0x69), QColor(0xfc, 0xcd, 0xe5)};

} // namespace

TokenStrip::TokenStrip(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(true);
}

void TokenStrip::setTokens(std::vector<TokenChip> tokens)
{
    m_tokens = std::move(tokens);
    layoutChips(width(), &m_rects);
    updateGeometry();
    update();
}

void TokenStrip::setShowIds(bool show)
{
    m_showIds = show;
    layoutChips(width(), &m_rects);
    updateGeometry();
    update();
}

QColor TokenStrip::chipColor(int index) const
{
    const QColor base = lightPalette[std::size_t(index) % std::size(lightPalette)];
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    return dark ? base.darker(230) : base;
}

int TokenStrip::layoutChips(int width, std::vector<QRect>* rects) const
{
    const QFontMetrics text(font());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.75));
    const QFontMetrics idMetrics(small);
    const int chipHeight = text.height() + 2 * chipPaddingY;
    const int rowHeight = chipHeight + (m_showIds ? idMetrics.height() : 0) + rowGap;
    const int usable = std::max(40, width - 2 * margin);
    int x = margin;
    int y = margin;
    if (rects)
        rects->clear();
    for (const TokenChip& chip : m_tokens) {
        // Fractional advances: round up, or drawing elides a text that was measured to fit.
        int w = int(std::ceil(QFontMetricsF(font()).horizontalAdvance(chip.text))) + 1
                + 2 * chipPaddingX;
        if (m_showIds && chip.id >= 0)
            w = std::max(w, idMetrics.horizontalAdvance(QString::number(chip.id)) + 4);
        w = std::min(w, usable);
        if (x > margin && x + w > margin + usable) {
            x = margin;
            y += rowHeight;
        }
        if (rects)
            rects->push_back(QRect(x, y, w, chipHeight));
        x += w + chipGapX;
    }
    return m_tokens.empty() ? 2 * margin + chipHeight : y + rowHeight + margin;
}

int TokenStrip::heightForWidth(int width) const
{
    return layoutChips(width, nullptr);
}

QSize TokenStrip::sizeHint() const
{
    const int w = std::max(300, width());
    return QSize(w, heightForWidth(w));
}

QSize TokenStrip::minimumSizeHint() const
{
    return QSize(100, heightForWidth(std::max(100, width())));
}

void TokenStrip::resizeEvent(QResizeEvent* event)
{
    layoutChips(width(), &m_rects);
    QWidget::resizeEvent(event);
}

int TokenStrip::chipAt(const QPoint& point) const
{
    for (std::size_t i = 0; i < m_rects.size(); ++i)
        if (m_rects[i].contains(point))
            return int(i);
    return -1;
}

void TokenStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics text(font());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.75));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor textColor = dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1e, 0x22, 0x2a);
    const QColor idColor = palette().color(QPalette::PlaceholderText);
    for (std::size_t i = 0; i < m_tokens.size() && i < m_rects.size(); ++i) {
        const TokenChip& chip = m_tokens[i];
        const QRect r = m_rects[i];
        QColor fill = chip.unknown ? QColor(0xe7, 0x4c, 0x3c) : chipColor(int(i));
        if (chip.special)
            fill = palette().color(QPalette::Base);
        QPen border(fill.darker(140));
        if (chip.special) {
            border.setStyle(Qt::DashLine);
            border.setColor(idColor);
        }
        painter.setPen(border);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.setFont(font());
        painter.setPen(chip.unknown ? QColor(Qt::white) : textColor);
        painter.drawText(r.adjusted(chipPaddingX, 0, -chipPaddingX, 0), Qt::AlignCenter,
                         text.elidedText(chip.text, Qt::ElideMiddle, r.width() - 2 * chipPaddingX));
        if (m_showIds && chip.id >= 0) {
            painter.setFont(small);
            painter.setPen(idColor);
            painter.drawText(QRect(r.left(), r.bottom() + 1, r.width(), QFontMetrics(small).height()),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(chip.id));
        }
    }
}

void TokenStrip::mousePressEvent(QMouseEvent* event)
{
    const int index = chipAt(event->position().toPoint());
    if (index >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT chipClicked(index);
    QWidget::mousePressEvent(event);
}

bool TokenStrip::event(QEvent* event)
{
    // A new font (the theme's size, a projector setting) changes every chip's width.
    if (event->type() == QEvent::FontChange) {
        layoutChips(width(), &m_rects);
        updateGeometry();
        update();
    }
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = chipAt(help->pos());
        if (index >= 0 && !m_tokens[std::size_t(index)].tooltip.isEmpty())
            QToolTip::showText(help->globalPos(), m_tokens[std::size_t(index)].tooltip, this,
                               m_rects[std::size_t(index)]);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
