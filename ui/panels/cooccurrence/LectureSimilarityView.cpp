// The "lecture" view; see LectureSimilarityView.h.
#include "LectureSimilarityView.h"

#include "count/BagOfWords.h"
#include "count/CosineSimilarity.h"
#include "count/NgramSentences.h"
#include "count/TermDocumentMatrix.h"
#include "count/TermMatrix.h"
#include "widgets/HeatmapView.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QStringList lectureRows = {QStringLiteral("cherry"), QStringLiteral("digital"),
                                 QStringLiteral("information")};
const QStringList lectureColumns = {QStringLiteral("pie"), QStringLiteral("data"),
                                    QStringLiteral("computer")};

// The lecture's table as a term matrix, so the engine computes the cosines.
lengua::TermMatrix lectureMatrix()
{
    const auto& counts = LectureSimilarityView::lectureCounts();
    arma::sp_mat values(3, 3);
    for (arma::uword r = 0; r < 3; ++r)
        for (arma::uword c = 0; c < 3; ++c)
            values(r, c) = counts[r][c];
    std::vector<std::string> rows;
    for (const QString& label : lectureRows)
        rows.push_back(label.toStdString());
    std::vector<std::string> columns;
    for (const QString& label : lectureColumns)
        columns.push_back(label.toStdString());
    return lengua::TermMatrix(rows, columns, values);
}

QTableWidget* smallTable(QWidget* parent, int rows, int columns)
{
    auto* table = new QTableWidget(rows, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    QFont font = table->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    table->setFont(font);
    table->horizontalHeader()->setFont(font);
    table->verticalHeader()->setFont(font);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

// The table as wide as its columns need, so no number is elided.
void fitWidth(QTableWidget* table)
{
    const QFontMetrics fm(table->font());
    const QFontMetrics header(table->horizontalHeader()->font());
    int width = table->verticalHeader()->sizeHint().width() + 2 * table->frameWidth() + 4;
    for (int c = 0; c < table->columnCount(); ++c) {
        int column = 0;
        if (const QTableWidgetItem* h = table->horizontalHeaderItem(c))
            column = header.horizontalAdvance(h->text());
        for (int r = 0; r < table->rowCount(); ++r)
            if (const QTableWidgetItem* item = table->item(r, c))
                column = std::max(column, fm.horizontalAdvance(item->text()));
        width += column + 16;
    }
    table->setMinimumWidth(width);
}

void fitHeight(QTableWidget* table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + 2;
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
}

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

const std::vector<std::vector<double>>& LectureSimilarityView::lectureCounts()
{
    // The lecture's table ("Medida de similaridad"; Jurafsky & Martin, Fig. 6.10).
    static const std::vector<std::vector<double>> counts{{442, 8, 2}, {5, 1683, 1670}, {5, 3982, 3325}};
    return counts;
}

LectureSimilarityView::LectureSimilarityView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lectureSimilarityView"));
    m_tableBox = new QGroupBox(this);
    m_counts = smallTable(m_tableBox, 3, 3);
    m_counts->setObjectName(QStringLiteral("lectureCounts"));
    m_heatmap = new HeatmapView(m_tableBox);
    m_heatmap->setObjectName(QStringLiteral("lectureHeatmap"));
    QFont heatmapFont = m_heatmap->font();
    heatmapFont.setPointSizeF(heatmapFont.pointSizeF() * 1.2);
    m_heatmap->setFont(heatmapFont);
    auto* tableLayout = new QVBoxLayout(m_tableBox);
    tableLayout->addWidget(m_counts);
    tableLayout->addWidget(m_heatmap);
    tableLayout->addStretch(1);
    m_heatmap->setFixedHeight(210);

    m_similarityBox = new QGroupBox(this);
    m_dotTitle = new QLabel(m_similarityBox);
    m_dots = smallTable(m_similarityBox, 3, 3);
    m_dots->setObjectName(QStringLiteral("lectureDots"));
    m_cosineTitle = new QLabel(m_similarityBox);
    m_cosines = smallTable(m_similarityBox, 3, 3);
    m_cosines->setObjectName(QStringLiteral("lectureCosines"));
    m_summary = new QLabel(m_similarityBox);
    m_summary->setObjectName(QStringLiteral("lectureSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    auto* similarityLayout = new QVBoxLayout(m_similarityBox);
    similarityLayout->addWidget(m_dotTitle);
    similarityLayout->addWidget(m_dots);
    similarityLayout->addWidget(m_cosineTitle);
    similarityLayout->addWidget(m_cosines);
    similarityLayout->addWidget(m_summary, 1);

    m_bagBox = new QGroupBox(this);
    m_firstLabel = new QLabel(m_bagBox);
    m_first = new QLineEdit(QStringLiteral("el perro mordió al hombre"), m_bagBox);
    m_first->setObjectName(QStringLiteral("bagFirst"));
    m_firstLabel->setBuddy(m_first);
    m_secondLabel = new QLabel(m_bagBox);
    m_second = new QLineEdit(QStringLiteral("el hombre mordió al perro"), m_bagBox);
    m_second->setObjectName(QStringLiteral("bagSecond"));
    m_secondLabel->setBuddy(m_second);
    for (QLineEdit* edit : {m_first, m_second}) {
        QFont font = edit->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        edit->setFont(font);
        connect(edit, &QLineEdit::textChanged, this, &LectureSimilarityView::updateBag);
    }
    m_bag = smallTable(m_bagBox, 2, 0);
    m_bag->setObjectName(QStringLiteral("bagTable"));
    m_verdict = new QLabel(m_bagBox);
    m_verdict->setObjectName(QStringLiteral("bagVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setFont(summaryFont);
    auto* bagLayout = new QGridLayout(m_bagBox);
    bagLayout->addWidget(m_firstLabel, 0, 0);
    bagLayout->addWidget(m_first, 0, 1);
    bagLayout->addWidget(m_secondLabel, 1, 0);
    bagLayout->addWidget(m_second, 1, 1);
    bagLayout->addWidget(m_bag, 2, 0, 1, 2);
    bagLayout->addWidget(m_verdict, 3, 0, 1, 2);
    bagLayout->setColumnStretch(1, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_tableBox, 1);
    top->addWidget(m_similarityBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top, 1);
    layout->addWidget(m_bagBox);

    std::vector<float> values;
    for (const auto& row : lectureCounts())
        for (const double v : row)
            values.push_back(float(v));
    m_heatmap->setMatrix(values, 3, 3);
    m_heatmap->setRowLabels(lectureRows);
    m_heatmap->setColumnLabels(lectureColumns);
    retranslate();
}

void LectureSimilarityView::retranslate()
{
    m_tableBox->setTitle(tr("The lecture's table: word × context counts"));
    m_similarityBox->setTitle(tr("Dot product or cosine?"));
    m_dotTitle->setText(tr("Dot product v · w = Σ vᵢ wᵢ (grows with the counts):"));
    m_cosineTitle->setText(tr("Cosine v · w / (|v| |w|) (only the direction counts):"));
    m_bagBox->setTitle(tr("Bag of words: the order is lost"));
    m_firstLabel->setText(tr("Sentence &1:"));
    m_secondLabel->setText(tr("Sentence &2:"));
    m_heatmap->setAxisTitles(tr("Word"), tr("Context word"));
    fillTables();
    updateBag();
}

void LectureSimilarityView::fillTables()
{
    const QLocale locale;
    const auto& counts = lectureCounts();
    const lengua::TermMatrix matrix = lectureMatrix();
    for (QTableWidget* table : {m_counts, m_dots, m_cosines}) {
        table->setVerticalHeaderLabels(lectureRows);
        table->setHorizontalHeaderLabels(table == m_counts ? lectureColumns : lectureRows);
    }
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            m_counts->setItem(r, c, numberItem(locale.toString(counts[std::size_t(r)][std::size_t(c)], 'f', 0)));
            const double dot = lengua::CosineSimilarity::rowDot(matrix, std::size_t(r), std::size_t(c));
            m_dots->setItem(r, c, numberItem(locale.toString(dot, 'f', 0)));
            const double cosine = lengua::CosineSimilarity::rowCosine(matrix, std::size_t(r), std::size_t(c));
            m_cosines->setItem(r, c, numberItem(locale.toString(cosine, 'f', 3)));
        }
    }
    for (QTableWidget* table : {m_counts, m_dots, m_cosines}) {
        fitHeight(table);
        fitWidth(table);
    }
    const double cherryInformation = lengua::CosineSimilarity::rowCosine(matrix, 0, 2);
    const double digitalInformation = lengua::CosineSimilarity::rowCosine(matrix, 1, 2);
    m_summary->setText(
        tr("<p>cos(cherry, information) = <b>%1</b><br>cos(digital, information) = <b>%2</b></p>"
           "<p>By dot product, information is closest to itself (%3) and then to digital (%4): "
           "long vectors of frequent words win. The cosine divides by the lengths, so only the "
           "direction matters: digital and information point the same way, cherry does not.</p>")
            .arg(locale.toString(cherryInformation, 'f', 3), locale.toString(digitalInformation, 'f', 3),
                 locale.toString(lengua::CosineSimilarity::rowDot(matrix, 2, 2), 'f', 0),
                 locale.toString(lengua::CosineSimilarity::rowDot(matrix, 1, 2), 'f', 0)));
}

QString LectureSimilarityView::summaryText() const
{
    return m_summary->text();
}

void LectureSimilarityView::setSentences(const QString& first, const QString& second)
{
    m_first->setText(first);
    m_second->setText(second);
    updateBag();
}

void LectureSimilarityView::updateBag()
{
    const std::vector<std::string> a = lengua::NgramSentences::words(m_first->text().toStdString(), "es");
    const std::vector<std::string> b = lengua::NgramSentences::words(m_second->text().toStdString(), "es");
    if (a.empty() && b.empty()) {
        m_bag->setColumnCount(0);
        m_verdict->setText(tr("Type two sentences."));
        return;
    }
    // The vocabulary of the two sentences, then each sentence as the sum of its one-hot vectors.
    std::vector<lengua::TermDocumentMatrix::Document> documents{{"1", a}, {"2", b}};
    const lengua::TermMatrix vocabulary = lengua::TermDocumentMatrix::build(documents);
    const lengua::BagOfWords::Vector va = lengua::BagOfWords::of(a, vocabulary);
    const lengua::BagOfWords::Vector vb = lengua::BagOfWords::of(b, vocabulary);
    const int n = int(vocabulary.rows());
    m_bag->setColumnCount(n);
    QStringList headers;
    for (const std::string& word : vocabulary.rowLabels())
        headers << QString::fromStdString(word);
    m_bag->setHorizontalHeaderLabels(headers);
    m_bag->setVerticalHeaderLabels({tr("Sentence 1"), tr("Sentence 2")});
    for (int c = 0; c < n; ++c) {
        m_bag->setItem(0, c, numberItem(QString::number(va.counts(arma::uword(c)))));
        m_bag->setItem(1, c, numberItem(QString::number(vb.counts(arma::uword(c)))));
    }
    fitHeight(m_bag);
    const bool same = arma::approx_equal(va.counts, vb.counts, "absdiff", 1e-12);
    const double cosine = lengua::CosineSimilarity::cosine(va.counts, vb.counts);
    const QLocale locale;
    m_verdict->setText(same ? tr("<b>The same vector</b> (cosine %1): a bag of words keeps how many "
                                 "times each word appears, not the order, so it cannot tell who "
                                 "bit whom.")
                                  .arg(locale.toString(cosine, 'f', 3))
                            : tr("Different vectors: cosine %1.").arg(locale.toString(cosine, 'f', 3)));
}

QString LectureSimilarityView::bagVerdict() const
{
    return m_verdict->text();
}
