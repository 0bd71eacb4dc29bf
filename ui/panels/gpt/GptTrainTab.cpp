#include "GptTrainTab.h"

#include "widgets/LossChart.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

GptTrainTab::GptTrainTab(QWidget* parent) : QWidget(parent)
{
    m_chart = new LossChart(this);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("gptFigures"));
    m_figures->setWordWrap(true);
    QFont big = m_figures->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_figures->setFont(big);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("gptBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_samplesTitle = new QLabel(this);
    m_samples = new QPlainTextEdit(this);
    m_samples->setObjectName(QStringLiteral("gptSamples"));
    m_samples->setReadOnly(true);
    m_samples->setMaximumBlockCount(500);

    auto* samplesBox = new QWidget(this);
    auto* samplesLayout = new QVBoxLayout(samplesBox);
    samplesLayout->setContentsMargins(0, 0, 0, 0);
    samplesLayout->addWidget(m_samplesTitle);
    samplesLayout->addWidget(m_samples, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(samplesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 170});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_figures);
    layout->addWidget(splitter, 1);
    retranslate();
}

void GptTrainTab::retranslate()
{
    m_samplesTitle->setText(tr("Samples generated during training (the same prompt, step by step):"));
    m_samples->setToolTip(tr("What the model writes after the prompt at each sampling step: "
                             "noise first, then the corpus's letters, words and style"));
    m_figures->setToolTip(tr("Perplexity = exp(validation loss): the model is as unsure as if it "
                             "chose among that many tokens"));
    updateFigures();
}

void GptTrainTab::startRun(std::size_t plannedSteps)
{
    m_plannedSteps = plannedSteps;
    m_lastValidation.reset();
    m_chart->clear();
    m_chart->setPlannedSteps(plannedSteps);
    m_samples->clear();
    setBanner({}, false);
    updateFigures();
}

void GptTrainTab::addPoints(const std::vector<lengua::TrainingPoint>& points)
{
    for (const lengua::TrainingPoint& point : points)
        if (point.validationLoss)
            m_lastValidation = point.validationLoss;
    m_chart->addPoints(points);
    updateFigures();
}

void GptTrainTab::addSample(std::size_t step, const QString& prompt, const QString& text)
{
    m_samples->appendHtml(tr("<b>Step %1:</b> %2<i>%3</i>")
                              .arg(QLocale().toString(qulonglong(step)), prompt.toHtmlEscaped(),
                                   text.toHtmlEscaped()));
}

void GptTrainTab::showHistory(const QString& modelName, const std::vector<lengua::TrainingPoint>& history)
{
    m_plannedSteps = history.empty() ? 0 : history.back().step;
    m_lastValidation.reset();
    for (const lengua::TrainingPoint& point : history)
        if (point.validationLoss)
            m_lastValidation = point.validationLoss;
    m_chart->setPoints(history);
    m_samples->clear();
    setBanner(history.empty() ? tr("%1 has no training history (it was imported).").arg(modelName)
                              : tr("The training curve of %1.").arg(modelName),
              false);
    updateFigures();
}

void GptTrainTab::setBanner(const QString& text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(problem ? QStringLiteral("color: #c62828; font-weight: bold;")
                                    : QString());
    m_banner->setVisible(!text.isEmpty());
}

QString GptTrainTab::bannerText() const
{
    return m_banner->text();
}

void GptTrainTab::updateFigures()
{
    const auto& points = m_chart->points();
    if (points.empty()) {
        m_figures->setText(tr("Press Train: the loss of each step appears here as it is measured."));
        return;
    }
    const QLocale locale;
    const lengua::TrainingPoint& last = points.back();
    QString text = tr("Step <b>%1</b> of %2 · training loss <b>%3</b> · %4 tokens/s · "
                      "learning rate %5")
                       .arg(locale.toString(qulonglong(last.step)),
                            locale.toString(qulonglong(std::max(m_plannedSteps, last.step))),
                            locale.toString(double(last.trainLoss), 'f', 3),
                            locale.toString(last.tokensPerSecond, 'f', 0),
                            locale.toString(double(last.learningRate), 'g', 3));
    if (m_lastValidation)
        text += tr(" · validation loss <b>%1</b>, perplexity <b>%2</b>")
                    .arg(locale.toString(double(*m_lastValidation), 'f', 3),
                         locale.toString(std::exp(double(*m_lastValidation)), 'f', 1));
    m_figures->setText(text);
}
