// The Tokenization panel's Merge replay tab: the panel's text cut by a BPE or WordPiece
// tokenizer after its first k merges, k on a slider (or played), from bytes or characters
// up to the whole vocabulary.
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace lengua {
class MergeReplay;
}

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;
class TokenStrip;
class TokenizerCatalog;

class TokenizationReplayTab : public QWidget {
    Q_OBJECT
public:
    // text: the text to cut, read at every step.
    TokenizationReplayTab(TokenizerCatalog& catalog, std::function<QString()> text,
                          QWidget* parent = nullptr);
    ~TokenizationReplayTab() override;

    TokenStrip* strip() const { return m_strip; }
    QSlider* slider() const { return m_slider; }
    void retranslate();
    // The workspace's tokenizers changed.
    void rebuildCombo();
    // Chooses the tokenizer replayed (workspace id).
    void replayTokenizer(const QString& key);
    // Redraws the text after the slider's number of merges.
    void updateStep();

private:
    void updateReplay();
    void togglePlay();

    TokenizerCatalog& m_catalog;
    std::function<QString()> m_text;
    std::shared_ptr<lengua::MergeReplay> m_replay;
    QString m_replayKey;

    QComboBox* m_combo = nullptr;
    QSlider* m_slider = nullptr;
    QSpinBox* m_spin = nullptr;
    QPushButton* m_playButton = nullptr;
    QLabel* m_mergeLabel = nullptr;
    QLabel* m_count = nullptr;
    TokenStrip* m_strip = nullptr;
    QLabel* m_hint = nullptr;
    QTimer* m_playTimer = nullptr;
};
