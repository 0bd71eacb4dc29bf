// The attention lesson's "heads" tab: one head of a GPT (or a layer's heads averaged) as
// a heatmap with queries as rows and keys as columns, the future masked, and beside it the
// token-link view of the same head or of every head of the layer, one colour each.
#pragma once

#include <QWidget>

#include <memory>

struct GptAttentionResult;
class AttentionMatrixModel;
class HeatmapView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class TokenLinkView;

class AttentionHeadsTab : public QWidget {
    Q_OBJECT
public:
    explicit AttentionHeadsTab(QWidget* parent = nullptr);

    // Shows a new text's attention; keeps the layer and head when the model has them.
    void setResult(std::shared_ptr<const GptAttentionResult> result);
    // head < 0: the layer's heads averaged.
    void showHead(int layer, int head);
    int layer() const;
    int head() const;
    // Whether the token-link view draws every head of the layer (one colour each).
    void setLinksForAllHeads(bool on);

    HeatmapView* heatmap() const { return m_heatmap; }
    TokenLinkView* linkView() const { return m_links; }
    QSpinBox* layerBox() const { return m_layerBox; }
    QComboBox* headCombo() const { return m_headCombo; }
    QCheckBox* allHeadsBox() const { return m_allHeadsBox; }
    AttentionMatrixModel* matrixModel() const { return m_matrixModel; }

    void exportHeatmap();
    void exportLinks();
    void exportCsv();
    void retranslate();

Q_SIGNALS:
    void headShown(int layer, int head);

private:
    void rebuildHeadCombo();
    void refresh();
    void refreshLinks();

    std::shared_ptr<const GptAttentionResult> m_result;
    QLabel* m_layerLabel = nullptr;
    QSpinBox* m_layerBox = nullptr;
    QLabel* m_headLabel = nullptr;
    QComboBox* m_headCombo = nullptr;
    QCheckBox* m_allHeadsBox = nullptr;
    QPushButton* m_exportHeatmapButton = nullptr;
    QPushButton* m_exportLinksButton = nullptr;
    QPushButton* m_exportCsvButton = nullptr;
    QLabel* m_hint = nullptr;
    QSplitter* m_splitter = nullptr;
    HeatmapView* m_heatmap = nullptr;
    QScrollArea* m_linkScroll = nullptr;
    TokenLinkView* m_links = nullptr;
    AttentionMatrixModel* m_matrixModel = nullptr;
};
