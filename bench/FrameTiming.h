// What the frame benchmarks (bench_heatmap_frame, bench_scatter_frame) share: arguments,
// the median, and one synchronous render of a widget into an image, timed on the wall
// clock and as the UI thread's CPU time (the machine may be busy).
#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <ctime>
#include <vector>

namespace frametiming {

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

inline int intArgument(const QStringList& args, const QString& name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

// Renders the widget into a frame of its size; returns the wall milliseconds and keeps
// the CPU milliseconds of every frame in cpu.
class FramePainter {
public:
    explicit FramePainter(QWidget& widget)
        : m_widget(widget), m_frame(widget.size(), QImage::Format_ARGB32_Premultiplied)
    {
    }

    double paint()
    {
        timespec cpuStart{}, cpuEnd{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
        QElapsedTimer clock;
        clock.start();
        m_frame.fill(Qt::transparent);
        m_widget.render(&m_frame);
        const double wall = clock.nsecsElapsed() / 1e6;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
        cpu.push_back((cpuEnd.tv_sec - cpuStart.tv_sec) * 1e3 + (cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e6);
        return wall;
    }

    std::vector<double> cpu;

private:
    QWidget& m_widget;
    QImage m_frame;
};

} // namespace frametiming
