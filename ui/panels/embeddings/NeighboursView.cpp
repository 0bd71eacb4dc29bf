// The nearest-neighbours table; see NeighboursView.h.
#include "NeighboursView.h"

#include "count/ClosestWords.h"
#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

NeighboursView::NeighboursView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("embeddingNeighbours"));
    m_queryLabel = new QLabel(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("embeddingNeighbourQuery"));
    m_query->setClearButtonEnabled(true);
    m_queryLabel->setBuddy(m_query);
    m_top = new QComboBox(this);
    m_top->setObjectName(QStringLiteral("embeddingNeighbourCount"));
    m_top->addItem(QString(), 10);
    m_top->addItem(QString(), 20);
    m_search = new QPushButton(this);
    m_search->setObjectName(QStringLiteral("embeddingNeighbourSearch"));
    m_export = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("embeddingNeighbourMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("embeddingNeighbourTable"));
    TableStyle::applyTo(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    QFont big = m_table->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_table->setFont(big);

    auto* row = new QHBoxLayout;
    row->addWidget(m_queryLabel);
    row->addWidget(m_query, 1);
    row->addWidget(m_top);
    row->addWidget(m_search);
    row->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &NeighboursView::refresh);
    connect(m_search, &QPushButton::clicked, this, &NeighboursView::refresh);
    connect(m_top, &QComboBox::currentIndexChanged, this, &NeighboursView::refresh);
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_table->model(), this); });
    retranslate();
}

void NeighboursView::retranslate()
{
    m_queryLabel->setText(tr("&Word:"));
    m_query->setPlaceholderText(tr("a word of the vocabulary, e.g. casa"));
    m_query->setToolTip(tr("Press Enter to list the words whose vectors point the same way"));
    m_top->setItemText(0, tr("top 10"));
    m_top->setItemText(1, tr("top 20"));
    m_top->setToolTip(tr("How many neighbours to list"));
    m_search->setText(tr("&Neighbours"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Saves the table as CSV"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Neighbour"), tr("Cosine"), tr("Count")});
    m_table->horizontalHeaderItem(2)->setToolTip(tr("cos(v, w) = v·w / (|v| |w|): 1 is the same "
                                                    "direction, 0 unrelated"));
    m_table->horizontalHeaderItem(3)->setToolTip(tr("How often the word appears in the corpus"));
    refresh();
}

void NeighboursView::setVectors(std::shared_ptr<const lengua::WordVectors> vectors,
                                std::vector<std::uint64_t> counts)
{
    m_vectors = std::move(vectors);
    m_counts = std::move(counts);
    refresh();
}

void NeighboursView::setQuery(const QString& word)
{
    m_query->setText(word);
    refresh();
}

QString NeighboursView::query() const { return m_query->text().trimmed(); }

void NeighboursView::setTopCount(int k)
{
    const int index = m_top->findData(k);
    if (index >= 0)
        m_top->setCurrentIndex(index);
}

QString NeighboursView::message() const { return m_message->text(); }

void NeighboursView::refresh()
{
    m_table->setRowCount(0);
    const QString word = query();
    if (!m_vectors || m_vectors->empty()) {
        m_message->setText(tr("No vectors yet: train some on a corpus, or import a file."));
        return;
    }
    if (word.isEmpty()) {
        m_message->setText(tr("Type a word and press Enter."));
        return;
    }
    const std::string key = word.toStdString();
    if (!m_vectors->contains(key)) {
        m_message->setText(missingWordText(*m_vectors, word));
        return;
    }
    const std::size_t k = std::size_t(m_top->currentData().toInt());
    const std::vector<lengua::ScoredWord> neighbours = m_vectors->nearest(key, k);
    const QLocale locale;
    m_table->setRowCount(int(neighbours.size()));
    for (int i = 0; i < int(neighbours.size()); ++i) {
        const lengua::ScoredWord& n = neighbours[std::size_t(i)];
        auto* rank = new QTableWidgetItem(locale.toString(i + 1));
        auto* cosine = new QTableWidgetItem(locale.toString(double(n.score), 'f', 3));
        cosine->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* count = new QTableWidgetItem(
            n.index < m_counts.size() ? locale.toString(qulonglong(m_counts[n.index])) : QString());
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, rank);
        m_table->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(n.word)));
        m_table->setItem(i, 2, cosine);
        m_table->setItem(i, 3, count);
    }
    m_table->resizeColumnToContents(0);
    m_message->setText(tr("The %1 words whose vectors are closest to “%2” by cosine, among %3 words.")
                           .arg(locale.toString(int(neighbours.size())), word,
                                locale.toString(qulonglong(m_vectors->size()))));
}

QString NeighboursView::missingWordText(const lengua::WordVectors& vectors, const QString& word)
{
    const std::vector<std::string> closest = lengua::ClosestWords::find(word.toStdString(), vectors.words());
    if (closest.empty())
        return tr("“%1” is not in the vocabulary, and no word is spelt like it.").arg(word);
    QStringList words;
    for (const std::string& w : closest)
        words << QString::fromStdString(w);
    return tr("“%1” is not in the vocabulary. Did you mean: %2?").arg(word, words.join(QStringLiteral(", ")));
}
