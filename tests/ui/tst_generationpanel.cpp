// The Generation panel driven as a user would, on a tiny random GPT with a character
// tokenizer: the bars follow NextTokenDistribution as the sliders move, top-k 1 leaves one
// kept bar, a click appends the token, Step and Undo, "Generate N" as a job (same seed,
// same text; cancel keeps the tokens so far), the notes for bad prompts, the strategy
// comparison, a model that needs a job for its logits, and the empty state.
#include "support/JobWait.h"
#include "CorpusImporter.h"
#include "Workspace.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "count/NgramLanguageModel.h"
#include "count/NgramModel.h"
#include "count/NgramSentences.h"
#include "generate/Generator.h"
#include "generate/NextTokenDistribution.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/Gpt.h"
#include "panels/GenerationPanel.h"
#include "panels/generation/StrategyComparisonView.h"
#include "panels/generation/StepsView.h"
#include "tokenize/CharTokenizer.h"
#include "widgets/ProbabilityBars.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

constexpr int timeout = 60000;

// [UNK], <|endoftext|>, then the characters of "abcdefghij .".
std::shared_ptr<lengua::CharTokenizer> characterTokenizer(bool withEndOfText = true)
{
    lengua::Vocabulary vocabulary;
    vocabulary.add("[UNK]", true);
    if (withEndOfText)
        vocabulary.add("<|endoftext|>", true);
    for (const char c : std::string("abcdefghij ."))
        vocabulary.add(std::string(1, c));
    return std::make_shared<lengua::CharTokenizer>(vocabulary);
}

LanguageModelArtefact tinyGpt(std::shared_ptr<lengua::CharTokenizer> tokenizer,
                              std::size_t channels = 16, std::size_t context = 16,
                              std::uint32_t seed = 7)
{
    lengua::GptConfig config;
    config.vocabularySize = tokenizer->vocabulary().size();
    config.contextLength = context;
    config.layers = 1;
    config.heads = 2;
    config.channels = channels;
    config.seed = seed;
    auto gpt = std::make_shared<lengua::Gpt>(config);
    // GPT-2's initialisation gives nearly flat logits; larger token embeddings make the
    // distribution uneven enough that truncation and temperature visibly matter.
    gpt->tokenEmbedding().table() *= 5.0f;
    LanguageModelArtefact model;
    model.name = "tiny";
    model.kind = "gpt";
    model.model = gpt;
    model.gpt = gpt;
    model.tokenizer = std::move(tokenizer);
    return model;
}

// A next-token model without a GPT behind it: the panel computes its logits in a job.
class CountingModel : public lengua::NextTokenModel {
public:
    explicit CountingModel(std::size_t v) : m_v(v) {}
    std::size_t vocabularySize() const override { return m_v; }
    std::vector<float> nextTokenLogits(std::span<const lengua::TokenId> context) const override
    {
        if (context.empty())
            throw lengua::Error("CountingModel: needs context");
        std::vector<float> logits(m_v, 0.0f);
        logits[(std::size_t(context.back()) + 1) % m_v] = 3.0f; // the next id is likely
        return logits;
    }

private:
    std::size_t m_v;
};

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::unique_ptr<GenerationPanel> panel;

    Fixture()
    {
        panel = std::make_unique<GenerationPanel>(workspace, jobs);
        panel->resize(1280, 800);
        panel->show();
    }
    ~Fixture()
    {
        jobs.cancelAllAndWait();
        QCoreApplication::processEvents();
    }
    static bool waitFor(JobHandle* job)
    {
        return waitForJob(job, timeout);
    }
    ProbabilityBars* bars() const { return panel->findChild<ProbabilityBars*>(QStringLiteral("probabilityBars")); }
    QSlider* slider(const char* name) const { return panel->findChild<QSlider*>(QLatin1String(name)); }
    QComboBox* strategy() const { return panel->findChild<QComboBox*>(QStringLiteral("generationStrategy")); }
    QSpinBox* spin(const char* name) const { return panel->findChild<QSpinBox*>(QLatin1String(name)); }
    QString notes() const { return panel->findChild<QLabel*>(QStringLiteral("generationNotes"))->text(); }
};

enum StrategyIndex { Greedy, Sampling, TopK, TopP, TopKTopP }; // SamplingControls::Strategy

std::vector<lengua::TokenId> encode(const LanguageModelArtefact& model, const std::string& text)
{
    return model.tokenizer->encode(text).ids;
}

lengua::SamplingSettings settings(double temperature, std::size_t topK = 0, double topP = 1.0)
{
    lengua::SamplingSettings s;
    s.temperature = temperature;
    s.topK = topK;
    s.topP = topP;
    return s;
}

// A trigram over a few sentences, as the N-grams lesson adds it to the workspace.
LanguageModelArtefact trigram(lengua::NgramSmoothing smoothing,
                              const std::vector<std::vector<std::string>>& sentences)
{
    lengua::NgramSettings settings;
    settings.order = 3;
    settings.smoothing = smoothing;
    LanguageModelArtefact model =
        lengua::NgramLanguageModel::wrap(lengua::NgramModel::train(sentences, settings), true);
    model.name = "trigram";
    return model;
}

} // namespace

class TestGenerationPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyWorkspaceShowsEmptyState()
    {
        Fixture f;
        auto* empty = f.panel->findChild<QWidget*>(QStringLiteral("generationEmptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        auto* train = f.panel->findChild<QPushButton*>(QStringLiteral("trainLectureModelButton"));
        QVERIFY(train && train->isVisible());
        QVERIFY(!f.panel->distribution());
        // A model arriving replaces the empty state with the work and its bars.
        f.workspace.addModel(tinyGpt(characterTokenizer()));
        QVERIFY(!empty->isVisible());
        QVERIFY(f.panel->distribution());
        QVERIFY(!f.bars()->bars().empty());
    }

    void temperatureSliderMovesTheAfterBars()
    {
        Fixture f;
        const auto model = tinyGpt(characterTokenizer());
        f.workspace.addModel(model);
        f.strategy()->setCurrentIndex(Sampling);
        f.panel->setPrompt(QStringLiteral("abc de"));
        const std::vector<float> logits = model.model->nextTokenLogits(encode(model, "abc de"));
        for (const int step : {50, 150, 200, 100}) {
            f.slider("temperatureSlider")->setValue(step);
            const lengua::NextTokenDistribution expected(logits, settings(step / 100.0));
            const auto& rows = f.bars()->bars();
            QCOMPARE(rows.size(), std::min<std::size_t>(25, model.model->vocabularySize()));
            for (std::size_t r = 0; r < rows.size(); ++r) {
                QCOMPARE(rows[r].id, expected.ranking()[r]);
                QVERIFY(std::abs(rows[r].after - expected.finalProbabilities()[rows[r].id]) < 1e-12);
                QVERIFY(std::abs(rows[r].before - expected.probabilities()[rows[r].id]) < 1e-12);
            }
        }
        // T = 0.5 and T = 2 give different top probabilities (the slider did something).
        f.slider("temperatureSlider")->setValue(50);
        const double cold = f.bars()->bars().front().after;
        f.slider("temperatureSlider")->setValue(200);
        const double hot = f.bars()->bars().front().after;
        QVERIFY(cold > hot + 0.01);
        // Temperature 0: greedy, one kept bar, no division by zero.
        f.slider("temperatureSlider")->setValue(0);
        QCOMPARE(f.panel->distribution()->keptCount(), std::size_t(1));
        QCOMPARE(f.bars()->bars().front().after, 1.0);
    }

    void topKAndTopPTruncate()
    {
        Fixture f;
        const auto model = tinyGpt(characterTokenizer());
        f.workspace.addModel(model);
        f.panel->setPrompt(QStringLiteral("abc"));
        f.strategy()->setCurrentIndex(TopK);
        f.spin("topKBox")->setValue(1);
        int kept = 0;
        for (const ProbabilityBar& bar : f.bars()->bars()) {
            if (bar.cut == ProbabilityBar::Cut::Kept) {
                ++kept;
                QCOMPARE(bar.after, 1.0);
            } else {
                QCOMPARE(bar.cut, ProbabilityBar::Cut::TopK);
                QCOMPARE(bar.after, 0.0);
            }
        }
        QCOMPARE(kept, 1);
        // k above the vocabulary keeps every token.
        f.spin("topKBox")->setValue(1000);
        QCOMPARE(f.panel->distribution()->keptCount(), model.model->vocabularySize());
        // Top-p 0.5: the cut line sits after the last kept bar, as the engine computes it.
        f.strategy()->setCurrentIndex(TopP);
        f.slider("topPSlider")->setValue(50);
        const lengua::NextTokenDistribution expected(
            model.model->nextTokenLogits(encode(model, "abc")), settings(1.0, 0, 0.5));
        QCOMPARE(f.panel->distribution()->keptCount(), expected.keptCount());
        QVERIFY(expected.keptCount() < model.model->vocabularySize());
        QCOMPARE(f.bars()->cutLines().size(), std::size_t(1));
        QCOMPARE(f.bars()->cutLines().front().afterIndex, int(expected.cutoffRank()));
        // Top-p 0 keeps one token, top-p 1 keeps all.
        f.slider("topPSlider")->setValue(0);
        QCOMPARE(f.panel->distribution()->keptCount(), std::size_t(1));
        f.slider("topPSlider")->setValue(100);
        QCOMPARE(f.panel->distribution()->keptCount(), model.model->vocabularySize());
    }

    void clickingABarAppendsItsToken()
    {
        Fixture f;
        const auto model = tinyGpt(characterTokenizer());
        f.workspace.addModel(model);
        f.panel->setPrompt(QStringLiteral("abc"));
        ProbabilityBars* bars = f.bars();
        const lengua::TokenId third = bars->bars()[2].id;
        const ProbabilityBar thirdBar = bars->bars()[2];
        QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(2).center());
        QCOMPARE(f.panel->appendedTokens().size(), std::size_t(1));
        QCOMPARE(f.panel->appendedTokens().front().id, third);
        QCOMPARE(f.panel->appendedTokens().front().origin, AppendedToken::Origin::Clicked);
        // The trace keeps how likely the clicked token was: the third bar, rank 3.
        QCOMPARE(f.panel->appendedTokens().front().rank, 2LL);
        QCOMPARE(f.panel->appendedTokens().front().modelProbability, thirdBar.before);
        QCOMPARE(f.panel->appendedTokens().front().finalProbability, thirdBar.after);
        auto* steps = f.panel->findChild<QTableWidget*>(QStringLiteral("generationSteps"));
        QCOMPARE(steps->rowCount(), 1);
        QCOMPARE(steps->item(0, 5)->text(), QStringLiteral("3"));
        QVERIFY(f.panel->generatedText().endsWith(
            QString::fromStdString(model.tokenizer->vocabulary().token(third))));
        // The bars now show the distribution after "abc" + that token.
        std::vector<lengua::TokenId> context = encode(model, "abc");
        context.push_back(third);
        const lengua::NextTokenDistribution after(model.model->nextTokenLogits(context), settings(1.0));
        QCOMPARE(bars->bars().front().id, after.ranking().front());
        // Step under greedy takes the most probable; Undo removes tokens one by one.
        f.strategy()->setCurrentIndex(Greedy);
        f.panel->findChild<QPushButton*>(QStringLiteral("stepButton"))->click();
        QCOMPARE(f.panel->appendedTokens().size(), std::size_t(2));
        QCOMPARE(f.panel->appendedTokens().back().id, after.mostProbable());
        QCOMPARE(f.panel->appendedTokens().back().origin, AppendedToken::Origin::Stepped);
        f.panel->findChild<QPushButton*>(QStringLiteral("undoButton"))->click();
        f.panel->undo();
        QVERIFY(f.panel->appendedTokens().empty());
        QCOMPARE(f.panel->generatedText(), QStringLiteral("abc"));
    }

    void generateIsAReproducibleJob()
    {
        Fixture f;
        const auto model = tinyGpt(characterTokenizer(false)); // no stop token: N exactly
        f.workspace.addModel(model);
        f.panel->setPrompt(QStringLiteral("ab"));
        f.strategy()->setCurrentIndex(Sampling);
        f.spin("seedBox")->setValue(7);
        f.spin("newTokensBox")->setValue(20);
        QVERIFY(f.panel->findChild<QPushButton*>(QStringLiteral("generateButton"))->text().contains(
            QStringLiteral("20")));
        JobHandle* job = f.panel->generate();
        QVERIFY(job);
        QVERIFY(f.panel->isGenerating());
        QSignalSpy partials(job, &JobHandle::partialResult);
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QVERIFY(!f.panel->isGenerating());
        QCOMPARE(f.panel->appendedTokens().size(), std::size_t(20));
        const QString first = f.panel->generatedText();
        QVERIFY(f.panel->findChild<QLabel*>(QStringLiteral("generationSpeed"))->text().contains(
            QStringLiteral("tokens/s")));
        // The engine alone, same seed and settings, gives the same tokens.
        lengua::SamplingSettings s = settings(1.0);
        s.seed = 7;
        s.maxNewTokens = 20;
        lengua::JobContext context;
        const auto direct = lengua::Generator::generate(*model.model, encode(model, "ab"), s, context);
        for (std::size_t i = 0; i < direct.tokens.size(); ++i) {
            QCOMPARE(f.panel->appendedTokens()[i].id, direct.tokens[i]);
            QCOMPARE(f.panel->appendedTokens()[i].modelProbability,
                     direct.steps[i].chosenModelProbability);
            QCOMPARE(f.panel->appendedTokens()[i].rank, (long long)direct.steps[i].chosenRank);
        }
        QVERIFY(f.panel->showView(QStringLiteral("steps")));
        QCOMPARE(f.panel->findChild<QTableWidget*>(QStringLiteral("generationSteps"))->rowCount(), 20);
        // Restart and generate again: the same text; another seed: another text.
        f.panel->findChild<QPushButton*>(QStringLiteral("resetButton"))->click();
        QVERIFY(f.panel->appendedTokens().empty());
        QVERIFY(Fixture::waitFor(f.panel->generate()));
        QCOMPARE(f.panel->generatedText(), first);
        f.panel->findChild<QPushButton*>(QStringLiteral("resetButton"))->click();
        f.spin("seedBox")->setValue(8);
        QVERIFY(Fixture::waitFor(f.panel->generate()));
        QVERIFY(f.panel->generatedText() != first); // 20 draws over 12 tokens: equal by chance ~1e-20
        // After the run the bars show the distribution after the last token.
        QVERIFY(f.panel->distribution());
    }

    void cancelKeepsTheTokensSoFar()
    {
        Fixture f;
        auto model = tinyGpt(characterTokenizer(false), 64, 64);
        f.workspace.addModel(model);
        f.panel->setPrompt(QStringLiteral("abc"));
        f.spin("newTokensBox")->setValue(2000);
        JobHandle* job = f.panel->generate();
        QVERIFY(job);
        QTest::qWait(20);
        f.panel->findChild<QPushButton*>(QStringLiteral("generateButton"))->click(); // Cancel
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QVERIFY(f.panel->appendedTokens().size() < 2000);
        QVERIFY(f.notes().contains(QStringLiteral("cancelled")));
        QVERIFY(!f.panel->isGenerating());
        QVERIFY(f.panel->findChild<QPushButton*>(QStringLiteral("stepButton"))->isEnabled());

        // A new prompt during a run abandons it: none of its tokens reach the new text.
        JobHandle* second = f.panel->generate();
        QVERIFY(second);
        f.panel->setPrompt(QStringLiteral("ba"));
        QVERIFY(!f.panel->isGenerating());
        QVERIFY(Fixture::waitFor(second));
        QTest::qWait(50);
        QVERIFY(f.panel->appendedTokens().empty());
        QCOMPARE(f.panel->generatedText(), QStringLiteral("ba"));
    }

    void badPromptsAreExplained()
    {
        Fixture f;
        const auto model = tinyGpt(characterTokenizer());
        f.workspace.addModel(model);
        // Empty prompt: the model starts from <|endoftext|>.
        f.panel->setPrompt(QString());
        QVERIFY(f.notes().contains(QStringLiteral("&lt;|endoftext|&gt;")));
        QVERIFY(f.panel->distribution());
        // Characters outside the vocabulary become [UNK].
        f.panel->setPrompt(QStringLiteral("abxyz"));
        QVERIFY(f.notes().contains(QStringLiteral("[UNK]")));
        QVERIFY(f.notes().contains(QStringLiteral("3 token")));
        // Longer than the context of 16: a sliding window, said so.
        f.panel->setPrompt(QStringLiteral("abcdefghij abcdefghij abcdefghij"));
        QVERIFY(f.notes().contains(QStringLiteral("sliding window")));
        QVERIFY(f.notes().contains(QStringLiteral("32 tokens")));
        QVERIFY(f.panel->distribution());

        // Without a start token an empty prompt asks for text and nothing can be generated.
        Fixture g;
        g.workspace.addModel(tinyGpt(characterTokenizer(false)));
        g.panel->setPrompt(QString());
        QVERIFY(!g.panel->distribution());
        QVERIFY(g.notes().contains(QStringLiteral("type a few words")));
        QVERIFY(!g.panel->findChild<QPushButton*>(QStringLiteral("generateButton"))->isEnabled());
        QVERIFY(!g.panel->generate());
    }

    void compareStrategiesFillsTheTable()
    {
        Fixture f;
        const auto model = tinyGpt(characterTokenizer(false));
        f.workspace.addModel(model);
        f.panel->setPrompt(QStringLiteral("abc"));
        JobHandle* job = f.panel->compareStrategies();
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        auto* comparison = f.panel->findChild<StrategyComparisonView*>();
        QCOMPARE(comparison->rowCount(), 6);
        QVERIFY(f.panel->showView(QStringLiteral("compare")));
        QVERIFY(comparison->isVisible());
        // The greedy row is the engine's greedy continuation.
        lengua::SamplingSettings greedy = settings(1.0);
        greedy.strategy = lengua::SamplingStrategy::Greedy;
        greedy.maxNewTokens = 30;
        lengua::JobContext context;
        const auto tokens = lengua::Generator::generate(*model.model, encode(model, "abc"), greedy, context).tokens;
        QCOMPARE(comparison->table()->item(0, 1)->text(),
                 QString::fromStdString(model.tokenizer->decode(tokens)));
        QVERIFY(f.panel->showView(QStringLiteral("distribution")));
        QVERIFY(f.bars()->isVisible());
        QVERIFY(!f.panel->showView(QStringLiteral("nonsense")));
        // The "Compare strategies" button runs the same comparison again and shows it.
        comparison->setRows({});
        QCOMPARE(comparison->rowCount(), 0);
        comparison->runButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(comparison->rowCount(), 6, 20000);
        QVERIFY(comparison->isVisible());
    }

    // Not a check: with LENGUA_SCREENSHOT_DIR set, saves the panel in use (to look at).
    void screenshotOnRequest()
    {
        const QString dir = qEnvironmentVariable("LENGUA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LENGUA_SCREENSHOT_DIR to save a screenshot");
        Fixture f;
        f.panel->resize(1075, 620); // the panel's size in a 1280x800 window
        f.workspace.addModel(tinyGpt(characterTokenizer()));
        f.panel->setPrompt(QStringLiteral("abc de"));
        f.slider("topPSlider")->setValue(80);
        f.slider("temperatureSlider")->setValue(80);
        QTest::mouseClick(f.bars(), Qt::LeftButton, {}, f.bars()->rowRect(1).center());
        f.panel->step();
        QTest::qWait(100);
        QVERIFY(f.panel->grab().save(dir + QStringLiteral("/generation-panel.png")));
    }

    // Not a check: with LENGUA_SCREENSHOT_DIR set, a trigram of the sample corpus selected,
    // the lecture's prompt, and each view saved.
    void ngramScreenshotOnRequest()
    {
        const QString dir = qEnvironmentVariable("LENGUA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LENGUA_SCREENSHOT_DIR to save a screenshot");
        Fixture f;
        CorpusImporter importer(f.workspace, f.jobs, nullptr);
        importer.setInteractive(false);
        QVERIFY(Fixture::waitFor(importer.loadEmbeddedSample()));
        QVERIFY(!f.workspace.corpora().empty());
        lengua::NgramSettings settings;
        LanguageModelArtefact model = lengua::NgramLanguageModel::wrap(
            lengua::NgramModel::train(lengua::NgramSentences::fromCorpus(*f.workspace.corpora().front()),
                                      settings),
            true);
        model.name = "Trigram Kneser–Ney · sample";
        f.panel->resize(1075, 620);
        f.workspace.addModel(model);
        f.panel->setPrompt(GenerationPanel::lectureSentence());
        QTest::qWait(100);
        QVERIFY(f.panel->grab().save(dir + QStringLiteral("/generation-ngram-distribution.png")));
        QVERIFY(Fixture::waitFor(f.panel->generate()));
        f.panel->showView(QStringLiteral("steps"));
        QTest::qWait(100);
        QVERIFY(f.panel->grab().save(dir + QStringLiteral("/generation-ngram-steps.png")));
        f.panel->setPrompt(QString());
        QVERIFY(Fixture::waitFor(f.panel->compareStrategies()));
        f.panel->showView(QStringLiteral("compare"));
        QTest::qWait(100);
        QVERIFY(f.panel->grab().save(dir + QStringLiteral("/generation-ngram-compare.png")));
    }

    // Not a check: with LENGUA_SCREENSHOT_DIR and LENGUA_SCREENSHOT_LECTURE set, trains the
    // lecture's model through the empty state's button and saves both views.
    void lectureScreenshotOnRequest()
    {
        const QString dir = qEnvironmentVariable("LENGUA_SCREENSHOT_DIR");
        if (dir.isEmpty() || qEnvironmentVariableIsEmpty("LENGUA_SCREENSHOT_LECTURE"))
            QSKIP("set LENGUA_SCREENSHOT_DIR and LENGUA_SCREENSHOT_LECTURE");
        Workspace workspace;
        JobRunner jobs;
        CorpusImporter importer(workspace, jobs, nullptr);
        importer.setInteractive(false);
        GenerationPanel panel(workspace, jobs, &importer);
        panel.resize(1075, 620);
        panel.show();
        QSignalSpy added(&workspace, &Workspace::modelAdded);
        panel.findChild<QPushButton*>(QStringLiteral("trainLectureModelButton"))->click();
        QVERIFY(added.wait(300000));
        panel.setPrompt(GenerationPanel::lectureSentence());
        QTest::qWait(200);
        QVERIFY(panel.grab().save(dir + QStringLiteral("/generation-lecture-distribution.png")));
        panel.findChild<QSlider*>(QStringLiteral("topPSlider"))->setValue(80);
        panel.findChild<QSlider*>(QStringLiteral("temperatureSlider"))->setValue(150);
        QTest::qWait(100);
        QVERIFY(panel.grab().save(dir + QStringLiteral("/generation-lecture-hot.png")));
        QVERIFY(Fixture::waitFor(panel.generate()));
        QVERIFY(panel.grab().save(dir + QStringLiteral("/generation-lecture-generated.png")));
        QVERIFY(panel.showView(QStringLiteral("steps")));
        QVERIFY(panel.grab().save(dir + QStringLiteral("/generation-lecture-steps.png")));
        jobs.cancelAllAndWait();
    }

    void ngramModelStartsSentencesAndStopsAtSentenceEnd()
    {
        Fixture f;
        // One sentence under MLE: from <s> the only path is "el chalet </s>", whatever the seed.
        const LanguageModelArtefact model =
            trigram(lengua::NgramSmoothing::Mle, {{"el", "chalet"}});
        f.workspace.addModel(model);
        f.panel->setPrompt(QString());
        // The empty prompt is the start of a sentence (<s>), not GPT's <|endoftext|>.
        QVERIFY2(f.notes().contains(QStringLiteral("start of a sentence")), qPrintable(f.notes()));
        QVERIFY(f.panel->distribution());
        const lengua::TokenId el = model.tokenizer->vocabulary().find("el").value();
        const lengua::TokenId chalet = model.tokenizer->vocabulary().find("chalet").value();
        const lengua::TokenId end = model.tokenizer->vocabulary().find("</s>").value();
        QCOMPARE(f.panel->distribution()->mostProbable(), el);
        QCOMPARE(f.bars()->bars().front().label, QStringLiteral("el"));
        f.strategy()->setCurrentIndex(Sampling);
        JobHandle* job = f.panel->generate();
        QVERIFY(job);
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        std::vector<lengua::TokenId> ids;
        for (const AppendedToken& token : f.panel->appendedTokens())
            ids.push_back(token.id);
        QCOMPARE(ids, (std::vector<lengua::TokenId>{el, chalet, end}));
        QVERIFY(f.panel->sentenceEnded());
        QVERIFY2(f.notes().contains(QStringLiteral("ended the sentence")), qPrintable(f.notes()));
        // Words are joined by spaces, </s> too.
        QCOMPARE(f.panel->generatedText(), QStringLiteral("<s> el chalet </s>"));
        // Nothing follows </s>: no bars, no Step, no Generate, until Undo.
        QVERIFY(!f.panel->distribution());
        QVERIFY(!f.panel->findChild<QPushButton*>(QStringLiteral("stepButton"))->isEnabled());
        QVERIFY(!f.panel->findChild<QPushButton*>(QStringLiteral("generateButton"))->isEnabled());
        f.panel->undo();
        QVERIFY(f.panel->distribution());
        QCOMPARE(f.panel->distribution()->mostProbable(), end);
    }

    void ngramModelSamplesAfterAPromptAndInTheOtherViews()
    {
        Fixture f;
        const LanguageModelArtefact model = trigram(
            lengua::NgramSmoothing::KneserNey,
            {{"el", "señorial", "chalet", "se", "encontraba", "a", "la", "izquierda", "de", "la", "escuela"},
             {"la", "casa", "se", "encontraba", "a", "la", "derecha", "de", "la", "plaza"},
             {"la", "escuela", "está", "a", "la", "izquierda", "de", "la", "iglesia"}});
        f.workspace.addModel(model);
        f.panel->setPrompt(GenerationPanel::lectureSentence());
        QVERIFY(f.panel->distribution());
        // The bars are the model's P(w | de la), as distribution() gives them.
        const auto& vocabulary = model.tokenizer->vocabulary();
        const auto ngram = std::dynamic_pointer_cast<const lengua::NgramModel>(model.model);
        const std::vector<lengua::TokenId> context{vocabulary.find("de").value(),
                                                   vocabulary.find("la").value()};
        const std::vector<double> p = ngram->distribution(context);
        for (const ProbabilityBar& bar : f.bars()->bars())
            QVERIFY(std::abs(bar.before - p[std::size_t(bar.id)]) < 1e-6);
        QCOMPARE(f.bars()->bars().front().label, QStringLiteral("escuela"));
        // A trigram reads two words: the note says so instead of GPT's window warning.
        QVERIFY2(f.notes().contains(QStringLiteral("Markov")), qPrintable(f.notes()));
        // Step samples a word; generation stops at </s> or the limit.
        f.panel->step();
        QCOMPARE(f.panel->appendedTokens().size(), std::size_t(1));
        QVERIFY(f.panel->appendedTokens().front().id != lengua::NgramVocabulary::sentenceStartId);
        JobHandle* job = f.panel->generate();
        QVERIFY(Fixture::waitFor(job));
        const auto& tokens = f.panel->appendedTokens();
        for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
            QVERIFY(tokens[i].id != lengua::NgramVocabulary::sentenceEndId);
        // The steps table and the comparison work with words.
        QVERIFY(f.panel->showView(QStringLiteral("steps")));
        JobHandle* compare = f.panel->compareStrategies();
        QVERIFY(compare);
        QVERIFY(Fixture::waitFor(compare));
        QCOMPARE(compare->state(), JobHandle::State::Succeeded);
        auto* view = f.panel->findChild<StrategyComparisonView*>();
        QVERIFY(view && view->table()->rowCount() >= 4);
    }

    void slowModelsComputeInAJob()
    {
        Fixture f;
        LanguageModelArtefact model;
        model.name = "counting";
        model.kind = "test";
        auto tokenizer = characterTokenizer(false);
        model.model = std::make_shared<CountingModel>(tokenizer->vocabulary().size());
        model.tokenizer = tokenizer;
        QSignalSpy started(&f.jobs, &JobRunner::jobStarted);
        f.workspace.addModel(model);
        f.panel->setPrompt(QStringLiteral("ab"));
        QVERIFY(started.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->distribution() != nullptr, timeout);
        // After "b" the model favours the next id: "c".
        const lengua::TokenId c = *tokenizer->vocabulary().find("c");
        QCOMPARE(f.bars()->bars().front().id, c);
        // A click starts the next job; meanwhile the old bars stay, unclickable.
        QTest::mouseClick(f.bars(), Qt::LeftButton, {}, f.bars()->rowRect(0).center());
        QCOMPARE(f.panel->appendedTokens().size(), std::size_t(1));
        QVERIFY(!f.bars()->bars().empty());
        QVERIFY(!f.bars()->isClickable());
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->distribution() != nullptr, timeout);
        QVERIFY(f.bars()->isClickable());
        const lengua::TokenId d = *tokenizer->vocabulary().find("d");
        QCOMPARE(f.bars()->bars().front().id, d); // after "c" comes "d"
    }
};

QTEST_MAIN(TestGenerationPanel)
#include "tst_generationpanel.moc"
