// The one chart look of the workbench: Qt Charts theme for the light or dark palette,
// window background, projector-size fonts, axis colours and grid, series colours.
#pragma once

#include <QColor>
#include <QFont>

class QAbstractAxis;
class QChart;
class QChartView;
class QPalette;

class ChartStyle {
public:
    ChartStyle() = delete;

    static bool isDark(const QPalette& palette);

    // Sets the chart theme for the palette, then the background, title and legend.
    // QChart::setTheme() resets fonts, colours and pens, so call this first and style
    // the axes and series after it.
    static void applyTo(QChart* chart, const QPalette& palette);
    // The same for a view's chart, and the view's own background around it.
    static void applyTo(QChartView* view);
    // Title and label fonts and colours, a faint grid and a fainter minor grid.
    static void styleAxis(QAbstractAxis* axis, const QPalette& palette);

    // Sizes relative to the application font, so charts grow with it on a projector.
    static QFont titleFont();
    static QFont axisTitleFont();
    static QFont labelFont();

    // The colours of a chart's first and second series (blue, orange).
    static QColor primaryColour(const QPalette& palette);
    static QColor secondaryColour(const QPalette& palette);
};
