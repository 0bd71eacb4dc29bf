#include "AttentionHeadsTab.h"

#include "AttentionMatrixModel.h"
#include "GptAttentionResult.h"
#include "widgets/ColorMap.h"
#include "widgets/HeatmapView.h"
#include "widgets/TokenLinkView.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

AttentionHeadsTab::AttentionHeadsTab(QWidget* parent) : QWidget(parent)
{
    m_layerLabel = new QLabel(this);
    m_layerBox = new QSpinBox(this);
    m_layerBox->setObjectName(QStringLiteral("attentionLayer"));
    m_layerBox->setRange(0, 0);
    m_layerLabel->setBuddy(m_layerBox);
    m_headLabel = new QLabel(this);
    m_headCombo = new QComboBox(this);
    m_headCombo->setObjectName(QStringLiteral("attentionHead"));
    m_headLabel->setBuddy(m_headCombo);
    m_allHeadsBox = new QCheckBox(this);
    m_allHeadsBox->setObjectName(QStringLiteral("attentionLinksAllHeads"));
    m_exportHeatmapButton = new QPushButton(this);
    m_exportLinksButton = new QPushButton(this);
    m_exportCsvButton = new QPushButton(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_layerBox, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_headCombo, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_allHeadsBox, &QCheckBox::toggled, this, [this] { refreshLinks(); });
    connect(m_exportHeatmapButton, &QPushButton::clicked, this, &AttentionHeadsTab::exportHeatmap);
    connect(m_exportLinksButton, &QPushButton::clicked, this, &AttentionHeadsTab::exportLinks);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &AttentionHeadsTab::exportCsv);

    // The controls in one row above the pictures: the matrix and the lines need the width.
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_layerLabel);
    controls->addWidget(m_layerBox);
    controls->addSpacing(8);
    controls->addWidget(m_headLabel);
    controls->addWidget(m_headCombo);
    controls->addSpacing(8);
    controls->addWidget(m_allHeadsBox);
    controls->addStretch(1);
    controls->addWidget(m_exportHeatmapButton);
    controls->addWidget(m_exportLinksButton);
    controls->addWidget(m_exportCsvButton);

    m_heatmap = new HeatmapView(this);
    m_heatmap->setObjectName(QStringLiteral("attentionHeatmap"));
    m_links = new TokenLinkView(this);
    m_links->setObjectName(QStringLiteral("attentionLinks"));
    m_linkScroll = new QScrollArea(this);
    m_linkScroll->setWidget(m_links);
    m_linkScroll->setWidgetResizable(true);
    m_linkScroll->setFrameShape(QFrame::NoFrame);
    m_linkScroll->setMinimumWidth(180); // long tokens scroll rather than widen the window
    // The two views point at the same token: a row under the mouse lights its lines.
    connect(m_heatmap, &HeatmapView::cellHovered, this, [this](int row, int) {
        if (!m_links->isPinned())
            m_links->setHighlightedToken(row >= 0 ? TokenLinkView::Side::Left : TokenLinkView::Side::None, row);
    });
    connect(m_links, &TokenLinkView::highlightChanged, this, [this](TokenLinkView::Side side, int index) {
        m_heatmap->setHighlightedRow(side == TokenLinkView::Side::Left ? index : -1);
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_heatmap);
    m_splitter->addWidget(m_linkScroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({540, 420});

    m_matrixModel = new AttentionMatrixModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_hint);
    retranslate();
    setResult(nullptr);
}

void AttentionHeadsTab::retranslate()
{
    m_layerLabel->setText(tr("&Layer:"));
    m_layerBox->setToolTip(tr("The transformer block, counted from 0 (closest to the input)"));
    m_headLabel->setText(tr("&Head:"));
    m_headCombo->setToolTip(tr("One attention head of the layer, or every head averaged"));
    m_allHeadsBox->setText(tr("Lines for &every head"));
    m_allHeadsBox->setToolTip(tr("Draws the lines of every head of the layer, one colour each"));
    m_exportHeatmapButton->setText(tr("Export &matrix…"));
    m_exportHeatmapButton->setToolTip(tr("Saves the heatmap as PNG or SVG"));
    m_exportLinksButton->setText(tr("Export li&nes…"));
    m_exportLinksButton->setToolTip(tr("Saves the token lines as PNG or SVG"));
    m_exportCsvButton->setText(tr("Export &CSV…"));
    m_exportCsvButton->setToolTip(tr("Saves the weights as a table: one row per query, one column per key"));
    m_hint->setText(tr("Each row of the matrix sums to 1. Hover a token of the lines to keep only its "
                       "own, click it to pin them; hover a row of the matrix to light its query."));
    m_heatmap->setAxisTitles(tr("Query i (the token that attends)"), tr("Key j (the token attended to)"));
    m_heatmap->setToolTip(tr("Wheel: zoom; drag: pan; double click: whole matrix"));
    m_links->setHeadings(tr("Query"), tr("Key"));
    rebuildHeadCombo();
    refresh();
}

void AttentionHeadsTab::rebuildHeadCombo()
{
    const int heads = m_result ? int(m_result->inspection.heads) : 0;
    // The first head when there were none to choose from (the average is one click away).
    const int current = m_headCombo->count() > 1 ? m_headCombo->currentData().toInt() : 0;
    const QSignalBlocker blocker(m_headCombo);
    m_headCombo->clear();
    for (int h = 0; h < heads; ++h)
        m_headCombo->addItem(tr("Head %1").arg(h), h);
    m_headCombo->addItem(tr("All heads (average)"), -1);
    const int index = m_headCombo->findData(current < heads ? current : 0);
    m_headCombo->setCurrentIndex(std::max(0, index));
}

void AttentionHeadsTab::setResult(std::shared_ptr<const GptAttentionResult> result)
{
    m_result = std::move(result);
    {
        const QSignalBlocker blocker(m_layerBox);
        const int layers = m_result ? int(m_result->inspection.layers) : 1;
        m_layerBox->setRange(0, std::max(0, layers - 1));
    }
    rebuildHeadCombo();
    const bool has = m_result != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_layerBox, m_headCombo, m_allHeadsBox, m_exportHeatmapButton,
                                                      m_exportLinksButton, m_exportCsvButton})
        w->setEnabled(has);
    const QStringList tokens = has ? m_result->tokens : QStringList();
    m_links->setTokens(tokens, tokens);
    m_heatmap->setRowLabels(tokens);
    m_heatmap->setColumnLabels(tokens);
    refresh();
}

void AttentionHeadsTab::showHead(int layer, int head)
{
    const QSignalBlocker layerBlocker(m_layerBox);
    const QSignalBlocker headBlocker(m_headCombo);
    m_layerBox->setValue(layer);
    const int index = m_headCombo->findData(head);
    if (index >= 0)
        m_headCombo->setCurrentIndex(index);
    refresh();
}

int AttentionHeadsTab::layer() const
{
    return m_layerBox->value();
}

int AttentionHeadsTab::head() const
{
    return m_headCombo->currentIndex() >= 0 ? m_headCombo->currentData().toInt() : 0;
}

void AttentionHeadsTab::setLinksForAllHeads(bool on)
{
    m_allHeadsBox->setChecked(on);
}

void AttentionHeadsTab::refresh()
{
    if (!m_result) {
        m_heatmap->setMatrix({}, 0, 0);
        m_matrixModel->setMatrix({}, {});
        refreshLinks();
        return;
    }
    const int t = int(m_result->length());
    std::vector<float> values = m_result->queryByKey(std::size_t(layer()), head());
    m_matrixModel->setMatrix(m_result->tokens, values);
    const int highlighted = m_heatmap->highlightedRow();
    m_heatmap->setMatrix(std::move(values), t, t);
    // Weights live in [0, 1]: a fixed range lets heads be compared by colour.
    m_heatmap->setValueRange(0.0, 1.0);
    m_heatmap->setMask(m_result->causalMask(), tr("future: masked"));
    m_heatmap->setHighlightedRow(highlighted);
    const QString name = head() < 0 ? tr("layer %1, heads averaged").arg(layer())
                                    : tr("layer %1, head %2").arg(layer()).arg(head());
    m_heatmap->setWindowTitle(tr("attention %1").arg(name));
    m_links->setWindowTitle(tr("attention lines %1").arg(name));
    refreshLinks();
    Q_EMIT headShown(layer(), head());
}

void AttentionHeadsTab::refreshLinks()
{
    std::vector<TokenLinkView::WeightSet> sets;
    if (m_result) {
        if (m_allHeadsBox->isChecked()) {
            for (int h = 0; h < int(m_result->inspection.heads); ++h)
                sets.push_back({tr("Head %1").arg(h), QColor(ColorMap::categorical(h)),
                                m_result->queryByKey(std::size_t(layer()), h)});
        } else {
            sets.push_back({head() < 0 ? tr("All heads (average)") : tr("Head %1").arg(head()),
                            QColor(ColorMap::categorical(std::max(0, head()))),
                            m_result->queryByKey(std::size_t(layer()), head())});
        }
    }
    // A long text has T² lines: only the clearer ones, so the picture stays readable and fast.
    m_links->setMinimumWeight(m_result && m_result->length() > 128 ? 0.05f : 0.01f);
    m_links->setWeightSets(std::move(sets));
}

void AttentionHeadsTab::exportHeatmap()
{
    ViewExporter::exportPictureWithDialog(m_heatmap, this);
}

void AttentionHeadsTab::exportLinks()
{
    ViewExporter::exportPictureWithDialog(m_links, this);
}

void AttentionHeadsTab::exportCsv()
{
    ViewExporter::exportTableWithDialog(m_matrixModel, this);
}
