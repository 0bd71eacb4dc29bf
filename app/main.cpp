// lengua: the GUI. Wiring only: application settings, language, the main window,
// the sample corpus at start, and the scripted modes (--screenshot, --exit-after-paint).
#include "CorpusImporter.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/LessonPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

// Quits the application right after the window's first paint (cold-start benchmark).
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(const QElapsedTimer& clock) : m_clock(clock) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                std::fprintf(stdout, "{\"first_paint_ms\": %lld}\n",
                             static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lengua"));
    QApplication::setApplicationName(QStringLiteral("Lengua"));
    QApplication::setApplicationVersion(QStringLiteral(LENGUA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lengua"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lengua: see how language models work."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Show the window with the sample corpus, save it as PNG and exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption panelOption(QStringLiteral("panel"),
        QStringLiteral("The lesson panel to show, optionally with one of its views "
                       "(e.g. corpus or corpus:zipf)."), QStringLiteral("name[:view]"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QStringLiteral("The UI language: es or en (default: saved choice or system)."),
        QStringLiteral("code"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("light or dark."), QStringLiteral("name"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size for --screenshot, WxH (default 1280x800)."), QStringLiteral("WxH"));
    const QCommandLineOption emptyOption(QStringLiteral("empty"),
        QStringLiteral("Start without the sample corpus."));
    const QCommandLineOption paintOption(QStringLiteral("exit-after-paint"),
        QStringLiteral("Exit right after the first paint, printing the time it took (benchmarks)."));
    for (const auto* option : {&screenshotOption, &panelOption, &languageOption, &themeOption,
                               &sizeOption, &emptyOption, &paintOption})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("file"),
        QStringLiteral("A workspace (.lengua) to open or corpus files to import."));
    parser.process(app);

    const bool scripted = parser.isSet(screenshotOption) || parser.isSet(paintOption);
    // Scripted runs neither read nor change the user's saved choices.
    QTemporaryDir scratchSettings;
    if (scripted)
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratchSettings.path());

    LanguageManager languages;
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language"), LanguageManager::systemLanguage()).toString();
    languages.setLanguage(language);

    if (parser.isSet(themeOption))
        QSettings().setValue(QStringLiteral("ui/theme"), parser.value(themeOption));
    MainWindow window(languages);
    window.setInteractive(!scripted);
    if (parser.isSet(panelOption)) {
        // NAME or NAME:VIEW, e.g. corpus:zipf
        const QString panel = parser.value(panelOption).section(QLatin1Char(':'), 0, 0);
        const QString view = parser.value(panelOption).section(QLatin1Char(':'), 1);
        if (!window.showLesson(panel) || !window.currentPanel()->showView(view)) {
            std::fprintf(stderr, "unknown panel or view '%s'\n", qPrintable(parser.value(panelOption)));
            return 2;
        }
    }

    FirstPaintProbe probe(clock);
    if (parser.isSet(paintOption))
        window.installEventFilter(&probe);

    QSize screenshotSize(1280, 800);
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        if (parts.size() == 2)
            screenshotSize = QSize(parts[0].toInt(), parts[1].toInt());
    }
    if (parser.isSet(screenshotOption))
        window.resize(screenshotSize);
    window.show();

    // Positional files: a workspace opens, anything else is imported as a corpus.
    const QStringList files = parser.positionalArguments();
    bool openedWorkspace = false;
    QStringList corpora;
    for (const QString& file : files) {
        if (file.endsWith(QLatin1String(".lengua")) && !openedWorkspace) {
            window.openWorkspace(file);
            openedWorkspace = true;
        } else {
            corpora << file;
        }
    }
    if (!corpora.isEmpty())
        window.importer().importPaths(corpora);
    if (!openedWorkspace && !parser.isSet(emptyOption) && !parser.isSet(paintOption)) {
        // The sample corpus is a starting point, not a change the user made.
        JobHandle* sample = window.importer().loadEmbeddedSample();
        if (sample)
            QObject::connect(sample, &JobHandle::succeeded, &window,
                             [&window] { window.workspace().setModified(false); });
    }

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        auto* poll = new QTimer(&app);
        QElapsedTimer waited;
        waited.start();
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
            // Wait until every job (sample load, statistics) has finished, then a
            // little longer so charts settle.
            if ((window.jobs().runningCount() > 0 || waited.elapsed() < 1500) && waited.elapsed() < 30000)
                return;
            poll->stop();
            const QPixmap shot = window.grab();
            const bool saved = shot.save(path, "PNG");
            std::fprintf(saved ? stdout : stderr, saved ? "saved %s\n" : "could not save %s\n",
                         qPrintable(QFileInfo(path).absoluteFilePath()));
            QApplication::exit(saved ? 0 : 1);
        });
        poll->start(100);
    }
    return app.exec();
}
