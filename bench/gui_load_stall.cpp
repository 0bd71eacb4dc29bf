// bench_gui_load_stall: does the UI thread stay responsive while a large corpus loads
// and the Corpus panel counts its words? A 5 ms timer ticks on the UI thread of the
// real MainWindow; the longest gap between two ticks is the longest stall a user feels.
//
// Usage: bench_gui_load_stall CORPUS [--timeout SECONDS] [--breakdown]
// Prints {"longest_stall_ms", "ticks", "seconds", "documents", ...} on stdout.
// --breakdown then times, on the UI thread, the parts of the Corpus panel that
// show the statistics (frequency model, its sorting proxy, the Zipf chart).
#include "CorpusImporter.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/FrequencyTableModel.h"
#include "widgets/ZipfChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

// Where the UI thread was when a gap happened, to tell which part to look at. A gap
// that spans the end of a job holds that job's result handlers on the UI thread
// (adding the corpus to the workspace and the panel, showing the statistics).
enum class Phase { Loading, LoadFinished, Counting, StatisticsFinished, Settling };

const char* phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Loading:
        return "loading";
    case Phase::LoadFinished:
        return "load-finished";
    case Phase::Counting:
        return "counting";
    case Phase::StatisticsFinished:
        return "statistics-finished";
    case Phase::Settling:
        return "settling";
    }
    return "?";
}

struct StallProbe {
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    Phase longestPhase = Phase::Loading;
    long ticks = 0;
    std::vector<qint64> gaps;
    long gapsOver50 = 0;
    qint64 loadFinishedAt = -1;
    qint64 jobsFinishedAt = -1;
    int jobsStarted = 0;

    Phase phaseOf(qint64 from, qint64 to) const
    {
        const auto within = [from, to](qint64 t) { return t >= 0 && t > from && t <= to; };
        if (within(loadFinishedAt))
            return Phase::LoadFinished;
        if (within(jobsFinishedAt))
            return Phase::StatisticsFinished;
        if (loadFinishedAt < 0 || to <= loadFinishedAt)
            return Phase::Loading;
        if (jobsFinishedAt < 0 || to <= jobsFinishedAt)
            return Phase::Counting;
        return Phase::Settling;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lengua"));
    QApplication::setApplicationName(QStringLiteral("Lengua bench"));

    const QStringList arguments = QApplication::arguments().mid(1);
    QString path;
    double timeoutSeconds = 600.0;
    bool breakdown = false;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--breakdown"))
            breakdown = true;
        else if (arguments[i] == QLatin1String("--timeout") && i + 1 < arguments.size())
            timeoutSeconds = arguments[++i].toDouble();
        else
            path = arguments[i];
    }
    if (path.isEmpty() || !QFileInfo(path).isReadable()) {
        std::fprintf(stderr, "usage: bench_gui_load_stall CORPUS [--timeout SECONDS]\n");
        return 2;
    }

    // Like the scripted modes of the GUI: never read or change the user's settings.
    QTemporaryDir scratchSettings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratchSettings.path());

    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(languages);
    window.setInteractive(false);
    window.showLesson(QStringLiteral("corpus"));
    window.resize(1280, 800);
    window.show();

    StallProbe probe;
    JobHandle* load = nullptr;
    QObject::connect(&window.jobs(), &JobRunner::jobStarted, &app, [&probe] { ++probe.jobsStarted; });
    // The statistics job (and anything else the load started) has finished when none runs.
    QObject::connect(&window.jobs(), &JobRunner::jobFinished, &app, [&](JobHandle* job) {
        if (job != load && probe.loadFinishedAt >= 0 && probe.jobsStarted >= 2
            && window.jobs().runningCount() == 0 && probe.jobsFinishedAt < 0)
            probe.jobsFinishedAt = probe.clock.elapsed();
    });

    QString loadError;
    auto* ticker = new QTimer(&app);
    ticker->setTimerType(Qt::PreciseTimer);
    ticker->setInterval(5);

    // Milliseconds each part of showing the statistics takes on the UI thread, alone.
    auto timeParts = [&]() -> QString {
        const auto& corpora = window.workspace().corpora();
        const auto statistics = corpora.empty() ? nullptr
                                                : window.workspace().statistics(corpora.back()->id);
        if (!statistics)
            return QStringLiteral("{}");
        QElapsedTimer timer;
        FrequencyTableModel model;
        timer.start();
        model.setStatistics(statistics);
        const qint64 modelMs = timer.elapsed();
        FrequencyTableModel sortedModel;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&sortedModel);
        proxy.setSortRole(FrequencyTableModel::SortRole);
        proxy.sort(FrequencyTableModel::RankColumn, Qt::AscendingOrder);
        timer.restart();
        sortedModel.setStatistics(statistics);
        const qint64 proxyMs = timer.elapsed();
        ZipfChart chart;
        chart.resize(800, 500);
        timer.restart();
        chart.setStatistics(statistics);
        const qint64 chartMs = timer.elapsed();
        timer.restart();
        const QPixmap painted = chart.grab();
        const qint64 chartPaintMs = timer.elapsed();
        return QStringLiteral("{\"types\": %1, \"frequency_model_ms\": %2, "
                              "\"frequency_model_sorted_proxy_ms\": %3, \"zipf_set_ms\": %4, "
                              "\"zipf_paint_ms\": %5}")
            .arg(statistics->types).arg(modelMs).arg(proxyMs).arg(chartMs).arg(chartPaintMs);
    };

    auto finish = [&](int status) {
        ticker->stop();
        const auto& corpora = window.workspace().corpora();
        const std::size_t documents = corpora.empty() ? 0 : corpora.back()->documents.size();
        const QString parts = breakdown && status == 0 ? timeParts() : QString();
        // The second-longest gap and the 99th percentile tell one stall from many.
        std::vector<qint64> gaps = probe.gaps;
        std::sort(gaps.begin(), gaps.end(), std::greater<>());
        const qint64 second = gaps.size() > 1 ? gaps[1] : 0;
        const qint64 p99 = gaps.empty() ? 0 : gaps[gaps.size() / 100];
        const double seconds = double(probe.clock.elapsed()) / 1000.0;
        const double loadSeconds = probe.loadFinishedAt < 0 ? -1.0 : probe.loadFinishedAt / 1000.0;
        const double countSeconds = probe.loadFinishedAt < 0 || probe.jobsFinishedAt < 0
                                        ? -1.0
                                        : (probe.jobsFinishedAt - probe.loadFinishedAt) / 1000.0;
        std::printf("{\"longest_stall_ms\": %lld, \"second_stall_ms\": %lld, "
                    "\"p99_gap_ms\": %lld, \"ticks\": %ld, \"seconds\": %.3f, "
                    "\"documents\": %zu, \"stalls_over_50ms\": %ld, \"longest_stall_phase\": \"%s\", "
                    "\"load_seconds\": %.3f, \"statistics_seconds\": %.3f, \"platform\": \"%s\"%s%s}\n",
                    static_cast<long long>(probe.longestGap), static_cast<long long>(second),
                    static_cast<long long>(p99), probe.ticks, seconds, documents,
                    probe.gapsOver50, phaseName(probe.longestPhase), loadSeconds, countSeconds,
                    qPrintable(QApplication::platformName()),
                    parts.isEmpty() ? "" : ", \"breakdown\": ", qPrintable(parts));
        std::fflush(stdout);
        if (!loadError.isEmpty())
            std::fprintf(stderr, "load failed: %s\n", qPrintable(loadError));
        QApplication::exit(status);
    };

    QObject::connect(ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = probe.clock.elapsed();
        const qint64 gap = now - probe.lastTick;
        const Phase phase = probe.phaseOf(probe.lastTick, now);
        probe.lastTick = now;
        ++probe.ticks;
        probe.gaps.push_back(gap);
        if (gap > probe.longestGap) {
            probe.longestGap = gap;
            probe.longestPhase = phase;
        }
        probe.gapsOver50 += gap > 50;

        if (!loadError.isEmpty()) {
            finish(1);
            return;
        }
        // Done when the load and the statistics job it triggered have both finished
        // (jobFinished above; this catches a runner that finishes without the signal).
        if (probe.jobsFinishedAt < 0 && probe.loadFinishedAt >= 0 && probe.jobsStarted >= 2
            && window.jobs().runningCount() == 0)
            probe.jobsFinishedAt = now;
        // Keep ticking a little longer: the panel fills its tables after the job.
        if (probe.jobsFinishedAt >= 0 && now - probe.jobsFinishedAt > 300)
            finish(0);
        else if (now > qint64(timeoutSeconds * 1000.0)) {
            std::fprintf(stderr, "timed out after %.0f s\n", timeoutSeconds);
            finish(3);
        }
    });

    // Start once the window is up, so its first layout and paint are not measured.
    QTimer::singleShot(200, &app, [&] {
        probe.clock.start();
        probe.lastTick = 0;
        ticker->start();
        load = window.importer().importPath(path);
        if (!load) {
            loadError = QStringLiteral("no job was started for %1").arg(path);
            return;
        }
        QObject::connect(load, &JobHandle::failed, &app,
                         [&loadError](const QString& error) { loadError = error; });
        QObject::connect(load, &JobHandle::cancelled, &app,
                         [&loadError] { loadError = QStringLiteral("cancelled"); });
        QObject::connect(load, &JobHandle::finished, &app,
                         [&probe] { probe.loadFinishedAt = probe.clock.elapsed(); });
    });
    return app.exec();
}
