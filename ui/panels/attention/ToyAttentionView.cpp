#include "ToyAttentionView.h"

#include "ToyEmbeddingSource.h"
#include "ToyMatrixCard.h"
#include "core/Error.h"
#include "models/LessonEmbeddings.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QButtonGroup>
#include <QFrame>
#include <QToolButton>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const char* const lectureSentence = "El señorial chalet se encontraba a la izquierda de la escuela";
// More tokens than this make the labels unreadable on a projector.
constexpr std::size_t maxTokens = 24;
constexpr int defaultDimensions = 6;
constexpr int defaultSeed = 1;

QString shape(const arma::fmat& m)
{
    return QStringLiteral("%1 × %2").arg(m.n_rows).arg(m.n_cols);
}

} // namespace

ToyAttentionView::ToyAttentionView(Workspace& workspace, JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs)
{
    setObjectName(QStringLiteral("toyAttentionView"));
    buildUi();
    retranslate();
    recompute();
}

void ToyAttentionView::buildUi()
{
    m_sentenceLabel = new QLabel(this);
    m_sentenceEdit = new QLineEdit(QString::fromUtf8(lectureSentence), this);
    m_sentenceEdit->setObjectName(QStringLiteral("toySentence"));
    m_sentenceEdit->setClearButtonEnabled(true);
    m_sentenceEdit->setCursorPosition(0); // show the beginning of the sentence
    m_sentenceLabel->setBuddy(m_sentenceEdit);
    connect(m_sentenceEdit, &QLineEdit::textChanged, this, &ToyAttentionView::recompute);

    m_sourceLabel = new QLabel(this);
    m_source = new ToyEmbeddingSource(m_workspace, this);
    m_source->setObjectName(QStringLiteral("toySource"));
    m_sourceLabel->setBuddy(m_source);
    connect(m_source, &ToyEmbeddingSource::sourceChanged, this, &ToyAttentionView::recompute);

    m_dimensionLabel = new QLabel(this);
    m_dimensionSpin = new QSpinBox(this);
    m_dimensionSpin->setObjectName(QStringLiteral("toyDimensions"));
    m_dimensionSpin->setRange(2, 16);
    m_dimensionSpin->setValue(defaultDimensions);
    m_dimensionLabel->setBuddy(m_dimensionSpin);
    connect(m_dimensionSpin, &QSpinBox::valueChanged, this, &ToyAttentionView::recompute);

    m_seedLabel = new QLabel(this);
    m_seedSpin = new QSpinBox(this);
    m_seedSpin->setObjectName(QStringLiteral("toySeed"));
    m_seedSpin->setRange(0, 99999);
    m_seedSpin->setValue(defaultSeed);
    m_seedLabel->setBuddy(m_seedSpin);
    connect(m_seedSpin, &QSpinBox::valueChanged, this, &ToyAttentionView::recompute);

    m_causalCheck = new QCheckBox(this);
    m_causalCheck->setObjectName(QStringLiteral("toyCausal"));
    m_causalCheck->setChecked(true);
    connect(m_causalCheck, &QCheckBox::toggled, this, &ToyAttentionView::recompute);

    m_stepsLabel = new QLabel(this);
    m_stepGroup = new QButtonGroup(this);
    m_stepGroup->setExclusive(true);
    for (int i = 0; i < StepCount; ++i) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("toyStep%1").arg(i + 1));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_stepGroup->addButton(button, i);
        m_stepButtons[std::size_t(i)] = button;
    }
    m_stepButtons[0]->setChecked(true);
    connect(m_stepGroup, &QButtonGroup::idClicked, this, &ToyAttentionView::setStep);
    m_previousButton = new QToolButton(this);
    m_previousButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousButton, &QToolButton::clicked, this, [this] { setStep(m_step - 1); });
    m_nextButton = new QToolButton(this);
    m_nextButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextButton, &QToolButton::clicked, this, [this] { setStep(m_step + 1); });

    m_exportButton = new QPushButton(this);
    connect(m_exportButton, &QPushButton::clicked, this, &ToyAttentionView::exportPicture);

    // The controls in two rows above the matrices: the centre of the panel is narrow and
    // the matrices need its whole width.
    auto* controls = new QGridLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    auto* firstRow = new QHBoxLayout;
    firstRow->addWidget(m_sentenceLabel);
    firstRow->addWidget(m_sentenceEdit, 1);
    firstRow->addWidget(m_sourceLabel);
    firstRow->addWidget(m_source);
    firstRow->addWidget(m_dimensionLabel);
    firstRow->addWidget(m_dimensionSpin);
    firstRow->addWidget(m_seedLabel);
    firstRow->addWidget(m_seedSpin);
    firstRow->addWidget(m_exportButton);
    auto* secondRow = new QHBoxLayout;
    secondRow->addWidget(m_causalCheck);
    secondRow->addSpacing(12);
    secondRow->addWidget(m_stepsLabel);
    secondRow->addWidget(m_previousButton);
    for (int i = 0; i < StepCount; ++i) {
        if (i == Projections) { // the Q, K, V half starts here
            auto* line = new QFrame(this);
            line->setFrameShape(QFrame::VLine);
            secondRow->addWidget(line);
        }
        secondRow->addWidget(m_stepButtons[std::size_t(i)]);
    }
    secondRow->addWidget(m_nextButton);
    secondRow->addStretch(1);
    controls->addLayout(firstRow, 0, 0);
    controls->addLayout(secondRow, 1, 0);

    m_picture = new QWidget(this);
    m_picture->setObjectName(QStringLiteral("toyPicture"));
    m_picture->setAutoFillBackground(true);
    m_formula = new QLabel(m_picture);
    m_formula->setObjectName(QStringLiteral("toyFormula"));
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    QFont formulaFont = m_formula->font();
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.25);
    m_formula->setFont(formulaFont);
    auto* cards = new QHBoxLayout;
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        m_cards[i] = new ToyMatrixCard(m_picture);
        cards->addWidget(m_cards[i], 1);
    }
    m_note = new QLabel(m_picture);
    m_note->setObjectName(QStringLiteral("toyNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    auto* pictureLayout = new QVBoxLayout(m_picture);
    pictureLayout->addWidget(m_formula);
    pictureLayout->addLayout(cards, 1);
    pictureLayout->addWidget(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_picture, 1);
}

void ToyAttentionView::retranslate()
{
    m_sentenceLabel->setText(tr("&Sentence:"));
    m_sentenceEdit->setToolTip(tr("The words of the sentence are the tokens (rows of X)"));
    m_sourceLabel->setText(tr("&Vectors X:"));
    m_source->retranslate();
    m_dimensionLabel->setText(tr("&Dimension d:"));
    m_dimensionSpin->setToolTip(tr("Size of the random word vectors (a GPT brings its own)"));
    m_seedLabel->setText(tr("S&eed:"));
    m_seedSpin->setToolTip(tr("The same seed gives the same random vectors and matrices W"));
    m_causalCheck->setText(tr("&Causal (j ≤ i)"));
    m_causalCheck->setToolTip(tr("Each token only looks at itself and the tokens before it, as "
                                 "in a language model that predicts the next word"));
    m_stepsLabel->setText(tr("Steps:"));
    const QString steps[StepCount] = {
        tr("1. Similarities XXᵀ"),
        tr("2. Weights α = softmax(XXᵀ)"),
        tr("3. Output Y = αX"),
        tr("4. Q, K, V = XW"),
        tr("5. Scores QKᵀ/√d"),
        tr("6. Weights α = softmax(QKᵀ/√d)"),
        tr("7. Output Y = αV"),
    };
    const QString shortSteps[StepCount] = {
        tr("1 XXᵀ"), tr("2 softmax"), tr("3 αX"), tr("4 QKV"), tr("5 QKᵀ"), tr("6 softmax"),
        tr("7 αV"),
    };
    for (int i = 0; i < StepCount; ++i) {
        m_stepButtons[std::size_t(i)]->setText(shortSteps[i]);
        m_stepButtons[std::size_t(i)]->setToolTip(steps[i]);
    }
    m_previousButton->setText(tr("◀"));
    m_previousButton->setToolTip(tr("The previous step (Ctrl+Page Up)"));
    m_nextButton->setText(tr("▶"));
    m_nextButton->setToolTip(tr("The next step (Ctrl+Page Down)"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Save the matrices shown as PNG or SVG"));
    showStep();
}

void ToyAttentionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ToyAttentionView::loadLectureExample()
{
    const QSignalBlocker sentence(m_sentenceEdit);
    const QSignalBlocker source(m_source);
    const QSignalBlocker dimensions(m_dimensionSpin);
    const QSignalBlocker seed(m_seedSpin);
    const QSignalBlocker causal(m_causalCheck);
    m_sentenceEdit->setText(QString::fromUtf8(lectureSentence));
    m_sentenceEdit->setCursorPosition(0);
    m_source->selectRandom();
    m_dimensionSpin->setValue(defaultDimensions);
    m_seedSpin->setValue(defaultSeed);
    m_causalCheck->setChecked(true);
    m_step = Similarity;
    recompute();
}

void ToyAttentionView::exportPicture()
{
    ViewExporter::exportPictureWithDialog(m_picture, this);
}

void ToyAttentionView::setSentence(const QString& sentence)
{
    m_sentenceEdit->setText(sentence);
}

QString ToyAttentionView::sentence() const
{
    return m_sentenceEdit->text();
}

void ToyAttentionView::setCausal(bool causal)
{
    m_causalCheck->setChecked(causal);
}

bool ToyAttentionView::isCausal() const
{
    return m_causalCheck->isChecked();
}

void ToyAttentionView::setDimensions(int d)
{
    m_dimensionSpin->setValue(d);
}

void ToyAttentionView::setSeed(int seed)
{
    m_seedSpin->setValue(seed);
}

void ToyAttentionView::setStep(int step)
{
    m_step = std::clamp(step, 0, StepCount - 1);
    showStep();
}

void ToyAttentionView::recompute()
{
    m_error.clear();
    const bool causal = m_causalCheck->isChecked();
    const LanguageModelArtefact* model = m_source->model();
    m_dimensionSpin->setEnabled(model == nullptr);
    m_seedSpin->setEnabled(model == nullptr); // a GPT brings its own X and W
    try {
        const ToyEmbeddingSource::Tokens tokens = m_source->embed(
            m_sentenceEdit->text(), std::size_t(m_dimensionSpin->value()),
            std::uint32_t(m_seedSpin->value()), maxTokens);
        m_labels = tokens.labels;
        m_x = tokens.x;
        m_truncated = tokens.truncated;
        if (m_x.n_rows == 0) {
            m_similarity = {};
            m_projected = {};
        } else {
            m_similarity = lengua::similarityAttention(m_x, causal);
            const lengua::QkvProjections w
                = model ? lengua::gptQkvProjections(*model->gpt, 0, 0)
                        : lengua::randomQkvProjections(m_x.n_cols, m_x.n_cols,
                                                       std::uint32_t(m_seedSpin->value()));
            m_projected = lengua::projectedAttention(m_x, w, causal);
        }
    } catch (const lengua::Error& error) {
        m_error = QString::fromUtf8(error.what());
        m_labels.clear();
        m_x.reset();
        m_similarity = {};
        m_projected = {};
    }
    showStep();
}

void ToyAttentionView::showStep()
{
    m_stepButtons[std::size_t(m_step)]->setChecked(true);
    m_previousButton->setEnabled(m_step > 0);
    m_nextButton->setEnabled(m_step < StepCount - 1);

    const bool causal = m_causalCheck->isChecked();
    const int t = int(m_x.n_rows);
    const QStringList& tokens = m_labels;
    const QStringList dims = ToyMatrixCard::numbers(int(m_x.n_cols));
    const QStringList keyDims = ToyMatrixCard::numbers(int(m_projected.query.n_cols));
    const QStringList valueDims = ToyMatrixCard::numbers(int(m_projected.value.n_cols));
    const std::vector<unsigned char> mask = causal ? ToyMatrixCard::causalMask(t)
                                                   : std::vector<unsigned char>();
    // Short: HeatmapView writes it in its legend.
    const QString maskedScore = tr("−∞ (j > i)");
    const QString maskedWeight = tr("0 (j > i)");
    using Scale = HeatmapView::ColorScale;
    const QStringList noLabels;

    // Which matrices the step shows, left to right.
    enum class Matrix { X, XXt, Alpha1, Y1, Q, K, V, Scores, Alpha2, Y2 };
    std::vector<Matrix> shown;
    QString formula;
    switch (m_step) {
    case Similarity:
        shown = {Matrix::X, Matrix::XXt};
        formula = tr("<b>1.</b> Similarity of every pair of tokens: S = <b>XX</b>ᵀ, S<sub><i>ij</i></sub> = "
                     "x<sub><i>i</i></sub> · x<sub><i>j</i></sub>. Close vectors mean similar words.");
        break;
    case SimilaritySoftmax:
        shown = {Matrix::XXt, Matrix::Alpha1};
        formula = tr("<b>2.</b> Each row becomes weights that sum to 1: α<sub><i>ij</i></sub> = "
                     "exp(x<sub><i>i</i></sub>·x<sub><i>j</i></sub>) / Σ<sub><i>k</i></sub> "
                     "exp(x<sub><i>i</i></sub>·x<sub><i>k</i></sub>).");
        break;
    case SimilarityOutput:
        shown = {Matrix::Alpha1, Matrix::X, Matrix::Y1};
        formula = tr("<b>3.</b> Each token becomes a mix of the tokens it attends to: "
                     "y<sub><i>i</i></sub> = Σ<sub><i>j</i></sub> α<sub><i>ij</i></sub> x<sub><i>j</i></sub>, "
                     "<b>Y</b> = softmax(<b>XX</b>ᵀ) <b>X</b>.");
        break;
    case Projections:
        shown = {Matrix::X, Matrix::Q, Matrix::K, Matrix::V};
        formula = tr("<b>4.</b> <b>Q</b> = <b>XW</b><sup>q</sup> (queries: what a token looks for, the "
                     "user's tastes), <b>K</b> = <b>XW</b><sup>k</sup> (keys: what it offers, a film's "
                     "attributes), <b>V</b> = <b>XW</b><sup>v</sup> (values: what it passes on, the films).");
        break;
    case ScaledScores:
        shown = {Matrix::Q, Matrix::K, Matrix::Scores};
        formula = tr("<b>5.</b> A query matches the keys close to it: S = <b>QK</b>ᵀ / √<i>d</i>; "
                     "dividing by √<i>d</i> keeps the scores from growing with the dimension.");
        break;
    case ProjectedSoftmax:
        shown = {Matrix::Scores, Matrix::Alpha2};
        formula = tr("<b>6.</b> The same softmax, row by row: α = softmax(<b>QK</b>ᵀ / √<i>d</i>).");
        break;
    default:
        shown = {Matrix::Alpha2, Matrix::V, Matrix::Y2};
        formula = tr("<b>7.</b> The values mixed by the weights: <b>Y</b> = α<b>V</b> = "
                     "softmax(<b>QK</b>ᵀ / √<i>d</i>) <b>V</b>.");
        break;
    }
    if (causal && (m_step == SimilaritySoftmax || m_step == ProjectedSoftmax))
        formula += QLatin1Char(' ')
                   + tr("Causal: only <i>j</i> ≤ <i>i</i>; the hatched cells are masked (−∞ before "
                        "the softmax, 0 after it).");
    m_formula->setText(formula);

    auto* layout = static_cast<QHBoxLayout*>(m_picture->layout()->itemAt(1)->layout());
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        ToyMatrixCard* card = m_cards[i];
        const bool used = i < shown.size() && t > 0;
        card->setVisible(used);
        if (!used)
            continue;
        const Matrix which = shown[i];
        HeatmapView* heatmap = card->heatmap();
        // Matrices of one row per token beside a first card of the same kind line up row for
        // row with it, so only the first names the rows (the narrow centre of the panel goes
        // to the cells). Beside a T × T matrix, whose token labels on top push its rows
        // down, every card names its rows.
        const bool firstIsSquare = shown.front() == Matrix::XXt || shown.front() == Matrix::Alpha1
                                   || shown.front() == Matrix::Scores || shown.front() == Matrix::Alpha2;
        const QStringList& rowTokens = i == 0 || firstIsSquare ? tokens : noLabels;
        int columns = 0;
        switch (which) {
        case Matrix::X:
            card->setCaption(tr("<b>X</b> (%1): one row per token").arg(shape(m_x)));
            card->show(m_x, rowTokens, dims, Scale::Diverging);
            heatmap->setAxisTitles(rowTokens.isEmpty() ? QString() : tr("token"), tr("dimension"));
            heatmap->setObjectName(QStringLiteral("toyMatrixX"));
            break;
        case Matrix::XXt:
            card->setCaption(tr("<b>XX</b>ᵀ (%1)").arg(shape(m_similarity.scores)));
            card->show(m_similarity.scores, tokens, tokens, Scale::Diverging, mask, maskedScore);
            heatmap->setAxisTitles(tr("token i"), tr("token j"));
            heatmap->setObjectName(QStringLiteral("toyMatrixScores"));
            break;
        case Matrix::Alpha1:
            card->setCaption(tr("α = softmax(<b>XX</b>ᵀ) (%1)").arg(shape(m_similarity.weights)));
            card->showProbabilities(m_similarity.weights, tokens, tokens, mask, maskedWeight);
            heatmap->setAxisTitles(tr("token i"), tr("token j"));
            heatmap->setObjectName(QStringLiteral("toyMatrixWeights"));
            break;
        case Matrix::Y1:
            card->setCaption(tr("<b>Y</b> = α<b>X</b> (%1)").arg(shape(m_similarity.output)));
            card->show(m_similarity.output, rowTokens, dims, Scale::Diverging);
            heatmap->setAxisTitles(rowTokens.isEmpty() ? QString() : tr("token"), tr("dimension"));
            heatmap->setObjectName(QStringLiteral("toyMatrixOutput"));
            break;
        case Matrix::Q:
            card->setCaption(tr("<b>Q</b> = <b>XW</b><sup>q</sup> (%1)").arg(shape(m_projected.query)));
            card->show(m_projected.query, rowTokens, keyDims, Scale::Diverging);
            heatmap->setAxisTitles(rowTokens.isEmpty() ? QString() : tr("token"), tr("dimension"));
            heatmap->setObjectName(QStringLiteral("toyMatrixQuery"));
            break;
        case Matrix::K:
            card->setCaption(tr("<b>K</b> = <b>XW</b><sup>k</sup> (%1)").arg(shape(m_projected.key)));
            card->show(m_projected.key, rowTokens, keyDims, Scale::Diverging);
            heatmap->setAxisTitles(rowTokens.isEmpty() ? QString() : tr("token"), tr("dimension"));
            heatmap->setObjectName(QStringLiteral("toyMatrixKey"));
            break;
        case Matrix::V:
            card->setCaption(tr("<b>V</b> = <b>XW</b><sup>v</sup> (%1)").arg(shape(m_projected.value)));
            card->show(m_projected.value, rowTokens, valueDims, Scale::Diverging);
            heatmap->setAxisTitles(rowTokens.isEmpty() ? QString() : tr("token"), tr("dimension"));
            heatmap->setObjectName(QStringLiteral("toyMatrixValue"));
            break;
        case Matrix::Scores:
            card->setCaption(tr("<b>QK</b>ᵀ / √<i>d</i> (%1)").arg(shape(m_projected.attention.scores)));
            card->show(m_projected.attention.scores, tokens, tokens, Scale::Diverging, mask, maskedScore);
            heatmap->setAxisTitles(tr("query i"), tr("key j"));
            heatmap->setObjectName(QStringLiteral("toyMatrixScores"));
            break;
        case Matrix::Alpha2:
            card->setCaption(tr("α = softmax(<b>QK</b>ᵀ / √<i>d</i>) (%1)")
                                 .arg(shape(m_projected.attention.weights)));
            card->showProbabilities(m_projected.attention.weights, tokens, tokens, mask, maskedWeight);
            heatmap->setAxisTitles(tr("query i"), tr("key j"));
            heatmap->setObjectName(QStringLiteral("toyMatrixWeights"));
            break;
        case Matrix::Y2:
            card->setCaption(tr("<b>Y</b> = α<b>V</b> (%1)").arg(shape(m_projected.attention.output)));
            card->show(m_projected.attention.output, rowTokens, valueDims, Scale::Diverging);
            heatmap->setAxisTitles(rowTokens.isEmpty() ? QString() : tr("token"), tr("dimension"));
            heatmap->setObjectName(QStringLiteral("toyMatrixOutput"));
            break;
        }
        columns = heatmap->columns();
        // Wide matrices get more room, but a GPT's 768 dimensions must not crush the rest.
        layout->setStretch(int(i), std::clamp(columns, 3, std::max(t, 8)));
    }

    QString note;
    if (!m_error.isEmpty()) {
        note = tr("Cannot compute: %1").arg(m_error);
    } else if (t == 0) {
        note = tr("Type a sentence: its words are the tokens.");
    } else if (const LanguageModelArtefact* model = m_source->model()) {
        note = tr("<b>X</b>: the rows of the token embeddings (wte) of “%1” for its tokens, "
                  "<i>d</i> = %2. <b>W</b><sup>q</sup>, <b>W</b><sup>k</sup>, <b>W</b><sup>v</sup>: "
                  "its layer 1, head 1 (%2 × %3), without the bias and the layer norm GPT applies.")
                   .arg(QString::fromStdString(model->name))
                   .arg(m_x.n_cols)
                   .arg(m_projected.query.n_cols);
    } else {
        note = tr("<b>X</b>: random vectors (seed %1, <i>d</i> = %2), the same word always the "
                  "same vector. <b>W</b><sup>q</sup>, <b>W</b><sup>k</sup>, <b>W</b><sup>v</sup>: "
                  "random %2 × %2 matrices; training would learn them. Hover a cell for its value.")
                   .arg(m_seedSpin->value())
                   .arg(m_x.n_cols);
    }
    if (m_truncated)
        note += QLatin1Char(' ') + tr("Only the first %1 tokens are shown.").arg(t);
    m_note->setText(note);
}
