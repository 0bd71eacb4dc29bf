// The middle of the GPT lesson while training: the loss chart, the live figures (step,
// tokens per second, learning rate, validation perplexity), the samples as they arrive,
// and a banner for how the run ended (stopped, diverged, failed).
#pragma once

#include "models/GptTrainer.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class LossChart;
class QLabel;
class QPlainTextEdit;

class GptTrainTab : public QWidget {
    Q_OBJECT
public:
    explicit GptTrainTab(QWidget* parent = nullptr);

    LossChart* chart() const { return m_chart; }
    QPlainTextEdit* samples() const { return m_samples; }
    QString bannerText() const;

    // A new run: clears the chart, the figures and the samples.
    void startRun(std::size_t plannedSteps);
    // A batch of points (the figures follow the last one).
    void addPoints(const std::vector<lengua::TrainingPoint>& points);
    void addSample(std::size_t step, const QString& prompt, const QString& text);
    // A stored model's curve, shown when no run is going on.
    void showHistory(const QString& modelName, const std::vector<lengua::TrainingPoint>& history);
    // How the run ended; problem = red.
    void setBanner(const QString& text, bool problem);

    void retranslate();

private:
    void updateFigures();

    LossChart* m_chart = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_samplesTitle = nullptr;
    QPlainTextEdit* m_samples = nullptr;
    std::size_t m_plannedSteps = 0;
    std::optional<float> m_lastValidation;
};
