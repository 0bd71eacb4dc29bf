// The Tokenization panel driven as a user would: a BPE trained through the panel's job
// (one tokenizer added; none when cancelled), the comparison strip and the merge replay
// checked id by id against the engine's encode(), the vocabulary table, the statistics
// job, and tokenizer files written and read back, or refused with the file's name.
#include "support/JobWait.h"
#include "TokenDisplay.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/VocabularyTableModel.h"
#include "panels/TokenizationPanel.h"
#include "text/Corpus.h"
#include "tokenize/ByteLevelBpe.h"
#include "widgets/TokenStrip.h"
#include "widgets/TokenizerComparisonView.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int timeout = 60000;

std::shared_ptr<lengua::Corpus> smallCorpus(int documents = 40)
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = "pequeño";
    corpus->source = "test";
    const char* sentences[] = {"El señorial chalet se encontraba a la izquierda de la escuela.",
                               "La escuela está en la esquina, a la derecha del chalet.",
                               "Los señores encontraron la escuela cerrada.",
                               "Lower, lowest, newer, newest, wider, widest."};
    for (int i = 0; i < documents; ++i)
        corpus->documents.push_back({"doc " + std::to_string(i), sentences[i % 4], ""});
    return corpus;
}

// Many distinct pseudo-words, so BPE training takes long enough to be cancelled.
std::shared_ptr<lengua::Corpus> largeCorpus()
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = "grande";
    std::uint32_t state = 12345;
    const std::string letters = "abcdefghijklmnopqrstuvwxyzñáéíóú";
    for (int d = 0; d < 4000; ++d) {
        std::string text;
        for (int w = 0; w < 40; ++w) {
            const int length = 2 + int((state = state * 1664525u + 1013904223u) >> 29);
            for (int c = 0; c < length; ++c)
                text += char('a' + ((state = state * 1664525u + 1013904223u) >> 27) % 26);
            text += ' ';
        }
        corpus->documents.push_back({"doc " + std::to_string(d), text, ""});
    }
    return corpus;
}

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::unique_ptr<TokenizationPanel> panel;

    Fixture()
    {
        panel = std::make_unique<TokenizationPanel>(workspace, jobs);
        panel->resize(1200, 760);
        panel->show();
    }
    ~Fixture()
    {
        jobs.cancelAllAndWait();
        QCoreApplication::processEvents();
    }
    std::string addCorpus(std::shared_ptr<lengua::Corpus> corpus)
    {
        const std::string id = workspace.addCorpus(std::move(corpus));
        panel->selectCorpus(QStringLiteral("corpus:") + QString::fromStdString(id));
        return id;
    }
    static bool waitFor(JobHandle* job)
    {
        return waitForJob(job, timeout);
    }
    // Trains a BPE through the panel and returns its workspace id.
    QString trainBpe(int vocabularySize = 300)
    {
        TokenizerTrainingRequest request = panel->trainingRequest();
        request.method = TokenizerTrainingRequest::Method::Bpe;
        request.vocabularySize = std::size_t(vocabularySize);
        request.minimumFrequency = 2;
        request.specialTokens = {"<|endoftext|>"};
        JobHandle* job = panel->startTraining(request);
        if (!waitFor(job) || job->state() != JobHandle::State::Succeeded)
            return {};
        return QString::fromStdString(workspace.tokenizers().back().id);
    }
};

std::vector<int> chipIds(const TokenStrip* strip)
{
    std::vector<int> ids;
    for (const TokenChip& chip : strip->tokens())
        ids.push_back(chip.id);
    return ids;
}

std::vector<int> idsOf(const lengua::Encoding& encoding)
{
    return std::vector<int>(encoding.ids.begin(), encoding.ids.end());
}

} // namespace

class TestTokenizationPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trainingAddsExactlyOneTokenizer()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        QSignalSpy added(&f.workspace, &Workspace::tokenizerAdded);
        f.panel->findChild<QComboBox*>(QStringLiteral("methodCombo"))->setCurrentIndex(0); // BPE
        f.panel->findChild<QSpinBox*>(QStringLiteral("vocabularySizeSpin"))->setValue(300);
        JobHandle* job = f.panel->train();
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(added.count(), 1);
        QCOMPARE(f.workspace.tokenizers().size(), std::size_t(1));
        const TokenizerArtefact& artefact = f.workspace.tokenizers().front();
        QCOMPARE(artefact.tokenizer->kind(), std::string("bpe"));
        QVERIFY(artefact.tokenizer->vocabulary().size() <= 300);
        QVERIFY(artefact.tokenizer->vocabulary().size() > 257); // some merges were learnt
        QVERIFY(QString::fromStdString(artefact.name).contains(QStringLiteral("pequeño")));
        QVERIFY(f.panel->findChild<QLabel*>(QStringLiteral("trainingStatus"))->text().contains(
            QStringLiteral("Added")));
    }

    void cancelledTrainingAddsNothing()
    {
        Fixture f;
        f.addCorpus(largeCorpus());
        TokenizerTrainingRequest request = f.panel->trainingRequest();
        request.method = TokenizerTrainingRequest::Method::Bpe;
        request.vocabularySize = 20000;
        request.minimumFrequency = 1;
        JobHandle* job = f.panel->startTraining(request);
        QVERIFY(job);
        job->cancel();
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QCOMPARE(f.workspace.tokenizers().size(), std::size_t(0));
        QVERIFY(f.panel->findChild<QLabel*>(QStringLiteral("trainingStatus"))->text().contains(
            QStringLiteral("cancelled")));
    }

    void stripShowsTheEncoding()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        const QString id = f.trainBpe();
        QVERIFY(!id.isEmpty());
        const QString text = TokenizationPanel::lectureSentence();
        f.panel->setText(text);
        TokenizerComparisonView* view = f.panel->comparisonView();
        view->setRowChoice(0, id);
        QCOMPARE(view->rowChoice(0), id);
        const auto tokenizer = f.workspace.tokenizer(id.toStdString())->tokenizer;
        const lengua::Encoding encoding = tokenizer->encode(text.toStdString());
        QCOMPARE(view->strip(0)->tokens().size(), encoding.size());
        QCOMPARE(chipIds(view->strip(0)), idsOf(encoding));
        // Spaces made visible, and the summary counts the tokens.
        bool visibleSpace = false;
        for (const TokenChip& chip : view->strip(0)->tokens())
            visibleSpace = visibleSpace || chip.text.startsWith(QChar(0x2423));
        QVERIFY(visibleSpace);
        QVERIFY(view->summaryLabel(0)->text().startsWith(QString::number(encoding.size())));

        // The built-in byte tokenizer: one chip per UTF-8 byte, "ñ" as two byte chips.
        view->setRowChoice(1, QStringLiteral("builtin:bytes"));
        QCOMPARE(int(view->strip(1)->tokens().size()), int(text.toUtf8().size()));
        bool partialByte = false;
        for (const TokenChip& chip : view->strip(1)->tokens())
            partialByte = partialByte || chip.text == QStringLiteral("<0xC3>");
        QVERIFY(partialByte);
        QVERIFY(view->strip(1)->tokens().front().tooltip.contains(QStringLiteral("45"))); // 'E' = 0x45
    }

    void mergeReplayGoesFromBytesToEncode()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        const QString id = f.trainBpe();
        QVERIFY(!id.isEmpty());
        f.panel->replayTokenizer(id);
        const auto tokenizer = f.workspace.tokenizer(id.toStdString())->tokenizer;
        const auto* bpe = dynamic_cast<const lengua::ByteLevelBpe*>(tokenizer.get());
        QVERIFY(bpe);
        const QString text = TokenizationPanel::lectureSentence();
        QSlider* slider = f.panel->replaySlider();
        QCOMPARE(slider->maximum(), int(bpe->merges().size()));

        slider->setValue(0);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(int(f.panel->replayStrip()->tokens().size()), int(utf8.size()));
        for (int i = 0; i < utf8.size(); ++i) {
            const auto& chip = f.panel->replayStrip()->tokens()[std::size_t(i)];
            const std::string byte(1, utf8[i]);
            QCOMPARE(TokenDisplay::tokenBytes(*tokenizer, chip.id), byte);
        }
        QVERIFY(f.panel->findChild<QLabel*>(QStringLiteral("mergeLabel"))->text().contains(
            QStringLiteral("byte")));

        slider->setValue(1);
        const auto& first = bpe->merges().front();
        QVERIFY(f.panel->findChild<QLabel*>(QStringLiteral("mergeLabel"))->text().startsWith(
            QStringLiteral("Merge 1:")));
        Q_UNUSED(first);

        slider->setValue(slider->maximum());
        QCOMPARE(chipIds(f.panel->replayStrip()), idsOf(tokenizer->encode(text.toStdString())));
    }

    void wordPieceReplayEndsAtEncode()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        TokenizerTrainingRequest request = f.panel->trainingRequest();
        request.method = TokenizerTrainingRequest::Method::WordPiece;
        request.vocabularySize = 200;
        request.minimumFrequency = 2;
        request.specialTokens = TokenizerTrainingRequest::defaultSpecialTokens(request.method);
        JobHandle* job = f.panel->startTraining(request);
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        const QString id = QString::fromStdString(f.workspace.tokenizers().back().id);
        f.panel->replayTokenizer(id);
        QSlider* slider = f.panel->replaySlider();
        QVERIFY(slider->maximum() > 0);
        const auto tokenizer = f.workspace.tokenizer(id.toStdString())->tokenizer;
        const std::string text = TokenizationPanel::lectureSentence().toStdString();
        slider->setValue(slider->maximum());
        QCOMPARE(chipIds(f.panel->replayStrip()), idsOf(tokenizer->encode(text)));
        // No merges: one piece per character of each word ("El" -> "el" "##l"... lowercased).
        slider->setValue(0);
        const auto& chips = f.panel->replayStrip()->tokens();
        QCOMPARE(chips.front().text, QStringLiteral("e"));
        QCOMPARE(chips[1].text, QStringLiteral("##l"));
        const int merges = slider->maximum();

        // The merges travel with the tokenizer in the workspace's content (what a save
        // writes; tst_workspacefile checks the file): a second panel replays them.
        Workspace reopened;
        JobRunner jobs;
        reopened.replaceContent(f.workspace.content(), QString());
        TokenizationPanel again(reopened, jobs, nullptr);
        again.replayTokenizer(id);
        QCOMPARE(again.replaySlider()->maximum(), merges);
        QCOMPARE(reopened.tokenizer(id.toStdString())->wordPieceMerges.size(), size_t(merges));
        QVERIFY(!reopened.tokenizer(id.toStdString())->tokenCounts.empty());
    }

    void vocabularyTableHasEveryToken()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        const QString id = f.trainBpe();
        QVERIFY(!id.isEmpty());
        f.panel->showVocabularyOf(id);
        const auto tokenizer = f.workspace.tokenizer(id.toStdString())->tokenizer;
        VocabularyTableModel* model = f.panel->vocabularyModel();
        QCOMPARE(model->rowCount(), int(tokenizer->vocabulary().size()));
        // Row 0 is the special token; the space byte is shown as ␣ and counted.
        QCOMPARE(model->index(0, VocabularyTableModel::TokenColumn).data().toString(),
                 QStringLiteral("<|endoftext|>"));
        QCOMPARE(model->index(0, VocabularyTableModel::SpecialColumn).data().toString(),
                 QStringLiteral("yes"));
        const int space = 1 + 0x20;
        QCOMPARE(model->index(space, VocabularyTableModel::TokenColumn).data().toString(),
                 QStringLiteral("Ġ"));
        QCOMPARE(model->index(space, VocabularyTableModel::DisplayColumn).data().toString(),
                 QString(QChar(0x2423)));
    }

    void statisticsMeasureEveryTokenizer()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        QVERIFY(!f.trainBpe().isEmpty());
        JobHandle* job = f.panel->computeStatistics();
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        auto* table = f.panel->findChild<QTableWidget*>(QStringLiteral("statisticsTable"));
        QVERIFY(table->rowCount() >= 2); // the BPE and the byte tokenizer at least
        // The byte tokenizer: exactly 1.00 byte per token, no unknown tokens.
        const int last = table->rowCount() - 1;
        QCOMPARE(table->item(last, 3)->text(), QStringLiteral("1.00"));
        QCOMPARE(table->item(last, 4)->text(), QStringLiteral("0.00 %"));
        QCOMPARE(table->item(last, 5)->text(), QStringLiteral("4")); // 40 documents: last 4
    }

    void filesRoundTripAndErrorsNameTheFile()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        const QString id = f.trainBpe();
        QVERIFY(!id.isEmpty());
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("tokenizer.json"));
        QCOMPARE(f.panel->exportTokenizer(id, json, TokenizationPanel::FileFormat::TokenizerJson), QString());
        const QString folder = dir.filePath(QStringLiteral("gpt2"));
        QCOMPARE(f.panel->exportTokenizer(id, folder, TokenizationPanel::FileFormat::Gpt2Folder), QString());
        QVERIFY(!f.panel->exportTokenizer(id, dir.filePath(QStringLiteral("vocab.txt")),
                                          TokenizationPanel::FileFormat::VocabTxt).isEmpty());

        const std::string text = TokenizationPanel::lectureSentence().toStdString();
        const auto expected = idsOf(f.workspace.tokenizer(id.toStdString())->tokenizer->encode(text));
        for (const QString& path : {json, folder}) {
            JobHandle* job = f.panel->importTokenizer(path);
            QVERIFY(Fixture::waitFor(job));
            QCOMPARE(job->state(), JobHandle::State::Succeeded);
            QCOMPARE(idsOf(f.workspace.tokenizers().back().tokenizer->encode(text)), expected);
        }
        QCOMPARE(f.workspace.tokenizers().size(), std::size_t(3));

        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"model\": {\"type\": \"BPE\", \"vocab\": {");
        file.close();
        JobHandle* job = f.panel->importTokenizer(broken);
        QVERIFY(Fixture::waitFor(job));
        QCOMPARE(job->state(), JobHandle::State::Failed);
        QVERIFY2(job->error().contains(QStringLiteral("broken.json")), qPrintable(job->error()));
        QCOMPARE(f.workspace.tokenizers().size(), std::size_t(3));
    }

    void viewsByName()
    {
        Fixture f;
        f.addCorpus(smallCorpus());
        QVERIFY(!f.trainBpe().isEmpty()); // so showView does not start the lecture's example
        for (const char* view : {"compare", "replay", "train", "vocabulary", "statistics"})
            QVERIFY(f.panel->showView(QLatin1String(view)));
        QVERIFY(!f.panel->showView(QStringLiteral("nonsense")));
    }
};

QTEST_MAIN(TestTokenizationPanel)
#include "tst_tokenizationpanel.moc"
