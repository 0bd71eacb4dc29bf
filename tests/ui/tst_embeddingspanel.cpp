// The Embeddings panel driven as a user would: training skip-gram through the panel adds an
// embedding to the workspace (with counts, settings and per-epoch losses) and publishes one
// snapshot per epoch, the last equal to the trained vectors; a cancelled run adds nothing;
// on a corpus with two planted families of words the neighbours table lists the word's own
// family; PPMI–SVD trains too; the analogy box answers rey − hombre + mujer with a
// hand-worked score; a missing word gets the store's message; evaluation shows Spearman's
// ρ and analogy accuracy worked by hand; a bad vector file leaves the workspace as it was;
// exported files read back identical.
#include "support/JobWait.h"
#include "CorpusImporter.h"
#include "EmbeddingFiles.h"
#include "Workspace.h"
#include "embed/ProjectorTsvFile.h"
#include "embed/WordVectorFile.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/EmbeddingsPanel.h"
#include "panels/embeddings/AnalogyView.h"
#include "panels/embeddings/EmbeddingEvaluationView.h"
#include "panels/embeddings/EmbeddingLossChart.h"
#include "panels/embeddings/EmbeddingTrainingForm.h"
#include "panels/embeddings/NeighboursView.h"
#include "text/Corpus.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>
#include <set>

namespace {

constexpr int timeout = 120000;

const std::vector<std::string> animals{"gato", "perro", "vaca", "oveja", "cabra",
                                       "caballo", "burro", "conejo", "pato", "gallina"};
const std::vector<std::string> colours{"rojo", "azul", "verde", "amarillo", "negro",
                                       "blanco", "gris", "rosa", "violeta", "naranja"};

// Two families of words that never share a sentence: each sentence is 8 words drawn at
// random from one family (as engine/tst_word2vec's twoFamiliesDrawn), one sentence a document.
std::shared_ptr<lengua::Corpus> familiesCorpus(int perFamily)
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = "familias";
    corpus->source = "test";
    corpus->language = "es";
    std::mt19937 engine(1);
    std::uniform_int_distribution<int> member(0, 9);
    for (int i = 0; i < perFamily; ++i)
        for (const auto* family : {&animals, &colours}) {
            std::string text;
            for (int w = 0; w < 8; ++w)
                text += (w ? " " : "") + (*family)[std::size_t(member(engine))];
            corpus->documents.push_back({"doc " + std::to_string(corpus->documents.size()), text + ".", ""});
        }
    return corpus;
}

// Hand-made vectors for the analogy and evaluation checks: rey = hombre + realeza,
// reina = mujer + realeza, two distractors.
EmbeddingArtefact handMade()
{
    arma::fmat vectors = {{1, 0, 0}, {0, 1, 0}, {1, 0, 1}, {0, 1, 1}, {1, 1, 0}, {0.2f, 0.1f, -1}};
    EmbeddingArtefact artefact;
    artefact.name = "a mano";
    artefact.method = "imported";
    artefact.vectors = std::make_shared<const lengua::WordVectors>(
        std::vector<std::string>{"hombre", "mujer", "rey", "reina", "perro", "gato"}, vectors);
    artefact.settingsJson = "{}";
    return artefact;
}

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::unique_ptr<EmbeddingsPanel> panel;
    QString corpusId;

    explicit Fixture(int perFamily = 300)
    {
        corpusId = QString::fromStdString(workspace.addCorpus(familiesCorpus(perFamily)));
        panel = std::make_unique<EmbeddingsPanel>(workspace, jobs);
        panel->resize(1280, 800);
        panel->show();
        EmbeddingTrainingForm* form = panel->form();
        form->selectCorpus(corpusId);
        form->setMethod(EmbeddingMethod::SkipGram);
        form->setDimension(16);
        form->setWindow(3);
        form->setNegatives(5);
        form->setMinCount(1);
        form->setSample(0.0);
        form->setEpochs(5);
        form->setThreads(1);
        form->setSeed(7);
    }
    ~Fixture()
    {
        jobs.cancelAllAndWait();
        QCoreApplication::processEvents();
    }
};

QStringList column(QTableWidget* table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, col) ? table->item(row, col)->text() : QString());
    return out;
}

double number(const QString& text)
{
    QString t = text;
    t.remove(QStringLiteral(" %"));
    return QLocale().toDouble(t);
}

} // namespace

class TestEmbeddingsPanel : public QObject {
    Q_OBJECT

private slots:
    void trainingAddsAnEmbeddingAndPublishesEpochs()
    {
        Fixture f;
        std::vector<EmbeddingSnapshot> snapshots;
        QObject::connect(&f.workspace, &Workspace::embeddingSnapshotPublished, f.panel.get(),
                         [&snapshots](const EmbeddingSnapshot& s) { snapshots.push_back(s); });
        JobHandle* job = f.panel->train();
        QVERIFY(job);
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.workspace.embeddings().size(), std::size_t(1));
        const EmbeddingArtefact embedding = f.workspace.embeddings().front(); // a copy: more follow
        QCOMPARE(embedding.method, std::string("sg"));
        QCOMPARE(embedding.vectors->size(), std::size_t(20));
        QCOMPARE(embedding.vectors->dimension(), std::size_t(16));
        QCOMPARE(embedding.counts.size(), std::size_t(20));
        // 600 sentences of 8 words: every count adds up to 4,800.
        std::uint64_t total = 0;
        for (const std::uint64_t count : embedding.counts)
            total += count;
        QCOMPARE(total, std::uint64_t(4800));
        QCOMPARE(embedding.epochLosses.size(), std::size_t(5));
        QVERIFY(embedding.epochLosses.back() < embedding.epochLosses.front());
        QCOMPARE(embedding.sourceCorpusId, f.corpusId.toStdString());
        QVERIFY(embedding.settingsJson.find("\"epochs\":5") != std::string::npos);
        QVERIFY(embedding.settingsJson.find("\"dimension\":16") != std::string::npos);
        QCOMPARE(f.panel->currentEmbeddingId(), QString::fromStdString(embedding.id));
        QCOMPARE(f.panel->lossChart()->epochPointCount(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(f.panel->lossChart()->epochPoints()[i].y(), embedding.epochLosses[std::size_t(i)]);
        // Choosing other vectors shows their history: none for hand-made ones.
        const std::string other = f.workspace.addEmbedding(handMade());
        QVERIFY(f.panel->selectEmbedding(QString::fromStdString(other)));
        QCOMPARE(f.panel->lossChart()->epochPointCount(), 0);
        QVERIFY(f.panel->selectEmbedding(QString::fromStdString(embedding.id)));
        QCOMPARE(f.panel->lossChart()->epochPointCount(), 5);

        // One snapshot per epoch, in order, the last one marked finished and equal to the
        // trained vectors (nothing changes them after the last epoch).
        QCOMPARE(snapshots.size(), std::size_t(5));
        for (int i = 0; i < 5; ++i) {
            const EmbeddingSnapshot& snapshot = snapshots[std::size_t(i)];
            QCOMPARE(snapshot.epoch, i + 1);
            QCOMPARE(snapshot.epochs, 5);
            QCOMPARE(snapshot.finished, i == 4);
            QCOMPARE(snapshot.vectors->words(), embedding.vectors->words());
            QCOMPARE(snapshot.counts, embedding.counts);
        }
        const EmbeddingSnapshot& last = snapshots.back();
        QVERIFY(arma::approx_equal(last.vectors->vectors(), embedding.vectors->vectors(), "absdiff", 0.0f));
        const EmbeddingSnapshot& first = snapshots.front();
        QVERIFY(!arma::approx_equal(first.vectors->vectors(), embedding.vectors->vectors(), "absdiff", 1e-6f));
    }

    void neighboursRecoverThePlantedFamilies()
    {
        Fixture f;
        QVERIFY(waitForJob(f.panel->train(), timeout));
        QCOMPARE(f.workspace.embeddings().size(), std::size_t(1));
        NeighboursView* view = f.panel->neighboursView();
        QVERIFY(f.panel->showView(QStringLiteral("neighbours")));
        for (const auto* family : {&animals, &colours}) {
            const std::set<QString> members = [family] {
                std::set<QString> out;
                for (const std::string& w : *family)
                    out.insert(QString::fromStdString(w));
                return out;
            }();
            for (const std::string& word : *family) {
                view->setQuery(QString::fromStdString(word));
                const QStringList words = column(view->table(), 1);
                QCOMPARE(words.size(), 10);
                // The nine other members of the family come first.
                for (int i = 0; i < 9; ++i)
                    QVERIFY2(members.count(words[i]),
                             qPrintable(QString::fromStdString(word) + " has " + words[i]));
                // The cosines are the store's and descend.
                const auto expected = f.workspace.embeddings().front().vectors->nearest(word, 10);
                for (int i = 0; i < 10; ++i)
                    QCOMPARE(number(view->table()->item(i, 2)->text()),
                             std::round(double(expected[std::size_t(i)].score) * 1000.0) / 1000.0);
            }
        }
        view->setTopCount(20);
        QCOMPARE(view->table()->rowCount(), 19); // the whole vocabulary but the word
    }

    void missingWordGetsTheStoresMessage()
    {
        Fixture f;
        f.workspace.addEmbedding(handMade());
        NeighboursView* view = f.panel->neighboursView();
        view->setQuery(QStringLiteral("reyna"));
        QCOMPARE(view->table()->rowCount(), 0);
        // The store's own message names the same close spellings: reina (one edit), rey (two).
        const std::string engine = f.workspace.embeddings().front().vectors->missingWordMessage("reyna");
        QVERIFY(engine.find("closest: reina, rey") != std::string::npos);
        QCOMPARE(view->message(), QStringLiteral("“reyna” is not in the vocabulary. Did you mean: reina, rey?"));
        view->setQuery(QStringLiteral("rey"));
        QCOMPARE(view->table()->rowCount(), 5);

        AnalogyView* analogy = f.panel->analogyView();
        analogy->setWords(QStringLiteral("rey"), QStringLiteral("hombre"), QStringLiteral("mujr"));
        QCOMPARE(analogy->table()->rowCount(), 0);
        QVERIFY(analogy->message().contains(QStringLiteral("mujr")));
    }

    void analogyBoxAnswersReyMinusHombrePlusMujer()
    {
        Fixture f;
        f.workspace.addEmbedding(handMade());
        AnalogyView* view = f.panel->analogyView();
        QVERIFY(f.panel->showView(QStringLiteral("analogy")));
        view->setMethod(lengua::AnalogyMethod::CosAdd);
        view->setWords(QStringLiteral("rey"), QStringLiteral("hombre"), QStringLiteral("mujer"));
        // By hand, with unit vectors: rey − hombre + mujer = (−0.29289, 1, 0.70711), length
        // 1.25928; its cosine with reina (0, 0.70711, 0.70711) is 1.20711 / 1.25928 = 0.95857,
        // with perro (0.70711, 0.70711, 0) 0.5 / 1.25928 = 0.39705.
        QCOMPARE(view->table()->rowCount(), 3); // six words but the three given
        QCOMPARE(view->table()->item(0, 1)->text(), QStringLiteral("reina"));
        QCOMPARE(number(view->table()->item(0, 2)->text()), 0.959);
        QCOMPARE(view->table()->item(1, 1)->text(), QStringLiteral("perro"));
        QCOMPARE(number(view->table()->item(1, 2)->text()), 0.397);
        view->setMethod(lengua::AnalogyMethod::CosMul);
        QCOMPARE(view->table()->item(0, 1)->text(), QStringLiteral("reina"));
    }

    void evaluationShowsSpearmanAndAccuracy()
    {
        Fixture f;
        f.workspace.addEmbedding(handMade());
        QTemporaryDir dir;
        const QString similarity = dir.filePath(QStringLiteral("pares.txt"));
        const QString analogies = dir.filePath(QStringLiteral("analogias.txt"));
        QFile file(similarity);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rey\treina\t8\nhombre\tmujer\t5\nperro\tgato\t1\ncasa\thogar\t9\n");
        file.close();
        QFile questions(analogies);
        QVERIFY(questions.open(QIODevice::WriteOnly));
        questions.write(": realeza\nhombre rey mujer reina\nhombre rey mujer princesa\n");
        questions.close();
        EmbeddingEvaluationView* view = f.panel->evaluationView();
        view->setSimilarityFile(similarity);
        view->setAnalogyFile(analogies);
        JobHandle* job = view->evaluate();
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        // Cosines by hand: rey·reina 0.5, hombre·mujer 0, perro·gato 0.207; the ratings rank
        // 3, 2, 1 and the cosines 3, 1, 2: ρ = 1 − 6·2 / (3·8) = 0.5 over 3 of the 4 pairs.
        QTableWidget* table = view->table();
        QVERIFY(table->rowCount() >= 4);
        QCOMPARE(number(table->item(0, 1)->text()), 0.5);
        QCOMPARE(number(table->item(0, 2)->text()), 75.0);
        // One question covered (princesa is missing) and answered right: 100 %, coverage 50 %.
        QCOMPARE(number(table->item(1, 1)->text()), 100.0);
        QCOMPARE(number(table->item(1, 2)->text()), 50.0);
        QVERIFY(column(table, 0).last().contains(QStringLiteral("realeza")));
    }

    void ppmiSvdTrainsWithoutSnapshots()
    {
        Fixture f;
        int snapshots = 0;
        QObject::connect(&f.workspace, &Workspace::embeddingSnapshotPublished, f.panel.get(),
                         [&snapshots] { ++snapshots; });
        f.panel->form()->setMethod(EmbeddingMethod::PpmiSvd);
        f.panel->form()->setDimension(4);
        JobHandle* job = f.panel->train();
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.workspace.embeddings().size(), std::size_t(1));
        const EmbeddingArtefact& embedding = f.workspace.embeddings().front();
        QCOMPARE(embedding.method, std::string("ppmi-svd"));
        QCOMPARE(embedding.vectors->dimension(), std::size_t(4));
        QVERIFY(embedding.epochLosses.empty());
        QCOMPARE(snapshots, 0);
        // Counting keeps the families apart too: gato's nearest word is an animal.
        const auto nearest = embedding.vectors->nearest("gato", 1);
        QVERIFY(std::find(animals.begin(), animals.end(), nearest.front().word) != animals.end());
    }

    void cancelledTrainingAddsNothing()
    {
        Fixture f(3000);
        f.panel->form()->setEpochs(500);
        JobHandle* job = f.panel->train();
        QVERIFY(job);
        QSignalSpy partials(job, &JobHandle::partialResult);
        QVERIFY(partials.wait(timeout)); // it is training
        f.panel->cancelTraining();
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QVERIFY(f.workspace.embeddings().empty());
        QVERIFY(f.panel->form()->statusText().contains(QStringLiteral("nothing was added")));
        QVERIFY(f.panel->currentEmbeddingId().isEmpty());
    }

    void badFileKeepsThePreviousState()
    {
        Fixture f;
        const std::string id = f.workspace.addEmbedding(handMade());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roto.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2 3\nuno 1 2 3\ndos 1 2\n"); // the second vector is short
        file.close();
        JobHandle* job = f.panel->importVectors(path);
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Failed);
        QCOMPARE(f.workspace.embeddings().size(), std::size_t(1));
        QCOMPARE(f.panel->currentEmbeddingId(), QString::fromStdString(id));
        QVERIFY(f.panel->vectorsStatus().contains(QStringLiteral("nothing was changed")));
        QVERIFY(f.panel->vectorsStatus().contains(QStringLiteral("roto.txt")));
        // The views still show the previous vectors.
        f.panel->neighboursView()->setQuery(QStringLiteral("rey"));
        QCOMPARE(f.panel->neighboursView()->table()->rowCount(), 5);
    }

    void exportRoundTrips()
    {
        Fixture f;
        f.workspace.addEmbedding(handMade());
        const lengua::WordVectors& original = *f.workspace.embeddings().front().vectors;
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("vectores.txt"));
        const QString binary = dir.filePath(QStringLiteral("vectores.bin"));
        const QString tsv = dir.filePath(QStringLiteral("vectors.tsv"));
        for (const auto& [path, format] : {std::pair{text, EmbeddingFileFormat::Word2VecText},
                                          std::pair{binary, EmbeddingFileFormat::Word2VecBinary},
                                          std::pair{tsv, EmbeddingFileFormat::ProjectorTsv}}) {
            JobHandle* job = f.panel->exportVectors(path, format);
            QVERIFY(waitForJob(job, timeout));
            QCOMPARE(job->state(), JobHandle::State::Succeeded);
        }
        auto same = [&original](const lengua::WordVectors& read) {
            return read.words() == original.words()
                   && arma::approx_equal(read.vectors(), original.vectors(), "absdiff", 0.0f);
        };
        QVERIFY(same(lengua::WordVectorFile::read(text.toStdString())));
        QVERIFY(same(lengua::WordVectorFile::read(binary.toStdString())));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("metadata.tsv"))));
        QVERIFY(same(lengua::ProjectorTsvFile::read(tsv.toStdString(),
                                                    dir.filePath(QStringLiteral("metadata.tsv")).toStdString())));
        // And through the panel: the binary file comes back as a second embedding.
        JobHandle* job = f.panel->importVectors(binary);
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.workspace.embeddings().size(), std::size_t(2));
        QCOMPARE(f.workspace.embeddings().back().method, std::string("imported"));
        QVERIFY(same(*f.workspace.embeddings().back().vectors));
        QCOMPARE(f.panel->currentEmbeddingId(), QString::fromStdString(f.workspace.embeddings().back().id));
    }

    void lectureExampleTrainsAndListsNeighbours()
    {
        Workspace workspace;
        JobRunner jobs;
        CorpusImporter importer(workspace, jobs, nullptr);
        importer.setInteractive(false);
        EmbeddingsPanel panel(workspace, jobs, &importer);
        panel.resize(1280, 800);
        panel.show();
        QSignalSpy snapshots(&workspace, &Workspace::embeddingSnapshotPublished);
        panel.loadLectureExample();
        // The corpus load (the Bible when installed, else the sample), then skip-gram.
        QTRY_VERIFY_WITH_TIMEOUT(!workspace.embeddings().empty() && jobs.runningCount() == 0, timeout);
        QCOMPARE(workspace.corpora().size(), std::size_t(1));
        const EmbeddingArtefact& embedding = workspace.embeddings().front();
        QCOMPARE(embedding.method, std::string("sg"));
        QCOMPARE(embedding.sourceCorpusId, workspace.corpora().front()->id);
        const bool bible = workspace.corpora().front()->format == "sword";
        QCOMPARE(embedding.epochLosses.size(), std::size_t(bible ? 5 : 40));
        QCOMPARE(snapshots.count(), int(embedding.epochLosses.size()));
        NeighboursView* view = panel.neighboursView();
        QCOMPARE(view->query(), bible ? QStringLiteral("casa") : QStringLiteral("escuela"));
        QCOMPARE(view->table()->rowCount(), 10);
        const auto expected = embedding.vectors->nearest(view->query().toStdString(), 10);
        QCOMPARE(view->table()->item(0, 1)->text(), QString::fromStdString(expected.front().word));
    }
};

QTEST_MAIN(TestEmbeddingsPanel)
#include "tst_embeddingspanel.moc"
