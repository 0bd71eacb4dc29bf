// The Projection panel (see ProjectionPanel.h): controls on the left, the scatter in the
// middle with the layout's quality under it, the neighbour comparison and the lesson box on
// the right.
#include "ProjectionPanel.h"

#include "CorpusImporter.h"
#include "EmbeddingFiles.h"
#include "EmbeddingTraining.h"
#include "ProjectionComputation.h"
#include "Workspace.h"
#include "embed/WordVectors.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "manifold/LayoutAlignment.h"
#include "panels/projection/NeighbourComparisonView.h"
#include "panels/projection/ProjectionForm.h"
#include "panels/projection/ProjectionLessonText.h"
#include "text/Corpus.h"
#include "widgets/ColorMap.h"
#include "widgets/LessonBox.h"
#include "widgets/ScatterView.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>
#include <cmath>

namespace {

constexpr int neighbourCount = 10;
const QStringList lectureWords = {QStringLiteral("casa"), QStringLiteral("escuela"), QStringLiteral("zapatería")};

} // namespace

ProjectionPanel::ProjectionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer, QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("projectionPanel"));
    buildUi();
    connect(&m_workspace, &Workspace::embeddingsChanged, this, &ProjectionPanel::rebuildEmbeddingCombo);
    connect(&m_workspace, &Workspace::embeddingSnapshotPublished, this, &ProjectionPanel::followSnapshot);
    connect(&m_workspace, &Workspace::corporaChanged, this, &ProjectionPanel::rebuildCorpusCombo);
    connect(&m_workspace, &Workspace::corpusAdded, this, [this](const QString&) {
        if (m_examplePending)
            trainExample();
    });
    rebuildEmbeddingCombo();
    rebuildCorpusCombo();
    retranslate();
}

ProjectionPanel::~ProjectionPanel() = default;

void ProjectionPanel::buildUi()
{
    m_form = new ProjectionForm(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_form->sizeHint().width() + 20);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_scatter = new ScatterView(centre);
    m_scatter->setObjectName(QStringLiteral("projectionScatter"));
    m_quality = new QLabel(centre);
    m_quality->setWordWrap(true);
    centreLayout->addWidget(m_scatter, 1);
    centreLayout->addWidget(m_quality);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_neighbours = new NeighbourComparisonView(side);
    m_lesson = new LessonBox(side);
    sideLayout->addWidget(m_neighbours, 1);
    sideLayout->addWidget(m_lesson, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(centre);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({260, 700, 320});
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_form->colourBy(), &QComboBox::currentIndexChanged, this, &ProjectionPanel::applyColours);
    connect(m_form->clusters(), &QSpinBox::valueChanged, this, [this] {
        m_clusterLabels.clear();
        applyColours();
    });
    connect(m_form->runButton(), &QPushButton::clicked, this, [this] { project(); });
    connect(m_form->cancelButton(), &QPushButton::clicked, this, [this] {
        for (JobHandle* job : {m_projectJob.data(), m_exampleJob.data(), m_documentJob.data()})
            if (job)
                job->cancel();
    });
    connect(m_form, &ProjectionForm::pointsChanged, this, [this] {
        m_form->setColouring(m_form->points() == ProjectionForm::Points::Documents ? ProjectionForm::Colouring::Label
                                                                                  : ProjectionForm::Colouring::Frequency);
    });
    connect(m_form->importButton(), &QPushButton::clicked, this, &ProjectionPanel::importFile);
    connect(m_form->csvButton(), &QPushButton::clicked, this, &ProjectionPanel::exportCsv);
    connect(m_form->pictureButton(), &QPushButton::clicked, this,
            [this] { ViewExporter::exportPictureWithDialog(m_scatter, this); });
    connect(m_form->searchField(), &QLineEdit::returnPressed, this, &ProjectionPanel::search);
    connect(m_scatter, &ScatterView::hovered, this, &ProjectionPanel::showNeighbours);
    connect(m_lesson, &LessonBox::exampleRequested, this, &ProjectionPanel::loadLectureExample);
}

QComboBox* ProjectionPanel::methodCombo() const { return m_form->methodCombo(); }
QSpinBox* ProjectionPanel::topWords() const { return m_form->topWords(); }
QLineEdit* ProjectionPanel::searchField() const { return m_form->searchField(); }
QCheckBox* ProjectionPanel::followTraining() const { return m_form->followTraining(); }

void ProjectionPanel::retranslate()
{
    m_form->retranslate();
    setEmptyText();
    m_quality->setToolTip(ProjectionLessonText::qualityToolTip());
    m_quality->setText(qualityText());
    m_neighbours->retranslate();
    m_lesson->setTitle(tr("Projection: words in 2-D"));
    m_lesson->setText(ProjectionLessonText::html());
}

void ProjectionPanel::setEmptyText()
{
    m_scatter->setEmptyText(m_workspace.embeddings().empty()
                                ? tr("No word vectors yet. Train some in the Embeddings lesson, import a vector "
                                     "file, or press “Load the lecture's example”.")
                                : tr("Press “Project” to draw the words in 2-D."));
}

void ProjectionPanel::rebuildEmbeddingCombo()
{
    const QString current = m_form->source()->currentData().toString();
    QSignalBlocker blocker(m_form->source());
    m_form->source()->clear();
    for (const auto& embedding : m_workspace.embeddings())
        m_form->source()->addItem(QString::fromStdString(embedding.name), QString::fromStdString(embedding.id));
    const int index = m_form->source()->findData(current);
    if (index >= 0)
        m_form->source()->setCurrentIndex(index);
    else if (m_form->source()->count() > 0)
        m_form->source()->setCurrentIndex(m_form->source()->count() - 1); // the newest
    if (m_labels.isEmpty())
        retranslate();
}

JobHandle* ProjectionPanel::project()
{
    if (m_form->points() == ProjectionForm::Points::Documents)
        return projectDocuments();
    const auto* embedding = m_workspace.embedding(m_form->source()->currentData().toString().toStdString());
    if (!embedding) {
        setStatus(tr("No word vectors to project: train some in the Embeddings lesson or import a file."), true);
        return nullptr;
    }
    startProjection(embedding->vectors, embedding->counts, false);
    return m_projectJob;
}

JobHandle* ProjectionPanel::projectDocuments()
{
    const auto corpus = m_workspace.corpus(m_form->corpus()->currentData().toString().toStdString());
    if (!corpus) {
        setStatus(tr("Load a corpus first (File ▸ Import, or the sample corpora)."), true);
        return nullptr;
    }
    if (m_documentJob && !m_documentJob->isFinished())
        m_documentJob->cancel();
    setStatus(tr("Turning the documents of “%1” into vectors…").arg(QString::fromStdString(corpus->name)));
    m_documentJob = m_jobs.start(tr("Document vectors of %1").arg(QString::fromStdString(corpus->name)),
                                 ProjectionComputation::documentJob(corpus));
    m_form->setRunning(true);
    JobHandle* job = m_documentJob;
    connect(job, &JobHandle::progressChanged, this, [this](double fraction, const QString&) { m_form->setProgress(fraction); });
    connect(job, &JobHandle::failed, this, [this](const QString& error) { setStatus(error, true); });
    connect(job, &JobHandle::cancelled, this, [this] { setStatus(tr("Cancelled")); });
    connect(job, &JobHandle::succeeded, this, [this, job](const std::any& result) {
        if (job != m_documentJob)
            return;
        const auto points = std::any_cast<std::shared_ptr<const DocumentPoints>>(result);
        // A store of the documents (names made unique) so that hovering finds cosine neighbours.
        std::vector<std::string> names;
        std::set<std::string> seen;
        for (const auto& name : points->set.names) {
            std::string unique = name;
            for (int copy = 2; !seen.insert(unique).second; ++copy)
                unique = name + " (" + std::to_string(copy) + ")";
            names.push_back(unique);
        }
        auto store = std::make_shared<const lengua::WordVectors>(
            names, arma::conv_to<arma::fmat>::from(points->set.vectors));
        m_labels.clear(); // new points
        m_documentLabels = points->set.labels;
        startProjection(store, points->lengths, false, true);
    });
    return m_documentJob;
}

void ProjectionPanel::rebuildCorpusCombo()
{
    const QString current = m_form->corpus()->currentData().toString();
    QSignalBlocker blocker(m_form->corpus());
    m_form->corpus()->clear();
    for (const auto& corpus : m_workspace.corpora())
        m_form->corpus()->addItem(QString::fromStdString(corpus->name), QString::fromStdString(corpus->id));
    const int index = m_form->corpus()->findData(current);
    m_form->corpus()->setCurrentIndex(std::max(index, 0));
}

void ProjectionPanel::startProjection(std::shared_ptr<const lengua::WordVectors> vectors,
                                      std::vector<std::uint64_t> counts, bool isSnapshot, bool allRows)
{
    if (!allRows)
        m_documentLabels.clear();
    if (m_projectJob && !m_projectJob->isFinished()) {
        if (isSnapshot)
            return; // followSnapshot keeps the latest and runs it afterwards
        m_projectJob->cancel();
    }
    // The points: the typed words found in the vectors, or the top N rows.
    std::vector<std::string> words;
    std::vector<arma::uword> rows;
    const QStringList typed = m_form->typedWords();
    QStringList missing;
    if (!typed.isEmpty() && !isSnapshot && !allRows) {
        for (const QString& word : typed) {
            const auto row = vectors->find(word.toStdString());
            if (row && std::find(rows.begin(), rows.end(), *row) == rows.end()) {
                rows.push_back(*row);
                words.push_back(vectors->word(*row));
            } else if (!row) {
                missing << word;
            }
        }
    } else {
        const std::size_t n = allRows ? vectors->size()
                                       : std::min<std::size_t>(static_cast<std::size_t>(m_form->topWords()->value()), vectors->size());
        for (std::size_t row = 0; row < n; ++row) {
            rows.push_back(row);
            words.push_back(vectors->word(row));
        }
    }
    if (rows.size() < 3) {
        setStatus(tr("At least 3 words are needed (not found: %1).").arg(missing.join(QStringLiteral(", "))), true);
        return;
    }
    const arma::uvec rowIndex(rows);
    const arma::fmat selected = vectors->vectors().rows(rowIndex);
    ProjectionRequest request;
    request.points = arma::conv_to<arma::mat>::from(selected);
    m_form->fillRequest(request, rows.size());

    QStringList labels;
    for (const auto& word : words)
        labels << QString::fromStdString(word);
    const bool samePoints = labels == m_labels && m_layout.n_rows == rows.size();
    m_reference = samePoints ? m_layout : arma::mat();
    m_shown = std::make_shared<const lengua::WordVectors>(words, selected);
    m_counts.clear();
    if (counts.size() == vectors->size())
        for (arma::uword row : rows)
            m_counts.push_back(counts[row]);
    m_original = request.points;
    if (!samePoints) {
        m_labels = labels;
        m_layout.reset();
        m_clusterLabels.clear();
        m_neighbours->clear();
    }
    m_trustworthiness = m_recall = -1;
    m_quality->setText(qualityText());
    m_framesReceived = 0;
    if (!missing.isEmpty())
        setStatus(tr("Not in the vectors: %1").arg(missing.join(QStringLiteral(", "))), true);
    else
        setStatus(QString());

    const QString title = tr("%1 of %n point(s)", nullptr, static_cast<int>(rows.size()))
                              .arg(ProjectionComputation::methodName(request.method));
    m_projectJob = m_jobs.start(title, ProjectionComputation::job(std::move(request)));
    m_form->setRunning(true);
    m_form->setProgress(0);
    JobHandle* job = m_projectJob;
    connect(job, &JobHandle::progressChanged, this, [this, job](double fraction, const QString&) {
        if (job == m_projectJob)
            m_form->setProgress(fraction);
    });
    connect(job, &JobHandle::partialResult, this, [this, job](const std::any& partial) {
        if (job != m_projectJob)
            return;
        if (const auto* frame = std::any_cast<lengua::ProjectionFrame>(&partial)) {
            ++m_framesReceived;
            showFrame(frame->coordinates);
            setStatus(tr("Iteration %1 of %2").arg(frame->iteration).arg(frame->iterations));
        }
    });
    connect(job, &JobHandle::succeeded, this, [this, job](const std::any& result) {
        if (job != m_projectJob)
            return;
        const auto& frame = std::any_cast<const lengua::ProjectionFrame&>(result);
        showFrame(frame.coordinates);
        m_form->setProgress(1);
        setStatus(m_followingRun.isEmpty() ? tr("Done in %1 s").arg(job->elapsedMilliseconds() / 1000.0, 0, 'f', 1)
                                           : m_followingRun);
        std::vector<int> highlighted;
        QStringList absent;
        for (const QString& word : std::exchange(m_pendingHighlights, {})) {
            if (const int index = m_scatter->indexOf(word); index >= 0)
                highlighted.push_back(index);
            else
                absent << word;
        }
        if (!highlighted.empty()) {
            m_scatter->setHighlighted(highlighted);
            showNeighbours(highlighted.front());
            // Close enough to read the lecture's words and their neighbours.
            std::vector<int> shown = highlighted;
            for (int index : highlighted)
                for (std::size_t other : m_layoutNeighbours.nearest(static_cast<std::size_t>(index), 3))
                    shown.push_back(static_cast<int>(other));
            m_scatter->zoomTo(shown);
        }
        if (!absent.isEmpty())
            setStatus(tr("Not among the points: %1").arg(absent.join(QStringLiteral(", "))), true);
        measureQuality();
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job == m_projectJob)
            setStatus(error, true);
    });
    connect(job, &JobHandle::cancelled, this, [this, job] {
        if (job == m_projectJob)
            setStatus(tr("Cancelled"));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job != m_projectJob)
            return;
        m_form->setRunning(false);
        if (m_pendingSnapshot) {
            const EmbeddingSnapshot snapshot = *std::exchange(m_pendingSnapshot, std::nullopt);
            followSnapshot(snapshot);
        }
    });
}

void ProjectionPanel::showFrame(arma::mat coordinates)
{
    if (coordinates.n_rows != static_cast<arma::uword>(m_labels.size()) || coordinates.n_cols != 2)
        return;
    if (m_reference.n_rows == coordinates.n_rows)
        coordinates = lengua::LayoutAlignment::alignTo(coordinates, m_reference);
    const bool fresh = m_scatter->pointCount() != m_labels.size() || m_scatter->labels() != m_labels;
    m_layout = coordinates;
    m_layoutNeighbours = lengua::LayoutNeighbours(m_layout);
    if (fresh) {
        m_scatter->setPoints(m_labels, m_layout);
        applyColours();
    } else {
        m_scatter->setCoordinates(m_layout, true);
    }
    if (m_scatter->hoveredIndex() >= 0)
        showNeighbours(m_scatter->hoveredIndex());
}

void ProjectionPanel::measureQuality()
{
    if (m_layout.n_rows < 7)
        return;
    m_qualityJob = m_jobs.start(tr("Quality of the layout"),
                                ProjectionComputation::qualityJob(m_original, m_layout, neighbourCount));
    JobHandle* job = m_qualityJob;
    connect(job, &JobHandle::succeeded, this, [this, job](const std::any& result) {
        if (job != m_qualityJob)
            return;
        const auto& quality = std::any_cast<const ProjectionQualityResult&>(result);
        m_trustworthiness = quality.trustworthiness;
        m_recall = quality.recall;
        m_qualityK = quality.k;
        m_quality->setText(qualityText());
        m_jobs.removeFinished(job);
    });
}

QString ProjectionPanel::qualityText() const
{
    if (m_trustworthiness < 0)
        return m_layout.n_rows > 0 ? tr("Quality of the layout: measuring…") : QString();
    return tr("Trustworthiness %1 · %2-NN recall %3  (1 = every neighbourhood kept)")
        .arg(m_trustworthiness, 0, 'f', 3)
        .arg(m_qualityK)
        .arg(m_recall, 0, 'f', 3);
}

void ProjectionPanel::applyColours()
{
    const auto mode = m_form->colouring();
    const int n = m_labels.size();
    if (m_scatter->pointCount() != n || n == 0)
        return;
    if (mode == ProjectionForm::Colouring::Frequency) {
        std::vector<double> values(static_cast<std::size_t>(n));
        const bool known = m_counts.size() == static_cast<std::size_t>(n);
        for (int i = 0; i < n; ++i)
            values[static_cast<std::size_t>(i)] = known ? std::log10(std::max<double>(1.0, static_cast<double>(m_counts[static_cast<std::size_t>(i)])))
                                                        : -std::log10(static_cast<double>(i) + 1.0); // rank when counts are unknown
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        const double lo = *low, span = std::max(1e-12, *high - *low);
        std::vector<QRgb> colours(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            colours[static_cast<std::size_t>(i)] = ColorMap::viridis((values[static_cast<std::size_t>(i)] - lo) / span);
        m_scatter->setColours(colours);
        const auto& table = ColorMap(ColorMap::Kind::Viridis).table();
        if (known)
            m_scatter->setRampLegend(m_form->points() == ProjectionForm::Points::Documents
                                         ? tr("Document length in words (log scale)")
                                         : tr("Frequency (log scale)"),
                                     QLocale().toString(std::pow(10.0, lo), 'f', 0),
                                     QLocale().toString(std::pow(10.0, lo + span), 'f', 0), {table.begin(), table.end()});
        else
            m_scatter->setRampLegend(tr("Rank in the file"), tr("rare"), tr("frequent"), {table.begin(), table.end()});
    } else if (mode == ProjectionForm::Colouring::Cluster) {
        if (m_clusterLabels.size() != static_cast<std::size_t>(n)) {
            runClusters();
            return;
        }
        std::vector<QRgb> colours(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            colours[static_cast<std::size_t>(i)] = ColorMap::categorical(m_clusterLabels[static_cast<std::size_t>(i)]);
        m_scatter->setColours(colours);
        std::vector<ScatterView::LegendEntry> entries;
        const int k = *std::max_element(m_clusterLabels.begin(), m_clusterLabels.end()) + 1;
        for (int c = 0; c < k; ++c) {
            // The cluster's most frequent word names it (points are in frequency order).
            const auto first = std::find(m_clusterLabels.begin(), m_clusterLabels.end(), c);
            const QString example = first != m_clusterLabels.end() ? m_labels[static_cast<int>(first - m_clusterLabels.begin())] : QString();
            entries.push_back({QColor::fromRgb(ColorMap::categorical(c)), tr("%1 (%2…)").arg(c + 1).arg(example)});
        }
        m_scatter->setCategoryLegend(tr("k-means cluster"), entries);
    } else if (mode == ProjectionForm::Colouring::Label && m_documentLabels.size() == static_cast<std::size_t>(n)) {
        // One colour per label, the most common labels first (the palette has ten colours).
        std::map<std::string, int> sizes;
        for (const auto& label : m_documentLabels)
            ++sizes[label];
        std::vector<std::pair<int, std::string>> order;
        for (const auto& [label, size] : sizes)
            order.emplace_back(-size, label);
        std::sort(order.begin(), order.end());
        std::map<std::string, int> colourOf;
        std::vector<ScatterView::LegendEntry> entries;
        for (const auto& [size, label] : order) {
            const int index = static_cast<int>(colourOf.size());
            colourOf[label] = index;
            if (index < 10)
                entries.push_back({QColor::fromRgb(ColorMap::categorical(index)),
                                   label.empty() ? tr("(no label)") : QString::fromStdString(label)});
        }
        std::vector<QRgb> colours(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            const int index = colourOf[m_documentLabels[static_cast<std::size_t>(i)]];
            colours[static_cast<std::size_t>(i)] = index < 10 ? ColorMap::categorical(index) : qRgb(160, 160, 160);
        }
        m_scatter->setColours(colours);
        m_scatter->setCategoryLegend(tr("Document label"), entries);
    } else {
        m_scatter->setColours({});
        m_scatter->clearLegend();
    }
}

void ProjectionPanel::runClusters()
{
    if (m_original.n_rows < 3)
        return;
    if (m_clusterJob && !m_clusterJob->isFinished())
        m_clusterJob->cancel();
    m_clusterJob = m_jobs.start(tr("k-means with %1 clusters").arg(m_form->clusters()->value()),
                                ProjectionComputation::clusterJob(m_original, m_form->clusters()->value(),
                                                                  static_cast<std::uint64_t>(m_form->seed()->value())));
    JobHandle* job = m_clusterJob;
    const QStringList labels = m_labels;
    connect(job, &JobHandle::succeeded, this, [this, job, labels](const std::any& result) {
        if (job != m_clusterJob || labels != m_labels)
            return;
        m_clusterLabels = std::any_cast<const std::vector<int>&>(result);
        applyColours();
        m_jobs.removeFinished(job);
    });
}

void ProjectionPanel::showNeighbours(int index)
{
    if (index < 0 || index >= m_labels.size() || !m_shown || m_layout.n_rows != static_cast<arma::uword>(m_labels.size())) {
        m_scatter->setMarked({});
        return;
    }
    if (m_scatter->hoveredIndex() != index)
        m_scatter->hoverPoint(index);
    const std::string word = m_labels[index].toStdString();
    std::vector<NeighbourComparisonView::Neighbour> original, layout;
    for (const auto& scored : m_shown->nearest(word, neighbourCount))
        original.emplace_back(QString::fromStdString(m_shown->word(scored.index)), scored.score);
    std::vector<int> marked;
    for (std::size_t other : m_layoutNeighbours.nearest(static_cast<std::size_t>(index), neighbourCount)) {
        const double distance = arma::norm(m_layout.row(other) - m_layout.row(static_cast<arma::uword>(index)));
        layout.emplace_back(m_labels[static_cast<int>(other)], distance);
        marked.push_back(static_cast<int>(other));
    }
    m_scatter->setMarked(marked);
    m_neighbours->setNeighbours(m_labels[index], original, layout);
}

void ProjectionPanel::search()
{
    const QString word = m_form->searchField()->text().trimmed();
    if (word.isEmpty()) {
        m_scatter->setHighlighted({});
        return;
    }
    if (m_scatter->highlightAndCentre(word)) {
        showNeighbours(m_scatter->indexOf(word));
        setStatus(QString());
    } else {
        setStatus(tr("“%1” is not among the points shown.").arg(word), true);
    }
}

void ProjectionPanel::followSnapshot(const EmbeddingSnapshot& snapshot)
{
    if (!m_form->followTraining()->isChecked() || !snapshot.vectors)
        return;
    if (m_projectJob && !m_projectJob->isFinished()) {
        m_pendingSnapshot = snapshot; // only the latest epoch matters
        return;
    }
    m_followingRun = tr("Following %1: epoch %2 of %3").arg(snapshot.runName).arg(snapshot.epoch).arg(snapshot.epochs);
    startProjection(snapshot.vectors, snapshot.counts, true);
    if (snapshot.finished)
        m_followingRun.clear();
}

bool ProjectionPanel::writeCoordinatesCsv(const QString& path, QString* error) const
{
    return m_scatter->writeCsv(path, error);
}

void ProjectionPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the coordinates"), QStringLiteral("projection.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeCoordinatesCsv(path, &error))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, error));
}

void ProjectionPanel::exportCurrentView()
{
    ViewExporter::exportPictureWithDialog(m_scatter, this);
}

void ProjectionPanel::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import word vectors"), QString(), EmbeddingFiles::importFilter());
    if (path.isEmpty())
        return;
    m_importJob = m_jobs.start(tr("Importing vectors from %1").arg(QFileInfo(path).fileName()), EmbeddingFiles::importJob(path));
    connect(m_importJob, &JobHandle::succeeded, this, [this, path](const std::any& result) {
        EmbeddingArtefact artefact;
        artefact.name = QFileInfo(path).completeBaseName().toStdString();
        artefact.method = "imported";
        artefact.vectors = std::any_cast<std::shared_ptr<const lengua::WordVectors>>(result);
        artefact.description = QFileInfo(path).fileName().toStdString();
        artefact.settingsJson = "{}";
        const std::string id = m_workspace.addEmbedding(std::move(artefact));
        m_form->source()->setCurrentIndex(m_form->source()->findData(QString::fromStdString(id)));
        project();
    });
    connect(m_importJob, &JobHandle::failed, this, [this](const QString& error) { setStatus(error, true); });
}

void ProjectionPanel::loadLectureExample()
{
    m_form->setPoints(ProjectionForm::Points::Words);
    m_form->setMethod(lengua::ProjectionMethod::Tsne);
    m_form->setColouring(ProjectionForm::Colouring::Cluster);
    m_form->wordList()->clear();
    // An embedding that knows the lecture's words, the newest first.
    const auto& embeddings = m_workspace.embeddings();
    for (auto it = embeddings.rbegin(); it != embeddings.rend(); ++it)
        if (it->vectors->contains("casa") && it->vectors->contains("escuela")) {
            m_form->source()->setCurrentIndex(m_form->source()->findData(QString::fromStdString(it->id)));
            projectExample();
            return;
        }
    if (m_workspace.corpora().empty()) {
        m_examplePending = true;
        if (m_importer)
            m_importer->loadEmbeddedSample();
        setStatus(tr("Loading the sample corpus…"));
        return;
    }
    trainExample();
}

void ProjectionPanel::trainExample()
{
    m_examplePending = false;
    if (m_exampleJob && !m_exampleJob->isFinished())
        return;
    std::shared_ptr<const lengua::Corpus> corpus = m_workspace.corpora().front();
    for (const auto& candidate : m_workspace.corpora())
        if (candidate->format == "sample")
            corpus = candidate;
    EmbeddingTrainingRequest request;
    request.corpus = corpus;
    request.corpusId = corpus->id;
    request.corpusName = corpus->name;
    request.method = EmbeddingMethod::SkipGram;
    // Small and quick: the sample has a few thousand words.
    request.word2vec.dimension = 50;
    request.word2vec.window = 5;
    request.word2vec.minCount = 3;
    request.word2vec.epochs = 30;
    request.word2vec.sample = 0.0;
    request.word2vec.seed = 1;
    request.name = tr("Skip-gram · lecture example").toStdString();
    setStatus(tr("Training word2vec on “%1” (the Embeddings lesson does this with every knob)…")
                  .arg(QString::fromStdString(corpus->name)));
    m_exampleJob = m_jobs.start(EmbeddingTraining::title(request), EmbeddingTraining::job(request));
    m_form->setRunning(true);
    JobHandle* job = m_exampleJob;
    connect(job, &JobHandle::progressChanged, this, [this](double fraction, const QString&) {
        m_form->setProgress(fraction);
    });
    connect(job, &JobHandle::succeeded, this, [this](const std::any& result) {
        const auto trained = std::any_cast<std::shared_ptr<const TrainedEmbedding>>(result);
        const std::string id = m_workspace.addEmbedding(trained->artefact);
        m_form->source()->setCurrentIndex(m_form->source()->findData(QString::fromStdString(id)));
        projectExample();
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) { setStatus(error, true); });
    connect(job, &JobHandle::finished, this, [this] { m_form->setRunning(m_projectJob && !m_projectJob->isFinished()); });
}

void ProjectionPanel::projectExample()
{
    m_form->topWords()->setValue(std::min(m_form->topWords()->value(), 400));
    m_form->perplexity()->setValue(15);
    m_pendingHighlights = std::vector<QString>(lectureWords.begin(), lectureWords.end());
    m_scatter->setHighlighted({});
    if (JobHandle* job = project(); !job)
        m_pendingHighlights.clear();
}

bool ProjectionPanel::showView(const QString& view)
{
    if (view.isEmpty() || view == QLatin1String("scatter")) {
        if (m_labels.isEmpty() && m_form->source()->count() > 0)
            project();
        return true;
    }
    if (view == QLatin1String("documents")) {
        m_form->setPoints(ProjectionForm::Points::Documents);
        m_form->setMethod(lengua::ProjectionMethod::Tsne);
        if (!m_workspace.corpora().empty())
            projectDocuments();
        else if (m_importer) // the sample loads at start; project it when it arrives
            connect(&m_workspace, &Workspace::corpusAdded, this, [this] { projectDocuments(); }, Qt::SingleShotConnection);
        return true;
    }
    if (view == QLatin1String("example")) {
        loadLectureExample();
        return true;
    }
    return false;
}

void ProjectionPanel::setStatus(const QString& text, bool error)
{
    m_form->setStatus(text, error);
}
