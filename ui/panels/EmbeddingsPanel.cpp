// The Embeddings panel (see EmbeddingsPanel.h): the training form and the lesson on the
// left, the vectors shown and their four tabs in the middle.
#include "EmbeddingsPanel.h"

#include "CorpusImporter.h"
#include "SampleCorpora.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/embeddings/AnalogyView.h"
#include "panels/embeddings/EmbeddingEvaluationView.h"
#include "panels/embeddings/EmbeddingLossChart.h"
#include "panels/embeddings/EmbeddingTrainingForm.h"
#include "panels/embeddings/NeighboursView.h"
#include "text/Corpus.h"
#include "widgets/LessonBox.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

QString EmbeddingsPanel::lectureWord()
{
    return QStringLiteral("casa");
}

EmbeddingsPanel::EmbeddingsPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer,
                                 QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("embeddingsPanel"));
    buildUi();
    connect(&m_workspace, &Workspace::embeddingsChanged, this, &EmbeddingsPanel::rebuildVectorsCombo);
    connect(&m_workspace, &Workspace::corpusAdded, this, [this](const QString&) {
        if (m_examplePending == ExampleCorpus::None)
            return;
        const ExampleCorpus kind = m_examplePending;
        const QString id = exampleCorpusId(kind);
        if (id.isEmpty())
            return; // another corpus (the start-up sample while the Bible loads)
        m_form->selectCorpus(id);
        applyExampleSettings(kind);
        runLectureExample();
    });
    rebuildVectorsCombo();
    retranslate();
}

EmbeddingsPanel::~EmbeddingsPanel()
{
    for (JobHandle* job : {m_trainJob.data(), m_fileJob.data()})
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
}

void EmbeddingsPanel::buildUi()
{
    m_form = new EmbeddingTrainingForm(m_workspace, this);
    connect(m_form, &EmbeddingTrainingForm::trainRequested, this, [this] { train(); });
    connect(m_form, &EmbeddingTrainingForm::cancelRequested, this, &EmbeddingsPanel::cancelTraining);
    auto* formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &EmbeddingsPanel::loadLectureExample);
    formScroll->setMinimumWidth(270);

    // The vectors every tab works on.
    m_vectorsLabel = new QLabel(this);
    m_vectorsCombo = new QComboBox(this);
    m_vectorsCombo->setObjectName(QStringLiteral("embeddingVectors"));
    m_vectorsCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vectorsCombo->setMinimumContentsLength(24);
    m_vectorsLabel->setBuddy(m_vectorsCombo);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("embeddingImport"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("embeddingExport"));
    m_vectorsInfo = new QLabel(this);
    m_vectorsInfo->setObjectName(QStringLiteral("embeddingVectorsInfo"));
    m_vectorsInfo->setWordWrap(true);
    connect(m_vectorsCombo, &QComboBox::currentIndexChanged, this, &EmbeddingsPanel::showEmbedding);
    connect(m_importButton, &QPushButton::clicked, this, &EmbeddingsPanel::importWithDialog);
    connect(m_exportButton, &QPushButton::clicked, this, &EmbeddingsPanel::exportWithDialog);
    auto* vectorsRow = new QHBoxLayout;
    vectorsRow->addWidget(m_vectorsLabel);
    vectorsRow->addWidget(m_vectorsCombo, 1);
    vectorsRow->addWidget(m_importButton);
    vectorsRow->addWidget(m_exportButton);

    m_lossChart = new EmbeddingLossChart(this);
    m_trainSummary = new QLabel(this);
    m_trainSummary->setObjectName(QStringLiteral("embeddingTrainSummary"));
    m_trainSummary->setWordWrap(true);
    m_trainPage = new QWidget(this);
    auto* trainLayout = new QVBoxLayout(m_trainPage);
    trainLayout->addWidget(m_lossChart, 1);
    trainLayout->addWidget(m_trainSummary);
    m_neighbours = new NeighboursView(this);
    m_analogy = new AnalogyView(this);
    m_evaluation = new EmbeddingEvaluationView(m_jobs, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("embeddingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_trainPage, QString());
    m_tabs->addTab(m_neighbours, QString());
    m_tabs->addTab(m_analogy, QString());
    m_tabs->addTab(m_evaluation, QString());

    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(vectorsRow);
    middleLayout->addWidget(m_vectorsInfo);
    middleLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("embeddingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(formScroll);
    splitter->addWidget(middle);
    splitter->addWidget(m_lessonBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({290, 700, 280});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
}

void EmbeddingsPanel::retranslate()
{
    m_form->retranslate();
    m_neighbours->retranslate();
    m_analogy->retranslate();
    m_evaluation->retranslate();
    m_vectorsLabel->setText(tr("&Vectors:"));
    m_vectorsCombo->setToolTip(tr("The word vectors the tabs use: trained here, computed by "
                                  "PPMI–SVD or imported from a file"));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Reads word vectors: word2vec text or binary, GloVe, fastText "
                                  ".vec (the format is detected)"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Saves the shown vectors: word2vec text or binary, or the two "
                                  "TSV files of the TensorFlow Embedding Projector"));
    m_tabs->setTabText(m_tabs->indexOf(m_trainPage), tr("Training"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_trainPage), tr("The loss as word2vec learns, epoch by epoch"));
    m_tabs->setTabText(m_tabs->indexOf(m_neighbours), tr("Neighbours"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_neighbours), tr("The words closest to a word by cosine"));
    m_tabs->setTabText(m_tabs->indexOf(m_analogy), tr("Analogies"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_analogy), tr("a − b + c: rey − hombre + mujer"));
    m_tabs->setTabText(m_tabs->indexOf(m_evaluation), tr("Evaluation"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_evaluation),
                          tr("Word similarity (Spearman ρ) and analogy accuracy on standard files"));
    if (m_vectorsCombo->count() == 0)
        showEmbedding();
    if (m_trainedSummary.isEmpty())
        m_trainSummary->setText(tr("Choose a corpus and a method on the left and press "
                                   "<b>Train</b>, or press the lesson's example button: skip-gram "
                                   "on the sample corpus, then the neighbours of “casa”."));

    m_lessonBox->setTitle(tr("Word embeddings: skip-gram with negative sampling"));
    m_lessonBox->setText(tr(
        "<p>A word is represented by a short, dense vector (50–300 numbers) learnt from the "
        "words around it, instead of a long, sparse row of counts.</p>"
        "<p><b>Skip-gram</b> turns the text into a classification task: is <i>c</i> a real "
        "context word of <i>w</i>?</p>"
        "<p align=\"center\" style=\"font-size:large\"><i>p</i>(+ | <i>w</i>, <i>c</i>) = "
        "1 / (1 + exp(−<b>c</b> · <b>w</b>))</p>"
        "<ul><li><b>Positives:</b> the words in the window around <i>w</i>.</li>"
        "<li><b>Negatives:</b> <i>k</i> random words from the vocabulary (drawn by frequency to the "
        "power 0.75).</li>"
        "<li><b>Logistic regression</b> pushes <b>c</b> · <b>w</b> up for positives and down for "
        "negatives:<br/>L = −log σ(<b>c</b><sub>pos</sub> · <b>w</b>) − Σ<sub><i>i</i></sub> "
        "log σ(−<b>c</b><sub>neg <i>i</i></sub> · <b>w</b>)</li>"
        "<li>The classifier is thrown away: its <b>weights are the embeddings</b>.</li></ul>"
        "<p><b>CBOW</b> does the opposite: the mean of the context predicts the word.</p>"
        "<p><b>PPMI–SVD</b> is the count-based counterpart: the PPMI word × context matrix, "
        "compressed by a truncated SVD to the same few dimensions. Words used in similar contexts "
        "end up with similar vectors either way.</p>"
        "<p>The example trains skip-gram on a Spanish corpus (the Reina-Valera Bible when it is "
        "installed, else the small sample) and lists the neighbours of a word. After “El señorial "
        "chalet se encontraba a la izquierda de la…” the lecture expects “casa”, “escuela”, "
        "“zapatería”: words used in the same contexts get similar vectors.</p>"));
}

void EmbeddingsPanel::rebuildVectorsCombo()
{
    const QString current = currentEmbeddingId();
    const QSignalBlocker blocker(m_vectorsCombo);
    m_vectorsCombo->clear();
    for (const EmbeddingArtefact& embedding : m_workspace.embeddings())
        m_vectorsCombo->addItem(QString::fromStdString(embedding.name), QString::fromStdString(embedding.id));
    int index = m_vectorsCombo->findData(current);
    if (index < 0)
        index = m_vectorsCombo->count() - 1; // the newest
    m_vectorsCombo->setCurrentIndex(index);
    m_exportButton->setEnabled(m_vectorsCombo->count() > 0);
    showEmbedding();
}

QString EmbeddingsPanel::currentEmbeddingId() const
{
    return m_vectorsCombo->currentData().toString();
}

bool EmbeddingsPanel::selectEmbedding(const QString& id)
{
    const int index = m_vectorsCombo->findData(id);
    if (index < 0)
        return false;
    m_vectorsCombo->setCurrentIndex(index);
    return true;
}

void EmbeddingsPanel::showEmbedding()
{
    const EmbeddingArtefact* embedding = m_workspace.embedding(currentEmbeddingId().toStdString());
    if (!embedding) {
        m_vectorsInfo->setText(tr("No vectors yet: train some, or import a file."));
        m_neighbours->setVectors({}, {});
        m_analogy->setVectors({});
        m_evaluation->setVectors({}, {});
        return;
    }
    const QLocale locale;
    QString info = tr("%1 words × %2 dimensions")
                       .arg(locale.toString(qulonglong(embedding->vectors->size())),
                            locale.toString(qulonglong(embedding->vectors->dimension())));
    // A trained model's description already gives its size.
    if (!embedding->description.empty())
        info = embedding->method == "imported"
                   ? info + QStringLiteral(" · ") + QString::fromStdString(embedding->description)
                   : QString::fromStdString(embedding->description);
    m_vectorsInfo->setText(info);
    m_vectorsInfo->setStyleSheet(QString());
    m_neighbours->setVectors(embedding->vectors, embedding->counts);
    m_analogy->setVectors(embedding->vectors);
    m_evaluation->setVectors(embedding->vectors, QString::fromStdString(embedding->name));
    // The training tab follows the chosen vectors (unless a run is drawing its curve).
    if (!(m_trainJob && !m_trainJob->isFinished()) && !m_keepChart
        && m_chartEmbeddingId != embedding->id) {
        m_chartEmbeddingId = embedding->id;
        m_lossChart->setEpochLosses(embedding->epochLosses);
        m_trainSummary->setText(QString::fromStdString(embedding->description).toHtmlEscaped());
    }
}

QString EmbeddingsPanel::vectorsStatus() const { return m_vectorsInfo->text(); }

void EmbeddingsPanel::setFileStatus(const QString& text, bool problem)
{
    m_vectorsInfo->setText(text);
    m_vectorsInfo->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
}

JobHandle* EmbeddingsPanel::train()
{
    if (m_trainJob && !m_trainJob->isFinished())
        return nullptr;
    const EmbeddingTrainingRequest request = m_form->request();
    if (!request.corpus && !request.processedCorpus) {
        m_form->setStatus(tr("Load a corpus first (File ▸ Import, or the sample corpora)."), true);
        return nullptr;
    }
    {
        try {
            if (request.method == EmbeddingMethod::PpmiSvd)
                request.ppmiSvd.validate();
            else
                request.word2vec.validate();
        } catch (const std::exception& error) {
            m_form->setStatus(QString::fromUtf8(error.what()).toHtmlEscaped(), true);
            return nullptr;
        }
    }
    const bool word2vec = request.method != EmbeddingMethod::PpmiSvd;
    m_runName = tr("%1 on %2").arg(EmbeddingTraining::methodName(request.method),
                                   QString::fromStdString(request.corpusName));
    m_lossChart->clear(word2vec ? request.word2vec.epochs : 1);
    m_tabs->setCurrentWidget(m_trainPage);
    m_form->setRunning(true);
    m_form->setStatus(word2vec ? tr("Reading the corpus…") : tr("Counting and factorising…"));
    m_trainJob = m_jobs.start(EmbeddingTraining::title(request), EmbeddingTraining::job(request));
    connect(m_trainJob, &JobHandle::progressChanged, this, [this, word2vec](double fraction, const QString&) {
        // word2vec's partials carry the message; PPMI–SVD has only the fraction.
        if (!word2vec)
            m_form->setProgress(fraction, {});
    });
    connect(m_trainJob, &JobHandle::partialResult, this, [this](const std::any& partial) {
        if (const auto* progress = std::any_cast<lengua::Word2VecProgress>(&partial)) {
            showTrainingProgress(*progress);
        } else if (const auto* epoch = std::any_cast<EmbeddingTrainingEpoch>(&partial)) {
            EmbeddingSnapshot snapshot;
            snapshot.runName = m_runName;
            snapshot.vectors = epoch->vectors;
            snapshot.counts = *epoch->counts;
            snapshot.epoch = epoch->progress.epoch;
            snapshot.epochs = epoch->progress.epochs;
            snapshot.finished = epoch->progress.epoch == epoch->progress.epochs;
            m_workspace.publishEmbeddingSnapshot(snapshot);
        }
    });
    connect(m_trainJob, &JobHandle::succeeded, this, [this](const std::any& any) {
        const auto* result = std::any_cast<std::shared_ptr<const TrainedEmbedding>>(&any);
        if (!result || !*result)
            return;
        const TrainedEmbedding& trained = **result;
        m_keepChart = true; // the chart already shows this run
        const std::string id = m_workspace.addEmbedding(trained.artefact);
        m_chartEmbeddingId = id;
        selectEmbedding(QString::fromStdString(id));
        m_keepChart = false;
        const QLocale locale;
        QString text = tr("Trained in %1 s on %2 sentences (%3 words): %4 words have vectors.")
                           .arg(locale.toString(trained.seconds, 'f', 2),
                                locale.toString(qulonglong(trained.sentences)),
                                locale.toString(qulonglong(trained.corpusWords)),
                                locale.toString(qulonglong(trained.artefact.vectors->size())));
        if (trained.wordsPerSecond > 0.0)
            text += QStringLiteral(" ") + tr("%1 words/s.").arg(locale.toString(trained.wordsPerSecond, 'f', 0));
        if (!trained.artefact.epochLosses.empty())
            text += QStringLiteral(" ") + tr("Loss: %1 after the first epoch, %2 after the last.")
                                              .arg(locale.toString(trained.artefact.epochLosses.front(), 'f', 3),
                                                   locale.toString(trained.artefact.epochLosses.back(), 'f', 3));
        const auto& losses = trained.artefact.epochLosses;
        if (losses.size() > 1 && losses.back() > *std::min_element(losses.begin(), losses.end()))
            // Measured on each pair as training passes it, this loss often rises again in the
            // last epochs (gensim's does on the same corpus); the vectors still improve.
            text += QStringLiteral(" ") + tr("The loss is measured while the vectors change and often rises a little in the last epochs; judge the vectors by their neighbours and the evaluation.");
        m_form->setStatus(tr("Trained in %1 s: %2 words have vectors.")
                              .arg(locale.toString(trained.seconds, 'f', 1),
                                   locale.toString(qulonglong(trained.artefact.vectors->size()))));
        m_trainedSummary = QString::fromStdString(trained.artefact.description);
        m_trainSummary->setText(text);
        if (m_exampleQuery) {
            m_exampleQuery = false;
            m_neighbours->setQuery(m_exampleWord);
            m_tabs->setCurrentWidget(m_exampleTab ? m_exampleTab.data() : m_neighbours);
            m_exampleTab = nullptr;
        }
    });
    connect(m_trainJob, &JobHandle::cancelled, this, [this] {
        m_exampleQuery = false;
        m_form->setStatus(tr("Training cancelled: nothing was added."));
    });
    connect(m_trainJob, &JobHandle::failed, this, [this](const QString& error) {
        m_exampleQuery = false;
        m_form->setStatus(tr("Training failed: %1").arg(error.toHtmlEscaped()), true);
    });
    connect(m_trainJob, &JobHandle::finished, this, [this] { m_form->setRunning(false); });
    return m_trainJob;
}

void EmbeddingsPanel::showTrainingProgress(const lengua::Word2VecProgress& progress)
{
    const QLocale locale;
    const QString message = tr("Epoch %1 of %2 · %3 words/s · loss %4")
                                .arg(locale.toString(progress.epoch), locale.toString(progress.epochs),
                                     locale.toString(progress.wordsPerSecond, 'f', 0),
                                     locale.toString(progress.loss, 'f', 4));
    m_form->setProgress(progress.fraction, message);
    if (progress.epochFinished)
        m_lossChart->addEpochLoss(progress.epoch, progress.loss);
    else
        m_lossChart->addRunningLoss(progress.fraction * progress.epochs, progress.loss);
}

void EmbeddingsPanel::cancelTraining()
{
    if (m_trainJob)
        m_trainJob->cancel();
}

JobHandle* EmbeddingsPanel::importVectors(const QString& path)
{
    if (m_fileJob && !m_fileJob->isFinished())
        return nullptr;
    const QString name = QFileInfo(path).completeBaseName();
    setFileStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    m_fileJob = m_jobs.start(tr("Importing vectors from %1").arg(QFileInfo(path).fileName()),
                             EmbeddingFiles::importJob(path));
    connect(m_fileJob, &JobHandle::succeeded, this, [this, name, path](const std::any& any) {
        EmbeddingArtefact embedding;
        embedding.name = name.toStdString();
        embedding.method = "imported";
        embedding.vectors = std::any_cast<std::shared_ptr<const lengua::WordVectors>>(any);
        embedding.description = tr("imported from %1").arg(QFileInfo(path).fileName()).toStdString();
        embedding.settingsJson = "{}";
        const std::string id = m_workspace.addEmbedding(std::move(embedding));
        selectEmbedding(QString::fromStdString(id));
    });
    connect(m_fileJob, &JobHandle::failed, this, [this](const QString& error) {
        setFileStatus(tr("The file could not be read, nothing was changed: %1").arg(error), true);
    });
    connect(m_fileJob, &JobHandle::cancelled, this, [this] {
        setFileStatus(tr("Import cancelled: nothing was changed."), false);
    });
    return m_fileJob;
}

JobHandle* EmbeddingsPanel::exportVectors(const QString& path, EmbeddingFileFormat format)
{
    if (m_fileJob && !m_fileJob->isFinished())
        return nullptr;
    const EmbeddingArtefact* embedding = m_workspace.embedding(currentEmbeddingId().toStdString());
    if (!embedding)
        return nullptr;
    setFileStatus(tr("Writing %1…").arg(QFileInfo(path).fileName()), false);
    m_fileJob = m_jobs.start(tr("Exporting vectors to %1").arg(QFileInfo(path).fileName()),
                             EmbeddingFiles::exportJob(embedding->vectors, path, format));
    connect(m_fileJob, &JobHandle::succeeded, this, [this](const std::any& any) {
        QStringList names;
        for (const QString& written : std::any_cast<QStringList>(any))
            names << QFileInfo(written).fileName();
        setFileStatus(tr("Saved %1.").arg(names.join(QStringLiteral(", "))), false);
    });
    connect(m_fileJob, &JobHandle::failed, this, [this](const QString& error) {
        setFileStatus(tr("The vectors could not be saved: %1").arg(error), true);
    });
    return m_fileJob;
}

void EmbeddingsPanel::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import word vectors"), QString(),
                                                      EmbeddingFiles::importFilter());
    if (!path.isEmpty())
        importVectors(path);
}

void EmbeddingsPanel::exportWithDialog()
{
    const EmbeddingArtefact* embedding = m_workspace.embedding(currentEmbeddingId().toStdString());
    if (!embedding)
        return;
    const std::pair<EmbeddingFileFormat, QString> formats[] = {
        {EmbeddingFileFormat::Word2VecText, EmbeddingFiles::filter(EmbeddingFileFormat::Word2VecText)},
        {EmbeddingFileFormat::Word2VecBinary, EmbeddingFiles::filter(EmbeddingFileFormat::Word2VecBinary)},
        {EmbeddingFileFormat::ProjectorTsv, EmbeddingFiles::filter(EmbeddingFileFormat::ProjectorTsv)}};
    QStringList filters;
    for (const auto& format : formats)
        filters << format.second;
    QString chosen;
    QString path = QFileDialog::getSaveFileName(this, tr("Export word vectors"),
                                                QString::fromStdString(embedding->name) + QStringLiteral(".txt"),
                                                filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    for (const auto& [format, filter] : formats)
        if (filter == chosen) {
            exportVectors(path, format);
            return;
        }
    exportVectors(path, EmbeddingFileFormat::Word2VecText);
}

const SampleCorpus* EmbeddingsPanel::exampleBible()
{
    for (const SampleCorpus& sample : SampleCorpora::all())
        if (sample.id == QLatin1String("rv1909"))
            return SampleCorpora::isAvailable(sample) ? &sample : nullptr;
    return nullptr;
}

QString EmbeddingsPanel::exampleCorpusId(ExampleCorpus kind) const
{
    const SampleCorpus* bible = exampleBible();
    for (const auto& corpus : m_workspace.corpora()) {
        if (kind == ExampleCorpus::Bible && bible && corpus->format == "sword"
            && corpus->source == bible->location.toStdString())
            return QString::fromStdString(corpus->id);
        if (kind == ExampleCorpus::Sample && corpus->source == "sample")
            return QString::fromStdString(corpus->id);
    }
    return {};
}

void EmbeddingsPanel::applyExampleSettings(ExampleCorpus kind)
{
    // Skip-gram as the lecture presents it. The Bible (700,000 words) trains in seconds with
    // word2vec's usual settings; the small sample needs every word kept and many passes.
    // One thread and the same seed, so the example always shows the same neighbours
    // (Hogwild threads interleave differently on every run).
    const bool bible = kind == ExampleCorpus::Bible;
    m_form->setMethod(EmbeddingMethod::SkipGram);
    m_form->setDimension(50);
    m_form->setWindow(5);
    m_form->setNegatives(5);
    m_form->setMinCount(bible ? 5 : 2);
    m_form->setSample(0.001);
    m_form->setEpochs(bible ? 5 : 40);
    m_form->setLearningRate(0.0);
    m_form->setThreads(1);
    m_form->setSeed(1);
    m_form->setLowercase(true);
    // On the sample, "casa" has too few contexts; "escuela" shares the lecture's
    // "a la izquierda de la …" with zapatería and panadería.
    m_exampleWord = bible ? lectureWord() : QStringLiteral("escuela");
    m_neighbours->setQuery(m_exampleWord);
    // The Bible has few queens but many mothers: padre − hombre + mujer ≈ madre.
    if (bible)
        m_analogy->setWords(QStringLiteral("padre"), QStringLiteral("hombre"), QStringLiteral("mujer"));
    else
        m_analogy->setWords(QStringLiteral("rey"), QStringLiteral("hombre"), QStringLiteral("mujer"));
}

void EmbeddingsPanel::loadLectureExample()
{
    m_tabs->setCurrentWidget(m_trainPage);
    // The Spanish Bible when its package is installed, else the embedded sample.
    const ExampleCorpus kind = exampleBible() ? ExampleCorpus::Bible : ExampleCorpus::Sample;
    const QString id = exampleCorpusId(kind);
    if (!id.isEmpty()) {
        m_form->selectCorpus(id);
        applyExampleSettings(kind);
        runLectureExample();
        return;
    }
    if (!m_importer)
        return;
    m_examplePending = kind;
    m_form->setStatus(tr("Loading the sample corpus…"));
    const JobHandle* load = kind == ExampleCorpus::Bible
                                ? m_importer->loadSwordModule(exampleBible()->location,
                                                              SampleCorpora::title(*exampleBible()))
                                : m_importer->loadEmbeddedSample();
    if (!load)
        m_examplePending = ExampleCorpus::None;
}

void EmbeddingsPanel::runLectureExample()
{
    m_examplePending = ExampleCorpus::None;
    if (m_trainJob && !m_trainJob->isFinished())
        return;
    m_exampleQuery = true;
    if (!train())
        m_exampleQuery = false;
}

bool EmbeddingsPanel::showView(const QString& view)
{
    if (view.isEmpty())
        return true;
    if (view == QLatin1String("example")) {
        // Next turn of the event loop: the session's sample load has started by then.
        QTimer::singleShot(0, this, [this] {
            if (!exampleBible() && m_workspace.corpora().empty() && m_jobs.runningCount() > 0)
                m_examplePending = ExampleCorpus::Sample; // the start-up sample: use it when it arrives
            else
                loadLectureExample();
        });
        return true;
    }
    const std::pair<const char*, QWidget*> views[] = {{"train", m_trainPage},
                                                      {"neighbours", m_neighbours},
                                                      {"analogy", m_analogy},
                                                      {"evaluation", m_evaluation}};
    for (const auto& [name, page] : views)
        if (view == QLatin1String(name)) {
            m_tabs->setCurrentWidget(page);
            // A scripted view of a workspace without vectors shows the lecture's example.
            if (m_workspace.embeddings().empty() && !(m_trainJob && !m_trainJob->isFinished())
                && page != m_evaluation) {
                m_exampleTab = page;
                showView(QStringLiteral("example"));
            }
            return true;
        }
    return false;
}

void EmbeddingsPanel::exportCurrentView()
{
    QWidget* page = m_tabs->currentWidget();
    if (page == m_trainPage)
        ViewExporter::exportPictureWithDialog(m_lossChart, this);
    else if (page == m_neighbours)
        ViewExporter::exportTableWithDialog(m_neighbours->table()->model(), this);
    else if (page == m_analogy)
        ViewExporter::exportTableWithDialog(m_analogy->table()->model(), this);
    else
        ViewExporter::exportTableWithDialog(m_evaluation->table()->model(), this);
}
