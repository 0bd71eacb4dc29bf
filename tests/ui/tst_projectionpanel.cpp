// The Projection panel driven as a user would: a projection job runs to completion and the
// scatter has the N points; t-SNE publishes frames while it runs; a run can be cancelled;
// hovering fills both neighbour lists (checked against WordVectors::nearest and brute-force
// 2-D distances); search highlights; the CSV holds the layout; a snapshot is followed.
#include "support/JobWait.h"
#include "ProjectionComputation.h"
#include "Workspace.h"
#include "embed/WordVectors.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/ProjectionPanel.h"
#include "panels/projection/NeighbourComparisonView.h"
#include "panels/projection/ProjectionForm.h"
#include "text/Corpus.h"
#include "widgets/ScatterView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Four groups of 30 words around four random directions in 20-D.
std::shared_ptr<const lengua::WordVectors> groupedVectors()
{
    arma::arma_rng::set_seed(9);
    const arma::fmat centres = arma::randn<arma::fmat>(4, 20) * 3.0f;
    arma::fmat vectors(120, 20);
    std::vector<std::string> words;
    for (arma::uword i = 0; i < 120; ++i) {
        vectors.row(i) = centres.row(i % 4) + arma::randn<arma::frowvec>(20) * 0.5f;
        words.push_back("g" + std::to_string(i % 4) + "w" + std::to_string(i));
    }
    return std::make_shared<const lengua::WordVectors>(words, vectors);
}

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::unique_ptr<ProjectionPanel> panel;
    std::shared_ptr<const lengua::WordVectors> vectors = groupedVectors();

    Fixture()
    {
        EmbeddingArtefact artefact;
        artefact.name = "grupos";
        artefact.method = "imported";
        artefact.vectors = vectors;
        for (std::size_t i = 0; i < vectors->size(); ++i)
            artefact.counts.push_back(1000 - i);
        workspace.addEmbedding(artefact);
        panel = std::make_unique<ProjectionPanel>(workspace, jobs);
        panel->resize(1280, 800);
        panel->followTraining()->setChecked(false);
    }
    void setMethod(lengua::ProjectionMethod method)
    {
        panel->methodCombo()->setCurrentIndex(panel->methodCombo()->findData(static_cast<int>(method)));
    }
};

} // namespace

class TestProjectionPanel : public QObject {
    Q_OBJECT
private slots:
    void pcaRunsToCompletion()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Pca);
        f.panel->topWords()->setValue(100);
        JobHandle* job = f.panel->project();
        QVERIFY(waitForJob(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.panel->scatter()->pointCount(), 100);
        QCOMPARE(f.panel->scatter()->labels().front(), QStringLiteral("g0w0"));
        QVERIFY(waitForJob(f.panel->qualityJob()));
        QTRY_VERIFY(f.panel->qualityText().contains(QStringLiteral("Trustworthiness")));
    }

    void tsnePublishesFrames()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Tsne);
        JobHandle* job = f.panel->project();
        QVERIFY(waitForJob(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.panel->scatter()->pointCount(), 120);
        // 1000 iterations published every 10: many frames reached the picture.
        QVERIFY2(f.panel->framesReceived() > 10, qPrintable(QString::number(f.panel->framesReceived())));
    }

    void umapPublishesFrames()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Umap);
        JobHandle* job = f.panel->project();
        QVERIFY(waitForJob(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.panel->scatter()->pointCount(), 120);
        QVERIFY2(f.panel->framesReceived() > 5, qPrintable(QString::number(f.panel->framesReceived())));
        // UMAP keeps the four groups apart: a point's 2-D neighbours are from its own group.
        f.panel->showNeighbours(0);
        QTableWidget* table = f.panel->neighbours()->table();
        QCOMPARE(table->rowCount(), 10);
        for (int row = 0; row < 10; ++row)
            QVERIFY(table->item(row, 1)->data(Qt::UserRole).toString().startsWith(QStringLiteral("g0")));
    }

    void cancel()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Tsne);
        JobHandle* job = f.panel->project();
        job->cancel();
        QVERIFY(waitForJob(job));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
    }

    void hoverGivesBothNeighbourLists()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Pca);
        QVERIFY(waitForJob(f.panel->project()));
        f.panel->showNeighbours(5);
        QTableWidget* table = f.panel->neighbours()->table();
        QCOMPARE(table->rowCount(), 10);
        // Left column: the cosine neighbours among the shown points.
        const auto expected = f.vectors->nearest(f.vectors->word(5), 10);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(),
                     QString::fromStdString(f.vectors->word(expected[static_cast<std::size_t>(row)].index)));
        // Right column: nearest in the picture by brute force.
        const arma::mat& layout = f.panel->scatter()->coordinates();
        arma::vec distances = arma::sqrt(arma::sum(arma::square(layout.each_row() - layout.row(5)), 1));
        distances(5) = arma::datum::inf;
        const arma::uvec order = arma::stable_sort_index(distances);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toString(),
                     f.panel->scatter()->labels()[static_cast<int>(order(static_cast<arma::uword>(row)))]);
        // Same group words: PCA keeps the four well-separated groups, so most overlap.
        QVERIFY(f.panel->neighbours()->overlap() >= 5);
    }

    void searchHighlights()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Pca);
        QVERIFY(waitForJob(f.panel->project()));
        f.panel->searchField()->setText("g2w6");
        QTest::keyClick(f.panel->searchField(), Qt::Key_Return);
        QCOMPARE(f.panel->scatter()->highlighted(), std::vector<int>{6});
    }

    void csvExport()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Pca);
        QVERIFY(waitForJob(f.panel->project()));
        QTemporaryDir dir;
        const QString path = dir.filePath("layout.csv");
        QVERIFY(f.panel->writeCoordinatesCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 121);
        QCOMPARE(lines[0], QStringLiteral("word,x,y"));
        const QStringList fields = lines[1].split(',');
        QCOMPARE(fields[0], QStringLiteral("g0w0"));
        QVERIFY(std::abs(fields[1].toDouble() - f.panel->scatter()->coordinates()(0, 0)) < 1e-6);
    }

    void documentsColouredByLabel()
    {
        Fixture f;
        auto corpus = std::make_shared<lengua::Corpus>();
        corpus->name = "temas";
        corpus->language = "es";
        for (int i = 0; i < 12; ++i) {
            const bool sport = i % 2 == 0;
            corpus->documents.push_back(
                {"d" + std::to_string(i),
                 sport ? "el equipo ganó el partido con un gol del delantero en el estadio"
                       : "la receta lleva harina azúcar y huevo y se cocina en el horno",
                 sport ? "deporte" : "cocina"});
        }
        f.workspace.addCorpus(corpus);
        f.panel->form()->setPoints(ProjectionForm::Points::Documents);
        QCOMPARE(f.panel->form()->colouring(), ProjectionForm::Colouring::Label);
        f.setMethod(lengua::ProjectionMethod::Pca);
        JobHandle* documents = f.panel->project();
        QVERIFY(waitForJob(documents));
        QCOMPARE(documents->state(), JobHandle::State::Succeeded);
        QVERIFY(waitForJob(f.panel->projectionJob()));
        QCOMPARE(f.panel->scatter()->pointCount(), 12);
        QCOMPARE(f.panel->scatter()->labels()[3], QStringLiteral("d3"));
        // Same-topic documents are each other's nearest points in the picture.
        f.panel->showNeighbours(0);
        QTableWidget* table = f.panel->neighbours()->table();
        const int other = table->item(0, 1)->data(Qt::UserRole).toString().mid(1).toInt();
        QCOMPARE(other % 2, 0);
    }

    void followsSnapshots()
    {
        Fixture f;
        f.setMethod(lengua::ProjectionMethod::Pca);
        f.panel->followTraining()->setChecked(true);
        f.panel->topWords()->setValue(50);
        EmbeddingSnapshot snapshot;
        snapshot.runName = "word2vec";
        snapshot.vectors = f.vectors;
        snapshot.epoch = 1;
        snapshot.epochs = 2;
        f.workspace.publishEmbeddingSnapshot(snapshot);
        QVERIFY(f.panel->projectionJob());
        QVERIFY(waitForJob(f.panel->projectionJob()));
        QCOMPARE(f.panel->scatter()->pointCount(), 50);
    }
};

QTEST_MAIN(TestProjectionPanel)
#include "tst_projectionpanel.moc"
