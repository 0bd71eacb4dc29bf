// The attention lesson's "model" tab (bertviz's model view): every head of every layer of
// a GPT as a thumbnail, layers as rows and heads as columns; a click opens a head large.
#pragma once

#include <QWidget>

#include <memory>

struct GptAttentionResult;
class AttentionGridView;
class QCheckBox;
class QLabel;
class QPushButton;

class AttentionModelTab : public QWidget {
    Q_OBJECT
public:
    explicit AttentionModelTab(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const GptAttentionResult> result);
    // Frames the thumbnail of the head shown in the heads tab (head < 0: none).
    void setSelectedHead(int layer, int head);

    AttentionGridView* grid() const { return m_grid; }
    QCheckBox* ownScaleBox() const { return m_ownScaleBox; }

    void exportPicture();
    void retranslate();

Q_SIGNALS:
    // A thumbnail was clicked.
    void headChosen(int layer, int head);

private:
    void updateLabels();

    std::shared_ptr<const GptAttentionResult> m_result;
    AttentionGridView* m_grid = nullptr;
    QCheckBox* m_ownScaleBox = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_hint = nullptr;
};
