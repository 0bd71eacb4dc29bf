// bench_gui_train_stall: does the UI thread stay responsive while a GPT trains? The
// training runs as an engine job through the UI's JobRunner (as the GPT lesson runs it),
// each step's TrainingPoint is streamed to the UI thread as a partial result and appended
// to a Qt Charts line series in a shown QChartView (a loss chart), and a 5 ms timer on the
// UI thread records the longest gap between two ticks: the longest stall a user feels.
//
// Usage: bench_gui_train_stall TOKENS [--vocab V] [--steps N] [--layers 4] [--heads 4]
//                              [--embd 128] [--block 128] [--batch 16] [--timeout S]
//        bench_gui_train_stall --panel CORPUS --tokenizer FILE [--steps N] [...the same]
// TOKENS is a file of int32 little-endian token ids (lengua-cli gpt-train --dump-tokens).
// With --panel the real GPT lesson panel (ui/panels/GptPanel) trains instead: the corpus
// and the tokenizer are put in a Workspace, the panel's form is set to the config and its
// train() starts the job (tokenizing the corpus, training, adding the model at the end),
// its own loss chart and figures updating as the points arrive.
// Prints {"longest_stall_ms", "second_stall_ms", "p99_gap_ms", "ticks", "stalls_over_50ms",
//         "steps", "points", "seconds", "tokens_per_second", "mode", "platform"} on stdout.
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/GptPanel.h"
#include "panels/gpt/GptSettingsForm.h"

#include "core/JobContext.h"
#include "models/Gpt.h"
#include "models/GptTrainer.h"
#include "text/CorpusLoader.h"
#include "tokenize/TokenizerFile.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <any>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace {

// Milliseconds between the ticks of a 5 ms timer on the UI thread, and the summary line.
struct StallProbe {
    QElapsedTimer clock;
    qint64 lastTick = 0;
    std::vector<qint64> gaps;

    void tick()
    {
        const qint64 now = clock.elapsed();
        gaps.push_back(now - lastTick);
        lastTick = now;
    }
    void print(std::size_t steps, long points, double tokensPerSecond, const char* mode)
    {
        std::sort(gaps.begin(), gaps.end(), std::greater<>());
        const qint64 longest = gaps.empty() ? 0 : gaps[0];
        const qint64 second = gaps.size() > 1 ? gaps[1] : 0;
        const qint64 p99 = gaps.empty() ? 0 : gaps[gaps.size() / 100];
        const long over50 = long(std::count_if(gaps.begin(), gaps.end(),
                                               [](qint64 gap) { return gap > 50; }));
        std::printf("{\"longest_stall_ms\": %lld, \"second_stall_ms\": %lld, \"p99_gap_ms\": %lld, "
                    "\"ticks\": %zu, \"stalls_over_50ms\": %ld, \"steps\": %zu, \"points\": %ld, "
                    "\"seconds\": %.3f, \"tokens_per_second\": %.1f, \"mode\": \"%s\", "
                    "\"platform\": \"%s\"}\n",
                    static_cast<long long>(longest), static_cast<long long>(second),
                    static_cast<long long>(p99), gaps.size(), over50, steps, points,
                    double(clock.elapsed()) / 1000.0, tokensPerSecond, mode,
                    qPrintable(QApplication::platformName()));
        std::fflush(stdout);
    }
};

int runPanel(const QString& corpusPath, const QString& tokenizerPath,
             const lengua::GptConfig& config, const lengua::GptTrainingSettings& settings,
             double timeoutSeconds)
{
    if (corpusPath.isEmpty() || tokenizerPath.isEmpty()) {
        std::fprintf(stderr, "usage: bench_gui_train_stall --panel CORPUS --tokenizer FILE ...\n");
        return 2;
    }
    // Loaded before the clock starts: the import has its own stall benchmark.
    lengua::JobContext loading;
    auto corpus = std::make_shared<lengua::Corpus>(
        lengua::loadCorpus(corpusPath.toStdString(), lengua::LoadOptions{}, loading));
    Workspace workspace;
    const QString corpusId = QString::fromStdString(workspace.addCorpus(corpus));
    TokenizerArtefact tokenizer;
    tokenizer.name = "BPE";
    tokenizer.tokenizer = lengua::TokenizerFile::load(tokenizerPath.toStdString());
    const QString tokenizerId = QString::fromStdString(workspace.addTokenizer(tokenizer));

    JobRunner jobs;
    GptPanel panel(workspace, jobs);
    panel.resize(1300, 800);
    panel.show();
    panel.form()->selectCorpus(corpusId);
    panel.form()->selectTokenizer(tokenizerId);
    panel.form()->setShape(int(config.layers), int(config.heads), int(config.channels),
                           int(config.contextLength));
    panel.form()->setTraining(int(settings.steps), int(settings.batchSize),
                              int(config.contextLength), 1);

    StallProbe probe;
    long points = 0;
    double tokensPerSecond = 0.0;
    int status = 0;
    auto* ticker = new QTimer(&panel);
    ticker->setTimerType(Qt::PreciseTimer);
    ticker->setInterval(5);
    auto finish = [&](int code) {
        ticker->stop();
        probe.print(settings.steps, points, tokensPerSecond, "panel");
        status = code;
        QApplication::exit(code);
    };
    QObject::connect(ticker, &QTimer::timeout, &panel, [&] {
        probe.tick();
        if (probe.lastTick > qint64(timeoutSeconds * 1000.0)) {
            std::fprintf(stderr, "timed out after %.0f s\n", timeoutSeconds);
            panel.stopTraining();
            finish(3);
        }
    });
    QTimer::singleShot(200, &panel, [&] {
        probe.clock.start();
        ticker->start();
        JobHandle* job = panel.train();
        if (!job) {
            std::fprintf(stderr, "the panel started nothing: %s\n",
                         qPrintable(panel.form()->problems().join(QLatin1Char(' '))));
            finish(1);
            return;
        }
        QObject::connect(job, &JobHandle::partialResult, &panel, [&](const std::any& partial) {
            if (const auto* point = std::any_cast<lengua::TrainingPoint>(&partial)) {
                ++points;
                tokensPerSecond = point->tokensPerSecond;
            }
        });
        QObject::connect(job, &JobHandle::failed, &panel, [](const QString& message) {
            std::fprintf(stderr, "training failed: %s\n", qPrintable(message));
        });
        // A little longer than the job: the panel adds the model and redraws after it.
        QObject::connect(job, &JobHandle::finished, &panel, [&, job] {
            QTimer::singleShot(300, &panel, [&, job] {
                finish(job->state() == JobHandle::State::Succeeded ? 0 : 1);
            });
        });
    });
    QApplication::exec();
    jobs.cancelAllAndWait();
    return status;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments().mid(1);
    QString path;
    lengua::GptConfig config;
    config.layers = 4;
    config.heads = 4;
    config.channels = 128;
    config.contextLength = 128;
    lengua::GptTrainingSettings settings;
    settings.steps = 20;
    settings.batchSize = 16;
    settings.validationFraction = 0.1;
    settings.evaluateEvery = 10;
    settings.evaluationBatches = 1;
    std::size_t vocabulary = 0;
    double timeoutSeconds = 600.0;
    bool panelMode = false;
    QString tokenizerPath;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        const auto number = [&] { return arguments[++i].toULongLong(); };
        if (a == QLatin1String("--vocab") && hasValue)
            vocabulary = number();
        else if (a == QLatin1String("--steps") && hasValue)
            settings.steps = number();
        else if (a == QLatin1String("--layers") && hasValue)
            config.layers = number();
        else if (a == QLatin1String("--heads") && hasValue)
            config.heads = number();
        else if (a == QLatin1String("--embd") && hasValue)
            config.channels = number();
        else if (a == QLatin1String("--block") && hasValue)
            config.contextLength = number();
        else if (a == QLatin1String("--batch") && hasValue)
            settings.batchSize = number();
        else if (a == QLatin1String("--timeout") && hasValue)
            timeoutSeconds = arguments[++i].toDouble();
        else if (a == QLatin1String("--panel"))
            panelMode = true;
        else if (a == QLatin1String("--tokenizer") && hasValue)
            tokenizerPath = arguments[++i];
        else
            path = a;
    }
    if (panelMode)
        return runPanel(path, tokenizerPath, config, settings, timeoutSeconds);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: bench_gui_train_stall TOKENS [--vocab V] [--steps N] ...\n");
        return 2;
    }
    const QByteArray bytes = file.readAll();
    auto tokens = std::make_shared<std::vector<lengua::TokenId>>(bytes.size() / 4);
    std::memcpy(tokens->data(), bytes.constData(), tokens->size() * 4);
    if (vocabulary == 0)
        vocabulary = std::size_t(*std::max_element(tokens->begin(), tokens->end())) + 1;
    config.vocabularySize = vocabulary;
    settings.sequenceLength = config.contextLength;

    // The loss chart: one line series for the training loss, one for the validation loss.
    auto* chart = new QChart;
    auto* trainSeries = new QLineSeries;
    auto* validationSeries = new QLineSeries;
    trainSeries->setName(QStringLiteral("train"));
    validationSeries->setName(QStringLiteral("validation"));
    chart->addSeries(trainSeries);
    chart->addSeries(validationSeries);
    auto* xAxis = new QValueAxis;
    auto* yAxis = new QValueAxis;
    xAxis->setRange(0, double(settings.steps));
    yAxis->setRange(0, 10);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries* series : {trainSeries, validationSeries}) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    QChartView view(chart);
    view.resize(900, 600);
    view.show();

    JobRunner jobs;
    StallProbe probe;
    long points = 0;
    double tokensPerSecond = 0.0;
    JobHandle* job = nullptr;
    QString error;
    auto* ticker = new QTimer(&app);
    ticker->setTimerType(Qt::PreciseTimer);
    ticker->setInterval(5);

    auto finish = [&](int status) {
        ticker->stop();
        probe.print(settings.steps, points, tokensPerSecond, "job");
        if (!error.isEmpty())
            std::fprintf(stderr, "training failed: %s\n", qPrintable(error));
        QApplication::exit(status);
    };

    QObject::connect(ticker, &QTimer::timeout, &app, [&] {
        probe.tick();
        if (probe.lastTick > qint64(timeoutSeconds * 1000.0)) {
            std::fprintf(stderr, "timed out after %.0f s\n", timeoutSeconds);
            if (job)
                job->cancel();
            finish(3);
        }
    });

    // Start once the window is up, so its first layout and paint are not measured.
    QTimer::singleShot(200, &app, [&] {
        probe.clock.start();
        ticker->start();
        job = jobs.start(QStringLiteral("Train GPT"), [config, settings, tokens](
                                                          lengua::JobContext& context) -> std::any {
            lengua::Gpt gpt(config);
            return lengua::GptTrainer::train(gpt, *tokens, settings, context);
        });
        QObject::connect(job, &JobHandle::partialResult, &app, [&](const std::any& partial) {
            if (const auto* point = std::any_cast<lengua::TrainingPoint>(&partial)) {
                ++points;
                tokensPerSecond = point->tokensPerSecond;
                trainSeries->append(double(point->step), double(point->trainLoss));
                if (point->validationLoss)
                    validationSeries->append(double(point->step), double(*point->validationLoss));
            }
        });
        QObject::connect(job, &JobHandle::failed, &app,
                         [&error](const QString& message) { error = message; });
        // A little longer than the job, so the end of the job is inside the measurement.
        QObject::connect(job, &JobHandle::finished, &app, [&] {
            QTimer::singleShot(300, &app, [&] { finish(error.isEmpty() ? 0 : 1); });
        });
    });
    return app.exec();
}
