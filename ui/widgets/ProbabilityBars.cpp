// Painting, hovering and exporting of the next-token probability bars.
#include "ProbabilityBars.h"

#include "ChartStyle.h"
#include "ViewExporter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStandardItemModel>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int margin = 8;
constexpr int maxLabelCharacters = 18;

QString percent(double p, int decimals = 1)
{
    return QLocale().toString(100.0 * p, 'f', decimals) + QStringLiteral(" %");
}

QString cutName(ProbabilityBar::Cut cut)
{
    switch (cut) {
    case ProbabilityBar::Cut::Kept:
        return ProbabilityBars::tr("kept");
    case ProbabilityBar::Cut::TopK:
        return ProbabilityBars::tr("cut by top-k");
    case ProbabilityBar::Cut::TopP:
        return ProbabilityBars::tr("cut by top-p");
    case ProbabilityBar::Cut::Greedy:
        return ProbabilityBars::tr("not the most probable (greedy)");
    }
    return {};
}

} // namespace

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("probabilityBars"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_beforeTitle = tr("Model (T = 1)");
    m_afterTitle = tr("After temperature and truncation");
}

void ProbabilityBars::setBars(std::vector<ProbabilityBar> bars)
{
    m_bars = std::move(bars);
    m_hovered = -1;
    update();
}

void ProbabilityBars::setCutLines(std::vector<ProbabilityCutLine> lines)
{
    m_cutLines = std::move(lines);
    update();
}

void ProbabilityBars::setFootnote(const QString& text)
{
    m_footnote = text;
    update();
}

void ProbabilityBars::setLegend(const QString& beforeTitle, const QString& afterTitle)
{
    m_beforeTitle = beforeTitle;
    m_afterTitle = afterTitle;
    update();
}

void ProbabilityBars::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void ProbabilityBars::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

QSize ProbabilityBars::sizeHint() const
{
    return {640, 520};
}

QSize ProbabilityBars::minimumSizeHint() const
{
    return {360, 220};
}

double ProbabilityBars::scaleMaximum() const
{
    double top = 0.0;
    for (const ProbabilityBar& bar : m_bars)
        top = std::max({top, bar.before, bar.after});
    if (top <= 0.0)
        return 1.0;
    // The next of 1, 2, 2.5, 5 times a power of ten at or above the largest bar.
    const double power = std::pow(10.0, std::floor(std::log10(top)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * power >= top - 1e-12)
            return std::min(1.0, step * power);
    }
    return 1.0;
}

ProbabilityBars::Geometry ProbabilityBars::geometry() const
{
    Geometry g;
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    g.legend = QRect(margin, margin, width() - 2 * margin, line + 4);
    g.axis = QRect(margin, g.legend.bottom() + 4, width() - 2 * margin, line + 2);
    g.labelLeft = margin;
    int widest = metrics.horizontalAdvance(QStringLiteral("99. MMMMMMMM"));
    for (const ProbabilityBar& bar : m_bars)
        widest = std::max(widest, metrics.horizontalAdvance(
                                      QStringLiteral("99. ") + bar.label.left(maxLabelCharacters)));
    g.labelWidth = std::min(widest + 8, width() / 3);
    g.valueWidth = metrics.horizontalAdvance(QStringLiteral("100.0 % → 100.0 %")) + 8;
    g.valueLeft = width() - margin - g.valueWidth;
    g.plotLeft = g.labelLeft + g.labelWidth;
    g.plotWidth = std::max(40, g.valueLeft - 8 - g.plotLeft);
    g.top = g.axis.bottom() + 4;
    const int footnoteHeight = m_footnote.isEmpty() ? 0 : line + 6;
    const int available = height() - g.top - margin - footnoteHeight;
    const int rows = std::max<int>(1, int(m_bars.size()));
    g.rowHeight = std::clamp(available / rows, line + 2, 2 * line + 8);
    g.footnote = QRect(margin, g.top + rows * g.rowHeight + 4, width() - 2 * margin, line + 2);
    return g;
}

int ProbabilityBars::rowsThatFit() const
{
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    // legend, axis and footnote above and below the rows (as in geometry()).
    const int chrome = margin + (line + 4) + 4 + (line + 2) + 4 + margin + (line + 6);
    return std::max(1, (height() - chrome) / (line + 2));
}

void ProbabilityBars::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int rows = rowsThatFit();
    if (rows != m_rowsThatFit) {
        m_rowsThatFit = rows;
        emit rowsThatFitChanged(rows);
    }
}

QRect ProbabilityBars::rowRect(int index) const
{
    if (index < 0 || index >= int(m_bars.size()))
        return {};
    const Geometry g = geometry();
    return QRect(margin, g.top + index * g.rowHeight, width() - 2 * margin, g.rowHeight);
}

int ProbabilityBars::barAt(const QPoint& point) const
{
    if (m_bars.empty())
        return -1;
    const Geometry g = geometry();
    if (point.y() < g.top || point.x() < margin || point.x() > width() - margin)
        return -1;
    const int index = (point.y() - g.top) / g.rowHeight;
    return index < int(m_bars.size()) ? index : -1;
}

QString ProbabilityBars::tooltip(int index) const
{
    if (index < 0 || index >= int(m_bars.size()))
        return {};
    const ProbabilityBar& bar = m_bars[index];
    const auto exact = [](double p) { return QLocale().toString(p, 'g', 6); };
    QString html = QStringLiteral("<b>%1</b> &nbsp; ").arg(bar.label.toHtmlEscaped())
                   + tr("id %1, rank %2").arg(bar.id).arg(index + 1) + QStringLiteral("<table>");
    const auto row = [&html](const QString& name, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;%2</td></tr>").arg(name, value);
    };
    row(tr("Model (T = 1)"), exact(bar.before));
    row(tr("After temperature"), exact(bar.temperature));
    row(tr("After truncation"), exact(bar.after));
    row(tr("Cumulative"), exact(bar.cumulative));
    row(tr("Status"), cutName(bar.cut));
    html += QStringLiteral("</table>");
    if (m_clickable)
        html += QStringLiteral("<i>") + tr("Click to append this token") + QStringLiteral("</i>");
    return html;
}

void ProbabilityBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.45);
    const QFontMetrics metrics(font());

    if (m_bars.empty()) {
        painter.setPen(faint);
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_emptyText);
        return;
    }

    const Geometry g = geometry();
    const QColor afterColour = ChartStyle::primaryColour(pal);
    QColor beforeColour = ChartStyle::secondaryColour(pal);
    beforeColour.setAlphaF(0.55);
    QColor cutColour = text;
    cutColour.setAlphaF(0.22);

    // Legend.
    int x = g.legend.left() + g.plotLeft - margin;
    const int swatch = metrics.height() - 4;
    const auto legendItem = [&](const QColor& colour, const QString& title) {
        painter.fillRect(QRect(x, g.legend.top() + 3, swatch * 2, swatch), colour);
        x += swatch * 2 + 6;
        painter.setPen(text);
        painter.drawText(QRect(x, g.legend.top(), metrics.horizontalAdvance(title) + 2,
                               g.legend.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, title);
        x += metrics.horizontalAdvance(title) + 18;
    };
    legendItem(beforeColour, m_beforeTitle);
    legendItem(afterColour, m_afterTitle);
    painter.setPen(faint);
    painter.drawText(QRect(g.labelLeft, g.legend.top(), g.labelWidth, g.legend.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("Next token"));

    // Axis: round ticks (0.2 / 0.5 / 1 times a power of ten), a faint grid through the rows.
    const double maximum = scaleMaximum();
    const double leading = maximum / std::pow(10.0, std::floor(std::log10(maximum) + 1e-9));
    const int ticks = std::abs(leading - 2.0) < 1e-6 ? 4 : 5;
    const double tickStep = 100.0 * maximum / ticks; // in percent
    const int decimals = std::abs(tickStep - std::round(tickStep)) < 1e-6 ? 0
                         : std::abs(10 * tickStep - std::round(10 * tickStep)) < 1e-6 ? 1 : 2;
    const int bottom = g.top + int(m_bars.size()) * g.rowHeight;
    QColor grid = text;
    grid.setAlphaF(0.12);
    for (int tick = 0; tick <= ticks; ++tick) {
        const int tx = g.plotLeft + int(std::lround(g.plotWidth * double(tick) / ticks));
        painter.setPen(grid);
        painter.drawLine(tx, g.top, tx, bottom);
        painter.setPen(faint);
        const QString label = percent(maximum * tick / ticks, decimals);
        const int w = metrics.horizontalAdvance(label);
        painter.drawText(QRect(tx - w / 2 - 1, g.axis.top(), w + 2, g.axis.height()),
                         Qt::AlignCenter, label);
    }

    // Rows.
    const auto barLength = [&](double p) {
        return int(std::lround(g.plotWidth * std::clamp(p / maximum, 0.0, 1.0)));
    };
    for (int i = 0; i < int(m_bars.size()); ++i) {
        const ProbabilityBar& bar = m_bars[i];
        const int y = g.top + i * g.rowHeight;
        const bool kept = bar.cut == ProbabilityBar::Cut::Kept;
        if (i == m_hovered && m_clickable) {
            QColor hover = pal.color(QPalette::Highlight);
            hover.setAlphaF(0.15);
            painter.fillRect(QRect(margin, y, width() - 2 * margin, g.rowHeight), hover);
        }
        const int barHeight = std::max(3, (g.rowHeight - 4) / 2);
        const QRect beforeRect(g.plotLeft, y + 2, std::max(1, barLength(bar.before)), barHeight);
        const QRect afterRect(g.plotLeft, y + 2 + barHeight, barLength(bar.after), barHeight);
        painter.fillRect(beforeRect, kept ? beforeColour : cutColour);
        if (bar.after > 0.0)
            painter.fillRect(afterRect, afterColour);

        painter.setPen(kept ? text : faint);
        const QString label = QStringLiteral("%1. ").arg(i + 1)
                              + metrics.elidedText(bar.label, Qt::ElideRight,
                                                   g.labelWidth - metrics.horizontalAdvance(
                                                                      QStringLiteral("99. ")) - 6);
        QFont labelFont = font();
        labelFont.setStrikeOut(!kept);
        painter.setFont(labelFont);
        painter.drawText(QRect(g.labelLeft, y, g.labelWidth - 6, g.rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, label);
        painter.setFont(font());
        const QString values = kept ? percent(bar.before) + QStringLiteral(" → ") + percent(bar.after)
                                    : percent(bar.before) + QStringLiteral(" → 0");
        painter.drawText(QRect(g.valueLeft, y, g.valueWidth, g.rowHeight),
                         Qt::AlignVCenter | Qt::AlignRight, values);
    }

    // Cut lines, with their label on the right of the plot, above the line.
    for (const ProbabilityCutLine& line : m_cutLines) {
        if (line.afterIndex < 0 || line.afterIndex >= int(m_bars.size()) - 1)
            continue;
        const int y = g.top + (line.afterIndex + 1) * g.rowHeight;
        const QColor colour = line.color.isValid() ? line.color : QColor(0xc6, 0x28, 0x28);
        painter.setPen(QPen(colour, 2, Qt::DashLine));
        painter.drawLine(margin, y, width() - margin, y);
        painter.setPen(colour);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QFontMetrics boldMetrics(bold);
        const int w = boldMetrics.horizontalAdvance(line.label) + 8;
        // Below the line, over the cut (greyed) rows, so the kept bars stay readable.
        const QRect labelRect(g.valueLeft - 8 - w, y + 2, w, boldMetrics.height());
        QColor backing = pal.color(QPalette::Base);
        backing.setAlphaF(0.85);
        painter.fillRect(labelRect, backing);
        painter.drawText(labelRect, Qt::AlignCenter, line.label);
        painter.setFont(font());
    }

    if (!m_footnote.isEmpty()) {
        painter.setPen(faint);
        painter.drawText(g.footnote, Qt::AlignVCenter | Qt::AlignLeft, m_footnote);
    }
}

void ProbabilityBars::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_clickable) {
        const int index = barAt(event->position().toPoint());
        if (index >= 0) {
            emit barClicked(index);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ProbabilityBars::mouseMoveEvent(QMouseEvent* event)
{
    const int index = barAt(event->position().toPoint());
    if (index != m_hovered) {
        m_hovered = index;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ProbabilityBars::leaveEvent(QEvent* event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

bool ProbabilityBars::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltip(barAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void ProbabilityBars::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export picture (PNG/SVG)…"), this,
                   [this] { ViewExporter::exportPictureWithDialog(this, this); });
    QAction* table = menu.addAction(tr("Export table (CSV)…"), this, [this] {
        const auto model = tableModel();
        ViewExporter::exportTableWithDialog(model.get(), this);
    });
    table->setEnabled(!m_bars.empty());
    menu.exec(event->globalPos());
}

std::unique_ptr<QAbstractItemModel> ProbabilityBars::tableModel() const
{
    auto model = std::make_unique<QStandardItemModel>(int(m_bars.size()), 8);
    const QStringList headers{tr("Rank"),        tr("Id"),         tr("Token"),
                              tr("Probability"), tr("After temperature"), tr("After truncation"),
                              tr("Cumulative"),  tr("Status")};
    model->setHorizontalHeaderLabels(headers);
    const auto number = [](double p) { return QString::number(p, 'g', 8); };
    for (int i = 0; i < int(m_bars.size()); ++i) {
        const ProbabilityBar& bar = m_bars[i];
        const QStringList cells{QString::number(i + 1),  QString::number(bar.id),
                                bar.label,               number(bar.before),
                                number(bar.temperature), number(bar.after),
                                number(bar.cumulative),  cutName(bar.cut)};
        for (int c = 0; c < cells.size(); ++c)
            model->setItem(i, c, new QStandardItem(cells[c]));
    }
    return model;
}
