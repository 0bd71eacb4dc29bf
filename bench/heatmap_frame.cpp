// bench_heatmap_frame: how long HeatmapView takes to paint one frame of a 5,000 × 5,000
// matrix while the view pans and zooms (issue 5 §5: ≤ 16 ms a frame). The widget has a
// realistic size (1280 × 800 by default) with row and column labels; each frame is a
// synchronous render into a QImage (what repaint() does, without a window system in the
// way), after one zoom or pan step like a wheel turn or a drag.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_heatmap_frame [--size N] [--width W] [--height H]
//        [--no-labels]
// Prints {"frames", "median_ms", "worst_ms", "median_<phase>_ms", "worst_<phase>_ms", ...,
// "median_cpu_ms", "worst_cpu_ms"} (wall clock, and the UI thread's CPU time per frame).
#include "FrameTiming.h"
#include "widgets/HeatmapView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = std::max(2, frametiming::intArgument(args, QStringLiteral("--size"), 5000));
    const int width = frametiming::intArgument(args, QStringLiteral("--width"), 1280);
    const int height = frametiming::intArgument(args, QStringLiteral("--height"), 800);

    // A matrix with structure (blocks plus a gradient), like a clustered co-occurrence.
    std::vector<float> values(std::size_t(n) * std::size_t(n));
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            values[std::size_t(r) * std::size_t(n) + std::size_t(c)]
                = float((r / 250 == c / 250 ? 50.0 : 0.0) + std::fmod(r * 0.37 + c * 0.11, 17.0));
    QStringList labels;
    labels.reserve(n);
    for (int i = 0; i < n; ++i)
        labels << QStringLiteral("word%1").arg(i);

    QElapsedTimer setupClock;
    setupClock.start();
    HeatmapView view;
    view.resize(width, height);
    view.setMatrix(std::move(values), n, n);
    if (!args.contains(QStringLiteral("--no-labels"))) {
        view.setRowLabels(labels);
        view.setColumnLabels(labels);
    }
    view.setAxisTitles(QStringLiteral("Word"), QStringLiteral("Context word"));
    const double setupMs = setupClock.nsecsElapsed() / 1e6;

    frametiming::FramePainter painter(view);
    const QRect plot = view.plotRect();
    const QPointF centre = plot.center();

    // 1. The whole matrix, zoomed out, repainted (hover, legend changes).
    view.resetView();
    for (int i = 0; i < 20; ++i)
        painter.record("whole");
    // 2. Zooming in on the centre, one wheel step (×1.25) per frame, down to ~40 cells.
    int steps = 0;
    while (view.visibleCells().width() > 40.0 && steps < 60) {
        view.zoomBy(1.25, centre);
        painter.record("zoom_in");
        ++steps;
    }
    // 3. Panning zoomed in: a drag of 15 px per frame, right then down.
    for (int i = 0; i < 40; ++i) {
        frametiming::drag(view, centre, QPointF(i < 20 ? -15.0 : 0.0, i < 20 ? 0.0 : -15.0));
        painter.record("pan_zoomed_in");
    }
    // 4. Zooming out step by step to the whole matrix.
    while (view.visibleCells().width() < n - 0.5) {
        view.zoomBy(1.0 / 1.25, centre);
        painter.record("zoom_out");
    }
    // 5. Panning at a middle zoom (about 1,000 cells across: many labels thinned out).
    view.resetView();
    view.zoomBy(5.0, centre);
    for (int i = 0; i < 40; ++i) {
        frametiming::drag(view, centre, QPointF(-20.0, -12.0));
        painter.record("pan_mid_zoom");
    }

    std::printf("{\"matrix\": %d, \"width\": %d, \"height\": %d, \"setup_ms\": %.1f", n, width, height,
                setupMs);
    painter.printFields();
    std::printf(", \"goal_ms\": 16}\n");
    return 0;
}
