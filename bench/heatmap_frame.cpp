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
#include <QImage>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
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
    auto paintOnce = [&painter] { return painter.paint(); };
    std::vector<double>& cpu = painter.cpu;
    paintOnce(); // warm-up: fonts and caches
    cpu.clear();

    std::map<std::string, std::vector<double>> byPhase;
    std::vector<double> all;
    auto record = [&](const std::string& phase, double ms) {
        byPhase[phase].push_back(ms);
        all.push_back(ms);
    };
    const QRect plot = view.plotRect();
    const QPointF centre = plot.center();

    // 1. The whole matrix, zoomed out, repainted (hover, legend changes).
    view.resetView();
    for (int i = 0; i < 20; ++i)
        record("whole", paintOnce());
    // 2. Zooming in on the centre, one wheel step (×1.25) per frame, down to ~40 cells.
    int steps = 0;
    while (view.visibleCells().width() > 40.0 && steps < 60) {
        view.zoomBy(1.25, centre);
        record("zoom_in", paintOnce());
        ++steps;
    }
    // 3. Panning zoomed in: a drag of 15 px per frame, right then down.
    for (int i = 0; i < 40; ++i) {
        // A drag of the mouse, as the user pans.
        QMouseEvent press(QEvent::MouseButtonPress, centre, view.mapToGlobal(centre), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &press);
        const QPointF to = centre + QPointF(i < 20 ? -15.0 : 0.0, i < 20 ? 0.0 : -15.0);
        QMouseEvent move(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, to, view.mapToGlobal(to), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &release);
        record("pan_zoomed_in", paintOnce());
    }
    // 4. Zooming out step by step to the whole matrix.
    while (view.visibleCells().width() < n - 0.5) {
        view.zoomBy(1.0 / 1.25, centre);
        record("zoom_out", paintOnce());
    }
    // 5. Panning at a middle zoom (about 1,000 cells across: many labels thinned out).
    view.resetView();
    view.zoomBy(5.0, centre);
    for (int i = 0; i < 40; ++i) {
        QMouseEvent press(QEvent::MouseButtonPress, centre, view.mapToGlobal(centre), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &press);
        const QPointF to = centre + QPointF(-20.0, -12.0);
        QMouseEvent move(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, to, view.mapToGlobal(to), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &release);
        record("pan_mid_zoom", paintOnce());
    }

    std::printf("{\"matrix\": %d, \"width\": %d, \"height\": %d, \"setup_ms\": %.1f, \"frames\": %zu, "
                "\"median_ms\": %.2f, \"worst_ms\": %.2f",
                n, width, height, setupMs, all.size(), frametiming::median(all),
                *std::max_element(all.begin(), all.end()));
    for (const auto& [phase, times] : byPhase)
        std::printf(", \"median_%s_ms\": %.2f, \"worst_%s_ms\": %.2f", phase.c_str(), frametiming::median(times),
                    phase.c_str(), *std::max_element(times.begin(), times.end()));
    std::printf(", \"median_cpu_ms\": %.2f, \"worst_cpu_ms\": %.2f", frametiming::median(cpu),
                *std::max_element(cpu.begin(), cpu.end()));
    std::printf(", \"goal_ms\": 16}\n");
    return 0;
}
