// bench_scatter_frame: how long ScatterView takes to paint one frame of 20,000 labelled
// points (issue 6 §5: "20,000 points stay interactive") while the view zooms, pans and the
// mouse hovers. Each frame is a synchronous render into a QImage after one wheel step, one
// drag step or one mouse move, at 1280 × 800 by default. Points: 40 Gaussian clusters with
// frequency-like colours, so labels compete for space as in a real projection.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_scatter_frame [--points N] [--width W] [--height H]
// Prints {"points", "frames", "median_ms", "worst_ms", per-phase medians and worsts,
// "median_cpu_ms", "worst_cpu_ms", "median_hover_lookup_us"}.
#include "FrameTiming.h"
#include "widgets/ColorMap.h"
#include "widgets/ScatterView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = std::max(2, frametiming::intArgument(args, QStringLiteral("--points"), 20000));
    const int width = frametiming::intArgument(args, QStringLiteral("--width"), 1280);
    const int height = frametiming::intArgument(args, QStringLiteral("--height"), 800);

    std::mt19937_64 random(1);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(-40.0, 40.0);
    std::vector<std::pair<double, double>> centres(40);
    for (auto& centre : centres)
        centre = {uniform(random), uniform(random)};
    arma::mat coordinates(n, 2);
    QStringList labels;
    std::vector<QRgb> colours(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const auto& centre = centres[static_cast<std::size_t>(i) % centres.size()];
        coordinates(i, 0) = centre.first + 3.0 * normal(random);
        coordinates(i, 1) = centre.second + 3.0 * normal(random);
        labels << QStringLiteral("word%1").arg(i);
        colours[static_cast<std::size_t>(i)] = ColorMap::viridis(1.0 - double(i) / n); // rank order
    }

    ScatterView view;
    view.resize(width, height);
    view.setPoints(labels, coordinates);
    view.setColours(colours);

    frametiming::FramePainter painter(view);
    const QPointF centre(width / 2.0, height / 2.0);
    auto wheel = [&](int delta) {
        QWheelEvent event(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &event);
    };

    // 1. The whole layout, repainted.
    for (int i = 0; i < 20; ++i)
        painter.record("whole");
    // 2. Hovering across the whole layout: a mouse move, the point lookup and a repaint.
    std::vector<double> lookups;
    for (int i = 0; i < 40; ++i) {
        const QPointF at(width * (0.1 + 0.8 * i / 40.0), height * (0.2 + 0.6 * ((i * 7) % 40) / 40.0));
        QElapsedTimer clock;
        clock.start();
        QMouseEvent move(QEvent::MouseMove, at, view.mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        lookups.push_back(clock.nsecsElapsed() / 1e3);
        painter.record("hover");
    }
    // 3. Zooming in, one wheel notch per frame, 12 notches.
    for (int i = 0; i < 12; ++i) {
        wheel(120);
        painter.record("zoom_in");
    }
    // 4. Panning zoomed in.
    for (int i = 0; i < 40; ++i) {
        frametiming::drag(view, centre, QPointF(i < 20 ? -15.0 : 0.0, i < 20 ? 0.0 : -15.0));
        painter.record("pan_zoomed_in");
    }
    // 5. Zooming back out.
    for (int i = 0; i < 12; ++i) {
        wheel(-120);
        painter.record("zoom_out");
    }

    std::printf("{\"points\": %d, \"width\": %d, \"height\": %d", n, width, height);
    painter.printFields();
    std::printf(", \"median_hover_lookup_us\": %.1f", frametiming::median(lookups));
    std::printf(", \"labels_drawn_last_frame\": %d, \"goal_ms\": 16}\n", view.drawnLabelCount());
    return 0;
}
