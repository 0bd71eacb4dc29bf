// The Co-occurrence & TF-IDF panel (see CooccurrencePanel.h): the counting controls on the
// left, the four views in tabs in the middle, the lesson box on the right.
#include "CooccurrencePanel.h"

#include "CooccurrenceComputation.h"
#include "CorpusImporter.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/cooccurrence/CooccurrenceControls.h"
#include "panels/cooccurrence/CooccurrenceMatrixTab.h"
#include "panels/cooccurrence/CooccurrenceSimilarityTab.h"
#include "panels/cooccurrence/LectureSimilarityView.h"
#include "panels/cooccurrence/TfidfSearchTab.h"
#include "widgets/LessonBox.h"
#include "widgets/ViewExporter.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

CooccurrencePanel::CooccurrencePanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer,
                                     QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("cooccurrencePanel"));
    buildUi();
    // The first corpus of the session is counted at once, so the views are never empty;
    // the example's sample is counted with the example's settings.
    connect(&m_workspace, &Workspace::corpusAdded, this, [this](const QString& id) {
        if (m_examplePending) {
            m_examplePending = false;
            m_controls->selectCorpus(id);
            setUpLectureExample();
            count();
        } else if (!m_data && !m_countJob) {
            m_controls->selectCorpus(id);
            count();
        }
    });
    if (!m_workspace.corpora().empty() || !m_workspace.processedCorpora().empty())
        QTimer::singleShot(0, this, [this] {
            if (!m_data && !m_countJob)
                count();
        });
    retranslate();
}

CooccurrencePanel::~CooccurrencePanel()
{
    if (m_countJob) {
        m_countJob->disconnect(this);
        m_countJob->cancel();
    }
}

void CooccurrencePanel::buildUi()
{
    m_controls = new CooccurrenceControls(m_workspace, this);
    connect(m_controls, &CooccurrenceControls::countRequested, this, [this] { count(); });
    connect(m_controls, &CooccurrenceControls::cancelRequested, this, [this] {
        if (m_countJob)
            m_countJob->cancel();
    });
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setWidget(m_controls);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cooccurrenceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_matrixTab = new CooccurrenceMatrixTab(m_jobs, this), QString());
    m_tabs->addTab(m_similarityTab = new CooccurrenceSimilarityTab(m_jobs, this), QString());
    m_lectureView = new LectureSimilarityView(this);
    auto* lectureScroll = new QScrollArea(this);
    lectureScroll->setWidget(m_lectureView);
    lectureScroll->setWidgetResizable(true);
    lectureScroll->setFrameShape(QFrame::NoFrame);
    m_lecturePage = lectureScroll;
    m_tabs->addTab(m_lecturePage, QString());
    m_tabs->addTab(m_tfidfTab = new TfidfSearchTab(m_jobs, this), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &CooccurrencePanel::updateLessonText);
    connect(m_matrixTab, &CooccurrenceMatrixTab::wordChosen, this, [this](const QString& word) {
        m_similarityTab->setNeighbourWord(word);
    });

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &CooccurrencePanel::loadLectureExample);

    // The side column: what to count above, the lesson below; the heatmap gets the width.
    auto* side = new QSplitter(Qt::Vertical, this);
    side->setChildrenCollapsible(false);
    side->addWidget(leftScroll);
    side->addWidget(m_lessonBox);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 1);
    side->setMinimumWidth(250);
    leftScroll->setMinimumHeight(m_controls->sizeHint().height() + 30); // with a 3-line status

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cooccurrenceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({290, 790});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
}

void CooccurrencePanel::retranslate()
{
    m_controls->retranslate();
    m_matrixTab->retranslate();
    m_similarityTab->retranslate();
    m_lectureView->retranslate();
    m_tfidfTab->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_matrixTab), tr("Matrix"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_matrixTab),
                          tr("The counted matrix as a heatmap: word × word or word × document"));
    m_tabs->setTabText(m_tabs->indexOf(m_similarityTab), tr("Similarity"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_similarityTab),
                          tr("Cosine between words or documents, and a word's nearest neighbours"));
    m_tabs->setTabText(m_tabs->indexOf(m_lecturePage), tr("Lecture's table"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_lecturePage),
                          tr("cherry, digital, information: dot product against cosine; bag of words"));
    m_tabs->setTabText(m_tabs->indexOf(m_tfidfTab), tr("TF-IDF search"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_tfidfTab),
                          tr("Ranking documents by TF-IDF cosine and by BM25; the formulas filled in"));
    updateLessonText();
}

void CooccurrencePanel::updateLessonText()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_matrixTab) {
        m_lessonBox->setTitle(tr("Co-occurrence matrices"));
        m_lessonBox->setText(tr(
            "<p><b>Word × document:</b> the words in the rows, the documents in the columns, and "
            "in each cell how many times the word appears in the document. Each row is a vector "
            "that represents the word.</p>"
            "<p><b>Word × word:</b> each cell counts how often two words appear together in a "
            "context, 4 to 10 words around the word.</p>"
            "<p><i>Idea:</i> words that often appear together in a context are more closely "
            "related in meaning than words that rarely do.</p>"
            "<p>Raw counts favour frequent words. <b>PPMI</b> keeps what is more frequent than "
            "chance:</p>"
            "<p align=\"center\" style=\"font-size:large\">PPMI(w, c) =<br>max(0, log<sub>2</sub> "
            "P(w, c) / (P(w) P(c)))</p>"
            "<p>Cluster the rows and topics appear as blocks along the diagonal.</p>"));
    } else if (tab == m_similarityTab) {
        m_lessonBox->setTitle(tr("Similarity between vectors"));
        m_lessonBox->setText(tr(
            "<p>With words (or documents) as vectors, how similar are two of them? By how much "
            "the vectors overlap, the dot product:</p>"
            "<p align=\"center\" style=\"font-size:large\"><b>v</b> · <b>w</b> = "
            "Σ<sub><i>i</i></sub> v<sub><i>i</i></sub> w<sub><i>i</i></sub></p>"
            "<p>To make it independent of the magnitude, divide by the lengths of the vectors:</p>"
            "<p align=\"center\" style=\"font-size:large\">cos(<b>v</b>, <b>w</b>) = "
            "<b>v</b> · <b>w</b> / (|<b>v</b>| |<b>w</b>|)</p>"
            "<p>The nearest neighbours of a word are the words whose rows point the same way: "
            "they appear in the same contexts.</p>"));
    } else if (tab == m_lecturePage) {
        m_lessonBox->setTitle(tr("Dot product, cosine and bag of words"));
        m_lessonBox->setText(tr(
            "<p>The lecture's table counts how often cherry, digital and information appear near "
            "pie, data and computer.</p>"
            "<p align=\"center\" style=\"font-size:large\">cos(<b>v</b>, <b>w</b>) = "
            "<b>v</b> · <b>w</b> / (|<b>v</b>| |<b>w</b>|)</p>"
            "<p>cos(cherry, information) = 0.018 and cos(digital, information) = 0.996: "
            "information is a “digital” word.</p>"
            "<p><b>Bag of words:</b> each word is a one-hot vector the size of the vocabulary, a 1 "
            "in its place and 0 elsewhere; a sentence is the sum of its words' vectors. There is "
            "no sense of order: “el perro mordió al hombre” and “el hombre mordió al perro” get "
            "the same vector.</p>"));
    } else {
        m_lessonBox->setTitle(tr("TF-IDF"));
        m_lessonBox->setText(tr(
            "<p>A word × document matrix only counts; frequent words do not always add meaning. "
            "TF-IDF flattens large counts and gives more weight to words found in few "
            "documents:</p>"
            "<p align=\"center\" style=\"font-size:large\">tf<sub><i>t,d</i></sub> = "
            "log<sub>10</sub>(1 + count(<i>t</i>, <i>d</i>))</p>"
            "<p align=\"center\" style=\"font-size:large\">idf<sub><i>t</i></sub> = "
            "log<sub>10</sub>(<i>N</i> / df<sub><i>t</i></sub>)</p>"
            "<p><i>N</i> is the number of documents and df<sub><i>t</i></sub> the number of "
            "documents where <i>t</i> appears. A word found in every document gets idf = 0.</p>"
            "<p>A query is ranked by the cosine of its TF-IDF vector with each document's; BM25, "
            "next to it, is what search engines use.</p>"));
    }
}

JobHandle* CooccurrencePanel::count()
{
    if (m_countJob) {
        m_countJob->disconnect(this);
        m_countJob->cancel();
        m_countJob = nullptr;
    }
    const CooccurrenceRequest request = m_controls->request();
    if (!request.corpus && !request.processedCorpus) {
        m_controls->setStatus(tr("Load or choose a corpus to count."), true);
        return nullptr;
    }
    m_jobs.removeFinished(m_lastCountJob);
    JobHandle* job = m_jobs.start(CooccurrenceComputation::countTitle(request),
                                  CooccurrenceComputation::countJob(request));
    m_countJob = job;
    m_lastCountJob = job;
    m_controls->setRunning(true);
    m_controls->setStatus(tr("Counting…"));
    connect(job, &JobHandle::progressChanged, this, [this, job](double fraction, const QString& message) {
        if (job == m_countJob)
            m_controls->setProgress(fraction, message);
    });
    connect(job, &JobHandle::succeeded, this, [this, job](const std::any& result) {
        if (job != m_countJob)
            return;
        m_countJob = nullptr;
        m_controls->setRunning(false);
        showData(std::any_cast<std::shared_ptr<const CooccurrenceData>>(result));
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job != m_countJob)
            return;
        m_countJob = nullptr;
        m_controls->setRunning(false);
        m_controls->setStatus(tr("Counting failed: %1").arg(error.toHtmlEscaped()), true);
    });
    connect(job, &JobHandle::cancelled, this, [this, job] {
        if (job != m_countJob)
            return;
        m_countJob = nullptr;
        m_controls->setRunning(false);
        m_controls->setStatus(tr("Counting was cancelled."));
    });
    return job;
}

void CooccurrencePanel::showData(std::shared_ptr<const CooccurrenceData> data)
{
    m_data = std::move(data);
    const QLocale locale;
    m_controls->setStatus(
        tr("%1 words × %2 %3 · %4 non-zero cells · %5 documents, %6 words of text · %7 s")
            .arg(locale.toString(qulonglong(m_data->weighted->rows())),
                 locale.toString(qulonglong(m_data->weighted->columns())),
                 m_data->kind == CooccurrenceKind::WordWord ? tr("context words") : tr("documents"),
                 locale.toString(qulonglong(m_data->weighted->nonZeros())),
                 locale.toString(qulonglong(m_data->documents)),
                 locale.toString(qulonglong(m_data->tokens)),
                 locale.toString(m_data->seconds, 'f', 2)));
    m_matrixTab->setData(m_data);
    m_similarityTab->setData(m_data);
    m_tfidfTab->setData(m_data);
}

QString CooccurrencePanel::sampleCorpusId() const
{
    for (const auto& corpus : m_workspace.corpora())
        if (corpus->source == "sample")
            return QString::fromStdString(corpus->id);
    return {};
}

void CooccurrencePanel::setUpLectureExample()
{
    // Content words of the bilingual sample, PPMI over a window of 4, the rows clustered:
    // the topics (money, river, kitchen…) show up as blocks along the diagonal.
    m_controls->setKind(CooccurrenceKind::WordWord);
    m_controls->setWindow(4);
    m_controls->setDistanceWeighting(false);
    m_controls->setWeighting(CooccurrenceWeighting::Ppmi);
    m_controls->setMinCount(2);
    m_controls->setDropStopWords(true);
    m_matrixTab->setWords(QString());
    m_matrixTab->setTopWords(60);
    m_matrixTab->setOrder(HeatmapRowOrder::Clustered);
    m_tabs->setCurrentWidget(m_matrixTab);
}

void CooccurrencePanel::loadLectureExample()
{
    const QString sample = sampleCorpusId();
    if (!sample.isEmpty()) {
        m_controls->selectCorpus(sample);
        setUpLectureExample();
        count();
        return;
    }
    if (!m_importer)
        return;
    m_examplePending = true;
    m_tabs->setCurrentWidget(m_matrixTab);
    m_controls->setStatus(tr("Loading the sample corpus…"));
    if (!m_importer->loadEmbeddedSample())
        m_examplePending = false;
}

bool CooccurrencePanel::showView(const QString& view)
{
    const std::pair<const char*, QWidget*> views[] = {{"matrix", m_matrixTab},
                                                      {"similarity", m_similarityTab},
                                                      {"lecture", m_lecturePage},
                                                      {"tfidf", m_tfidfTab}};
    if (view.isEmpty())
        return true;
    if (view == QLatin1String("example")) {
        // Next turn of the event loop: the session's sample load has started by then.
        QTimer::singleShot(0, this, [this] {
            if (m_workspace.corpora().empty() && m_jobs.runningCount() > 0) {
                m_examplePending = true; // the start-up sample: use it when it arrives
                m_tabs->setCurrentWidget(m_matrixTab);
            } else {
                loadLectureExample();
            }
        });
        return true;
    }
    if (view == QLatin1String("documents")) {
        // The other matrix of the lecture: words × documents, TF-IDF weighted.
        m_controls->setKind(CooccurrenceKind::TermDocument);
        m_controls->setWeighting(CooccurrenceWeighting::Tfidf);
        m_tabs->setCurrentWidget(m_matrixTab);
        if (m_controls->hasCorpus())
            count(); // otherwise the first corpus is counted so when it arrives
        return true;
    }
    for (const auto& [name, tab] : views) {
        if (view == QLatin1String(name)) {
            m_tabs->setCurrentWidget(tab);
            return true;
        }
    }
    return false;
}

void CooccurrencePanel::exportCurrentView()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_matrixTab)
        m_matrixTab->exportPicture();
    else if (tab == m_similarityTab)
        m_similarityTab->exportPicture();
    else if (tab == m_tfidfTab)
        m_tfidfTab->exportPicture();
    else
        ViewExporter::exportPictureWithDialog(m_lectureView, this);
}
