#include "PositionalEncodingView.h"

#include "ToyMatrixCard.h"
#include "Workspace.h"
#include "core/Error.h"
#include "models/LessonEmbeddings.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

const char* const lectureFirst = "Vamos a ir al río en lugar de ir a la facu";
const char* const lectureSecond = "Vamos a ir a la facu en lugar de ir al río";
constexpr int defaultPositions = 50;
constexpr int defaultDimensions = 64;
constexpr int defaultBaseExponent = 4; // L = 10000, the paper's and the lecture's
constexpr std::uint32_t wordSeed = 1;  // the random word vectors of the comparison

QString cosineText(double value)
{
    return std::isnan(value) ? QStringLiteral("—") : QString::number(value, 'f', 3);
}

} // namespace

PositionalEncodingView::PositionalEncodingView(Workspace& workspace, JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs)
{
    setObjectName(QStringLiteral("positionalEncodingView"));
    buildUi();
    connect(&m_workspace, &Workspace::modelsChanged, this, &PositionalEncodingView::rebuildSources);
    rebuildSources();
    retranslate();
    recompute();
}

void PositionalEncodingView::buildUi()
{
    m_sourceLabel = new QLabel(this);
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("positionsSource"));
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceCombo->setMinimumContentsLength(16);
    m_sourceLabel->setBuddy(m_sourceCombo);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &PositionalEncodingView::recompute);

    auto slider = [this](QLabel*& label, QSlider*& slider, const char* name, int minimum,
                         int maximum, int value) {
        label = new QLabel(this);
        slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(QLatin1String(name));
        slider->setRange(minimum, maximum);
        slider->setValue(value);
        label->setBuddy(slider);
        connect(slider, &QSlider::valueChanged, this, &PositionalEncodingView::recompute);
    };
    slider(m_positionsLabel, m_positionsSlider, "positionsCount", 2, 256, defaultPositions);
    slider(m_dimensionsLabel, m_dimensionsSlider, "positionsDimensions", 2, 256, defaultDimensions);
    slider(m_baseLabel, m_baseSlider, "positionsBase", 1, 5, defaultBaseExponent);
    m_baseSlider->setPageStep(1);
    m_baseSlider->setTickPosition(QSlider::TicksBelow);

    m_firstLabel = new QLabel(this);
    m_firstEdit = new QLineEdit(QString::fromUtf8(lectureFirst), this);
    m_firstEdit->setObjectName(QStringLiteral("positionsFirst"));
    m_firstLabel->setBuddy(m_firstEdit);
    m_secondLabel = new QLabel(this);
    m_secondEdit = new QLineEdit(QString::fromUtf8(lectureSecond), this);
    m_secondEdit->setObjectName(QStringLiteral("positionsSecond"));
    m_secondLabel->setBuddy(m_secondEdit);
    // Show the beginning of each sentence, not its end.
    m_firstEdit->setCursorPosition(0);
    m_secondEdit->setCursorPosition(0);
    connect(m_firstEdit, &QLineEdit::textChanged, this, &PositionalEncodingView::recompute);
    connect(m_secondEdit, &QLineEdit::textChanged, this, &PositionalEncodingView::recompute);

    m_exportButton = new QPushButton(this);
    connect(m_exportButton, &QPushButton::clicked, this, &PositionalEncodingView::exportPicture);
    m_exportTableButton = new QPushButton(this);
    connect(m_exportTableButton, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_table->model(), this); });

    // The controls in two rows above the picture: the centre of the panel is narrow and
    // the heatmap and the table need its whole width.
    auto* sliders = new QGridLayout;
    sliders->addWidget(m_sourceLabel, 0, 0);
    sliders->addWidget(m_sourceCombo, 1, 0);
    sliders->addWidget(m_positionsLabel, 0, 1);
    sliders->addWidget(m_positionsSlider, 1, 1);
    sliders->addWidget(m_dimensionsLabel, 0, 2);
    sliders->addWidget(m_dimensionsSlider, 1, 2);
    sliders->addWidget(m_baseLabel, 0, 3);
    sliders->addWidget(m_baseSlider, 1, 3);
    for (int column = 1; column < 4; ++column)
        sliders->setColumnStretch(column, 1);
    auto* sentences = new QHBoxLayout;
    sentences->addWidget(m_firstLabel);
    sentences->addWidget(m_firstEdit, 1);
    sentences->addWidget(m_secondLabel);
    sentences->addWidget(m_secondEdit, 1);
    sentences->addWidget(m_exportTableButton);
    sentences->addWidget(m_exportButton);

    m_picture = new QWidget(this);
    m_picture->setObjectName(QStringLiteral("positionsPicture"));
    m_picture->setAutoFillBackground(true);
    m_formula = new QLabel(m_picture);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    QFont formulaFont = m_formula->font();
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.25);
    m_formula->setFont(formulaFont);
    m_encoding = new ToyMatrixCard(m_picture);
    m_encoding->heatmap()->setObjectName(QStringLiteral("positionsHeatmap"));

    m_comparisonTitle = new QLabel(m_picture);
    m_comparisonTitle->setTextFormat(Qt::RichText);
    m_comparisonTitle->setWordWrap(true);
    m_summary = new QLabel(m_picture);
    m_summary->setObjectName(QStringLiteral("positionsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(m_picture);
    m_table->setObjectName(QStringLiteral("positionsTable"));
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* comparison = new QWidget(m_picture);
    auto* comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(m_comparisonTitle);
    comparisonLayout->addWidget(m_table, 1);
    comparisonLayout->addWidget(m_summary);

    auto* row = new QHBoxLayout;
    row->addWidget(m_encoding, 3);
    row->addWidget(comparison, 2);
    auto* pictureLayout = new QVBoxLayout(m_picture);
    pictureLayout->addWidget(m_formula);
    pictureLayout->addLayout(row, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sliders);
    layout->addLayout(sentences);
    layout->addWidget(m_picture, 1);
}

void PositionalEncodingView::rebuildSources()
{
    const QString chosen = m_sourceCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_sourceCombo);
        m_sourceCombo->clear();
        m_sourceCombo->addItem(tr("Sinusoidal (lecture)"), QString());
        for (const LanguageModelArtefact& model : m_workspace.models())
            if (model.gpt)
                m_sourceCombo->addItem(tr("Learned: wpe of %1").arg(QString::fromStdString(model.name)),
                                       QString::fromStdString(model.id));
        const int index = m_sourceCombo->findData(chosen);
        m_sourceCombo->setCurrentIndex(index < 0 ? 0 : index);
    }
    recompute();
}

void PositionalEncodingView::retranslate()
{
    m_sourceLabel->setText(tr("&Encoding:"));
    m_sourceCombo->setItemText(0, tr("Sinusoidal (lecture)"));
    m_sourceCombo->setToolTip(tr("The fixed sinusoids, or the position vectors a GPT of the "
                                 "workspace learned (wpe)"));
    m_positionsSlider->setToolTip(tr("How many positions n (rows) to draw"));
    m_dimensionsSlider->setToolTip(tr("The embedding dimension D (columns)"));
    m_baseSlider->setToolTip(tr("The base L of the wavelengths: 10, 100, 1 000, 10 000 (the "
                                "paper's) or 100 000"));
    m_firstLabel->setText(tr("&Sentences:"));
    m_secondLabel->setText(tr("Se&cond:"));
    m_secondEdit->setToolTip(tr("The same words in another order"));
    m_exportButton->setText(tr("E&xport picture…"));
    m_exportButton->setMinimumWidth(m_exportButton->sizeHint().width());
    m_exportButton->setToolTip(tr("Save the heatmap and the comparison as PNG or SVG"));
    m_exportTableButton->setText(tr("Export &table…"));
    m_exportTableButton->setToolTip(tr("Save the comparison of the two sentences as CSV"));
    m_comparisonTitle->setText(tr("<b>Why order needs positions</b>: each word's vector in the "
                                  "first sentence against the same word in the second (cosine; "
                                  "1 = identical)"));
    m_table->setHorizontalHeaderLabels({tr("Word"), tr("n (1st)"), tr("n (2nd)"), tr("cos x"),
                                        tr("cos (x + r)")});
    m_table->horizontalHeaderItem(3)->setToolTip(tr("Without positions: the same word is the same vector"));
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("With positions: x + r at position n in one sentence and m in the other"));
    m_formula->setText(tr("x̃ = x + r,&nbsp; r<sub><i>ni</i></sub> = sin(<i>n</i> / "
                          "<i>L</i><sup><i>i</i>/<i>D</i></sup>) for even <i>i</i>, "
                          "cos(<i>n</i> / <i>L</i><sup>(<i>i</i>−1)/<i>D</i></sup>) for odd <i>i</i> "
                          "(counted from 0)"));
    recompute();
}

void PositionalEncodingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PositionalEncodingView::loadLectureExample()
{
    const QSignalBlocker a(m_sourceCombo), b(m_positionsSlider), c(m_dimensionsSlider),
        d(m_baseSlider), e(m_firstEdit), f(m_secondEdit);
    m_sourceCombo->setCurrentIndex(0);
    m_positionsSlider->setValue(defaultPositions);
    m_dimensionsSlider->setValue(defaultDimensions);
    m_baseSlider->setValue(defaultBaseExponent);
    m_firstEdit->setText(QString::fromUtf8(lectureFirst));
    m_secondEdit->setText(QString::fromUtf8(lectureSecond));
    recompute();
}

void PositionalEncodingView::exportPicture()
{
    ViewExporter::exportPictureWithDialog(m_picture, this);
}

void PositionalEncodingView::setPositions(int positions) { m_positionsSlider->setValue(positions); }
void PositionalEncodingView::setDimensions(int dimensions) { m_dimensionsSlider->setValue(dimensions); }
void PositionalEncodingView::setBaseExponent(int exponent) { m_baseSlider->setValue(exponent); }

bool PositionalEncodingView::selectSource(const QString& modelId)
{
    const int index = m_sourceCombo->findData(modelId);
    if (index < 0)
        return false;
    m_sourceCombo->setCurrentIndex(index);
    return true;
}

void PositionalEncodingView::setSentences(const QString& first, const QString& second)
{
    const QSignalBlocker blocker(m_firstEdit);
    m_firstEdit->setText(first);
    m_secondEdit->setText(second);
}

int PositionalEncodingView::positions() const { return m_positionsSlider->value(); }
int PositionalEncodingView::dimensions() const { return int(m_positions.n_cols); }
double PositionalEncodingView::base() const { return std::pow(10.0, m_baseSlider->value()); }
bool PositionalEncodingView::showsLearned() const { return !m_sourceCombo->currentData().toString().isEmpty(); }

void PositionalEncodingView::recompute()
{
    if (!m_table || m_sourceCombo->count() == 0)
        return;
    m_error.clear();
    const QString id = m_sourceCombo->currentData().toString();
    const LanguageModelArtefact* model = id.isEmpty() ? nullptr : m_workspace.model(id.toStdString());
    const bool learned = model && model->gpt;
    m_dimensionsSlider->setEnabled(!learned);
    m_baseSlider->setEnabled(!learned);
    {
        const QSignalBlocker blocker(m_positionsSlider);
        if (learned && !m_showingLearned)
            m_sinusoidalPositions = m_positionsSlider->value();
        m_positionsSlider->setMaximum(learned ? int(std::min<std::size_t>(model->gpt->contextLength(), 1024))
                                              : 256);
        if (!learned && m_showingLearned)
            m_positionsSlider->setValue(m_sinusoidalPositions);
        m_showingLearned = learned;
    }
    const int n = m_positionsSlider->value();
    m_positionsLabel->setText(tr("&Positions N: %1").arg(n));
    m_firstWords = lengua::lessonWords(m_firstEdit->text().toStdString());
    m_secondWords = lengua::lessonWords(m_secondEdit->text().toStdString());
    const std::size_t longest = std::max(m_firstWords.size(), m_secondWords.size());
    arma::fmat comparisonPositions;
    try {
        if (learned) {
            m_positions = lengua::gptPositionEmbeddings(*model->gpt, std::size_t(n));
            comparisonPositions = lengua::gptPositionEmbeddings(
                *model->gpt, std::min(longest, model->gpt->contextLength()));
        } else {
            m_positions = lengua::sinusoidalPositions(std::size_t(n),
                                                      std::size_t(m_dimensionsSlider->value()), base());
            comparisonPositions = lengua::sinusoidalPositions(
                longest, std::size_t(m_dimensionsSlider->value()), base());
        }
        m_dimensionsLabel->setText(tr("&Dimensions D: %1").arg(m_positions.n_cols));
        m_baseLabel->setText(learned ? tr("&Base L: (learned, none)")
                                     : tr("&Base L: %1").arg(QLocale().toString(base(), 'f', 0)));
        if (m_firstWords.empty() || m_secondWords.empty())
            m_comparison = {};
        else
            m_comparison = lengua::compareWordOrder(
                m_firstWords,
                lengua::randomWordEmbeddings(m_firstWords, comparisonPositions.n_cols, wordSeed),
                m_secondWords,
                lengua::randomWordEmbeddings(m_secondWords, comparisonPositions.n_cols, wordSeed),
                comparisonPositions);
    } catch (const lengua::Error& error) {
        m_error = QString::fromUtf8(error.what());
        m_comparison = {};
    }

    m_encoding->setCaption(learned ? tr("Learned positions of “%1”: wpe (%2 × %3)")
                                         .arg(QString::fromStdString(model->name))
                                         .arg(m_positions.n_rows)
                                         .arg(m_positions.n_cols)
                                   : tr("Sinusoidal positions r (%1 × %2), L = %3")
                                         .arg(m_positions.n_rows)
                                         .arg(m_positions.n_cols)
                                         .arg(QLocale().toString(base(), 'f', 0)));
    m_encoding->show(m_positions, ToyMatrixCard::numbers(int(m_positions.n_rows), 0),
                     ToyMatrixCard::numbers(int(m_positions.n_cols), 0),
                     HeatmapView::ColorScale::Diverging);
    m_encoding->heatmap()->setAxisTitles(tr("position n"), tr("dimension i"));
    showComparison();
}

void PositionalEncodingView::showComparison()
{
    const std::size_t rows = m_comparison.wordCosineWithoutPositions.size();
    m_table->setRowCount(int(rows));
    // Where each word of the first sentence stands in the second (k-th occurrence).
    std::map<std::string, std::vector<int>> places;
    for (std::size_t m = 0; m < m_secondWords.size(); ++m)
        places[m_secondWords[m]].push_back(int(m));
    std::map<std::string, std::size_t> seen;
    for (std::size_t n = 0; n < rows; ++n) {
        const std::string& word = m_firstWords[n];
        const std::size_t k = seen[word]++;
        const auto found = places.find(word);
        const QString other = found != places.end() && k < found->second.size()
                                  ? QString::number(found->second[k])
                                  : QStringLiteral("—");
        const QString cells[5] = {QString::fromStdString(word), QString::number(n), other,
                                  cosineText(m_comparison.wordCosineWithoutPositions[n]),
                                  cosineText(m_comparison.wordCosineWithPositions[n])};
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(int(n), c, item);
        }
    }
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("Cannot compare: %1").arg(m_error));
        return;
    }
    if (rows == 0) {
        m_summary->setText(tr("Type two sentences to compare."));
        return;
    }
    m_summary->setText(
        tr("Bag of embeddings Σx: the two sums differ by %1, the same bag of words.<br>"
           "After self-attention softmax(<b>X̃X̃</b>ᵀ)<b>X̃</b>, a word against itself in the other "
           "sentence (mean cosine): <b>%2</b> without positions, <b>%3</b> with x̃ = x + r.<br>"
           "<small>Random word vectors of dimension %4: the same word, the same vector.</small>")
            .arg(QString::number(m_comparison.bagDistance, 'f', 3),
                 cosineText(m_comparison.meanContextCosineWithoutPositions),
                 cosineText(m_comparison.meanContextCosineWithPositions))
            .arg(m_positions.n_cols));
}
