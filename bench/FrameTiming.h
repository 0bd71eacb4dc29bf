// What the frame benchmarks (bench_heatmap_frame, bench_scatter_frame) share: arguments,
// the median, timed synchronous renders of a widget into an image by phase, a mouse drag.
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <string>
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

// Renders the widget into a frame of its size, timing each frame by phase: the wall
// milliseconds, and the UI thread's CPU milliseconds (the machine may be busy). The first
// render is a warm-up (fonts, caches) and is not counted.
class FramePainter {
public:
    explicit FramePainter(QWidget& widget)
        : m_widget(widget), m_frame(widget.size(), QImage::Format_ARGB32_Premultiplied)
    {
        paint();
    }

    // One frame, recorded under phase.
    void record(const std::string& phase)
    {
        const auto [wall, cpu] = paint();
        m_byPhase[phase].push_back(wall);
        m_all.push_back(wall);
        m_cpu.push_back(cpu);
    }

    std::size_t frames() const { return m_all.size(); }

    // The JSON fields after the caller's own: frames, median and worst overall, per phase
    // and in CPU time, each preceded by ", ".
    void printFields() const
    {
        std::printf(", \"frames\": %zu, \"median_ms\": %.2f, \"worst_ms\": %.2f", m_all.size(),
                    median(m_all), worst(m_all));
        for (const auto& [phase, times] : m_byPhase)
            std::printf(", \"median_%s_ms\": %.2f, \"worst_%s_ms\": %.2f", phase.c_str(), median(times),
                        phase.c_str(), worst(times));
        std::printf(", \"median_cpu_ms\": %.2f, \"worst_cpu_ms\": %.2f", median(m_cpu), worst(m_cpu));
    }

private:
    static double worst(const std::vector<double>& v) { return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()); }

    std::pair<double, double> paint()
    {
        timespec cpuStart{}, cpuEnd{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
        QElapsedTimer clock;
        clock.start();
        m_frame.fill(Qt::transparent);
        m_widget.render(&m_frame);
        const double wall = clock.nsecsElapsed() / 1e6;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
        return {wall, (cpuEnd.tv_sec - cpuStart.tv_sec) * 1e3 + (cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e6};
    }

    QWidget& m_widget;
    QImage m_frame;
    std::map<std::string, std::vector<double>> m_byPhase;
    std::vector<double> m_all;
    std::vector<double> m_cpu;
};

// A drag of the left mouse button from `from` by `by`, as the user pans.
inline void drag(QWidget& widget, QPointF from, QPointF by)
{
    QMouseEvent press(QEvent::MouseButtonPress, from, widget.mapToGlobal(from), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&widget, &press);
    const QPointF to = from + by;
    QMouseEvent move(QEvent::MouseMove, to, widget.mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(&widget, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, widget.mapToGlobal(to), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&widget, &release);
}

} // namespace frametiming
