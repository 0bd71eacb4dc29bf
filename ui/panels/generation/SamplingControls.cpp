// Sliders and presets of the generation lesson, and their SamplingSettings.
#include "SamplingControls.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace {

// The slider's steps: temperature in hundredths, top-p in hundredths.
constexpr int temperatureSteps = 200;
constexpr int topPSteps = 100;
// A slider over 50 000 values moves in jumps; beyond this the box takes over.
constexpr int topKSliderLimit = 200;

// The lecture's guidance: 0.2-0.5 for deterministic tasks, 1 by default, 1.2-2 for poetry.
constexpr double precisePresetTemperature = 0.3;
constexpr double defaultPresetTemperature = 1.0;
constexpr double poetryPresetTemperature = 1.5;

} // namespace

SamplingControls::SamplingControls(QWidget* parent) : QWidget(parent)
{
    m_strategyLabel = new QLabel(this);
    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("generationStrategy"));
    for (int i = 0; i < 5; ++i)
        m_strategy->addItem(QString());
    m_strategy->setCurrentIndex(int(Strategy::TopP));
    m_strategyLabel->setBuddy(m_strategy);

    m_temperatureLabel = new QLabel(this);
    m_temperatureSlider = new QSlider(Qt::Horizontal, this);
    m_temperatureSlider->setObjectName(QStringLiteral("temperatureSlider"));
    m_temperatureSlider->setRange(0, temperatureSteps);
    m_temperatureSlider->setValue(100);
    m_temperatureSlider->setPageStep(10);
    m_temperatureValue = new QLabel(this);
    m_temperatureValue->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0.000")));
    m_temperatureLabel->setBuddy(m_temperatureSlider);

    m_presetsLabel = new QLabel(this);
    m_precisePreset = new QPushButton(this);
    m_precisePreset->setObjectName(QStringLiteral("precisePreset"));
    m_defaultPreset = new QPushButton(this);
    m_defaultPreset->setObjectName(QStringLiteral("defaultPreset"));
    m_poetryPreset = new QPushButton(this);
    m_poetryPreset->setObjectName(QStringLiteral("poetryPreset"));

    m_topKLabel = new QLabel(this);
    m_topKSlider = new QSlider(Qt::Horizontal, this);
    m_topKSlider->setObjectName(QStringLiteral("topKSlider"));
    m_topKSlider->setRange(1, topKSliderLimit);
    m_topKBox = new QSpinBox(this);
    m_topKBox->setObjectName(QStringLiteral("topKBox"));
    m_topKBox->setRange(1, 1000000);
    m_topKBox->setValue(40);
    m_topKSlider->setValue(40);
    m_topKLabel->setBuddy(m_topKSlider);
    m_topKNote = new QLabel(this);
    m_topKNote->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_topKNote->setFont(small);

    m_topPLabel = new QLabel(this);
    m_topPSlider = new QSlider(Qt::Horizontal, this);
    m_topPSlider->setObjectName(QStringLiteral("topPSlider"));
    m_topPSlider->setRange(0, topPSteps);
    m_topPSlider->setValue(95); // the lecture's 0.95
    m_topPValue = new QLabel(this);
    m_topPLabel->setBuddy(m_topPSlider);

    m_seedLabel = new QLabel(this);
    m_seedBox = new QSpinBox(this);
    m_seedBox->setObjectName(QStringLiteral("seedBox"));
    m_seedBox->setRange(0, 2147483647);
    m_seedBox->setValue(42);
    m_seedLabel->setBuddy(m_seedBox);
    m_newTokensLabel = new QLabel(this);
    m_newTokensBox = new QSpinBox(this);
    m_newTokensBox->setObjectName(QStringLiteral("newTokensBox"));
    m_newTokensBox->setRange(1, 2000);
    m_newTokensBox->setValue(40);
    m_newTokensLabel->setBuddy(m_newTokensBox);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_strategyLabel, m_strategy);
    auto* temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(m_temperatureSlider, 1);
    temperatureRow->addWidget(m_temperatureValue);
    form->addRow(m_temperatureLabel, temperatureRow);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(m_precisePreset);
    presetRow->addWidget(m_defaultPreset);
    presetRow->addWidget(m_poetryPreset);
    form->addRow(m_presetsLabel, presetRow);
    auto* topKRow = new QHBoxLayout;
    topKRow->addWidget(m_topKSlider, 1);
    topKRow->addWidget(m_topKBox);
    form->addRow(m_topKLabel, topKRow);
    form->addRow(m_topKNote);
    auto* topPRow = new QHBoxLayout;
    topPRow->addWidget(m_topPSlider, 1);
    topPRow->addWidget(m_topPValue);
    form->addRow(m_topPLabel, topPRow);
    form->addRow(m_seedLabel, m_seedBox);
    form->addRow(m_newTokensLabel, m_newTokensBox);

    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit settingsChanged();
    });
    connect(m_temperatureSlider, &QSlider::valueChanged, this, [this] {
        updateValueLabels();
        emit settingsChanged();
    });
    connect(m_topKSlider, &QSlider::valueChanged, this, [this](int value) {
        // The slider ends at its limit; a larger k typed in the box stays.
        if (value == m_topKSlider->maximum() && m_topKBox->value() > value)
            return;
        const QSignalBlocker blocker(m_topKBox);
        m_topKBox->setValue(value);
        updateValueLabels();
        emit settingsChanged();
    });
    connect(m_topKBox, &QSpinBox::valueChanged, this, [this](int value) {
        const QSignalBlocker blocker(m_topKSlider);
        m_topKSlider->setValue(std::min(value, m_topKSlider->maximum()));
        updateValueLabels();
        emit settingsChanged();
    });
    connect(m_topPSlider, &QSlider::valueChanged, this, [this] {
        updateValueLabels();
        emit settingsChanged();
    });
    connect(m_seedBox, &QSpinBox::valueChanged, this, &SamplingControls::seedChanged);
    connect(m_newTokensBox, &QSpinBox::valueChanged, this, &SamplingControls::newTokensChanged);
    const auto preset = [this](double temperature) {
        if (strategy() == Strategy::Greedy)
            setStrategy(Strategy::Sampling); // greedy ignores the temperature
        setTemperature(temperature);
    };
    connect(m_precisePreset, &QPushButton::clicked, this,
            [preset] { preset(precisePresetTemperature); });
    connect(m_defaultPreset, &QPushButton::clicked, this,
            [preset] { preset(defaultPresetTemperature); });
    connect(m_poetryPreset, &QPushButton::clicked, this,
            [preset] { preset(poetryPresetTemperature); });

    updateEnabled();
    retranslate();
}

void SamplingControls::retranslate()
{
    m_strategyLabel->setText(tr("&Strategy:"));
    m_strategy->setItemText(int(Strategy::Greedy), tr("Greedy (most probable)"));
    m_strategy->setItemText(int(Strategy::Sampling), tr("Random sampling"));
    m_strategy->setItemText(int(Strategy::TopK), tr("Top-k sampling"));
    m_strategy->setItemText(int(Strategy::TopP), tr("Top-p (nucleus) sampling"));
    m_strategy->setItemText(int(Strategy::TopKTopP), tr("Top-k, then top-p"));
    m_strategy->setToolTip(tr("How the next token is chosen from the model's probabilities"));
    m_temperatureLabel->setText(tr("&Temperature:"));
    m_temperatureSlider->setToolTip(
        tr("Divides the logits before the softmax: below 1 sharpens the distribution, above 1 "
           "flattens it; 0 is greedy"));
    m_presetsLabel->setText(tr("Presets:"));
    m_precisePreset->setText(tr("Precise %1").arg(QLocale().toString(precisePresetTemperature)));
    m_precisePreset->setToolTip(tr("Low temperature (0.2–0.5): deterministic tasks such as "
                                   "summaries, answers, entity extraction"));
    m_defaultPreset->setText(tr("Default %1").arg(QLocale().toString(defaultPresetTemperature)));
    m_defaultPreset->setToolTip(tr("Temperature 1: the model's own distribution, a balance "
                                   "between creativity and realism"));
    m_poetryPreset->setText(tr("Poetry %1").arg(QLocale().toString(poetryPresetTemperature)));
    m_poetryPreset->setToolTip(tr("High temperature (1.2–2): poetry, stories, brainstorming"));
    m_topKLabel->setText(tr("Top-&k:"));
    m_topKSlider->setToolTip(tr("Keep only the k most probable tokens, then sample among them"));
    m_topKBox->setToolTip(m_topKSlider->toolTip());
    m_topPLabel->setText(tr("Top-&p:"));
    m_topPSlider->setToolTip(tr("Keep the most probable tokens until their cumulative probability "
                                "reaches p (the lecture: 0.95); the rest are cut and the kept "
                                "ones re-normalised"));
    m_seedLabel->setText(tr("S&eed:"));
    m_seedBox->setToolTip(tr("The same seed, prompt and settings give the same text"));
    m_newTokensLabel->setText(tr("&New tokens:"));
    m_newTokensBox->setToolTip(tr("How many tokens “Generate” adds"));
    updateValueLabels();
}

lengua::SamplingSettings SamplingControls::settings() const
{
    lengua::SamplingSettings s;
    const Strategy chosen = strategy();
    s.strategy = chosen == Strategy::Greedy ? lengua::SamplingStrategy::Greedy
                                            : lengua::SamplingStrategy::Sample;
    s.temperature = temperature();
    s.topK = (chosen == Strategy::TopK || chosen == Strategy::TopKTopP) ? std::size_t(topK()) : 0;
    s.topP = (chosen == Strategy::TopP || chosen == Strategy::TopKTopP) ? topP() : 1.0;
    s.seed = seed();
    s.maxNewTokens = std::size_t(newTokens());
    return s;
}

SamplingControls::Strategy SamplingControls::strategy() const
{
    return Strategy(std::max(0, m_strategy->currentIndex()));
}

void SamplingControls::setStrategy(Strategy strategy)
{
    m_strategy->setCurrentIndex(int(strategy));
}

double SamplingControls::temperature() const
{
    return m_temperatureSlider->value() / 100.0;
}

void SamplingControls::setTemperature(double temperature)
{
    m_temperatureSlider->setValue(int(std::lround(std::clamp(temperature, 0.0, 2.0) * 100.0)));
}

int SamplingControls::topK() const
{
    return m_topKBox->value();
}

void SamplingControls::setTopK(int k)
{
    m_topKBox->setValue(k);
}

double SamplingControls::topP() const
{
    return m_topPSlider->value() / 100.0;
}

void SamplingControls::setTopP(double p)
{
    m_topPSlider->setValue(int(std::lround(std::clamp(p, 0.0, 1.0) * 100.0)));
}

quint64 SamplingControls::seed() const
{
    return quint64(m_seedBox->value());
}

void SamplingControls::setSeed(quint64 seed)
{
    m_seedBox->setValue(int(std::min<quint64>(seed, 2147483647)));
}

int SamplingControls::newTokens() const
{
    return m_newTokensBox->value();
}

void SamplingControls::setNewTokens(int count)
{
    m_newTokensBox->setValue(count);
}

void SamplingControls::setVocabularySize(int size)
{
    m_vocabularySize = size;
    const QSignalBlocker blocker(m_topKSlider);
    m_topKSlider->setMaximum(std::clamp(size, 1, topKSliderLimit));
    m_topKSlider->setValue(std::min(m_topKBox->value(), m_topKSlider->maximum()));
    updateValueLabels();
}

void SamplingControls::updateEnabled()
{
    const Strategy chosen = strategy();
    const bool sampling = chosen != Strategy::Greedy;
    m_temperatureSlider->setEnabled(sampling);
    const bool topK = chosen == Strategy::TopK || chosen == Strategy::TopKTopP;
    const bool topP = chosen == Strategy::TopP || chosen == Strategy::TopKTopP;
    m_topKSlider->setEnabled(topK);
    m_topKBox->setEnabled(topK);
    m_topPSlider->setEnabled(topP);
    m_topPValue->setEnabled(topP);
    updateValueLabels();
}

void SamplingControls::updateValueLabels()
{
    const double t = temperature();
    m_temperatureValue->setText(QLocale().toString(t, 'f', 2));
    m_topPValue->setText(QLocale().toString(topP(), 'f', 2));
    QString note;
    if (t == 0.0 && strategy() != Strategy::Greedy)
        note = tr("Temperature 0: greedy, the most probable token every time.");
    if (m_vocabularySize > 0 && topK() >= m_vocabularySize && m_topKBox->isEnabled())
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("k ≥ the vocabulary (%1 tokens): every token is kept.").arg(m_vocabularySize);
    m_topKNote->setText(note);
    m_topKNote->setVisible(!note.isEmpty());
}
