// The "matrix" view; see CooccurrenceMatrixTab.h.
#include "CooccurrenceMatrixTab.h"

#include "LabelledMatrixModel.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "jobs/LatestJob.h"
#include "widgets/HeatmapView.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QStringList toQStringList(const std::vector<std::string>& items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const std::string& item : items)
        out << QString::fromStdString(item);
    return out;
}

} // namespace

CooccurrenceMatrixTab::CooccurrenceMatrixTab(JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_latest(new LatestJob(jobs, this))
{
    setObjectName(QStringLiteral("cooccurrenceMatrixTab"));
    m_topLabel = new QLabel(this);
    m_top = new QSpinBox(this);
    m_top->setObjectName(QStringLiteral("cooccurrenceTopWords"));
    m_top->setRange(2, 20000);
    m_top->setValue(30);
    m_top->setAccelerated(true);
    m_topLabel->setBuddy(m_top);
    m_wordsLabel = new QLabel(this);
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("cooccurrenceWords"));
    m_words->setClearButtonEnabled(true);
    m_wordsLabel->setBuddy(m_words);
    m_orderLabel = new QLabel(this);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("cooccurrenceOrder"));
    for (const auto order : {HeatmapRowOrder::Frequency, HeatmapRowOrder::Alphabetical,
                             HeatmapRowOrder::Clustered})
        m_order->addItem(QString(), int(order));
    m_orderLabel->setBuddy(m_order);
    m_log = new QCheckBox(this);
    m_log->setObjectName(QStringLiteral("cooccurrenceLogScale"));
    m_pictureButton = new QPushButton(this);
    m_csvButton = new QPushButton(this);
    connect(m_pictureButton, &QPushButton::clicked, this, &CooccurrenceMatrixTab::exportPicture);
    connect(m_csvButton, &QPushButton::clicked, this, &CooccurrenceMatrixTab::exportTable);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("cooccurrenceCaption"));
    m_caption->setWordWrap(true);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("cooccurrenceNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setOpenExternalLinks(false);
    // A suggestion link replaces the unknown word in the list.
    connect(m_note, &QLabel::linkActivated, this, [this](const QString& link) {
        const QString from = link.section(QLatin1Char('|'), 0, 0);
        const QString to = link.section(QLatin1Char('|'), 1, 1);
        QStringList words = m_words->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                                  Qt::SkipEmptyParts);
        for (QString& word : words)
            if (word.compare(from, Qt::CaseInsensitive) == 0)
                word = to;
        setWords(words.join(QStringLiteral(", ")));
    });
    m_heatmap = new HeatmapView(this);
    m_heatmap->setObjectName(QStringLiteral("cooccurrenceHeatmap"));
    QFont heatmapFont = m_heatmap->font();
    heatmapFont.setPointSizeF(heatmapFont.pointSizeF() * 1.1);
    m_heatmap->setFont(heatmapFont);
    m_hover = new QLabel(this);
    m_hover->setObjectName(QStringLiteral("cooccurrenceHover"));
    QFont hoverFont = m_hover->font();
    hoverFont.setPointSizeF(hoverFont.pointSizeF() * 1.25);
    m_hover->setFont(hoverFont);
    connect(m_heatmap, &HeatmapView::cellHovered, this, &CooccurrenceMatrixTab::showHovered);
    connect(m_heatmap, &HeatmapView::cellClicked, this, [this](int row, int) {
        if (row >= 0 && std::size_t(row) < m_slice.rowLabels.size())
            Q_EMIT wordChosen(QString::fromStdString(m_slice.rowLabels[std::size_t(row)]));
    });
    m_table = new LabelledMatrixModel(this);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_top, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_words, &QLineEdit::returnPressed, this, [this] { refresh(); });
    connect(m_words, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_top->setEnabled(text.trimmed().isEmpty());
        if (text.isEmpty())
            m_debounce->start(); // cleared: back to the top-N words
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_log, &QCheckBox::toggled, m_heatmap, &HeatmapView::setLogScale);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_topLabel);
    bar->addWidget(m_top);
    bar->addSpacing(8);
    bar->addWidget(m_orderLabel);
    bar->addWidget(m_order);
    bar->addSpacing(8);
    bar->addWidget(m_log);
    bar->addStretch(1);
    auto* bar2 = new QHBoxLayout;
    bar2->addWidget(m_wordsLabel);
    bar2->addWidget(m_words, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hover, 1);
    bottom->addWidget(m_pictureButton);
    bottom->addWidget(m_csvButton);
    m_hover->setWordWrap(true);
    m_hover->setMinimumWidth(100);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(bar2);
    layout->addWidget(m_caption);
    layout->addWidget(m_note);
    layout->addWidget(m_heatmap, 1);
    layout->addLayout(bottom);
    retranslate();
}

void CooccurrenceMatrixTab::retranslate()
{
    m_topLabel->setText(tr("&Top words:"));
    m_top->setToolTip(tr("The most frequent words of the vocabulary drawn as rows"));
    m_wordsLabel->setText(tr("or t&hese words:"));
    m_words->setPlaceholderText(tr("e.g. banco, dinero, río, agua (Enter)"));
    m_words->setToolTip(tr("Your own word list, separated by commas or spaces; Enter draws it"));
    m_orderLabel->setText(tr("&Rows:"));
    m_order->setToolTip(tr("Clustering puts rows with similar vectors next to each other, so "
                           "topics show up as blocks"));
    for (int i = 0; i < m_order->count(); ++i)
        m_order->setItemText(i, CooccurrenceComputation::orderName(
                                    HeatmapRowOrder(m_order->itemData(i).toInt())));
    m_log->setText(tr("&Log colour scale"));
    m_log->setToolTip(tr("Colours follow the logarithm of the value, so a few huge counts do "
                         "not wash out the rest"));
    m_pictureButton->setText(tr("Picture…"));
    m_pictureButton->setToolTip(tr("Saves the heatmap as PNG or SVG"));
    m_csvButton->setText(tr("CSV…"));
    m_csvButton->setToolTip(tr("Saves the values shown as a CSV table"));
    m_heatmap->setToolTip(QString());
    updateCaption();
    updateNote();
    showHovered(-1, -1);
}

void CooccurrenceMatrixTab::setData(std::shared_ptr<const CooccurrenceData> data)
{
    m_data = std::move(data);
    m_error.clear();
    if (!m_data) {
        m_slice = {};
        m_heatmap->setMatrix({}, 0, 0);
        m_table->setMatrix({}, {}, {});
        updateCaption();
        updateNote();
        return;
    }
    refresh();
}

JobHandle* CooccurrenceMatrixTab::refresh()
{
    m_debounce->stop();
    m_latest->cancel();
    if (!m_data)
        return nullptr;
    HeatmapSliceRequest request;
    request.matrix = m_data->weighted;
    request.words = CooccurrenceComputation::words(*m_data, m_words->text());
    request.topN = std::size_t(m_top->value());
    request.maxRows = m_maxDenseRows;
    request.maxColumns = m_maxDenseRows;
    request.columnsAreRows = m_data->kind == CooccurrenceKind::WordWord;
    request.order = HeatmapRowOrder(m_order->currentData().toInt());
    return m_latest->start(
        tr("Drawing the %1 heatmap").arg(CooccurrenceComputation::weightingName(m_data->weighting)),
        CooccurrenceComputation::sliceJob(std::move(request)),
        [this](const std::any& result) {
            showSlice(std::any_cast<HeatmapSlice>(result));
        },
        [this](const QString& error) {
            m_error = error;
            updateNote();
        });
}

void CooccurrenceMatrixTab::showSlice(HeatmapSlice slice)
{
    m_slice = std::move(slice);
    const int rows = int(m_slice.rows.size());
    const int columns = int(m_slice.columns.size());
    const QStringList rowLabels = toQStringList(m_slice.rowLabels);
    const QStringList columnLabels = toQStringList(m_slice.columnLabels);
    m_heatmap->setMatrix(m_slice.values, rows, columns);
    m_heatmap->setRowLabels(rowLabels);
    m_heatmap->setColumnLabels(columnLabels);
    m_table->setMatrix(rowLabels, columnLabels, m_slice.values,
                       m_data && m_data->kind == CooccurrenceKind::TermDocument ? tr("word \\ document")
                                                                                : tr("word \\ context"));
    updateCaption();
    updateNote();
}

void CooccurrenceMatrixTab::updateCaption()
{
    if (!m_data) {
        m_caption->setText(tr("Nothing counted yet: choose a corpus and press Count."));
        m_heatmap->setAxisTitles(QString(), QString());
        return;
    }
    const QLocale locale;
    const bool wordWord = m_data->kind == CooccurrenceKind::WordWord;
    QString what = wordWord
        ? tr("%1 of word × word co-occurrence, window %2%3")
              .arg(CooccurrenceComputation::weightingName(m_data->weighting))
              .arg(m_data->settings.window)
              .arg(m_data->settings.distanceWeighting ? tr(", weighted by 1/distance") : QString())
        : tr("%1 of the word × document matrix")
              .arg(CooccurrenceComputation::weightingName(m_data->weighting));
    m_caption->setText(tr("%1 · %2 rows of %3 words · %4")
                           .arg(what, locale.toString(qulonglong(m_slice.rows.size())),
                                locale.toString(qulonglong(m_data->weighted->rows())),
                                CooccurrenceComputation::orderName(m_slice.order)));
    m_heatmap->setAxisTitles(tr("Word"), wordWord ? tr("Context word") : tr("Document"));
}

void CooccurrenceMatrixTab::updateNote()
{
    QStringList notes;
    if (!m_error.isEmpty())
        notes << tr("The heatmap could not be drawn: %1").arg(m_error.toHtmlEscaped());
    for (const UnknownWord& unknown : m_slice.unknown) {
        const QString word = QString::fromStdString(unknown.word).toHtmlEscaped();
        if (unknown.suggestions.empty()) {
            notes << tr("“%1” is not in the vocabulary, and no word is close to it.").arg(word);
            continue;
        }
        QStringList links;
        for (const std::string& suggestion : unknown.suggestions) {
            const QString s = QString::fromStdString(suggestion).toHtmlEscaped();
            links << QStringLiteral("<a href=\"%1|%2\">%2</a>").arg(word, s);
        }
        notes << tr("“%1” is not in the vocabulary. Did you mean: %2?")
                     .arg(word, links.join(QStringLiteral(", ")));
    }
    const QLocale locale;
    if (m_slice.rowsCut)
        notes << tr("<b>Too large to draw cell by cell:</b> %1 rows were asked for; the first %2 "
                    "(the most frequent) are shown.")
                     .arg(locale.toString(qulonglong(m_slice.requestedRows)),
                          locale.toString(qulonglong(m_slice.rows.size())));
    if (m_slice.columnsCut && m_data)
        notes << tr("<b>Too large to draw cell by cell:</b> the corpus has %1 documents; the "
                    "first %2 are shown.")
                     .arg(locale.toString(qulonglong(m_data->weighted->columns())),
                          locale.toString(qulonglong(m_slice.columns.size())));
    if (m_slice.clusteringSkipped)
        notes << tr("Too many rows to cluster quickly: they are shown by frequency (cluster "
                    "at most 600).");
    m_note->setText(notes.join(QStringLiteral("<br>")));
    m_note->setVisible(!notes.isEmpty());
}

QString CooccurrenceMatrixTab::noteText() const
{
    return m_note->text();
}

QString CooccurrenceMatrixTab::captionText() const
{
    return m_caption->text();
}

void CooccurrenceMatrixTab::showHovered(int row, int col)
{
    if (row < 0 || col < 0) {
        m_hover->setText(tr("Point at a cell to read its value; wheel to zoom, drag to pan, "
                            "double-click to see everything; click a row for its neighbours."));
        return;
    }
    m_hover->setText(m_heatmap->cellText(row, col));
}

void CooccurrenceMatrixTab::setTopWords(int count)
{
    m_top->setValue(count);
}

int CooccurrenceMatrixTab::topWords() const
{
    return m_top->value();
}

void CooccurrenceMatrixTab::setWords(const QString& words)
{
    m_words->setText(words);
    refresh();
}

void CooccurrenceMatrixTab::setOrder(HeatmapRowOrder order)
{
    m_order->setCurrentIndex(m_order->findData(int(order)));
}

void CooccurrenceMatrixTab::setLogScale(bool on)
{
    m_log->setChecked(on);
}

void CooccurrenceMatrixTab::exportPicture()
{
    ViewExporter::exportPictureWithDialog(m_heatmap, this);
}

void CooccurrenceMatrixTab::exportTable()
{
    ViewExporter::exportTableWithDialog(m_table, this);
}

JobHandle* CooccurrenceMatrixTab::pendingJob() const
{
    return m_latest->running();
}
