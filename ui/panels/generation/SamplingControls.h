// The generation lesson's knobs: strategy (greedy, sampling, top-k, top-p), the
// temperature slider 0–2 with the lecture's presets, top-k and top-p sliders, the seed
// and the number of new tokens. It turns them into the engine's SamplingSettings.
#pragma once

#include "generate/SamplingSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

class SamplingControls : public QWidget {
    Q_OBJECT
public:
    enum class Strategy { Greedy, Sampling, TopK, TopP, TopKTopP };

    explicit SamplingControls(QWidget* parent = nullptr);

    // The settings the sliders describe (maxNewTokens = newTokens()).
    lengua::SamplingSettings settings() const;
    Strategy strategy() const;
    void setStrategy(Strategy strategy);
    double temperature() const;
    void setTemperature(double temperature);
    int topK() const;
    void setTopK(int k);
    double topP() const;
    void setTopP(double p);
    quint64 seed() const;
    void setSeed(quint64 seed);
    int newTokens() const;
    void setNewTokens(int count);

    // V of the current model: the top-k slider runs over 1..V (capped for usability);
    // larger values typed in the box are kept and mean "every token".
    void setVocabularySize(int size);

    QSlider* temperatureSlider() const { return m_temperatureSlider; }
    QSlider* topKSlider() const { return m_topKSlider; }
    QSlider* topPSlider() const { return m_topPSlider; }
    QComboBox* strategyCombo() const { return m_strategy; }

    void retranslate();

Q_SIGNALS:
    // Any knob that changes the distribution (strategy, temperature, top-k, top-p).
    void settingsChanged();
    void seedChanged();
    void newTokensChanged();

private:
    void updateEnabled();
    void updateValueLabels();

    QLabel* m_strategyLabel;
    QComboBox* m_strategy;
    QLabel* m_temperatureLabel;
    QSlider* m_temperatureSlider;
    QLabel* m_temperatureValue;
    QLabel* m_presetsLabel;
    QPushButton* m_precisePreset;
    QPushButton* m_defaultPreset;
    QPushButton* m_poetryPreset;
    QLabel* m_topKLabel;
    QSlider* m_topKSlider;
    QSpinBox* m_topKBox;
    QLabel* m_topPLabel;
    QSlider* m_topPSlider;
    QLabel* m_topPValue;
    QLabel* m_seedLabel;
    QSpinBox* m_seedBox;
    QLabel* m_newTokensLabel;
    QSpinBox* m_newTokensBox;
    QLabel* m_topKNote;
    int m_vocabularySize = 0;
};
