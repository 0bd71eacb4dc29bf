// The main window: lessons, menus, language switching, sample corpora, workspace
// files (save, open, bad files leave the open workspace untouched), settings.
#include "CorpusImporter.h"
#include "LanguageManager.h"
#include "LessonRegistry.h"
#include "MainWindow.h"
#include "SampleCorpora.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsDock.h"
#include "panels/LessonPanel.h"
#include "text/ProcessedCorpus.h"
#include "tokenize/WordPiece.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>

namespace {

QMenu* menuTitled(MainWindow& window, int index)
{
    const QList<QAction*> actions = window.menuBar()->actions();
    return index < actions.size() ? actions[index]->menu() : nullptr;
}

bool waitFor(JobHandle* job)
{
    QSignalSpy finished(job, &JobHandle::finished);
    return job->isFinished() || finished.wait(30000);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LenguaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LenguaTest"));
    }

    void navigatorListsTheRegisteredLessons()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages);
        window.setInteractive(false);
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("LessonNavigator"));
        QVERIFY(navigator);
        QCOMPARE(navigator->count(), int(LessonRegistry::lessons().size()));
        QCOMPARE(navigator->item(0)->data(Qt::UserRole).toString(), QStringLiteral("corpus"));
        QCOMPARE(navigator->item(0)->text(), QStringLiteral("1. Corpus"));
        QVERIFY(window.showLesson(QStringLiteral("corpus")));
        QCOMPARE(window.currentLessonId(), QStringLiteral("corpus"));
        QVERIFY(window.currentPanel());
        QVERIFY(!window.showLesson(QStringLiteral("no-such-lesson")));
        QCOMPARE(window.currentLessonId(), QStringLiteral("corpus"));
    }

    void menusAndShortcuts()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages);
        QCOMPARE(window.menuBar()->actions().size(), 4);
        QCOMPARE(menuTitled(window, 0)->title(), QStringLiteral("&File"));
        QCOMPARE(menuTitled(window, 1)->title(), QStringLiteral("&View"));
        QCOMPARE(menuTitled(window, 2)->title(), QStringLiteral("&Language"));
        QCOMPARE(menuTitled(window, 3)->title(), QStringLiteral("&Help"));
        QStringList shortcuts;
        for (QAction* action : window.findChildren<QAction*>())
            if (!action->shortcut().isEmpty())
                shortcuts << action->shortcut().toString();
        for (const char* expected : {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+I", "Ctrl+E",
                                     "Ctrl+Q", "F1"})
            QVERIFY2(shortcuts.contains(QLatin1String(expected)), expected);
        // Shortcuts are unique.
        QCOMPARE(QSet<QString>(shortcuts.begin(), shortcuts.end()).size(), shortcuts.size());
    }

    void switchingLanguageRetranslatesTheWindow()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages);
        QCOMPARE(menuTitled(window, 0)->title(), QStringLiteral("&File"));
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        QCOMPARE(menuTitled(window, 0)->title(), QStringLiteral("&Archivo"));
        QCOMPARE(menuTitled(window, 2)->title(), QStringLiteral("&Idioma"));
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("LessonNavigator"));
        QCOMPARE(navigator->item(0)->text(), QStringLiteral("1. Corpus"));
        QCOMPARE(window.jobsDock()->windowTitle(), QStringLiteral("Tareas"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(menuTitled(window, 0)->title(), QStringLiteral("&File"));
        QCOMPARE(window.jobsDock()->windowTitle(), QStringLiteral("Jobs"));
    }

    void sampleMenuStatesWhatIsMissing()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages);
        for (const SampleCorpus& sample : SampleCorpora::all()) {
            auto* action = window.findChild<QAction*>(QStringLiteral("sample-") + sample.id);
            QVERIFY2(action, qPrintable(sample.id));
            QCOMPARE(action->isEnabled(), SampleCorpora::isAvailable(sample));
            if (!action->isEnabled())
                QVERIFY(action->toolTip().contains(sample.package));
        }
        // The embedded sample is always there.
        QVERIFY(window.findChild<QAction*>(QStringLiteral("sample-sample"))->isEnabled());
    }

    void saveOpenRoundTripAndBadFilesKeepTheWorkspace()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages);
        window.setInteractive(false);
        JobHandle* sample = window.importer().loadEmbeddedSample();
        QVERIFY(waitFor(sample));
        QCOMPARE(sample->state(), JobHandle::State::Succeeded);
        QCOMPARE(window.workspace().corpora().size(), size_t(1));
        const auto original = window.workspace().corpora().front();
        QVERIFY(original->documents.size() > 300);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("class.lengua"));
        JobHandle* save = window.saveWorkspaceAs(path);
        QVERIFY(waitFor(save));
        QCOMPARE(save->state(), JobHandle::State::Succeeded);
        QVERIFY(!window.workspace().isModified());
        QCOMPARE(window.workspace().filePath(), path);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("class.lengua")));

        // A corrupt file: clear message naming it, and the open workspace untouched.
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.lengua"));
        {
            QFile file(corrupt);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SQLite format 3\0this is not a database at all", 46);
        }
        JobHandle* bad = window.openWorkspace(corrupt);
        QVERIFY(waitFor(bad));
        QCOMPARE(bad->state(), JobHandle::State::Failed);
        QVERIFY(window.lastError().contains(QStringLiteral("corrupt.lengua")));
        QCOMPARE(window.workspace().corpora().size(), size_t(1));
        QCOMPARE(window.workspace().corpora().front(), original);
        QCOMPARE(window.workspace().filePath(), path);

        // A clean reopen gives the same documents.
        window.workspace().clear();
        QVERIFY(window.workspace().corpora().empty());
        JobHandle* open = window.openWorkspace(path);
        QVERIFY(waitFor(open));
        QCOMPARE(open->state(), JobHandle::State::Succeeded);
        QCOMPARE(window.workspace().corpora().size(), size_t(1));
        const auto reopened = window.workspace().corpora().front();
        QCOMPARE(reopened->name, original->name);
        QCOMPARE(reopened->documents.size(), original->documents.size());
        QCOMPARE(reopened->documents.back().text, original->documents.back().text);
        QCOMPARE(reopened->documents.front().label, original->documents.front().label);
        QVERIFY(!window.workspace().isModified());
        QCOMPARE(QSettings().value(QStringLiteral("recentWorkspaces")).toStringList().value(0), path);
    }

    void tokenizersAndProcessedCorporaSurviveSaveAndOpen()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages);
        window.setInteractive(false);
        lengua::Vocabulary vocabulary;
        vocabulary.add("[UNK]", true);
        for (const char* token : {"ba", "##nco", "el"})
            vocabulary.add(token);
        window.workspace().addTokenizer(TokenizerArtefact{
            "", "WordPiece", std::make_shared<lengua::WordPiece>(vocabulary), "", "hand-made"});
        auto processed = std::make_shared<lengua::ProcessedCorpus>();
        processed->name = "procesado";
        processed->documents.push_back({"d1", "es", {{"el", "banco"}}});
        processed->steps = {{"input", 2, 2}};
        window.workspace().addProcessedCorpus(processed);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artefacts.lengua"));
        QVERIFY(waitFor(window.saveWorkspaceAs(path)));
        window.workspace().clear();
        JobHandle* open = window.openWorkspace(path);
        QVERIFY(waitFor(open));
        QCOMPARE(open->state(), JobHandle::State::Succeeded);
        QCOMPARE(window.workspace().tokenizers().size(), size_t(1));
        const TokenizerArtefact& tokenizer = window.workspace().tokenizers().front();
        QCOMPARE(QString::fromStdString(tokenizer.name), QStringLiteral("WordPiece"));
        QCOMPARE(tokenizer.tokenizer->encode("el banco").ids, (std::vector<lengua::TokenId>{3, 1, 2}));
        QCOMPARE(window.workspace().processedCorpora().size(), size_t(1));
        QVERIFY(window.workspace().processedCorpora().front()->documents.front().sentences
                == (std::vector<std::vector<std::string>>{{"el", "banco"}}));
    }

    void droppedFilesAreImported()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages);
        window.setInteractive(false);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(LENGUA_TEST_DATA_DIR "/corpus/latin1.txt"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace().corpora().size(), size_t(1), 10000);
        const auto corpus = window.workspace().corpora().front();
        QCOMPARE(QString::fromStdString(corpus->name), QStringLiteral("latin1"));
        QCOMPARE(QString::fromStdString(corpus->decoding.encoding), QStringLiteral("windows-1252"));
        QVERIFY(QString::fromStdString(corpus->documents.front().text).contains(QStringLiteral("canción")));
        QVERIFY(window.workspace().isModified());
    }

    void geometryAndLessonPersist()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        {
            MainWindow window(languages);
            window.setInteractive(false);
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again(languages);
        QCOMPARE(again.size(), QSize(1111, 777));
        QCOMPARE(again.currentLessonId(), QStringLiteral("corpus"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
