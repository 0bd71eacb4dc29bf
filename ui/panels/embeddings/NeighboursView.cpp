// The nearest-neighbours table; see NeighboursView.h.
#include "NeighboursView.h"

#include "count/ClosestWords.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

NeighboursView::NeighboursView(QWidget* parent) : RankedWordsView(parent)
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
    createResultParts(QStringLiteral("embeddingNeighbour"), 4);

    auto* row = new QHBoxLayout;
    row->addWidget(m_queryLabel);
    row->addWidget(m_query, 1);
    row->addWidget(m_top);
    row->addWidget(m_search);
    row->addWidget(exportButton());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(messageLabel());
    layout->addWidget(table(), 1);

    connect(m_query, &QLineEdit::returnPressed, this, &NeighboursView::refresh);
    connect(m_search, &QPushButton::clicked, this, &NeighboursView::refresh);
    connect(m_top, &QComboBox::currentIndexChanged, this, &NeighboursView::refresh);
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
    exportButton()->setText(tr("Export CSV…"));
    exportButton()->setToolTip(tr("Saves the table as CSV"));
    table()->setHorizontalHeaderLabels({tr("#"), tr("Neighbour"), tr("Cosine"), tr("Count")});
    table()->horizontalHeaderItem(2)->setToolTip(tr("cos(v, w) = v·w / (|v| |w|): 1 is the same "
                                                   "direction, 0 unrelated"));
    table()->horizontalHeaderItem(3)->setToolTip(tr("How often the word appears in the corpus"));
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

void NeighboursView::refresh()
{
    table()->setRowCount(0);
    const QString word = query();
    if (!m_vectors || m_vectors->empty()) {
        setMessage(tr("No vectors yet: train some on a corpus, or import a file."));
        return;
    }
    if (word.isEmpty()) {
        setMessage(tr("Type a word and press Enter."));
        return;
    }
    const std::string key = word.toStdString();
    if (!m_vectors->contains(key)) {
        setMessage(missingWordText(*m_vectors, word));
        return;
    }
    const std::size_t k = std::size_t(m_top->currentData().toInt());
    const std::vector<lengua::ScoredWord> neighbours = m_vectors->nearest(key, k);
    const QLocale locale;
    table()->setRowCount(int(neighbours.size()));
    for (int i = 0; i < int(neighbours.size()); ++i) {
        const lengua::ScoredWord& n = neighbours[std::size_t(i)];
        const QString count =
            n.index < m_counts.size() ? locale.toString(qulonglong(m_counts[n.index])) : QString();
        setRankedRow(i, QString::fromStdString(n.word),
                     {locale.toString(double(n.score), 'f', 3), count});
    }
    table()->resizeColumnToContents(0);
    setMessage(tr("The %1 words whose vectors are closest to “%2” by cosine, among %3 words.")
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
