#include "NormalizationView.h"

#include "ToyEmbeddingSource.h"
#include "ToyMatrixCard.h"
#include "core/Error.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// Two sentences of the lecture, of different lengths.
const char* const lectureFirst = "Vamos a ir al río";
const char* const lectureSecond = "El señorial chalet se encontraba a la izquierda de la escuela";
constexpr int defaultDimensions = 8;
constexpr int defaultSeed = 1;
constexpr std::size_t maxTokens = 16;

} // namespace

NormalizationView::NormalizationView(Workspace& workspace, JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs)
{
    setObjectName(QStringLiteral("normalizationView"));
    buildUi();
    retranslate();
}

void NormalizationView::buildUi()
{
    m_firstLabel = new QLabel(this);
    m_firstEdit = new QLineEdit(QString::fromUtf8(lectureFirst), this);
    m_firstEdit->setObjectName(QStringLiteral("normsFirst"));
    m_firstLabel->setBuddy(m_firstEdit);
    m_secondLabel = new QLabel(this);
    m_secondEdit = new QLineEdit(QString::fromUtf8(lectureSecond), this);
    m_secondEdit->setObjectName(QStringLiteral("normsSecond"));
    m_secondLabel->setBuddy(m_secondEdit);
    // Show the beginning of each sentence, not its end.
    m_firstEdit->setCursorPosition(0);
    m_secondEdit->setCursorPosition(0);
    connect(m_firstEdit, &QLineEdit::textChanged, this, &NormalizationView::recompute);
    connect(m_secondEdit, &QLineEdit::textChanged, this, &NormalizationView::recompute);

    m_sourceLabel = new QLabel(this);
    m_source = new ToyEmbeddingSource(m_workspace, this);
    m_source->setObjectName(QStringLiteral("normsSource"));
    m_sourceLabel->setBuddy(m_source);
    connect(m_source, &ToyEmbeddingSource::sourceChanged, this, &NormalizationView::recompute);

    m_dimensionLabel = new QLabel(this);
    m_dimensionSpin = new QSpinBox(this);
    m_dimensionSpin->setObjectName(QStringLiteral("normsDimensions"));
    m_dimensionSpin->setRange(2, 16);
    m_dimensionSpin->setValue(defaultDimensions);
    m_dimensionLabel->setBuddy(m_dimensionSpin);
    connect(m_dimensionSpin, &QSpinBox::valueChanged, this, &NormalizationView::recompute);
    m_seedLabel = new QLabel(this);
    m_seedSpin = new QSpinBox(this);
    m_seedSpin->setObjectName(QStringLiteral("normsSeed"));
    m_seedSpin->setRange(0, 99999);
    m_seedSpin->setValue(defaultSeed);
    m_seedLabel->setBuddy(m_seedSpin);
    connect(m_seedSpin, &QSpinBox::valueChanged, this, &NormalizationView::recompute);

    m_countPaddingCheck = new QCheckBox(this);
    m_countPaddingCheck->setObjectName(QStringLiteral("normsCountPadding"));
    m_countPaddingCheck->setChecked(true);
    connect(m_countPaddingCheck, &QCheckBox::toggled, this, &NormalizationView::recompute);

    m_exportButton = new QPushButton(this);
    connect(m_exportButton, &QPushButton::clicked, this, &NormalizationView::exportPicture);

    // The controls in two rows above the matrices: the centre of the panel is narrow and
    // the matrices need its whole width.
    auto* firstRow = new QHBoxLayout;
    firstRow->addWidget(m_firstLabel);
    firstRow->addWidget(m_firstEdit, 2);
    firstRow->addWidget(m_secondLabel);
    firstRow->addWidget(m_secondEdit, 3);
    auto* secondRow = new QHBoxLayout;
    secondRow->addWidget(m_sourceLabel);
    secondRow->addWidget(m_source);
    secondRow->addWidget(m_dimensionLabel);
    secondRow->addWidget(m_dimensionSpin);
    secondRow->addWidget(m_seedLabel);
    secondRow->addWidget(m_seedSpin);
    secondRow->addWidget(m_countPaddingCheck);
    secondRow->addStretch(1);
    secondRow->addWidget(m_exportButton);

    m_picture = new QWidget(this);
    m_picture->setObjectName(QStringLiteral("normsPicture"));
    m_picture->setAutoFillBackground(true);
    m_formula = new QLabel(m_picture);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    QFont formulaFont = m_formula->font();
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.2);
    m_formula->setFont(formulaFont);
    m_input = new ToyMatrixCard(m_picture);
    m_layer = new ToyMatrixCard(m_picture);
    m_batch = new ToyMatrixCard(m_picture);
    m_layerStatistics = new ToyMatrixCard(m_picture);
    m_batchStatistics = new ToyMatrixCard(m_picture);
    m_input->heatmap()->setObjectName(QStringLiteral("normsInput"));
    m_layer->heatmap()->setObjectName(QStringLiteral("normsLayer"));
    m_batch->heatmap()->setObjectName(QStringLiteral("normsBatch"));
    m_layerStatistics->heatmap()->setObjectName(QStringLiteral("normsLayerStatistics"));
    m_batchStatistics->heatmap()->setObjectName(QStringLiteral("normsBatchStatistics"));
    m_batchStatistics->setMaximumHeight(170);
    m_summary = new QLabel(m_picture);
    m_summary->setObjectName(QStringLiteral("normsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);

    // Input | layer norm | batch norm, each normalisation's statistics under it: per token
    // (2 × rows) under layer norm, per feature (2 × D) under batch norm.
    m_layerStatistics->setMaximumHeight(170);
    auto* grid = new QGridLayout;
    grid->addWidget(m_input, 0, 0);
    grid->addWidget(m_layer, 0, 1);
    grid->addWidget(m_batch, 0, 2);
    grid->addWidget(m_summary, 1, 0);
    grid->addWidget(m_layerStatistics, 1, 1);
    grid->addWidget(m_batchStatistics, 1, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 1);
    auto* pictureLayout = new QVBoxLayout(m_picture);
    pictureLayout->addWidget(m_formula);
    pictureLayout->addLayout(grid, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    layout->addWidget(m_picture, 1);
}

void NormalizationView::retranslate()
{
    m_firstLabel->setText(tr("Sentence &1:"));
    m_secondLabel->setText(tr("Sentence &2 (another length):"));
    m_firstEdit->setToolTip(tr("Its words are the tokens; the shorter sentence is padded"));
    m_secondEdit->setToolTip(m_firstEdit->toolTip());
    m_sourceLabel->setText(tr("&Vectors:"));
    m_source->retranslate();
    m_dimensionLabel->setText(tr("&D:"));
    m_dimensionSpin->setToolTip(tr("Features of the random word vectors (a GPT brings its own)"));
    m_seedLabel->setText(tr("S&eed:"));
    m_seedSpin->setToolTip(tr("The same seed gives the same random vectors"));
    m_countPaddingCheck->setText(tr("Batch norm &counts padding"));
    m_countPaddingCheck->setToolTip(tr("A batch norm unaware of the padding takes the padding "
                                       "zeros into its means and variances"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Save the matrices shown as PNG or SVG"));
    m_formula->setText(tr("<b>Layer norm</b>: each token (row) over its own <i>D</i> features, "
                          "(x − μ<sub>token</sub>) / √(σ²<sub>token</sub> + ε).<br>"
                          "<b>Batch norm</b>: each feature (column) over every token of the batch, "
                          "(x − μ<sub>feature</sub>) / √(σ²<sub>feature</sub> + ε)."));
    recompute();
}

void NormalizationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NormalizationView::loadLectureExample()
{
    const QSignalBlocker a(m_firstEdit), b(m_secondEdit), c(m_source), d(m_dimensionSpin),
        e(m_seedSpin), f(m_countPaddingCheck);
    m_firstEdit->setText(QString::fromUtf8(lectureFirst));
    m_secondEdit->setText(QString::fromUtf8(lectureSecond));
    m_source->selectRandom();
    m_dimensionSpin->setValue(defaultDimensions);
    m_seedSpin->setValue(defaultSeed);
    m_countPaddingCheck->setChecked(true);
    recompute();
}

void NormalizationView::exportPicture()
{
    ViewExporter::exportPictureWithDialog(m_picture, this);
}

void NormalizationView::setSentences(const QString& first, const QString& second)
{
    const QSignalBlocker blocker(m_firstEdit);
    m_firstEdit->setText(first);
    m_secondEdit->setText(second);
    recompute();
}

void NormalizationView::setCountPadding(bool count)
{
    m_countPaddingCheck->setChecked(count);
}

void NormalizationView::setDimensions(int d)
{
    m_dimensionSpin->setValue(d);
}

void NormalizationView::recompute()
{
    m_error.clear();
    m_rowLabels.clear();
    m_dimensionSpin->setEnabled(m_source->model() == nullptr);
    const std::size_t d = std::size_t(m_dimensionSpin->value());
    const auto seed = std::uint32_t(m_seedSpin->value());
    try {
        const ToyEmbeddingSource::Tokens first = m_source->embed(m_firstEdit->text(), d, seed, maxTokens);
        const ToyEmbeddingSource::Tokens second = m_source->embed(m_secondEdit->text(), d, seed, maxTokens);
        if (first.x.n_rows == 0 || second.x.n_rows == 0)
            throw lengua::Error(tr("each sentence needs at least one word").toStdString());
        m_comparison = lengua::compareNormalizations({first.x, second.x});
        const std::size_t maxT = m_comparison.batch.maxLength;
        const ToyEmbeddingSource::Tokens* sentences[] = {&first, &second};
        for (std::size_t b = 0; b < 2; ++b)
            for (std::size_t t = 0; t < maxT; ++t)
                m_rowLabels << (t < std::size_t(sentences[b]->labels.size())
                                    ? sentences[b]->labels.at(int(t))
                                    : tr("[pad]"));
    } catch (const lengua::Error& error) {
        m_error = QString::fromUtf8(error.what());
        m_comparison = {};
    }

    const lengua::PaddedBatch& batch = m_comparison.batch;
    const int rows = int(batch.values.n_rows);
    const int cols = int(batch.values.n_cols);
    std::vector<unsigned char> padding(std::size_t(rows) * std::size_t(cols), 0);
    int paddingRows = 0;
    for (int r = 0; r < rows; ++r)
        if (batch.isPadding(std::size_t(r))) {
            ++paddingRows;
            std::fill_n(padding.begin() + std::ptrdiff_t(r) * cols, cols, 1);
        }
    const QStringList features = ToyMatrixCard::numbers(cols);
    using Scale = HeatmapView::ColorScale;
    const bool countPadding = m_countPaddingCheck->isChecked();
    const lengua::Normalized& batchNorm = countPadding ? m_comparison.batchNorm
                                                       : m_comparison.batchNormRealOnly;

    // Only the input names its rows: the other matrices sit beside it, row for row, and
    // the room between the lesson list and the lesson box is narrow.
    m_input->setCaption(tr("Batch <b>X</b> (%1 × %2)").arg(rows).arg(cols));
    m_input->show(batch.values, m_rowLabels, features, Scale::Diverging, padding, tr("padding"));
    m_input->heatmap()->setAxisTitles(tr("sentence 1, then sentence 2"), tr("feature"));

    // μ and σ² of each token (columns): what layer norm subtracts and divides by.
    arma::fmat tokenStatistics(2, std::size_t(rows));
    if (rows > 0) {
        tokenStatistics.row(0) = m_comparison.layer.mean.t();
        tokenStatistics.row(1) = m_comparison.layer.variance.t();
    }
    m_layerStatistics->setCaption(tr("Layer norm's μ, σ² per token"));
    m_layerStatistics->show(tokenStatistics, {tr("μ"), tr("σ²")}, ToyMatrixCard::numbers(rows),
                            Scale::Diverging);
    m_layerStatistics->heatmap()->setAxisTitles(QString(), tr("token row"));

    m_layer->setCaption(tr("<b>Layer norm</b>"));
    m_layer->show(m_comparison.layer.output, {}, features, Scale::Diverging, padding, tr("padding"));
    m_layer->heatmap()->setAxisTitles(QString(), tr("feature"));

    m_batch->setCaption(tr("<b>Batch norm</b>"));
    m_batch->show(batchNorm.output, {}, features, Scale::Diverging, padding, tr("padding"));
    m_batch->heatmap()->setAxisTitles(QString(), tr("feature"));

    arma::fmat featureStatistics(2, std::size_t(cols));
    if (cols > 0) {
        featureStatistics.row(0) = batchNorm.mean.t();
        featureStatistics.row(1) = batchNorm.variance.t();
    }
    m_batchStatistics->setCaption(tr("Batch norm's μ, σ² per feature"));
    m_batchStatistics->show(featureStatistics, {tr("μ"), tr("σ²")}, features, Scale::Diverging);
    m_batchStatistics->heatmap()->setAxisTitles(QString(), tr("feature"));

    if (!m_error.isEmpty()) {
        m_summary->setText(tr("Cannot normalise: %1").arg(m_error));
        return;
    }
    m_summary->setText(
        tr("<p>%1 of the %2 rows are padding (hatched). Batch norm's means and variances (under "
           "it) come from %3.</p>"
           "<p>Normalising sentence 1 alone instead of in this batch changes its values by up to "
           "<b>%4</b> with batch norm (padding counted) and by <b>%5</b> with layer norm: layer "
           "norm never looks at the other sentence or at the padding.</p>")
            .arg(paddingRows)
            .arg(rows)
            .arg(countPadding ? tr("every row, padding zeros included")
                              : tr("the real tokens only"))
            .arg(QString::number(m_comparison.batchNormChangeOfFirst, 'f', 3),
                 QString::number(m_comparison.layerNormChangeOfFirst, 'f', 3)));
}
