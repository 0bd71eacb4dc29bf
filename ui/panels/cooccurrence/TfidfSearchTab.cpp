// The "tfidf" view; see TfidfSearchTab.h.
#include "TfidfSearchTab.h"

#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "jobs/LatestJob.h"
#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

QTableWidget* resultTable(QWidget* parent, int columns, const QString& name)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    TableStyle::applyTo(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont font = table->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    table->setFont(font);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(columns > 2 ? 1 : 0, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem* item(const QString& text, bool number = false, QVariant data = {})
{
    auto* out = new QTableWidgetItem(text);
    if (number)
        out->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (data.isValid())
        out->setData(Qt::UserRole, data);
    return out;
}

} // namespace

TfidfSearchTab::TfidfSearchTab(JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_latest(new LatestJob(jobs, this))
{
    setObjectName(QStringLiteral("tfidfSearchTab"));
    m_queryLabel = new QLabel(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("tfidfQuery"));
    m_query->setClearButtonEnabled(true);
    QFont queryFont = m_query->font();
    queryFont.setPointSizeF(queryFont.pointSizeF() * 1.2);
    m_query->setFont(queryFont);
    m_queryLabel->setBuddy(m_query);
    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(QStringLiteral("tfidfSearch"));
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    m_tfidfTitle = new QLabel(this);
    m_bm25Title = new QLabel(this);
    for (QLabel* title : {m_tfidfTitle, m_bm25Title}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    m_tfidfHits = resultTable(this, 3, QStringLiteral("tfidfHits"));
    m_bm25Hits = resultTable(this, 3, QStringLiteral("bm25Hits"));
    for (QTableWidget* table : {m_tfidfHits, m_bm25Hits})
        connect(table, &QTableWidget::currentCellChanged, this, [this, table](int row) {
            if (QTableWidgetItem* cell = table->item(row, 1))
                selectDocument(std::size_t(cell->data(Qt::UserRole).toULongLong()));
        });

    m_termsTitle = new QLabel(this);
    m_termsTitle->setWordWrap(true);
    QFont bold = m_termsTitle->font();
    bold.setBold(true);
    m_termsTitle->setFont(bold);
    m_topTerms = resultTable(this, 3, QStringLiteral("tfidfTopTerms"));
    m_topTerms->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topTerms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_topTerms, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem* cell = m_topTerms->item(row, 0))
            setFormulaWord(cell->text());
    });
    m_wordLabel = new QLabel(this);
    m_word = new QLineEdit(this);
    m_word->setObjectName(QStringLiteral("tfidfWord"));
    m_wordLabel->setBuddy(m_word);
    connect(m_word, &QLineEdit::returnPressed, this, &TfidfSearchTab::showFormula);
    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("tfidfFormula"));
    m_formula->setWordWrap(true);
    m_formula->setTextFormat(Qt::RichText);
    QFont formulaFont = m_formula->font();
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.2);
    m_formula->setFont(formulaFont);
    m_formula->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pictureButton = new QPushButton(this);
    m_csvButton = new QPushButton(this);
    connect(m_pictureButton, &QPushButton::clicked, this, &TfidfSearchTab::exportPicture);
    connect(m_csvButton, &QPushButton::clicked, this, &TfidfSearchTab::exportTable);

    auto* queryBar = new QHBoxLayout;
    queryBar->addWidget(m_queryLabel);
    queryBar->addWidget(m_query, 1);
    queryBar->addWidget(m_searchButton);
    auto* hits = new QGridLayout;
    hits->addWidget(m_tfidfTitle, 0, 0);
    hits->addWidget(m_bm25Title, 0, 1);
    hits->addWidget(m_tfidfHits, 1, 0);
    hits->addWidget(m_bm25Hits, 1, 1);
    auto* wordBar = new QHBoxLayout;
    wordBar->addWidget(m_wordLabel);
    wordBar->addWidget(m_word, 1);
    auto* formulaColumn = new QVBoxLayout;
    formulaColumn->addLayout(wordBar);
    formulaColumn->addWidget(m_formula, 1);
    auto* termsColumn = new QVBoxLayout;
    termsColumn->addWidget(m_termsTitle);
    termsColumn->addWidget(m_topTerms, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(termsColumn, 1);
    bottom->addLayout(formulaColumn, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_pictureButton);
    buttons->addWidget(m_csvButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(queryBar);
    layout->addWidget(m_status);
    layout->addLayout(hits, 1);
    layout->addLayout(bottom, 1);
    layout->addLayout(buttons);
    retranslate();
}

void TfidfSearchTab::retranslate()
{
    m_queryLabel->setText(tr("Sea&rch:"));
    m_query->setPlaceholderText(tr("words to look for, e.g. banco dinero"));
    m_searchButton->setText(tr("Rank documents"));
    m_searchButton->setToolTip(tr("Ranks the documents by both measures (Enter)"));
    m_tfidfTitle->setText(tr("TF-IDF cosine"));
    m_tfidfTitle->setToolTip(tr("cos(query, document) with both weighted by tf · idf"));
    m_bm25Title->setText(tr("BM25 (k₁ = 1.5, b = 0.75)"));
    m_bm25Title->setToolTip(tr("Okapi BM25: term frequency saturates and long documents are "
                               "penalised; what search engines use"));
    for (QTableWidget* table : {m_tfidfHits, m_bm25Hits})
        table->setHorizontalHeaderLabels({tr("#"), tr("Document"), tr("Score")});
    m_topTerms->setHorizontalHeaderLabels({tr("Word"), tr("Count"), tr("TF-IDF")});
    m_wordLabel->setText(tr("&Formulas for the word:"));
    m_word->setPlaceholderText(tr("a word (Enter), or click one on the left"));
    m_pictureButton->setText(tr("Picture…"));
    m_pictureButton->setToolTip(tr("Saves this view as PNG or SVG"));
    m_csvButton->setText(tr("CSV…"));
    m_csvButton->setToolTip(tr("Saves the top terms of the document as a CSV table"));
    showResult(m_result);
    showTopTerms();
    showFormula();
}

void TfidfSearchTab::setData(std::shared_ptr<const CooccurrenceData> data)
{
    m_data = std::move(data);
    m_result = {};
    m_error.clear();
    m_document = 0;
    if (m_data && m_query->text().trimmed().isEmpty() && m_data->tfidf) {
        // Something to look at straight away: the lecture's "banco", or the first document's
        // heaviest word.
        const auto& counts = m_data->tfidf->counts();
        if (counts.rowIndex("banco"))
            m_query->setText(QStringLiteral("banco dinero"));
        else if (const auto top = m_data->tfidf->topTerms(0, 1); !top.empty())
            m_query->setText(QString::fromStdString(top.front().term));
    }
    showResult(m_result);
    showTopTerms();
    showFormula();
    if (m_data && !m_query->text().trimmed().isEmpty())
        search(m_query->text());
}

JobHandle* TfidfSearchTab::search(const QString& query)
{
    if (m_query->text() != query)
        m_query->setText(query);
    m_latest->cancel();
    if (!m_data || query.trimmed().isEmpty())
        return nullptr;
    return m_latest->start(
        tr("Searching “%1”").arg(query),
        CooccurrenceComputation::searchJob(m_data, query.toStdString(), 20),
        [this](const std::any& result) {
            m_error.clear();
            showResult(std::any_cast<SearchResult>(result));
        },
        [this](const QString& error) {
            m_error = error;
            showResult({});
        });
}

void TfidfSearchTab::showResult(SearchResult result)
{
    m_result = std::move(result);
    const QLocale locale;
    auto fill = [&](QTableWidget* table, const auto& hits) {
        const QSignalBlocker blocker(table);
        table->setRowCount(int(hits.size()));
        for (int i = 0; i < int(hits.size()); ++i) {
            const auto& hit = hits[std::size_t(i)];
            table->setItem(i, 0, item(QString::number(i + 1), true));
            // The name, then the start of the text: es-041 · Fui al banco a depositar…
            QString shown = QString::fromStdString(hit.name);
            if (m_data && hit.document < m_data->documentPreviews.size())
                shown += QStringLiteral(" · ")
                    + QString::fromStdString(m_data->documentPreviews[hit.document]).simplified();
            QTableWidgetItem* name = item(shown, false, qulonglong(hit.document));
            name->setToolTip(shown);
            table->setItem(i, 1, name);
            table->setItem(i, 2, item(locale.toString(hit.score, 'f', 3), true));
        }
    };
    fill(m_tfidfHits, m_result.tfidf);
    fill(m_bm25Hits, m_result.bm25);
    QString status;
    if (!m_error.isEmpty())
        status = tr("The search failed: %1").arg(m_error.toHtmlEscaped());
    else if (!m_data)
        status = tr("Nothing counted yet: choose a corpus and press Count.");
    else if (!m_result.queryTokens.empty() && m_result.tfidf.empty() && m_result.bm25.empty())
        status = tr("No document contains these words.");
    else if (!m_result.queryTokens.empty()) {
        QStringList words;
        for (const std::string& token : m_result.queryTokens)
            words << QString::fromStdString(token).toHtmlEscaped();
        status = tr("Query words: <b>%1</b> · %2 documents. Click a document to see its words.")
                     .arg(words.join(QStringLiteral(" ")),
                          locale.toString(qulonglong(m_data->tfidf->counts().columns())));
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (!m_result.queryTokens.empty())
        m_word->setText(QString::fromStdString(m_result.queryTokens.front()));
    if (!m_result.tfidf.empty())
        selectDocument(m_result.tfidf.front().document);
}

void TfidfSearchTab::selectDocument(std::size_t document)
{
    m_document = document;
    showTopTerms();
    showFormula();
}

void TfidfSearchTab::setFormulaWord(const QString& word)
{
    m_word->setText(word);
    showFormula();
}

void TfidfSearchTab::showTopTerms()
{
    const QSignalBlocker blocker(m_topTerms);
    if (!m_data || !m_data->tfidf || m_document >= m_data->tfidf->counts().columns()) {
        m_topTerms->setRowCount(0);
        m_termsTitle->setText(tr("Top TF-IDF words of a document"));
        return;
    }
    const QLocale locale;
    const auto& counts = m_data->tfidf->counts();
    m_termsTitle->setText(tr("Top TF-IDF words of “%1”")
                              .arg(QString::fromStdString(counts.columnLabels()[m_document])));
    const auto terms = m_data->tfidf->topTerms(m_document, 15);
    m_topTerms->setRowCount(int(terms.size()));
    for (int i = 0; i < int(terms.size()); ++i) {
        const auto& term = terms[std::size_t(i)];
        m_topTerms->setItem(i, 0, item(QString::fromStdString(term.term)));
        m_topTerms->setItem(i, 1, item(locale.toString(qulonglong(term.count)), true));
        m_topTerms->setItem(i, 2, item(locale.toString(term.weight, 'f', 3), true));
    }
    if (m_word->text().trimmed().isEmpty() && !terms.empty())
        m_word->setText(QString::fromStdString(terms.front().term));
}

void TfidfSearchTab::showFormula()
{
    if (!m_data || !m_data->tfidf) {
        m_formula->setText(QString());
        return;
    }
    const auto& counts = m_data->tfidf->counts();
    const std::vector<std::string> words = CooccurrenceComputation::words(*m_data, m_word->text());
    if (words.empty() || m_document >= counts.columns()) {
        m_formula->setText(tr("Choose a word to see its tf and idf."));
        return;
    }
    const QString word = QString::fromStdString(words.front()).toHtmlEscaped();
    const auto row = counts.rowIndex(words.front());
    if (!row) {
        m_formula->setText(tr("“%1” is not in the vocabulary.").arg(word));
        return;
    }
    const QLocale locale;
    const double count = counts.value(*row, m_document);
    const double tf = m_data->tfidf->termFrequency(*row, m_document);
    const std::size_t df = m_data->tfidf->documentFrequency(*row);
    const std::size_t n = counts.columns();
    const double idf = m_data->tfidf->idf()[*row];
    const double weight = m_data->tfidf->weights().value(*row, m_document);
    auto number = [&locale](double v) { return locale.toString(v, 'f', 3); };
    QString text = tr("<p><b>%1</b> in <b>%2</b></p>"
                      "<p>tf = log<sub>10</sub>(1 + count) = log<sub>10</sub>(1 + %3) = <b>%4</b></p>"
                      "<p>idf = log<sub>10</sub>(N / df) = log<sub>10</sub>(%5 / %6) = <b>%7</b></p>"
                      "<p>tf · idf = %4 × %7 = <b>%8</b></p>")
                       .arg(word, QString::fromStdString(counts.columnLabels()[m_document]).toHtmlEscaped(),
                            locale.toString(count, 'f', 0), number(tf),
                            locale.toString(qulonglong(n)), locale.toString(qulonglong(df)),
                            number(idf), number(weight));
    if (df == n)
        text += tr("<p>The word is in <b>every</b> document: df = N, so idf = log<sub>10</sub>(1) = 0 "
                   "and its weight is 0 everywhere. It tells the documents apart no better than "
                   "a stop word.</p>");
    else if (count == 0.0)
        text += tr("<p>The word is not in this document: tf = 0.</p>");
    m_formula->setText(text);
}

QString TfidfSearchTab::formulaText() const
{
    return m_formula->text();
}

void TfidfSearchTab::exportPicture()
{
    ViewExporter::exportPictureWithDialog(this, this);
}

void TfidfSearchTab::exportTable()
{
    ViewExporter::exportTableWithDialog(m_topTerms->model(), this);
}

JobHandle* TfidfSearchTab::pendingJob() const
{
    return m_latest->running();
}
