// The N-grams panel driven as a user would: training through the panel adds an n-gram model
// to the workspace; the perplexity table fills with finite values for the smoothed methods
// and ∞ for MLE (checked against the engine on the same split); the next-word bars are
// NgramModel::distribution's top words; the formula shows estimate()'s counts; an unknown
// word gets suggestions; the chain-rule table is score(); sentences are sampled; a training
// run can be cancelled.
#include "support/JobWait.h"
#include "CorpusImporter.h"
#include "NgramTraining.h"
#include "Workspace.h"
#include "count/NgramLanguageModel.h"
#include "count/NgramModel.h"
#include "count/NgramSentences.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/NgramPanel.h"
#include "panels/ngram/NextWordChart.h"
#include "panels/ngram/NextWordView.h"
#include "panels/ngram/NgramFormula.h"
#include "panels/ngram/NgramSettingsForm.h"
#include "panels/ngram/PerplexityTableView.h"
#include "panels/ngram/SentenceSamplesView.h"
#include "panels/ngram/SentenceScoreView.h"
#include "text/Corpus.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace {

constexpr int timeout = 120000;

// Twenty documents of sentences about where things are; the last ones (held out) repeat the
// words in new orders, so a bigram or trigram MLE meets unseen n-grams there.
std::shared_ptr<lengua::Corpus> smallCorpus()
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = "pequeño";
    corpus->source = "test";
    corpus->language = "es";
    const char* texts[] = {
        "El señorial chalet se encontraba a la izquierda de la escuela. La escuela está cerca.",
        "La casa se encontraba a la derecha de la plaza. El chalet es grande.",
        "A la izquierda de la iglesia se encontraba la panadería.",
        "El perro se encontraba a la izquierda de la casa.",
        "La escuela se encontraba a la derecha del chalet.",
        "El señorial edificio está a la izquierda de la plaza.",
        "La panadería está a la izquierda de la zapatería.",
        "El chalet se encontraba cerca de la escuela.",
        "A la derecha de la casa está la plaza.",
        "La iglesia se encontraba a la izquierda de la escuela.",
        "El perro está cerca de la casa. La casa es grande.",
        "La zapatería se encontraba a la derecha de la panadería.",
        "El edificio señorial se encontraba a la derecha de la iglesia.",
        "La plaza está a la izquierda del chalet.",
        "El chalet señorial es grande.",
        "La escuela es grande y la plaza está cerca.",
        "El perro grande está en la plaza.",
        "La casa señorial se encontraba a la izquierda de la plaza.",
        "Cerca de la iglesia está el perro.",
        "La derecha de la zapatería es la plaza grande.",
    };
    int i = 0;
    for (const char* text : texts)
        corpus->documents.push_back({"doc " + std::to_string(i++), text, ""});
    return corpus;
}

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::unique_ptr<NgramPanel> panel;
    std::shared_ptr<lengua::Corpus> corpus;
    QString corpusId;

    Fixture()
    {
        corpus = smallCorpus();
        corpusId = QString::fromStdString(workspace.addCorpus(corpus));
        panel = std::make_unique<NgramPanel>(workspace, jobs);
        panel->resize(1300, 800);
        panel->show();
        QVERIFY(panel->form()->selectCorpus(corpusId));
        panel->form()->setOrder(3);
        panel->form()->setSmoothing(lengua::NgramSmoothing::KneserNey);
    }
    ~Fixture()
    {
        jobs.cancelAllAndWait();
        QCoreApplication::processEvents();
    }
    // Trains through the panel and waits for the model and its perplexity table.
    bool trainAndWait()
    {
        JobHandle* job = panel->train();
        if (!job || !waitForJob(job, timeout) || job->state() != JobHandle::State::Succeeded)
            return false;
        return waitForJob(panel->tableJob(), timeout)
               && panel->tableJob()->state() == JobHandle::State::Succeeded;
    }
};

double cellValue(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    if (!item)
        return std::nan("");
    if (item->text() == QStringLiteral("∞"))
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = QLocale().toDouble(item->text(), &ok);
    return ok ? value : std::nan("");
}

int column(lengua::NgramSmoothing smoothing)
{
    const auto& all = NgramTraining::smoothings();
    return int(std::find(all.begin(), all.end(), smoothing) - all.begin());
}

} // namespace

class TestNgramPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void trainingAddsModelAndFillsPerplexityTable()
    {
        Fixture f;
        QSignalSpy added(&f.workspace, &Workspace::modelAdded);
        QVERIFY(f.trainAndWait());
        QCOMPARE(added.count(), 1);
        QCOMPARE(f.workspace.models().size(), std::size_t(1));
        const LanguageModelArtefact& artefact = f.workspace.models().front();
        QCOMPARE(artefact.kind, std::string("ngram"));
        QCOMPARE(artefact.sourceCorpusId, f.corpusId.toStdString());
        QVERIFY(artefact.tokenizer);
        QCOMPARE(artefact.tokenizer->vocabulary().size(), artefact.model->vocabularySize());
        QVERIFY(f.panel->currentModel());
        QCOMPARE(f.panel->currentModel().model.get(), artefact.model.get());
        QCOMPARE(f.panel->form()->currentModelId().toStdString(), artefact.id);

        // The same split in the engine: 20 documents → their sentences, one in ten held out.
        const auto split = lengua::NgramSentences::interleavedSplit(lengua::NgramSentences::fromCorpus(*f.corpus));
        QVERIFY(!split.heldOut.empty());
        QTableWidget* table = f.panel->perplexityView()->table();
        for (int order = 1; order <= 5; ++order) {
            for (const lengua::NgramSmoothing smoothing : NgramTraining::smoothings()) {
                const double shown = cellValue(table, column(smoothing), order - 1);
                lengua::NgramSettings settings = f.panel->currentModel().model->settings();
                settings.order = order;
                settings.smoothing = smoothing;
                settings.lambdas.clear();
                const double expected = lengua::NgramModel::train(split.training, settings, split.heldOut)
                                            ->perplexity(split.heldOut).perplexity;
                if (smoothing == lengua::NgramSmoothing::Mle && std::isinf(expected)) {
                    // Held-out n-grams (or words) the training text lacks: probability 0, ∞.
                    QVERIFY2(std::isinf(shown), qPrintable(table->item(column(smoothing), order - 1)->text()));
                    continue;
                }
                if (smoothing == lengua::NgramSmoothing::Mle && order >= 2)
                    QFAIL("an MLE bigram model should meet an unseen held-out bigram here");
                QVERIFY2(std::isfinite(shown), qPrintable(QStringLiteral("order %1 column %2")
                                                              .arg(order).arg(column(smoothing))));
                // One decimal shown.
                QVERIFY2(std::abs(shown - expected) <= 0.051,
                         qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(expected)));
            }
        }
        QVERIFY(f.panel->perplexityView()->statusText().contains(QStringLiteral("OOV")));
        QVERIFY(f.panel->perplexityView()->summary().contains(QStringLiteral("perplexity")));
    }

    void nextWordBarsAndFormulaFollowTheModel()
    {
        Fixture f;
        QVERIFY(f.trainAndWait());
        QVERIFY(f.panel->showView(QStringLiteral("next")));
        NextWordView* view = f.panel->nextWordView();
        view->setContext(QStringLiteral("El señorial chalet se encontraba a la izquierda de la"));
        const lengua::NgramModel& model = *f.panel->currentModel().model;
        std::vector<lengua::TokenId> context;
        for (const char* word : {"el", "señorial", "chalet", "se", "encontraba", "a", "la",
                                 "izquierda", "de", "la"})
            context.push_back(model.vocabulary().id(word));
        QCOMPARE(view->contextIds(), context);
        QVERIFY(view->unknownMessage().isEmpty());

        // The bars: distribution()'s most probable words, in order, with its values.
        const std::vector<double> p = model.distribution(context);
        std::vector<lengua::TokenId> ranking(p.size());
        std::iota(ranking.begin(), ranking.end(), 0);
        std::stable_sort(ranking.begin(), ranking.end(),
                         [&](lengua::TokenId a, lengua::TokenId b) { return p[a] > p[b]; });
        const auto& bars = view->chart()->bars();
        QVERIFY(bars.size() >= 5);
        for (std::size_t i = 0; i < bars.size(); ++i) {
            QCOMPARE(bars[i].probability, p[std::size_t(bars[i].id)]);
            QCOMPARE(bars[i].probability, p[std::size_t(ranking[i])]);
        }
        // A trigram reads "de la": "plaza" follows it most often in the training sentences.
        QCOMPARE(bars.front().word, QStringLiteral("plaza"));

        // The formula of the selected word: estimate()'s counts and result.
        view->chart()->setSelectedIndex(0);
        QTest::mouseClick(view->chart(), Qt::LeftButton, {}, view->chart()->rowRect(0).center());
        QVERIFY(view->shownEstimate());
        const lengua::NgramEstimate expected = model.estimate(bars.front().id, context);
        const lengua::NgramEstimate& shown = *view->shownEstimate();
        QCOMPARE(shown.probability, expected.probability);
        QCOMPARE(shown.levels.size(), expected.levels.size());
        const QString html = view->formulaHtml();
        QVERIFY(!expected.levels.empty());
        QCOMPARE(expected.levels.front().context, (std::vector<std::string>{"de", "la"}));
        QVERIFY2(html.contains(NgramFormula::count(expected.levels.front().ngramCount)), qPrintable(html));
        QVERIFY(html.contains(NgramFormula::count(expected.levels.front().contextCount)));
        QVERIFY(html.contains(NgramFormula::number(expected.probability)));
        QVERIFY(expected.levels.front().ngramCount >= 2);

        // Hovering another row shows that word's estimate.
        QTest::mouseMove(view->chart(), view->chart()->rowRect(1).center());
        QCOMPARE(view->shownEstimate()->word, bars[1].word.toStdString());
    }

    void unknownWordSuggestsClosestWords()
    {
        Fixture f;
        QVERIFY(f.trainAndWait());
        NextWordView* view = f.panel->nextWordView();
        view->setContext(QStringLiteral("a la izquierda de la escuelx"));
        const QString message = view->unknownMessage();
        QVERIFY2(message.contains(QStringLiteral("escuelx")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("<b>escuela</b>")), qPrintable(message));
        QCOMPARE(view->contextIds().back(), lengua::NgramVocabulary::unknownId);
        // A known context clears it.
        view->setContext(QStringLiteral("a la izquierda de la"));
        QVERIFY(view->unknownMessage().isEmpty());
    }

    void sentenceTableIsTheChainRule()
    {
        Fixture f;
        QVERIFY(f.trainAndWait());
        QVERIFY(f.panel->showView(QStringLiteral("sentence")));
        SentenceScoreView* view = f.panel->sentenceView();
        view->setSentence(QStringLiteral("La escuela está cerca."));
        const lengua::SentenceScore expected =
            f.panel->currentModel().model->score({"la", "escuela", "está", "cerca"});
        QVERIFY(view->score());
        QCOMPARE(view->table()->rowCount(), 5); // four words and </s>
        QCOMPARE(view->table()->item(4, 0)->text(), QStringLiteral("</s>"));
        QCOMPARE(view->table()->item(0, 1)->text(), QStringLiteral("<s> <s>"));
        double product = 1.0;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(view->score()->factors[std::size_t(i)].probability, expected.factors[std::size_t(i)].probability);
            product *= expected.factors[std::size_t(i)].probability;
        }
        QVERIFY(std::abs(std::log10(product) - expected.log10Probability) < 1e-9);
        QVERIFY2(view->resultText().contains(QLocale().toString(expected.log10Probability, 'f', 3)),
                 qPrintable(view->resultText()));
    }

    void mleSentenceWithUnseenTrigramIsImpossible()
    {
        Fixture f;
        f.panel->form()->setSmoothing(lengua::NgramSmoothing::Mle);
        QVERIFY(f.trainAndWait());
        SentenceScoreView* view = f.panel->sentenceView();
        view->setSentence(QStringLiteral("la plaza señorial"));
        QVERIFY(view->score());
        QVERIFY(std::isinf(view->score()->log10Probability));
        QVERIFY(view->resultText().contains(QStringLiteral("−∞")));
    }

    void generatesSentences()
    {
        Fixture f;
        QVERIFY(f.trainAndWait());
        QVERIFY(f.panel->showView(QStringLiteral("generate")));
        SentenceSamplesView* view = f.panel->samplesView();
        // showView started a first batch; wait for it, then sample again with another seed.
        for (JobHandle* job : f.jobs.jobs())
            QVERIFY(waitForJob(job, timeout));
        view->setSentenceCount(6);
        view->setSeed(7);
        JobHandle* job = view->generate();
        QVERIFY(job);
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(view->table()->rowCount(), 6);
        const lengua::NgramVocabulary& vocabulary = f.panel->currentModel().model->vocabulary();
        for (int row = 0; row < 6; ++row) {
            const QString sentence = view->table()->item(row, 0)->text();
            QVERIFY(!sentence.isEmpty());
            for (const QString& word : sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (word == QStringLiteral("…"))
                    continue;
                QVERIFY2(vocabulary.find(word.toStdString()), qPrintable(word));
                QVERIFY(word != QStringLiteral("<s>") && word != QStringLiteral("</s>"));
            }
        }
        // The same seed gives the same sentences.
        const QString first = view->table()->item(0, 0)->text();
        job = view->generate();
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(view->table()->item(0, 0)->text(), first);
    }

    void lectureExampleTrainsATrigramOnTheSample()
    {
        Workspace workspace;
        JobRunner jobs;
        CorpusImporter importer(workspace, jobs, nullptr);
        importer.setInteractive(false);
        NgramPanel panel(workspace, jobs, &importer);
        panel.resize(1300, 800);
        panel.show();
        panel.loadLectureExample();
        // The sample's import, then the training and its table: wait until nothing runs.
        QTRY_VERIFY_WITH_TIMEOUT(panel.currentModel() && jobs.runningCount() == 0, timeout);
        QCOMPARE(workspace.corpora().size(), std::size_t(1));
        const lengua::NgramModel& model = *panel.currentModel().model;
        QCOMPARE(model.settings().order, 3);
        QCOMPARE(model.settings().smoothing, lengua::NgramSmoothing::KneserNey);
        QCOMPARE(panel.nextWordView()->context(), NgramPanel::lectureContext());
        QVERIFY(panel.nextWordView()->isVisible());
        // The sample has the lecture's sentence: after "de la" comes "escuela" first.
        QVERIFY(!panel.nextWordView()->chart()->bars().empty());
        QCOMPARE(panel.nextWordView()->chart()->bars().front().word, QStringLiteral("escuela"));
        QVERIFY(panel.nextWordView()->shownEstimate());
        jobs.cancelAllAndWait();
    }

    void aModelFromTheWorkspaceFileIsShown()
    {
        // As after opening a workspace: the model is there, its sentences are not.
        Workspace workspace;
        JobRunner jobs;
        lengua::NgramSettings settings;
        settings.order = 2;
        settings.smoothing = lengua::NgramSmoothing::AddK;
        LanguageModelArtefact artefact = lengua::NgramLanguageModel::wrap(
            lengua::NgramModel::train({{"la", "casa"}, {"la", "escuela"}, {"la", "casa", "grande"}},
                                      settings),
            false);
        artefact.name = "bigram";
        const std::string id = workspace.addModel(artefact);
        NgramPanel panel(workspace, jobs);
        QVERIFY(panel.currentModel());
        QCOMPARE(panel.form()->currentModelId().toStdString(), id);
        QVERIFY(!panel.currentModel().lowercase); // the tokenizer says how it was trained
        panel.nextWordView()->setContext(QStringLiteral("la"));
        // "la casa" was counted twice, "la escuela" once: "casa" leads.
        QCOMPARE(panel.nextWordView()->chart()->bars().front().word, QStringLiteral("casa"));
        QVERIFY(!panel.computePerplexityTable()); // no held-out sentences to measure on
        QVERIFY(panel.perplexityView()->statusText().contains(QStringLiteral("session")));
        QCOMPARE(panel.form()->modelCombo()->count(), 1);
    }

    void trainingCanBeCancelled()
    {
        Workspace workspace;
        JobRunner jobs;
        // Large enough that counting takes well over the moment the cancel needs.
        auto corpus = std::make_shared<lengua::Corpus>();
        corpus->name = "grande";
        corpus->language = "es";
        for (int i = 0; i < 40000; ++i)
            corpus->documents.push_back(
                {std::to_string(i),
                 "La casa número " + std::to_string(i) + " está a la izquierda de la escuela "
                     + std::to_string(i % 97) + ". Otra frase más " + std::to_string(i % 13) + ".",
                 ""});
        const QString id = QString::fromStdString(workspace.addCorpus(corpus));
        NgramPanel panel(workspace, jobs);
        QVERIFY(panel.form()->selectCorpus(id));
        JobHandle* job = panel.train();
        QVERIFY(job);
        QVERIFY(panel.form()->cancelButton()->isEnabled());
        QTest::mouseClick(panel.form()->cancelButton(), Qt::LeftButton);
        QVERIFY(waitForJob(job, timeout));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QVERIFY(workspace.models().empty());
        QVERIFY(panel.form()->trainButton()->isEnabled());
        QVERIFY(!panel.currentModel());
        jobs.cancelAllAndWait();
    }

    void badSettingsStartNothing()
    {
        Fixture f;
        Workspace empty;
        JobRunner jobs;
        NgramPanel panel(empty, jobs);
        QVERIFY(!panel.train()); // no corpus
        QVERIFY(panel.form()->statusText().contains(QStringLiteral("corpus")));
        QVERIFY(!panel.computePerplexityTable());
    }

    void exportsTheTableAsCsv()
    {
        Fixture f;
        QVERIFY(f.trainAndWait());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QVERIFY(ViewExporter::writeCsv(f.panel->perplexityView()->exportModel().get(), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("∞")));
        QVERIFY(text.contains(QStringLiteral("Kneser")));
        QVERIFY(text.startsWith(QStringLiteral("Smoothing,n = 1")));
    }
};

QTEST_MAIN(TestNgramPanel)
#include "tst_ngrampanel.moc"
