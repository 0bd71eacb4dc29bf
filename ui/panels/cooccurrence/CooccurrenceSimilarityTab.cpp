// The "similarity" view; see CooccurrenceSimilarityTab.h.
#include "CooccurrenceSimilarityTab.h"

#include "LabelledMatrixModel.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "jobs/LatestJob.h"
#include "widgets/HeatmapView.h"
#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

CooccurrenceSimilarityTab::CooccurrenceSimilarityTab(JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_latest(new LatestJob(jobs, this))
{
    setObjectName(QStringLiteral("cooccurrenceSimilarityTab"));
    m_compareLabel = new QLabel(this);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("similarityCompare"));
    m_compare->addItem(QString(), false);
    m_compare->addItem(QString(), true);
    m_compareLabel->setBuddy(m_compare);
    m_topLabel = new QLabel(this);
    m_top = new QSpinBox(this);
    m_top->setObjectName(QStringLiteral("similarityTop"));
    m_top->setRange(2, 300);
    m_top->setValue(20);
    m_topLabel->setBuddy(m_top);
    m_wordsLabel = new QLabel(this);
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("similarityWords"));
    m_words->setClearButtonEnabled(true);
    m_wordsLabel->setBuddy(m_words);
    m_pictureButton = new QPushButton(this);
    m_csvButton = new QPushButton(this);
    connect(m_pictureButton, &QPushButton::clicked, this, &CooccurrenceSimilarityTab::exportPicture);
    connect(m_csvButton, &QPushButton::clicked, this, &CooccurrenceSimilarityTab::exportTable);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("similarityNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setMinimumWidth(100);
    connect(m_note, &QLabel::linkActivated, this, [this](const QString& link) {
        const QString from = link.section(QLatin1Char('|'), 0, 0);
        const QString to = link.section(QLatin1Char('|'), 1, 1);
        if (m_neighbourWord->text().trimmed().compare(from, Qt::CaseInsensitive) == 0)
            m_neighbourWord->setText(to);
        QString words = m_words->text();
        words.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(from)),
                                         QRegularExpression::CaseInsensitiveOption),
                      to);
        m_words->setText(words);
        refresh();
    });
    m_heatmap = new HeatmapView(this);
    m_heatmap->setObjectName(QStringLiteral("similarityHeatmap"));
    QFont heatmapFont = m_heatmap->font();
    heatmapFont.setPointSizeF(heatmapFont.pointSizeF() * 1.1);
    m_heatmap->setFont(heatmapFont);
    m_heatmap->setValueRange(0.0, 1.0); // cosines of non-negative vectors
    m_hover = new QLabel(this);
    QFont hoverFont = m_hover->font();
    hoverFont.setPointSizeF(hoverFont.pointSizeF() * 1.25);
    m_hover->setFont(hoverFont);
    connect(m_heatmap, &HeatmapView::cellHovered, this, [this](int row, int col) {
        m_hover->setText(row < 0 ? QString() : tr("cos(%1)").arg(m_heatmap->cellText(row, col)));
    });
    connect(m_heatmap, &HeatmapView::cellClicked, this, [this](int row, int) {
        if (m_compare->currentData().toBool() || row < 0 || std::size_t(row) >= m_result.labels.size())
            return;
        setNeighbourWord(QString::fromStdString(m_result.labels[std::size_t(row)]));
    });

    m_neighbourLabel = new QLabel(this);
    m_neighbourWord = new QLineEdit(this);
    m_neighbourWord->setObjectName(QStringLiteral("neighbourWord"));
    m_neighbourWord->setClearButtonEnabled(true);
    m_neighbourLabel->setBuddy(m_neighbourWord);
    m_neighbours = new QTableWidget(0, 2, this);
    m_neighbours->setObjectName(QStringLiteral("neighbourTable"));
    TableStyle::applyTo(m_neighbours);
    m_neighbours->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_neighbours->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_neighbours->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QFont tableFont = m_neighbours->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.1);
    m_neighbours->setFont(tableFont);
    connect(m_neighbours, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_neighbours->item(row, 0))
            setNeighbourWord(item->text());
    });
    m_table = new LabelledMatrixModel(this);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_top, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        const bool documents = m_compare->currentData().toBool();
        m_neighbourWord->setEnabled(!documents);
        m_neighbours->setEnabled(!documents);
        refresh();
    });
    connect(m_words, &QLineEdit::returnPressed, this, [this] { refresh(); });
    connect(m_words, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_top->setEnabled(text.trimmed().isEmpty());
        if (text.isEmpty())
            m_debounce->start();
    });
    connect(m_neighbourWord, &QLineEdit::returnPressed, this, [this] { refresh(); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_compareLabel);
    bar->addWidget(m_compare);
    bar->addSpacing(8);
    bar->addWidget(m_topLabel);
    bar->addWidget(m_top);
    bar->addStretch(1);
    auto* wordsBar = new QHBoxLayout;
    wordsBar->addWidget(m_wordsLabel);
    wordsBar->addWidget(m_words, 1);
    auto* bar2 = new QHBoxLayout;
    bar2->addWidget(m_hover, 1);
    bar2->addWidget(m_pictureButton);
    bar2->addWidget(m_csvButton);
    m_hover->setMinimumWidth(100);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_heatmap, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_neighbourLabel);
    rightLayout->addWidget(m_neighbourWord);
    rightLayout->addWidget(m_neighbours, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 200});
    right->setMinimumWidth(160);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(wordsBar);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    layout->addLayout(bar2);
    retranslate();
}

void CooccurrenceSimilarityTab::retranslate()
{
    m_compareLabel->setText(tr("Com&pare:"));
    m_compare->setItemText(0, tr("Words (rows of the matrix)"));
    m_compare->setItemText(1, tr("Documents (TF-IDF vectors)"));
    m_compare->setToolTip(tr("Words are compared by their rows of the counted matrix; documents "
                             "by their columns of the TF-IDF matrix"));
    m_topLabel->setText(tr("&First:"));
    m_top->setToolTip(tr("How many of the most frequent words (or the first documents) to compare"));
    m_wordsLabel->setText(tr("or &these:"));
    m_words->setPlaceholderText(tr("e.g. banco, dinero, río, agua (Enter)"));
    m_pictureButton->setText(tr("Picture…"));
    m_pictureButton->setToolTip(tr("Saves the cosine heatmap as PNG or SVG"));
    m_csvButton->setText(tr("CSV…"));
    m_csvButton->setToolTip(tr("Saves the cosines as a CSV table"));
    m_neighbourLabel->setText(tr("&Nearest neighbours of:"));
    m_neighbourWord->setPlaceholderText(tr("a word (Enter), or click a row"));
    m_neighbours->setHorizontalHeaderLabels({tr("Word"), tr("Cosine")});
    m_heatmap->setAxisTitles(QString(), QString());
    updateNote();
}

void CooccurrenceSimilarityTab::setData(std::shared_ptr<const CooccurrenceData> data)
{
    m_data = std::move(data);
    m_error.clear();
    if (!m_data) {
        m_result = {};
        m_heatmap->setMatrix({}, 0, 0);
        m_neighbours->setRowCount(0);
        updateNote();
        return;
    }
    if (m_neighbourWord->text().trimmed().isEmpty() && m_data->weighted->rows() > 0)
        m_neighbourWord->setText(QString::fromStdString(m_data->weighted->rowLabels().front()));
    refresh();
}

JobHandle* CooccurrenceSimilarityTab::refresh()
{
    m_debounce->stop();
    m_latest->cancel();
    if (!m_data)
        return nullptr;
    SimilarityRequest request;
    request.documents = m_compare->currentData().toBool();
    request.matrix = request.documents ? std::shared_ptr<const lengua::TermMatrix>(
                                             m_data->tfidf, &m_data->tfidf->weights())
                                       : m_data->weighted;
    if (request.documents) {
        // Document names are typed as they are, not split into words.
        for (const QString& name : m_words->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                                         Qt::SkipEmptyParts))
            request.words.push_back(name.toStdString());
    } else {
        request.words = CooccurrenceComputation::words(*m_data, m_words->text());
        const std::vector<std::string> neighbour
            = CooccurrenceComputation::words(*m_data, m_neighbourWord->text());
        if (!neighbour.empty())
            request.neighbourWord = neighbour.front();
    }
    request.topN = std::size_t(m_top->value());
    return m_latest->start(
        tr("Comparing with the cosine"),
        CooccurrenceComputation::similarityJob(std::move(request)),
        [this](const std::any& result) {
            showResult(std::any_cast<SimilarityResult>(result));
        },
        [this](const QString& error) {
            m_error = error;
            updateNote();
        });
}

void CooccurrenceSimilarityTab::showResult(SimilarityResult result)
{
    m_result = std::move(result);
    QStringList labels;
    for (const std::string& label : m_result.labels)
        labels << QString::fromStdString(label);
    const int n = int(labels.size());
    m_heatmap->setMatrix(m_result.cosines, n, n);
    m_heatmap->setRowLabels(labels);
    m_heatmap->setColumnLabels(labels);
    m_table->setMatrix(labels, labels, m_result.cosines, tr("cosine"));
    m_neighbours->setRowCount(int(m_result.neighbours.size()));
    for (int i = 0; i < int(m_result.neighbours.size()); ++i) {
        const auto& neighbour = m_result.neighbours[std::size_t(i)];
        m_neighbours->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(neighbour.label)));
        auto* cosine = new QTableWidgetItem(QLocale().toString(neighbour.cosine, 'f', 3));
        cosine->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_neighbours->setItem(i, 1, cosine);
    }
    updateNote();
}

void CooccurrenceSimilarityTab::updateNote()
{
    QStringList notes;
    if (!m_error.isEmpty())
        notes << tr("The cosines could not be computed: %1").arg(m_error.toHtmlEscaped());
    std::vector<UnknownWord> unknown = m_result.unknown;
    unknown.insert(unknown.end(), m_result.neighbourUnknown.begin(), m_result.neighbourUnknown.end());
    for (const UnknownWord& word : unknown) {
        const QString escaped = QString::fromStdString(word.word).toHtmlEscaped();
        if (word.suggestions.empty()) {
            notes << tr("“%1” is not in the vocabulary, and no word is close to it.").arg(escaped);
            continue;
        }
        QStringList links;
        for (const std::string& suggestion : word.suggestions) {
            const QString s = QString::fromStdString(suggestion).toHtmlEscaped();
            links << QStringLiteral("<a href=\"%1|%2\">%2</a>").arg(escaped, s);
        }
        notes << tr("“%1” is not in the vocabulary. Did you mean: %2?")
                     .arg(escaped, links.join(QStringLiteral(", ")));
    }
    if (notes.isEmpty() && !m_data)
        notes << tr("Nothing counted yet: choose a corpus and press Count.");
    if (notes.isEmpty())
        notes << tr("cos(v, w) = v · w / (|v| |w|): 1 for vectors pointing the same way, 0 for "
                    "words that never share a context.");
    m_note->setText(notes.join(QStringLiteral("<br>")));
}

QString CooccurrenceSimilarityTab::noteText() const
{
    return m_note->text();
}

void CooccurrenceSimilarityTab::setCompareDocuments(bool documents)
{
    m_compare->setCurrentIndex(documents ? 1 : 0);
}

void CooccurrenceSimilarityTab::setTopCount(int count)
{
    m_top->setValue(count);
}

void CooccurrenceSimilarityTab::setWords(const QString& words)
{
    m_words->setText(words);
    refresh();
}

void CooccurrenceSimilarityTab::setNeighbourWord(const QString& word)
{
    m_neighbourWord->setText(word);
    refresh();
}

void CooccurrenceSimilarityTab::exportPicture()
{
    ViewExporter::exportPictureWithDialog(m_heatmap, this);
}

void CooccurrenceSimilarityTab::exportTable()
{
    ViewExporter::exportTableWithDialog(m_table, this);
}

JobHandle* CooccurrenceSimilarityTab::pendingJob() const
{
    return m_latest->running();
}
