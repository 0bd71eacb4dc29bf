// The chart look of the workbench (see ChartStyle.h).
#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>

namespace {

QFont scaledFont(qreal factor)
{
    QFont font = QApplication::font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(size * factor);
    return font;
}

} // namespace

bool ChartStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ChartStyle::applyTo(QChart* chart, const QPalette& palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundRoundness(0);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(text);
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(text);
}

void ChartStyle::applyTo(QChartView* view)
{
    applyTo(view->chart(), view->palette());
    view->setBackgroundBrush(view->palette().color(QPalette::Window));
}

void ChartStyle::styleAxis(QAbstractAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    axis->setTitleFont(axisTitleFont());
    axis->setTitleBrush(text);
    axis->setLabelsFont(labelFont());
    axis->setLabelsColor(text);
    QColor grid = text;
    grid.setAlpha(60);
    axis->setGridLineColor(grid);
    grid.setAlpha(25);
    axis->setMinorGridLineColor(grid);
}

QFont ChartStyle::titleFont()
{
    QFont font = scaledFont(1.4);
    font.setBold(true);
    return font;
}

QFont ChartStyle::axisTitleFont()
{
    return scaledFont(1.2);
}

QFont ChartStyle::labelFont()
{
    return scaledFont(1.1);
}

QColor ChartStyle::primaryColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6c, 0xb4, 0xee) : QColor(0x1f, 0x5f, 0xa8);
}

QColor ChartStyle::secondaryColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xa0, 0x5a) : QColor(0xd1, 0x4b, 0x0c);
}
