// Painting and hit-testing of the next-word bars; see NextWordChart.h.
#include "NextWordChart.h"

#include "widgets/ChartStyle.h"
#include "widgets/ViewExporter.h"

#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QStandardItemModel>

#include <algorithm>
#include <cmath>

namespace {

constexpr int margin = 10;

QString percent(double p)
{
    return QLocale().toString(100.0 * p, 'f', p < 0.001 && p > 0.0 ? 3 : 1) + QStringLiteral(" %");
}

} // namespace

NextWordChart::NextWordChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("nextWordChart"));
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void NextWordChart::setBars(std::vector<NextWordBar> bars)
{
    m_bars = std::move(bars);
    m_hovered = -1;
    m_selected = m_bars.empty() ? -1 : 0;
    update();
}

void NextWordChart::setTitles(const QString& title, const QString& modelTitle,
                              const QString& countsTitle)
{
    m_title = title;
    m_modelTitle = modelTitle;
    m_countsTitle = countsTitle;
    update();
}

void NextWordChart::setFootnote(const QString& text)
{
    m_footnote = text;
    update();
}

void NextWordChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void NextWordChart::setSelectedIndex(int index)
{
    m_selected = index >= 0 && index < int(m_bars.size()) ? index : -1;
    update();
}

QSize NextWordChart::sizeHint() const
{
    return {640, 480};
}

QSize NextWordChart::minimumSizeHint() const
{
    return {320, 200};
}

double NextWordChart::scaleMaximum() const
{
    double top = 0.0;
    for (const NextWordBar& bar : m_bars)
        top = std::max({top, bar.probability, bar.relativeFrequency});
    if (top <= 0.0)
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(top)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * power >= top - 1e-12)
            return std::min(1.0, step * power);
    return 1.0;
}

NextWordChart::Geometry NextWordChart::geometry() const
{
    Geometry g;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    g.titleHeight = m_title.isEmpty() ? 0 : QFontMetrics(bold).height() + 4;
    g.legendTop = margin + g.titleHeight;
    g.labelLeft = margin;
    int widest = metrics.horizontalAdvance(QStringLiteral("20. MMMMMM"));
    for (const NextWordBar& bar : m_bars)
        widest = std::max(widest, metrics.horizontalAdvance(QStringLiteral("20. ") + bar.word.left(24)));
    g.labelWidth = std::min(widest + 8, width() / 3);
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("100.0 %  (C = 99999)")) + 8;
    g.valueLeft = width() - margin - valueWidth;
    g.plotLeft = g.labelLeft + g.labelWidth;
    g.plotWidth = std::max(40, g.valueLeft - 8 - g.plotLeft);
    g.top = g.legendTop + line + 8;
    const int footnoteHeight = m_footnote.isEmpty() ? 0 : line + 6;
    const int available = height() - g.top - margin - footnoteHeight;
    const int rows = std::max<int>(1, int(m_bars.size()));
    g.rowHeight = std::clamp(available / rows, line + 2, 2 * line + 8);
    // Rows that do not fit are not drawn; the footnote stays inside the widget.
    g.visibleRows = std::min<int>(int(m_bars.size()), std::max(0, available / g.rowHeight));
    g.footnoteTop = g.top + g.rowHeight * g.visibleRows + 4;
    return g;
}

QRect NextWordChart::rowRect(int index) const
{
    if (index < 0 || index >= int(m_bars.size()))
        return {};
    const Geometry g = geometry();
    return QRect(margin, g.top + index * g.rowHeight, width() - 2 * margin, g.rowHeight);
}

int NextWordChart::barAt(const QPoint& point) const
{
    const Geometry g = geometry();
    if (point.y() < g.top || g.rowHeight <= 0)
        return -1;
    const int index = (point.y() - g.top) / g.rowHeight;
    return index < g.visibleRows ? index : -1;
}

void NextWordChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.55);
    if (m_bars.empty()) {
        painter.setPen(faint);
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin),
                         Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QRect(margin, margin, width() - 2 * margin, g.titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width() - 2 * margin));
        painter.setFont(font());
    }
    const QColor modelColour = ChartStyle::primaryColour(pal);
    QColor countsColour = ChartStyle::secondaryColour(pal);
    // Legend.
    int x = margin;
    const auto legendItem = [&](const QColor& colour, int height, const QString& label) {
        painter.fillRect(QRect(x, g.legendTop + (line - height) / 2, 18, height), colour);
        x += 24;
        painter.setPen(text);
        const int w = metrics.horizontalAdvance(label);
        painter.drawText(QRect(x, g.legendTop, w + 2, line), Qt::AlignVCenter, label);
        x += w + 18;
    };
    legendItem(modelColour, line - 4, m_modelTitle);
    legendItem(countsColour, 4, m_countsTitle);

    const double top = scaleMaximum();
    const auto length = [&](double p) { return int(std::lround(g.plotWidth * std::clamp(p / top, 0.0, 1.0))); };
    // Grid at quarters of the scale.
    QColor grid = text;
    grid.setAlphaF(0.12);
    for (int q = 1; q <= 4; ++q) {
        const int gx = g.plotLeft + g.plotWidth * q / 4;
        painter.setPen(grid);
        painter.drawLine(gx, g.top, gx, g.top + g.rowHeight * g.visibleRows);
    }
    for (int i = 0; i < g.visibleRows; ++i) {
        const NextWordBar& bar = m_bars[std::size_t(i)];
        const int y = g.top + i * g.rowHeight;
        if (i == m_selected || i == m_hovered) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlphaF(i == m_selected ? 0.22 : 0.10);
            painter.fillRect(QRect(margin, y, width() - 2 * margin, g.rowHeight), highlight);
        }
        painter.setPen(text);
        const QString label = QStringLiteral("%1. %2").arg(i + 1).arg(bar.word);
        painter.drawText(QRect(g.labelLeft, y, g.labelWidth - 6, g.rowHeight),
                         Qt::AlignVCenter | Qt::AlignRight,
                         metrics.elidedText(label, Qt::ElideMiddle, g.labelWidth - 6));
        const int barHeight = std::max(4, (g.rowHeight - 6) * 2 / 3);
        const int barTop = y + (g.rowHeight - barHeight - 5) / 2;
        painter.fillRect(QRect(g.plotLeft, barTop, std::max(1, length(bar.probability)), barHeight),
                         modelColour);
        if (bar.relativeFrequency > 0.0)
            painter.fillRect(QRect(g.plotLeft, barTop + barHeight + 1, length(bar.relativeFrequency), 3),
                             countsColour);
        painter.setPen(text);
        QString value = percent(bar.probability);
        if (bar.ngramCount > 0)
            value += QStringLiteral("  (C = %1)").arg(QLocale().toString(bar.ngramCount));
        painter.drawText(QRect(g.valueLeft, y, width() - margin - g.valueLeft, g.rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, value);
    }
    if (!m_footnote.isEmpty()) {
        painter.setPen(faint);
        painter.drawText(QRect(margin, g.footnoteTop, width() - 2 * margin, line + 4),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_footnote, Qt::ElideRight, width() - 2 * margin));
    }
}

void NextWordChart::mouseMoveEvent(QMouseEvent* event)
{
    const int index = barAt(event->position().toPoint());
    if (index != m_hovered) {
        m_hovered = index;
        update();
        Q_EMIT rowHovered(index);
    }
}

void NextWordChart::mousePressEvent(QMouseEvent* event)
{
    const int index = barAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        m_selected = index;
        update();
        Q_EMIT rowSelected(index);
    }
}

void NextWordChart::leaveEvent(QEvent*)
{
    if (m_hovered != -1) {
        m_hovered = -1;
        update();
        Q_EMIT rowHovered(-1);
    }
}

std::unique_ptr<QAbstractItemModel> NextWordChart::tableModel() const
{
    auto model = std::make_unique<QStandardItemModel>(int(m_bars.size()), 5);
    model->setHorizontalHeaderLabels({tr("Rank"), tr("Word"), tr("P(w | context)"),
                                      tr("C(context w)"), tr("C(context w) / C(context)")});
    for (int i = 0; i < int(m_bars.size()); ++i) {
        const NextWordBar& bar = m_bars[std::size_t(i)];
        model->setItem(i, 0, new QStandardItem(QString::number(i + 1)));
        model->setItem(i, 1, new QStandardItem(bar.word));
        model->setItem(i, 2, new QStandardItem(QString::number(bar.probability, 'g', 8)));
        model->setItem(i, 3, new QStandardItem(QString::number(bar.ngramCount)));
        model->setItem(i, 4, new QStandardItem(QString::number(bar.relativeFrequency, 'g', 8)));
    }
    return model;
}

void NextWordChart::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export picture (PNG, SVG)…"), this,
                   [this] { ViewExporter::exportPictureWithDialog(this, this); });
    QAction* csv = menu.addAction(tr("Export table (CSV)…"), this, [this] {
        const auto model = tableModel();
        ViewExporter::exportTableWithDialog(model.get(), this);
    });
    csv->setEnabled(!m_bars.empty());
    menu.exec(event->globalPos());
}
