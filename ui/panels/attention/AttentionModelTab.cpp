#include "AttentionModelTab.h"

#include "GptAttentionResult.h"
#include "widgets/AttentionGridView.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <span>
#include <vector>

AttentionModelTab::AttentionModelTab(QWidget* parent) : QWidget(parent)
{
    m_grid = new AttentionGridView(this);
    m_grid->setObjectName(QStringLiteral("attentionGrid"));
    connect(m_grid, &AttentionGridView::cellClicked, this, &AttentionModelTab::headChosen);
    m_ownScaleBox = new QCheckBox(this);
    m_ownScaleBox->setChecked(m_grid->scaledPerThumbnail());
    connect(m_ownScaleBox, &QCheckBox::toggled, m_grid, &AttentionGridView::setScaledPerThumbnail);
    m_exportButton = new QPushButton(this);
    connect(m_exportButton, &QPushButton::clicked, this, &AttentionModelTab::exportPicture);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_ownScaleBox);
    controls->addStretch(1);
    controls->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_hint);
    retranslate();
}

void AttentionModelTab::retranslate()
{
    m_ownScaleBox->setText(tr("&Scale each head to its maximum"));
    m_ownScaleBox->setToolTip(tr("On: the brightest cell of every thumbnail is its own largest weight, so "
                                 "weak patterns show. Off: one scale from 0 to 1, so heads compare."));
    m_exportButton->setText(tr("Export &picture…"));
    m_exportButton->setToolTip(tr("Saves the grid as PNG or SVG"));
    m_hint->setText(tr("Every head of every layer, queries as rows and keys as columns as in the "
                       "Heads tab. A diagonal head looks at the token itself, a stripe under it at "
                       "the previous token, a first column at the first token. Click a head to open it."));
    m_grid->setWindowTitle(tr("attention model view"));
    updateLabels();
}

void AttentionModelTab::updateLabels()
{
    const int layers = m_result ? int(m_result->inspection.layers) : 0;
    const int heads = m_result ? int(m_result->inspection.heads) : 0;
    QStringList rows, columns;
    for (int l = 0; l < layers; ++l)
        rows << tr("Layer %1").arg(l);
    for (int h = 0; h < heads; ++h)
        columns << tr("Head %1").arg(h);
    m_grid->setRowLabels(rows);
    m_grid->setColumnLabels(columns);
    m_grid->setAxisTitles(tr("Layers (input at the top)"), tr("Heads"));
}

void AttentionModelTab::setResult(std::shared_ptr<const GptAttentionResult> result)
{
    m_result = std::move(result);
    m_exportButton->setEnabled(m_result != nullptr);
    if (!m_result) {
        m_grid->setMatrices(0, 0, {}, 0, 0);
        updateLabels();
        return;
    }
    const auto& inspection = m_result->inspection;
    // Views of the inspection's matrices: (T, T) column-major P(j, i) is row-major A[i][j].
    std::vector<std::span<const float>> matrices;
    matrices.reserve(inspection.layers * inspection.heads);
    for (std::size_t l = 0; l < inspection.layers; ++l)
        for (std::size_t h = 0; h < inspection.heads; ++h) {
            const arma::fmat& p = inspection.attentionOf(l, h);
            matrices.emplace_back(p.memptr(), p.n_elem);
        }
    const int t = int(m_result->length());
    const std::vector<unsigned char> mask = m_result->causalMask();
    m_grid->setMatrices(int(inspection.layers), int(inspection.heads), matrices, t, t, mask);
    updateLabels();
}

void AttentionModelTab::setSelectedHead(int layer, int head)
{
    m_grid->setSelectedCell(head < 0 ? -1 : layer, head);
}

void AttentionModelTab::exportPicture()
{
    ViewExporter::exportPictureWithDialog(m_grid, this);
}
