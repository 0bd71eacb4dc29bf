// The Preprocessing panel driven as a user would: the embedded sample processed
// through the panel's job and compared with the engine's Pipeline run directly;
// a cancelled run adds nothing; the before/after view of the lecture's example;
// the checklist's effect on the settings handed to the engine; the chart's bars
// and the corrections table against the engine's summary and corrections.
#include "CorpusImporter.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/CorrectionsTableModel.h"
#include "panels/PreprocessingPanel.h"
#include "text/Corpus.h"
#include "text/HunspellDictionary.h"
#include "text/Pipeline.h"
#include "text/ProcessedCorpus.h"
#include "widgets/BeforeAfterView.h"
#include "widgets/StepChecklist.h"
#include "widgets/ViewExporter.h"
#include "widgets/VocabularyChart.h"

#include "core/JobContext.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <filesystem>
#include <functional>
#include <memory>

namespace {

constexpr int timeout = 60000;

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    CorpusImporter importer{workspace, jobs, nullptr};
    std::unique_ptr<PreprocessingPanel> panel;

    Fixture()
    {
        importer.setInteractive(false);
        panel = std::make_unique<PreprocessingPanel>(workspace, jobs, importer);
        panel->resize(1280, 760);
        panel->show();
    }
    ~Fixture()
    {
        jobs.cancelAllAndWait();
        QCoreApplication::processEvents();
    }
    template <typename T> T* find(const char* name) const
    {
        T* child = panel->findChild<T*>(QLatin1String(name));
        if (!child)
            qFatal("no child %s", name);
        return child;
    }
    // Waits until the language is detected and the before/after view is up to date.
    bool settle() const
    {
        return QTest::qWaitFor([this] {
            return !panel->effectiveLanguage().isEmpty() && !panel->isTracing();
        }, timeout);
    }
};

bool spanishDictionaryInstalled()
{
    const auto directory = lengua::HunspellDictionary::defaultDirectory();
    return std::filesystem::exists(directory / "es_ES.dic")
           && std::filesystem::exists(directory / "es_ES.aff");
}

std::shared_ptr<const lengua::Corpus> loadSample(Fixture& f)
{
    if (!f.importer.loadEmbeddedSample())
        return nullptr;
    if (!QTest::qWaitFor([&] { return f.workspace.corpora().size() == 1; }, timeout))
        return nullptr;
    if (!QTest::qWaitFor([&] { return f.panel->currentCorpus() != nullptr; }, timeout))
        return nullptr;
    return f.workspace.corpora().front();
}

// Misspelt Spanish words, each missing its accent, for the corrections table.
std::shared_ptr<lengua::Corpus> accentCorpus()
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = "tildes";
    corpus->source = "test";
    corpus->language = "es";
    corpus->documents = {{"a", "Esta cancion me llega al corazon.", ""},
                         {"b", "La cancion de la mañana es una cancion alegre.", ""},
                         {"c", "El camion llegó tarde a la estacion.", ""}};
    return corpus;
}

// Enough text that processing takes a while, so it can be cancelled midway.
std::shared_ptr<lengua::Corpus> largeCorpus()
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = "grande";
    corpus->source = "test";
    std::uint32_t state = 7;
    for (int d = 0; d < 30000; ++d) {
        std::string text;
        for (int w = 0; w < 30; ++w) {
            const int length = 2 + int((state = state * 1664525u + 1013904223u) >> 29);
            for (int c = 0; c < length; ++c)
                text += char('a' + ((state = state * 1664525u + 1013904223u) >> 27) % 26);
            text += w % 10 == 9 ? ". " : " ";
        }
        corpus->documents.push_back({"doc " + std::to_string(d), text, ""});
    }
    return corpus;
}

JobHandle* clickProcess(Fixture& f)
{
    QTest::mouseClick(f.find<QPushButton>("processButton"), Qt::LeftButton);
    return f.panel->processJob();
}

} // namespace

class TestPreprocessingPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void processingTheSampleMatchesTheEngine()
    {
        Fixture f;
        const auto corpus = loadSample(f);
        QVERIFY(corpus);
        QVERIFY(f.settle());
        QCOMPARE(f.panel->effectiveLanguage(), QStringLiteral("es"));
        QCOMPARE(f.find<QLabel>("detectedLanguage")->text(), QStringLiteral("detected: Spanish"));
        QCOMPARE(f.panel->processedName(), QStringLiteral("Lengua sample · processed (es)"));

        const lengua::PipelineSettings settings = f.panel->currentSettings();
        JobHandle* job = clickProcess(f);
        QVERIFY(job);
        // While it runs, the button cancels.
        QCOMPARE(f.find<QPushButton>("processButton")->text(), QStringLiteral("Cancel"));
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, timeout));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.workspace.processedCorpora().size(), std::size_t(1));

        lengua::JobContext context;
        const lengua::ProcessedCorpus expected = lengua::Pipeline(settings).run(*corpus, context);
        const auto processed = f.workspace.processedCorpora().front();
        QCOMPARE(f.panel->currentResult(), processed);
        QCOMPARE(processed->name, std::string("Lengua sample · processed (es)"));
        QCOMPARE(processed->sourceCorpusId, corpus->id);
        QCOMPARE(processed->language, expected.language);
        QVERIFY(processed->settings == expected.settings);
        QCOMPARE(processed->steps.size(), expected.steps.size());
        for (std::size_t i = 0; i < expected.steps.size(); ++i) {
            QCOMPARE(processed->steps[i].name, expected.steps[i].name);
            QCOMPARE(processed->steps[i].tokens, expected.steps[i].tokens);
            QCOMPARE(processed->steps[i].types, expected.steps[i].types);
        }
        QCOMPARE(processed->documents.size(), expected.documents.size());
        QCOMPARE(processed->tokenCount(), expected.tokenCount());
        QCOMPARE(processed->sentenceCount(), expected.sentenceCount());
        QCOMPARE(f.find<QComboBox>("resultCombo")->currentText(),
                 QStringLiteral("Lengua sample · processed (es)"));
        QCOMPARE(f.find<QPushButton>("processButton")->text(), QStringLiteral("&Process the corpus"));
    }

    void cancelledRunAddsNothing()
    {
        Fixture f;
        f.workspace.addCorpus(largeCorpus());
        QVERIFY(f.settle());
        JobHandle* job = clickProcess(f);
        QVERIFY(job);
        // The same button cancels.
        QTest::mouseClick(f.find<QPushButton>("processButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, timeout));
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QTest::qWait(50);
        QVERIFY(f.workspace.processedCorpora().empty());
        QVERIFY(!f.panel->currentResult());
        QCOMPARE(f.find<QLabel>("processStatus")->text(),
                 QStringLiteral("Cancelled: nothing was saved."));
        QVERIFY(f.find<QPushButton>("processButton")->isEnabled());
    }

    void failedRunShowsTheEngineMessage()
    {
        Fixture f;
        f.workspace.addCorpus(accentCorpus());
        QVERIFY(f.settle());
        // Settings the engine refuses (the UI cannot make them; a saved file could).
        lengua::PipelineSettings settings = f.panel->currentSettings();
        settings.threads = 0;
        f.panel->setSettings(settings);
        JobHandle* job = clickProcess(f);
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, timeout));
        QCOMPARE(job->state(), JobHandle::State::Failed);
        QVERIFY(f.workspace.processedCorpora().empty());
        const QString status = f.find<QLabel>("processStatus")->text();
        QVERIFY2(status.startsWith(QStringLiteral("Processing failed: ")), qPrintable(status));
        QVERIFY2(status.contains(QString::fromStdString(job->error().toStdString())),
                 qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("threads")));
    }

    void beforeAfterShowsTheAccentRestored()
    {
        if (!spanishDictionaryInstalled())
            QSKIP("the Spanish Hunspell dictionary (hunspell-es) is not installed");
        Fixture f;
        QVERIFY(loadSample(f));
        QVERIFY(f.settle());
        // The lecture's messy example is the document shown by default.
        QCOMPARE(f.find<QLineEdit>("documentIdEdit")->text(), QStringLiteral("lecture-07"));
        BeforeAfterView* view = f.panel->compareView();
        QVERIFY(view->beforeText().startsWith(QStringLiteral("**Esta cancion** me llega")));
        QVERIFY(!view->afterText().contains(QStringLiteral("canción")));

        QTest::mouseClick(f.panel->checklist()->stepBox("spell"), Qt::LeftButton,
                          {}, QPoint(8, 8));
        QVERIFY(f.panel->currentSettings().spell);
        QVERIFY(f.settle());
        QVERIFY(view->afterText().contains(QStringLiteral("canción")));
        QVERIFY(view->afterText().contains(QStringLiteral("corazón")));
        // Cleaning removed the markup and the decorations; case folding lowered "Esta".
        QVERIFY(!view->afterText().contains(QStringLiteral("**")));
        QVERIFY(!view->afterText().contains(QStringLiteral("###")));
        QVERIFY(view->afterText().startsWith(QStringLiteral("esta canción")));

        // The spelling step alone: before it "cancion", after it "canción".
        QVERIFY(view->setStepByName("spell"));
        QVERIFY(view->beforeText().contains(QStringLiteral("cancion")));
        QVERIFY(view->afterText().contains(QStringLiteral("Esta canción")));

        // The same document picked by its number.
        QVERIFY(f.panel->showDocument(0));
        QVERIFY(f.settle());
        QCOMPARE(f.find<QLineEdit>("documentIdEdit")->text(), QStringLiteral("lecture-01"));
        QVERIFY(f.panel->showDocumentById(QStringLiteral("lecture-07")));
        QCOMPARE(f.panel->currentDocument(), 6);
    }

    void marksFollowEditsBackToTheInput()
    {
        // "Ab  c" -> clean removes one space -> lower changes "Ab" to "ab".
        std::vector<lengua::StepTrace> steps(3);
        steps[0].text = "Ab  c";
        steps[1].text = "Ab c";
        steps[1].changes = {{2, 3, "", "clean"}};
        steps[2].text = "ab c";
        steps[2].changes = {{0, 2, "ab", "lower"}};
        const auto all = BeforeAfterView::marks(steps, 0, 2);
        QVERIFY(all.consistent);
        QCOMPARE(all.removed, (std::vector<bool>{true, true, true, false, false}));
        QCOMPARE(all.inserted, (std::vector<bool>{true, true, false, false}));
        const auto last = BeforeAfterView::marks(steps, 1, 2);
        QCOMPARE(last.removed, (std::vector<bool>{true, true, false, false}));
        // Edits that do not rebuild the text are reported, not drawn.
        steps[2].text = "abc c";
        QVERIFY(!BeforeAfterView::marks(steps, 0, 2).consistent);
    }

    void checklistChangesTheEngineSettings()
    {
        Fixture f;
        StepChecklist* checklist = f.panel->checklist();
        lengua::PipelineSettings settings = f.panel->currentSettings();
        QVERIFY(settings.clean && settings.nfc && settings.sentences && settings.lower);
        QVERIFY(!settings.stopWords && !settings.stem);

        QTest::mouseClick(checklist->stepBox("lower"), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(!f.panel->currentSettings().lower);
        QTest::mouseClick(checklist->stepBox("stem"), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(f.panel->currentSettings().stem);
        QTest::mouseClick(checklist->cleanOptionBox(QStringLiteral("urls")), Qt::LeftButton, {},
                          QPoint(8, 8));
        settings = f.panel->currentSettings();
        QVERIFY(!settings.cleanOptions.urls);
        QVERIFY(settings.cleanOptions.html && settings.cleanOptions.emails);
        QTest::mouseClick(checklist->keepPunctuationBox(), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(f.panel->currentSettings().keepPunctuation);
        // Without cleaning, its options cannot be changed.
        QTest::mouseClick(checklist->stepBox("clean"), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(!f.panel->currentSettings().clean);
        QVERIFY(!checklist->cleanOptionBox(QStringLiteral("html"))->isEnabled());
        QCOMPARE(f.panel->currentSettings().stepList(), std::string("nfc,sentences,stem"));

        auto* language = f.find<QComboBox>("languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(f.panel->currentSettings().language, std::string("en"));
        QCOMPARE(f.panel->effectiveLanguage(), QStringLiteral("en"));

        // An edited stop-word list is handed to the engine; the default one is not copied.
        QVERIFY(f.panel->currentSettings().stopWordList.empty());
        f.workspace.setSetting(QStringLiteral("preprocessing/stopwords/en"),
                               QStringLiteral("# mine\nthe\n  of \n"));
        QCOMPARE(f.panel->currentSettings().stopWordList, (std::vector<std::string>{"the", "of"}));
    }

    void stopWordListIsEditedAndSaved()
    {
        Fixture f;
        auto* language = f.find<QComboBox>("languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        auto editWith = [&](const std::function<void(QDialog*)>& action) {
            // A failed check inside the dialog would leave it open: the checks are
            // made after it closes.
            QTimer::singleShot(0, [&] {
                if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                    action(dialog);
            });
            QTest::mouseClick(f.panel->checklist()->editStopWordsButton(), Qt::LeftButton);
        };
        QString shown;
        editWith([&shown](QDialog* dialog) {
            auto* editor = dialog->findChild<QPlainTextEdit*>(QStringLiteral("stopWordsEditor"));
            shown = editor->toPlainText();
            editor->setPlainText(QStringLiteral("# solo estas\nde\nla\n"));
            dialog->accept();
        });
        // The dialog opened on the project's Spanish list.
        QVERIFY(shown.contains(QStringLiteral("\nde\n")));
        QVERIFY(shown.contains(QStringLiteral("\nque\n")));
        QCOMPARE(f.workspace.setting(QStringLiteral("preprocessing/stopwords/es")),
                 QStringLiteral("# solo estas\nde\nla\n"));
        QCOMPARE(f.panel->currentSettings().stopWordList, (std::vector<std::string>{"de", "la"}));
        // Restoring the default list stores nothing.
        editWith([](QDialog* dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreDefaultButton")),
                              Qt::LeftButton);
            dialog->accept();
        });
        QVERIFY(f.workspace.setting(QStringLiteral("preprocessing/stopwords/es")).isEmpty());
        QVERIFY(f.panel->currentSettings().stopWordList.empty());
    }

    void missingDictionaryDisablesItsSteps()
    {
        Fixture f;
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        QTest::mouseClick(f.panel->checklist()->stepBox("spell"), Qt::LeftButton, {}, QPoint(8, 8));
        f.panel->setDictionaryDirectory(empty.path());
        QCheckBox* spell = f.panel->checklist()->stepBox("spell");
        QVERIFY(!spell->isEnabled());
        QVERIFY(!spell->isChecked());
        QVERIFY(spell->toolTip().contains(QStringLiteral("hunspell-es")));
        QVERIFY(!f.panel->checklist()->stepBox("lemma")->isEnabled());
        QVERIFY(!f.panel->currentSettings().spell);
        QVERIFY(!f.panel->currentSettings().lemma);
        // English asks for the English package.
        auto* language = f.find<QComboBox>("languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(spell->toolTip().contains(QStringLiteral("hunspell-en-us")));
        if (spanishDictionaryInstalled()) {
            f.panel->setDictionaryDirectory({});
            QVERIFY(spell->isEnabled());
        }
    }

    void chartHasOneBarPerStep()
    {
        Fixture f;
        QVERIFY(loadSample(f));
        QVERIFY(f.settle());
        for (const char* step : {"stopwords", "stem"})
            QTest::mouseClick(f.panel->checklist()->stepBox(step), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(f.panel->checklist()->stepBox("nfc"), Qt::LeftButton, {}, QPoint(8, 8));
        const lengua::PipelineSettings settings = f.panel->currentSettings();
        QCOMPARE(settings.stepList(), std::string("clean,sentences,lower,stopwords,stem"));
        JobHandle* job = f.panel->process();
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, timeout));
        const auto result = f.panel->currentResult();
        QVERIFY(result);

        VocabularyChart* chart = f.panel->vocabularyChart();
        // "Input" and one bar pair per enabled step, in pipeline order.
        QCOMPARE(chart->barCount(), 1 + 5);
        QCOMPARE(chart->categories(),
                 (QStringList{QStringLiteral("Input"), QStringLiteral("Cleaning"),
                              QStringLiteral("Sentences"), QStringLiteral("Case folding"),
                              QStringLiteral("Stop words"), QStringLiteral("Stems")}));
        QCOMPARE(int(result->steps.size()), chart->barCount());
        for (int i = 0; i < chart->barCount(); ++i) {
            QCOMPARE(chart->plottedTypes(i), double(result->steps[std::size_t(i)].types));
            QCOMPARE(chart->plottedTokens(i), double(result->steps[std::size_t(i)].tokens));
        }
        // Stop-word removal shortens the text; case folding shrinks the vocabulary.
        QVERIFY(result->steps[4].tokens < result->steps[3].tokens);
        QVERIFY(result->steps[3].types < result->steps[2].types);
        QVERIFY(chart->tooltip(3, true).contains(QStringLiteral("Case folding")));

        QVERIFY(f.panel->showView(QStringLiteral("vocabulary")));
        QCOMPARE(f.find<QTabWidget>("preprocessingTabs")->currentWidget()->objectName(),
                 QStringLiteral("vocabularyTab"));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(ViewExporter::writePng(chart, png));
        QVERIFY(QFile(png).size() > 1000);
    }

    void correctionsTableMatchesTheEngine()
    {
        if (!spanishDictionaryInstalled())
            QSKIP("the Spanish Hunspell dictionary (hunspell-es) is not installed");
        Fixture f;
        const std::string id = f.workspace.addCorpus(accentCorpus());
        QVERIFY(f.settle());
        QTest::mouseClick(f.panel->checklist()->stepBox("spell"), Qt::LeftButton, {}, QPoint(8, 8));
        const lengua::PipelineSettings settings = f.panel->currentSettings();
        QVERIFY(settings.spell);
        f.panel->setProcessedName(QStringLiteral("con tildes"));
        JobHandle* job = clickProcess(f);
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, timeout));
        QCOMPARE(job->state(), JobHandle::State::Succeeded);
        QCOMPARE(f.workspace.processedCorpora().front()->name, std::string("con tildes"));

        lengua::JobContext context;
        const auto expected = lengua::Pipeline(settings).run(*f.workspace.corpus(id), context);
        QVERIFY(!expected.corrections.empty());
        const CorrectionsTableModel* model = f.panel->correctionsModel();
        QCOMPARE(model->rowCount(), int(expected.corrections.size()));
        bool cancion = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto& correction = expected.corrections[std::size_t(row)];
            auto cell = [&](int column) { return model->index(row, column).data(); };
            QCOMPARE(cell(CorrectionsTableModel::OriginalColumn).toString().toStdString(),
                     correction.original);
            QCOMPARE(cell(CorrectionsTableModel::CorrectedColumn).toString().toStdString(),
                     correction.corrected);
            QCOMPARE(cell(CorrectionsTableModel::CountColumn).toULongLong(), correction.count);
            QCOMPARE(cell(CorrectionsTableModel::DocumentColumn).toString().toStdString(),
                     correction.exampleDocument);
            if (correction.original == "cancion") {
                cancion = true;
                QCOMPARE(correction.corrected, std::string("canción"));
                QCOMPARE(correction.count, std::uint64_t(3));
                QCOMPARE(correction.exampleDocument, std::string("a"));
            }
        }
        QVERIFY(cancion);

        // The view sorts by count, most first; its CSV has a header and one line per row.
        auto* view = f.find<QTableView>("correctionsView");
        view->sortByColumn(CorrectionsTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, CorrectionsTableModel::OriginalColumn).data().toString(),
                 QStringLiteral("cancion"));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("corrections.csv"));
        QVERIFY(ViewExporter::writeCsv(view->model(), csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"),
                                                                          Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + model->rowCount());
        QCOMPARE(lines[0], QStringLiteral("Original,Corrected,Count,Example document"));
        QCOMPARE(lines[1], QStringLiteral("cancion,canción,3,a"));
    }

    void lectureExampleLoadsAndProcessesTheSample()
    {
        if (!spanishDictionaryInstalled())
            QSKIP("the Spanish Hunspell dictionary (hunspell-es) is not installed");
        Fixture f;
        f.panel->loadLectureExample();
        QVERIFY(QTest::qWaitFor([&] { return f.workspace.processedCorpora().size() == 1; },
                                4 * timeout));
        QCOMPARE(f.workspace.corpora().size(), std::size_t(1));
        QCOMPARE(f.find<QLineEdit>("documentIdEdit")->text(), QStringLiteral("lecture-07"));
        const lengua::PipelineSettings settings = f.panel->currentSettings();
        QCOMPARE(settings.stepList(),
                 std::string("clean,nfc,sentences,spell,lemma,lower,stopwords,stem"));
        QVERIFY(f.settle());
        // The compare view opens on the step the lecture insists on.
        QCOMPARE(f.panel->compareView()->stepCombo()->currentData().toString(),
                 QStringLiteral("spell"));
        QVERIFY(f.panel->compareView()->setStepByName("spell"));
        QVERIFY(f.panel->compareView()->afterText().contains(QStringLiteral("canción")));
        // A second click shows the same run instead of processing again.
        f.panel->loadLectureExample();
        QCOMPARE(f.panel->processJob(), nullptr);
        QCOMPARE(f.workspace.processedCorpora().size(), std::size_t(1));
    }

    void viewsByName()
    {
        Fixture f;
        auto* tabs = f.find<QTabWidget>("preprocessingTabs");
        QVERIFY(f.panel->showView(QString()));
        QVERIFY(f.panel->showView(QStringLiteral("corrections")));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("correctionsTab"));
        QVERIFY(f.panel->showView(QStringLiteral("compare")));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("compareTab"));
        QVERIFY(f.panel->showView(QStringLiteral("steps")));
        QVERIFY(!f.panel->showView(QStringLiteral("zipf")));
        // No corpus: nothing to process, and the view says what to do.
        QVERIFY(!f.panel->process());
        QVERIFY(!f.find<QPushButton>("processButton")->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !f.panel->isTracing(); }, timeout));
        QVERIFY(f.panel->compareView()->beforeText().contains(QStringLiteral("Load a corpus")));
    }
};

QTEST_MAIN(TestPreprocessingPanel)
#include "tst_preprocessingpanel.moc"
