// The GPT panel driven as a user would: a tiny training run to completion adds a model
// to the workspace and draws its loss; a stopped run keeps the steps done; an impossible
// configuration is explained and starts nothing; a GPT-2 folder written by
// Gpt2Checkpoint::exportTo imports (and one without tokenizer files is refused with a
// reason unless a tokenizer of the same size is chosen); a model exports.
#include "support/JobWait.h"
#include "GptTraining.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/Gpt.h"
#include "models/Gpt2Checkpoint.h"
#include "panels/GptPanel.h"
#include "panels/gpt/GptModelsTab.h"
#include "panels/gpt/GptSettingsForm.h"
#include "panels/gpt/GptTrainTab.h"
#include "store/WorkspaceFile.h"
#include "text/Corpus.h"
#include "core/JobContext.h"
#include "tokenize/BpeTrainer.h"
#include "tokenize/CharTrainer.h"
#include "widgets/LossChart.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <memory>

namespace {

constexpr int timeout = 120000;

std::shared_ptr<lengua::Corpus> smallCorpus(int documents = 60)
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = "pequeño";
    corpus->source = "test";
    const char* sentences[] = {"El señorial chalet se encontraba a la izquierda de la escuela.",
                               "La escuela está en la esquina, a la derecha del chalet.",
                               "Los señores encontraron la escuela cerrada.",
                               "En un lugar de la Mancha, de cuyo nombre no quiero acordarme."};
    for (int i = 0; i < documents; ++i)
        corpus->documents.push_back({"doc " + std::to_string(i), sentences[i % 4], ""});
    return corpus;
}

lengua::ByteLevelBpe trainBpe(const lengua::Corpus& corpus, std::size_t size)
{
    std::vector<std::string_view> texts;
    for (const auto& document : corpus.documents)
        texts.push_back(document.text);
    lengua::BpeTrainer::Options options;
    options.vocabularySize = size;
    options.minimumFrequency = 1;
    lengua::JobContext context;
    return lengua::BpeTrainer(options).train(texts, context);
}

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::unique_ptr<GptPanel> panel;
    QString corpusId;
    QString tokenizerId;

    explicit Fixture(bool withTokenizer = true)
    {
        auto corpus = smallCorpus();
        corpusId = QString::fromStdString(workspace.addCorpus(corpus));
        if (withTokenizer) {
            TokenizerArtefact tokenizer;
            tokenizer.name = "BPE · pequeño";
            tokenizer.tokenizer = std::make_shared<lengua::ByteLevelBpe>(trainBpe(*corpus, 300));
            tokenizerId = QString::fromStdString(workspace.addTokenizer(tokenizer));
        }
        panel = std::make_unique<GptPanel>(workspace, jobs);
        panel->resize(1300, 800);
        panel->show();
        panel->form()->selectCorpus(corpusId);
        if (withTokenizer)
            panel->form()->selectTokenizer(tokenizerId);
        panel->form()->setShape(1, 2, 16, 16);
        panel->form()->setTraining(40, 4, 16, 4);
    }
    ~Fixture()
    {
        jobs.cancelAllAndWait();
        QCoreApplication::processEvents();
    }
};

bool waitFor(JobHandle* job)
{
    return waitForJob(job, timeout);
}

} // namespace

class TestGptPanel : public QObject {
    Q_OBJECT

private slots:
    void trainingRunAddsModelAndDrawsLoss()
    {
        Fixture f;
        QVERIFY2(f.panel->form()->problems().isEmpty(),
                 qPrintable(f.panel->form()->problems().join('\n')));
        QSignalSpy added(&f.workspace, &Workspace::modelAdded);
        JobHandle* job = f.panel->train();
        QVERIFY(job);
        QVERIFY(!f.panel->form()->trainButton()->isEnabled());
        QVERIFY(waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(added.count(), 1);
        QCOMPARE(f.workspace.models().size(), std::size_t(1));
        const LanguageModelArtefact& model = f.workspace.models().front();
        QCOMPARE(model.kind, std::string("gpt"));
        QVERIFY(model.gpt && model.tokenizer && model.model);
        QCOMPARE(model.gpt->config().layers, std::size_t(1));
        QCOMPARE(model.gpt->vocabularySize(), model.tokenizer->vocabulary().size());
        QCOMPARE(model.sourceCorpusId, f.corpusId.toStdString());
        QCOMPARE(model.history.size(), std::size_t(40));
        QVERIFY2(QString::fromStdString(model.description).contains("40 steps on pequeño"),
                 model.description.c_str());
        // Every step reached the chart; validation every 4 steps (steps / 10).
        QCOMPARE(f.panel->trainTab()->chart()->trainPointCount(), 40);
        QCOMPARE(f.panel->trainTab()->chart()->validationPointCount(), 10);
        // The loss went down from about log V (a model that has not learnt guesses).
        QVERIFY(model.history.back().trainLoss < model.history.front().trainLoss);
        QVERIFY(f.panel->form()->trainButton()->isEnabled());
        QVERIFY(f.panel->trainTab()->bannerText().contains("Trained"));
        // The models table shows it.
        QCOMPARE(f.panel->modelsTab()->table()->rowCount(), 1);
        QCOMPARE(f.panel->modelsTab()->selectedModelId(), QString::fromStdString(model.id));

        QTemporaryDir dir;
        const QString csv = dir.filePath("loss.csv");
        QVERIFY(f.panel->trainTab()->chart()->writeCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 41); // header + 40 steps

        // Saved and opened as the main window does: the model comes back, weights and all.
        const std::filesystem::path saved = dir.filePath("gpt.lengua").toStdString();
        lengua::JobContext context;
        lengua::WorkspaceFile::write(saved, f.workspace.content(), context);
        const lengua::Gpt& trainedGpt = *model.gpt;
        const arma::fvec weights = trainedGpt.parameters();
        Workspace reopened;
        reopened.replaceContent(lengua::WorkspaceFile::read(saved, context), dir.filePath("gpt.lengua"));
        QCOMPARE(reopened.models().size(), std::size_t(1));
        QVERIFY(arma::approx_equal(reopened.models().front().gpt->parameters(), weights, "absdiff", 0.0f));
        QCOMPARE(reopened.models().front().history.size(), std::size_t(40));

        if (qEnvironmentVariableIsSet("LENGUA_GPT_SCREENSHOT")) {
            f.panel->showView(QStringLiteral("train"));
            f.panel->grab().save(qEnvironmentVariable("LENGUA_GPT_SCREENSHOT"));
        }
    }

    // The UI thread keeps turning while a model trains (~800 steps a second, so a point
    // every ~1 ms): the longest gap between two ticks of a 10 ms timer stays under 100 ms
    // (50 ms, the target, with LENGUA_STALL_CHECK=1; on a shared, loaded test machine the
    // scheduler alone can take tens of milliseconds). Measured here: ~26 ms.
    void uiStaysResponsiveWhileTraining()
    {
        Fixture f;
        f.panel->form()->setShape(1, 2, 16, 16);
        f.panel->form()->setTraining(1500, 2, 16, 10);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            if (now - last > longest && qEnvironmentVariableIsSet("LENGUA_STALL_DEBUG"))
                qInfo("gap %lld ms at %lld ms, %d points", now - last, now,
                      f.panel->trainTab()->chart()->trainPointCount());
            longest = std::max(longest, now - last);
            last = now;
        });
        QTest::qWait(300); // the first paint of the panel is not training's doing
        clock.start();
        tick.start();
        JobHandle* job = f.panel->train();
        QVERIFY(job);
        QVERIFY(waitFor(job));
        tick.stop();
        QCOMPARE(f.panel->trainTab()->chart()->trainPointCount(), 1500);
        qInfo("longest UI gap while training: %lld ms", longest);
        const qint64 limit = qEnvironmentVariableIsSet("LENGUA_STALL_CHECK") ? 50 : 100;
        QVERIFY2(longest <= limit, qPrintable(QString::number(longest)));
    }

    void samplesArriveDecoded()
    {
        Fixture f;
        f.panel->form()->setTraining(20, 4, 16, 2);
        auto* prompt = f.panel->findChild<QLineEdit*>(QStringLiteral("gptSamplePrompt"));
        QVERIFY(prompt);
        prompt->setText(QStringLiteral("La escuela"));
        QCOMPARE(f.panel->form()->request().settings.sampleEvery, std::size_t(100));
        auto* sampleEvery = f.panel->findChild<QSpinBox*>(QStringLiteral("gptSampleEvery"));
        QVERIFY(sampleEvery);
        sampleEvery->setValue(10);
        QCOMPARE(f.panel->form()->request().settings.sampleEvery, std::size_t(10));
        QVERIFY(waitFor(f.panel->train()));
        const QString samples = f.panel->trainTab()->samples()->toPlainText();
        QVERIFY2(samples.contains("Step 10:") && samples.contains("Step 20:"), qPrintable(samples));
        QVERIFY(samples.contains("La escuela"));
    }

    void stoppedRunKeepsTheStepsDone()
    {
        Fixture f;
        f.panel->form()->setShape(2, 2, 32, 32);
        f.panel->form()->setTraining(100000, 4, 32, 10);
        JobHandle* job = f.panel->train();
        QVERIFY(job);
        // Wait for a few steps to be drawn, then stop as the user would.
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->trainTab()->chart()->trainPointCount() >= 3, timeout);
        f.panel->form()->cancelButton()->click();
        QVERIFY(waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QVERIFY2(f.workspace.models().size() == 1, qPrintable(f.panel->trainTab()->bannerText()));
        const LanguageModelArtefact& model = f.workspace.models().front();
        QVERIFY(!model.history.empty());
        const std::size_t steps = model.history.back().step;
        QVERIFY(steps >= 3 && steps < 100000);
        // The steps done, no more, no fewer: each point is one completed step.
        QCOMPARE(model.history.size(), steps);
        QVERIFY2(QString::fromStdString(model.description).contains("stopped at step"),
                 model.description.c_str());
        QVERIFY(f.panel->trainTab()->bannerText().contains("Stopped"));
        QCOMPARE(f.panel->trainTab()->chart()->trainPointCount(), int(steps));
    }

    void impossibleConfigurationStartsNothing()
    {
        Fixture f;
        f.panel->form()->setShape(1, 3, 16, 16); // 3 heads do not divide 16
        f.panel->form()->setTraining(10, 2, 32, 1); // sequence 32 > context 16
        const QStringList problems = f.panel->form()->problems();
        QCOMPARE(problems.size(), 2);
        auto* label = f.panel->findChild<QLabel*>(QStringLiteral("gptProblems"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains("3 heads do not divide the embedding size 16"));
        QVERIFY(label->text().contains("longer than the context"));
        QCOMPARE(f.panel->train(), nullptr);
        QCOMPARE(f.jobs.runningCount(), 0);
        QVERIFY(f.jobs.jobs().isEmpty());
        QVERIFY(f.panel->trainTab()->bannerText().startsWith("Nothing was started"));
        QVERIFY(f.workspace.models().empty());
    }

    void noTokenizerIsExplained()
    {
        Fixture f(false);
        QVERIFY(f.panel->form()->problems().join(' ').contains("Choose a tokenizer"));
        QCOMPARE(f.panel->train(), nullptr);
    }

    void tooSmallVocabularyIsExplained()
    {
        const QStringList problems = GptTraining::problems(GptTraining::lectureConfig(),
                                                           GptTraining::lectureSettings(), 5);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.front().contains("only 5 tokens"));
        QVERIFY(GptTraining::problems(GptTraining::lectureConfig(), GptTraining::lectureSettings(),
                                      1000).isEmpty());
    }

    void importAndExportCheckpoint()
    {
        Fixture f;
        QTemporaryDir dir;
        // A tiny random GPT-2 folder, written with the tokenizer of the workspace.
        const TokenizerArtefact* tokenizer = f.workspace.tokenizer(f.tokenizerId.toStdString());
        const auto* bpe = dynamic_cast<const lengua::ByteLevelBpe*>(tokenizer->tokenizer.get());
        lengua::GptConfig config;
        config.vocabularySize = bpe->vocabulary().size();
        config.contextLength = 16;
        config.layers = 1;
        config.heads = 2;
        config.channels = 8;
        const lengua::Gpt original(config);
        const std::filesystem::path withTokenizer = dir.filePath("gpt-tiny").toStdString();
        lengua::Gpt2Checkpoint::exportTo(original, withTokenizer, bpe);

        GptModelsTab* tab = f.panel->modelsTab();
        QVERIFY(waitFor(tab->importCheckpoint(dir.filePath("gpt-tiny"))));
        QCOMPARE(f.workspace.models().size(), std::size_t(1));
        const LanguageModelArtefact imported = f.workspace.models().front(); // a copy: more come
        QCOMPARE(imported.name, std::string("gpt-tiny"));
        QVERIFY(imported.history.empty());
        QCOMPARE(imported.gpt->parameterCount(), original.parameterCount());
        QVERIFY(arma::approx_equal(imported.gpt->parameters(), original.parameters(), "absdiff", 0.0f));
        const std::string text = "La escuela está en la esquina";
        QCOMPARE(imported.tokenizer->encode(text).ids, bpe->encode(text).ids);

        // Without vocab.json and merges.txt: refused with a reason unless a tokenizer of the
        // same size is chosen (here it is: the form's tokenizer is the one it was made with).
        std::filesystem::remove(withTokenizer / "vocab.json");
        std::filesystem::remove(withTokenizer / "merges.txt");
        QVERIFY(waitFor(tab->importCheckpoint(dir.filePath("gpt-tiny"))));
        QCOMPARE(f.workspace.models().size(), std::size_t(2));
        QVERIFY(tab->statusText().contains("no tokenizer files"));

        TokenizerArtefact other;
        other.name = "BPE 260";
        other.tokenizer = std::make_shared<lengua::ByteLevelBpe>(trainBpe(*smallCorpus(), 260));
        f.panel->form()->selectTokenizer(QString::fromStdString(f.workspace.addTokenizer(other)));
        JobHandle* refused = tab->importCheckpoint(dir.filePath("gpt-tiny"));
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->state(), JobHandle::State::Failed);
        QVERIFY2(tab->statusText().contains("has no tokenizer (vocab.json and merges.txt)"),
                 qPrintable(tab->statusText()));
        QCOMPARE(f.workspace.models().size(), std::size_t(2));

        // Export the first one again: the folder reads back the same weights.
        const QString out = dir.filePath("exported");
        QVERIFY(waitFor(tab->exportModel(QString::fromStdString(imported.id), out)));
        const lengua::Gpt2Checkpoint back = lengua::Gpt2Checkpoint::importFrom(out.toStdString());
        QVERIFY(back.tokenizer);
        QVERIFY(arma::approx_equal(back.model->parameters(), original.parameters(), "absdiff", 0.0f));

        // A character tokenizer has no vocab.json + merges.txt form: said so.
        lengua::CharTrainer charTrainer;
        charTrainer.addText("abcdefghij");
        lengua::JobContext context;
        auto chars = std::make_shared<lengua::CharTokenizer>(charTrainer.train(context));
        LanguageModelArtefact charModel;
        charModel.name = "chars";
        charModel.kind = "gpt";
        lengua::GptConfig small = config;
        small.vocabularySize = chars->vocabulary().size();
        auto gpt = std::make_shared<lengua::Gpt>(small);
        charModel.gpt = gpt;
        charModel.model = gpt;
        charModel.tokenizer = chars;
        const std::string charId = f.workspace.addModel(charModel);
        QVERIFY(waitFor(tab->exportModel(QString::fromStdString(charId), dir.filePath("chars"))));
        QVERIFY2(tab->statusText().contains("only byte-level BPE tokenizers"), qPrintable(tab->statusText()));
        QVERIFY(QFile::exists(dir.filePath("chars/model.safetensors")));
        QVERIFY(!QFile::exists(dir.filePath("chars/vocab.json")));

        // Rename and remove.
        f.workspace.renameModel(charId, QStringLiteral("caracteres"));
        QCOMPARE(f.workspace.model(charId)->name, std::string("caracteres"));
        f.panel->modelsTab()->selectModel(QString::fromStdString(charId));
        f.panel->modelsTab()->removeSelected();
        QVERIFY(!f.workspace.model(charId));
        QCOMPARE(f.panel->modelsTab()->table()->rowCount(), 2);
    }

    // An absurd learning rate makes the loss overflow after the first update; GptTrainer
    // throws before applying the bad step, and the job keeps the last good weights.
    void divergenceKeepsTheLastGoodStep()
    {
        auto corpus = smallCorpus();
        GptTrainingRequest request;
        request.corpus = corpus;
        request.corpusName = corpus->name;
        request.tokenizer.tokenizer = std::make_shared<lengua::ByteLevelBpe>(trainBpe(*corpus, 300));
        request.config.layers = 1;
        request.config.heads = 2;
        request.config.channels = 16;
        request.config.contextLength = 16;
        request.settings.steps = 50;
        request.settings.batchSize = 2;
        request.settings.sequenceLength = 16;
        request.settings.warmupSteps = 0;
        request.settings.maxLearningRate = 1e30f;
        request.settings.minLearningRate = 1e30f;
        request.settings.gradientClip = 0.0f;
        request.settings.evaluateEvery = 0;
        lengua::JobContext context;
        const std::any any = GptTraining::job(request)(context);
        const auto trained = std::any_cast<std::shared_ptr<const TrainedGpt>>(any);
        QVERIFY(trained->diverged && trained->stopped);
        QVERIFY(!trained->model.history.empty());
        QCOMPARE(trained->result.completedSteps, trained->model.history.back().step);
        QVERIFY2(QString::fromStdString(trained->note).contains("not a finite number"),
                 trained->note.c_str());
        QVERIFY(QString::fromStdString(trained->model.description).contains("diverged at step"));
        // The kept weights are finite: the bad update was never applied.
        QVERIFY(trained->model.gpt->parameters().is_finite());
    }

    void lectureModelFromScratch()
    {
        // No tokenizer: the lecture model trains a BPE, then a tiny GPT, and adds both.
        Workspace workspace;
        JobRunner jobs;
        workspace.addCorpus(smallCorpus(200));
        JobHandle* job = GptTraining::startLectureModel(workspace, jobs, nullptr);
        QVERIFY(job);
        QCOMPARE(GptTraining::startLectureModel(workspace, jobs, nullptr), job); // not twice
        QVERIFY(waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(workspace.tokenizers().size(), std::size_t(1));
        QCOMPARE(workspace.models().size(), std::size_t(1));
        const LanguageModelArtefact& model = workspace.models().front();
        QCOMPARE(model.gpt->config().layers, std::size_t(2));
        QCOMPARE(model.history.size(), GptTraining::lectureSettings().steps);
        QCOMPARE(model.tokenizer.get(), workspace.tokenizers().front().tokenizer.get());
        QCOMPARE(GptTraining::startLectureModel(workspace, jobs, nullptr), nullptr);
        jobs.cancelAllAndWait();
    }
};

QTEST_MAIN(TestGptPanel)
#include "tst_gptpanel.moc"
