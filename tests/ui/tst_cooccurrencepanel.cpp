// The Co-occurrence & TF-IDF panel driven as a user would: the lecture's table shows its
// cosines (0.018 and 0.996, the lecture's own figures) and bag of words loses the order; a
// matrix counted through the panel (a job) fills the heatmap with the engine's values; the
// row orders; an unknown word gets suggestions; TF-IDF and BM25 put the expected document
// first and the idf of a word in every document is 0; a matrix too large to draw densely is
// cut with a note; a raw corpus goes through the pipeline; a count can be cancelled.
#include "support/JobWait.h"
#include "CooccurrenceComputation.h"
#include "Workspace.h"
#include "count/RowClustering.h"
#include "count/WordCooccurrence.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/CooccurrencePanel.h"
#include "panels/cooccurrence/CooccurrenceControls.h"
#include "panels/cooccurrence/CooccurrenceMatrixTab.h"
#include "panels/cooccurrence/CooccurrenceSimilarityTab.h"
#include "panels/cooccurrence/LabelledMatrixModel.h"
#include "panels/cooccurrence/LectureSimilarityView.h"
#include "panels/cooccurrence/TfidfSearchTab.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "widgets/HeatmapView.h"
#include "widgets/ViewExporter.h"

#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

using Sentence = std::vector<std::string>;

// Two topics (money, river) that share "banco"; "día" is in every document.
std::shared_ptr<lengua::ProcessedCorpus> topicCorpus()
{
    auto corpus = std::make_shared<lengua::ProcessedCorpus>();
    corpus->name = "temas";
    corpus->language = "es";
    corpus->documents = {
        {"dinero-1", "", {{"día", "banco", "dinero", "cuenta"}, {"banco", "préstamo", "dinero"}}},
        {"dinero-2", "", {{"dinero", "cuenta", "ahorro", "banco", "día"}}},
        {"río-1", "", {{"río", "agua", "orilla", "día"}, {"agua", "peces", "río"}}},
        {"río-2", "", {{"orilla", "río", "agua", "arena", "día"}, {"arena", "orilla"}}},
        {"mezcla", "", {{"banco", "río", "agua", "día"}}},
    };
    return corpus;
}

std::vector<Sentence> sentencesOf(const lengua::ProcessedCorpus& corpus)
{
    std::vector<Sentence> out;
    for (const auto& document : corpus.documents)
        for (const auto& sentence : document.sentences)
            out.push_back(sentence);
    return out;
}

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::unique_ptr<CooccurrencePanel> panel;
    std::shared_ptr<lengua::ProcessedCorpus> corpus = topicCorpus();
    QString corpusId;

    Fixture()
    {
        panel = std::make_unique<CooccurrencePanel>(workspace, jobs, nullptr);
        panel->resize(1280, 800);
        corpusId = QString::fromStdString(workspace.addProcessedCorpus(corpus));
        panel->controls()->selectCorpus(corpusId);
    }

    // Counts with the given settings and waits for the count and for the views' jobs.
    bool countAndWait(CooccurrenceKind kind, CooccurrenceWeighting weighting, int window = 2)
    {
        panel->controls()->setKind(kind);
        panel->controls()->setWeighting(weighting);
        panel->controls()->setWindow(window);
        panel->controls()->setMinCount(1);
        if (!waitForJob(panel->count()) || !panel->data())
            return false;
        return waitForViews();
    }

    bool waitForViews()
    {
        for (JobHandle* job : {panel->matrixTab()->pendingJob(), panel->similarityTab()->pendingJob(),
                               panel->tfidfTab()->pendingJob()})
            if (job && !waitForJob(job))
                return false;
        return true;
    }
};

QStringList rowLabels(const HeatmapSlice& slice)
{
    QStringList out;
    for (const std::string& label : slice.rowLabels)
        out << QString::fromStdString(label);
    return out;
}

} // namespace

class TestCooccurrencePanel : public QObject {
    Q_OBJECT
private slots:
    void lectureViewShowsTheLectureCosines()
    {
        Workspace workspace;
        JobRunner jobs;
        CooccurrencePanel panel(workspace, jobs, nullptr);
        QVERIFY(panel.showView(QStringLiteral("lecture")));
        LectureSimilarityView* view = panel.lectureView();
        const QLocale locale;
        // The lecture's figures: cos(cherry, information) = 0.018, cos(digital, information) = 0.996.
        QCOMPARE(view->cosineTable()->item(0, 2)->text(), locale.toString(0.018, 'f', 3));
        QCOMPARE(view->cosineTable()->item(1, 2)->text(), locale.toString(0.996, 'f', 3));
        QCOMPARE(view->cosineTable()->item(2, 0)->text(), locale.toString(0.018, 'f', 3));
        QCOMPARE(view->cosineTable()->item(1, 1)->text(), locale.toString(1.0, 'f', 3));
        QVERIFY(view->summaryText().contains(locale.toString(0.018, 'f', 3)));
        QVERIFY(view->summaryText().contains(locale.toString(0.996, 'f', 3)));
        // information · information = 5² + 3982² + 3325² = 26,911,974 (by hand).
        QCOMPARE(view->dotTable()->item(2, 2)->text(), locale.toString(26911974.0, 'f', 0));
        // digital · information = 5·5 + 1683·3982 + 1670·3325 = 25 + 6,701,706 + 5,552,750.
        QCOMPARE(view->dotTable()->item(1, 2)->text(), locale.toString(12254481.0, 'f', 0));
        QCOMPARE(view->countTable()->item(2, 1)->text(), locale.toString(3982.0, 'f', 0));
        QCOMPARE(view->heatmap()->value(0, 0), 442.0f);
        QCOMPARE(view->heatmap()->cellText(1, 2), QStringLiteral("digital × computer: 1670"));

        // Bag of words: the same words in another order are the same vector.
        QVERIFY(view->bagVerdict().contains(QStringLiteral("same vector")));
        QTableWidget* bag = view->bagTable();
        QCOMPARE(bag->columnCount(), 5); // el, perro, mordió, al, hombre
        for (int c = 0; c < bag->columnCount(); ++c)
            QCOMPARE(bag->item(0, c)->text(), bag->item(1, c)->text());
        view->setSentences(QStringLiteral("el perro mordió al hombre"),
                           QStringLiteral("el perro mordió al cartero"));
        QVERIFY(!view->bagVerdict().contains(QStringLiteral("same vector")));
        QCOMPARE(bag->columnCount(), 6);
    }

    void countedMatrixMatchesTheEngine()
    {
        Fixture f;
        QVERIFY(f.countAndWait(CooccurrenceKind::WordWord, CooccurrenceWeighting::Counts, 2));
        lengua::CooccurrenceSettings settings;
        settings.window = 2;
        const lengua::TermMatrix expected = lengua::WordCooccurrence::count(sentencesOf(*f.corpus), settings);
        CooccurrenceMatrixTab* tab = f.panel->matrixTab();
        HeatmapView* heatmap = tab->heatmap();
        const int n = int(std::min<std::size_t>(expected.rows(), std::size_t(tab->topWords())));
        QCOMPARE(heatmap->rows(), n);
        QCOMPARE(heatmap->columns(), n);
        double total = 0.0;
        for (int r = 0; r < n; ++r) {
            const auto row = expected.rowIndex(tab->slice().rowLabels[std::size_t(r)]);
            QVERIFY(row);
            for (int c = 0; c < n; ++c) {
                const auto column = expected.columnIndex(tab->slice().columnLabels[std::size_t(c)]);
                QVERIFY(column);
                QCOMPARE(heatmap->value(r, c), float(expected.value(*row, *column)));
                total += heatmap->value(r, c);
            }
        }
        QVERIFY(total > 0.0);
        // Within 2 words, banco and dinero meet twice ("día banco dinero", "banco préstamo
        // dinero"); in "dinero cuenta ahorro banco" they are 3 apart (counted by hand).
        QCOMPARE(expected.value(*expected.rowIndex("banco"), *expected.columnIndex("dinero")), 2.0);
        // The CSV table holds the same numbers, labels first.
        const LabelledMatrixModel* table = tab->tableModel();
        QCOMPARE(table->rowCount(), n);
        QCOMPARE(table->columnCount(), n + 1);
        QCOMPARE(table->index(0, 0).data().toString(), QString::fromStdString(tab->slice().rowLabels[0]));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("matrix.csv"));
        QVERIFY(ViewExporter::writeCsv(table, path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), n + 1);

        // PPMI through the panel: the weighted matrix, not the counts.
        QVERIFY(f.countAndWait(CooccurrenceKind::WordWord, CooccurrenceWeighting::Ppmi, 2));
        QVERIFY(f.panel->data()->weighted != f.panel->data()->counts);
        QVERIFY(f.panel->matrixTab()->captionText().contains(QStringLiteral("PPMI")));
    }

    void orderingModesChangeTheRowOrder()
    {
        Fixture f;
        QVERIFY(f.countAndWait(CooccurrenceKind::WordWord, CooccurrenceWeighting::Counts, 2));
        CooccurrenceMatrixTab* tab = f.panel->matrixTab();
        // By frequency: the matrix's own order (most frequent first).
        std::vector<std::size_t> byFrequency = tab->slice().rows;
        QVERIFY(std::is_sorted(byFrequency.begin(), byFrequency.end()));
        const QStringList frequencyLabels = rowLabels(tab->slice());
        const std::vector<float> frequencyValues = tab->slice().values;

        tab->setOrder(HeatmapRowOrder::Alphabetical);
        QVERIFY(waitForJob(tab->pendingJob()));
        QStringList sorted = frequencyLabels;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(rowLabels(tab->slice()), sorted);
        QVERIFY(rowLabels(tab->slice()) != frequencyLabels);
        QCOMPARE(tab->slice().columnLabels, tab->slice().rowLabels); // word × word stays symmetric

        tab->setOrder(HeatmapRowOrder::Clustered);
        QVERIFY(waitForJob(tab->pendingJob()));
        const std::vector<std::size_t> order
            = lengua::RowClustering::order(frequencyValues, byFrequency.size(), byFrequency.size());
        QStringList clustered;
        for (const std::size_t i : order)
            clustered << frequencyLabels.at(qsizetype(i));
        QCOMPARE(rowLabels(tab->slice()), clustered);
        // The heatmap shows the cell values under the new order.
        const auto& m = *f.panel->data()->weighted;
        QCOMPARE(tab->heatmap()->value(0, 1),
                 float(m.value(tab->slice().rows[0], tab->slice().columns[1])));
    }

    void unknownWordGetsSuggestions()
    {
        Fixture f;
        QVERIFY(f.countAndWait(CooccurrenceKind::WordWord, CooccurrenceWeighting::Counts, 2));
        CooccurrenceMatrixTab* tab = f.panel->matrixTab();
        tab->setWords(QStringLiteral("dinro, río, agua"));
        QVERIFY(waitForJob(tab->pendingJob()));
        QCOMPARE(tab->heatmap()->rows(), 2);
        QCOMPARE(tab->slice().unknown.size(), std::size_t(1));
        QVERIFY(tab->noteText().contains(QStringLiteral("dinro")));
        QVERIFY(tab->noteText().contains(QStringLiteral("dinero")));

        // The similarity view does the same for the neighbour word, and lists neighbours.
        CooccurrenceSimilarityTab* similarity = f.panel->similarityTab();
        similarity->setNeighbourWord(QStringLiteral("orila"));
        QVERIFY(waitForJob(similarity->pendingJob()));
        QVERIFY(similarity->noteText().contains(QStringLiteral("orilla")));
        similarity->setNeighbourWord(QStringLiteral("río"));
        QVERIFY(waitForJob(similarity->pendingJob()));
        QVERIFY(similarity->neighbourTable()->rowCount() > 0);
        QVERIFY(similarity->result().neighbours.front().label != "río");
        QCOMPARE(similarity->heatmap()->rows(), int(similarity->result().labels.size()));
        QCOMPARE(similarity->heatmap()->value(0, 0), 1.0f); // a word against itself
    }

    void tfidfSearchRanksTheExpectedDocumentFirst()
    {
        Fixture f;
        QVERIFY(f.countAndWait(CooccurrenceKind::TermDocument, CooccurrenceWeighting::Tfidf));
        TfidfSearchTab* tab = f.panel->tfidfTab();
        QVERIFY(waitForJob(tab->search(QStringLiteral("arena orilla"))));
        // "arena" is only in río-2 (twice), "orilla" in río-1 and río-2.
        QVERIFY(!tab->result().tfidf.empty());
        QCOMPARE(tab->result().tfidf.front().name, std::string("río-2"));
        QCOMPARE(tab->result().bm25.front().name, std::string("río-2"));
        // The document's name, then its words (a processed corpus has no raw text).
        QCOMPARE(tab->tfidfTable()->item(0, 1)->text(),
                 QStringLiteral("río-2 · orilla río agua arena día arena orilla"));
        QVERIFY(tab->bm25Table()->item(0, 1)->text().startsWith(QStringLiteral("río-2 · ")));
        QVERIFY(tab->topTermsTable()->rowCount() > 0);
        QCOMPARE(tab->topTermsTable()->item(0, 0)->text(), QStringLiteral("arena"));

        // The formulas: arena in río-2 has count 2 and df 1 of N = 5.
        const QLocale locale;
        tab->setFormulaWord(QStringLiteral("arena"));
        QVERIFY(tab->formulaText().contains(locale.toString(std::log10(3.0), 'f', 3)));
        QVERIFY(tab->formulaText().contains(locale.toString(std::log10(5.0), 'f', 3)));
        // A word in every document gets idf = log10(5 / 5) = 0.
        tab->setFormulaWord(QStringLiteral("día"));
        QVERIFY(tab->formulaText().contains(QStringLiteral("every")));
        QVERIFY(tab->formulaText().contains(QStringLiteral("(5 / 5) = <b>%1</b>").arg(locale.toString(0.0, 'f', 3))));

        // Documents can be compared too.
        f.panel->similarityTab()->setCompareDocuments(true);
        QVERIFY(waitForJob(f.panel->similarityTab()->pendingJob()));
        QCOMPARE(f.panel->similarityTab()->heatmap()->rows(), 5);
    }

    void tooLargeMatrixIsCutWithANote()
    {
        Fixture f;
        f.panel->matrixTab()->setMaximumDenseRows(5);
        QVERIFY(f.countAndWait(CooccurrenceKind::WordWord, CooccurrenceWeighting::Counts, 2));
        CooccurrenceMatrixTab* tab = f.panel->matrixTab();
        QVERIFY(f.panel->data()->weighted->rows() > 5);
        QVERIFY(tab->slice().rowsCut);
        QCOMPARE(tab->heatmap()->rows(), 5);
        QVERIFY(tab->noteText().contains(QStringLiteral("Too large")));
        // The five most frequent rows.
        QCOMPARE(tab->slice().rows, (std::vector<std::size_t>{0, 1, 2, 3, 4}));

        // Term × document: the documents are cut the same way.
        QVERIFY(f.countAndWait(CooccurrenceKind::TermDocument, CooccurrenceWeighting::Counts));
        f.panel->matrixTab()->setMaximumDenseRows(3);
        QVERIFY(waitForJob(f.panel->matrixTab()->refresh()));
        QVERIFY(tab->slice().columnsCut);
        QCOMPARE(tab->heatmap()->columns(), 3);
        QVERIFY(tab->noteText().contains(QStringLiteral("documents")));

        // Within the limit: no note.
        f.panel->matrixTab()->setMaximumDenseRows(1000);
        QVERIFY(waitForJob(f.panel->matrixTab()->refresh()));
        QVERIFY(!tab->slice().rowsCut);
        QVERIFY(!tab->noteText().contains(QStringLiteral("Too large")));
    }

    void rawCorpusIsCountedWhenItArrives()
    {
        Workspace workspace;
        JobRunner jobs;
        CooccurrencePanel panel(workspace, jobs, nullptr);
        auto corpus = std::make_shared<lengua::Corpus>();
        corpus->name = "crudo";
        corpus->language = "es";
        corpus->documents = {{"1", "El banco me dio un préstamo. El dinero llegó a la cuenta.", ""},
                             {"2", "El río lleva agua clara hasta la orilla.", ""}};
        workspace.addCorpus(corpus);
        // The first corpus of the session is counted at once.
        QVERIFY(panel.countJob());
        QVERIFY(waitForJob(panel.countJob()));
        QVERIFY(panel.data());
        const auto& counts = *panel.data()->counts;
        QVERIFY(counts.rowIndex("banco")); // case-folded
        QVERIFY(!counts.rowIndex("la"));   // stop words left out
        QVERIFY(!counts.rowIndex("El"));
        QCOMPARE(panel.data()->documents, std::size_t(2));
        QCOMPARE(panel.data()->sentences, std::size_t(3));
    }

    void lectureExampleClustersTheSample()
    {
        Workspace workspace;
        JobRunner jobs;
        CooccurrencePanel panel(workspace, jobs, nullptr);
        auto sample = std::make_shared<lengua::Corpus>();
        sample->name = "muestra";
        sample->source = "sample"; // what CorpusImporter::loadEmbeddedSample sets
        sample->language = "es";
        for (int i = 0; i < 6; ++i) {
            sample->documents.push_back({"d" + std::to_string(2 * i),
                                         "El banco cobra interés por el préstamo y el dinero de la cuenta.", ""});
            sample->documents.push_back({"d" + std::to_string(2 * i + 1),
                                         "El río lleva agua fría entre las piedras de la orilla.", ""});
        }
        workspace.addCorpus(sample);
        if (panel.countJob())
            QVERIFY(waitForJob(panel.countJob())); // the first corpus is counted at once
        panel.loadLectureExample();
        QVERIFY(waitForJob(panel.countJob()));
        if (JobHandle* slicing = panel.matrixTab()->pendingJob())
            QVERIFY(waitForJob(slicing));
        QCOMPARE(panel.data()->weighting, CooccurrenceWeighting::Ppmi);
        QCOMPARE(panel.data()->kind, CooccurrenceKind::WordWord);
        const HeatmapSlice& slice = panel.matrixTab()->slice();
        QCOMPARE(slice.order, HeatmapRowOrder::Clustered);
        QVERIFY(slice.rows.size() > 4);
        // Clustered, the two topics are two blocks: each word's row neighbour is of its topic.
        const QStringList money = {QStringLiteral("banco"), QStringLiteral("cobra"), QStringLiteral("interés"),
                                   QStringLiteral("préstamo"), QStringLiteral("dinero"), QStringLiteral("cuenta")};
        int switches = 0;
        for (std::size_t r = 1; r < slice.rowLabels.size(); ++r)
            if (money.contains(QString::fromStdString(slice.rowLabels[r]))
                != money.contains(QString::fromStdString(slice.rowLabels[r - 1])))
                ++switches;
        QCOMPARE(switches, 1);
    }

    void countCanBeCancelled()
    {
        Fixture f;
        JobHandle* job = f.panel->count();
        QVERIFY(job);
        job->cancel();
        QVERIFY(waitForJob(job));
        // Either it was stopped in time or it had already finished: never a half result.
        if (job->state() == JobHandle::State::Cancelled)
            QVERIFY(f.panel->controls()->statusText().contains(QStringLiteral("cancelled")));
        else
            QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QVERIFY(f.panel->controls()->countButton()->isEnabled());
    }

    void viewsAreNamed()
    {
        Workspace workspace;
        JobRunner jobs;
        CooccurrencePanel panel(workspace, jobs, nullptr);
        for (const char* view : {"matrix", "similarity", "lecture", "tfidf", ""})
            QVERIFY(panel.showView(QString::fromLatin1(view)));
        QVERIFY(!panel.showView(QStringLiteral("nonsense")));
    }
};

QTEST_MAIN(TestCooccurrencePanel)
#include "tst_cooccurrencepanel.moc"
