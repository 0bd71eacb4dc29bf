// The UI translations: both .ts files are complete and keep placeholders, accelerators and HTML
// tags; the Spanish menus have no clashing accelerators; the compiled .qm files are the ones used.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "jobs/JobsDock.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QtTest>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one entry, or one per numerus form
    bool numerus = false;
    bool unfinished = false;
    qint64 line = 0;

    QString where() const
    {
        return QStringLiteral("line %1, %2 \"%3\"").arg(line).arg(context, source.left(60));
    }
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
};

QString tsPath(const QString& language)
{
    return QStringLiteral(LENGUA_TEST_DATA_DIR "/../../translations/lengua_%1.ts").arg(language);
}

// Reads a Qt Linguist file; vanished and obsolete messages are left out, as lrelease does.
TsFile readTs(const QString& path, QString* error)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be opened");
        return file;
    }
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    bool dropped = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                file.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.line = xml.lineNumber();
                message.numerus = xml.attributes().value(QLatin1String("numerus"))
                                  == QLatin1String("yes");
                dropped = false;
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                dropped = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (message.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            message.translations << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    message.translations << xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !dropped) {
            file.messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber())
                     .arg(xml.errorString());
    return file;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%([1-9]|n)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// The accelerator markers of a label: "&x" with x not a space; "&&" is a literal ampersand and
// HTML entities (&nbsp;, &#8212;) are not markers.
QList<QChar> accelerators(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|[A-Za-z]+);"));
    QString plain = text;
    plain.remove(entity);
    plain.replace(QStringLiteral("&&"), QString());
    QList<QChar> found;
    for (qsizetype i = 0; i + 1 < plain.size(); ++i)
        if (plain[i] == QLatin1Char('&') && !plain[i + 1].isSpace())
            found << plain[i + 1].toLower();
    return found;
}

QSet<QString> tagNames(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([A-Za-z][A-Za-z0-9]*)[^<>]*>"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured(1).toLower());
    return found;
}

QString joined(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

// Checks that the accelerators of the actions in one menu (or of the menus of the bar) are
// unique, then does the same inside every submenu.
void collectClashes(const QString& where, const QList<QAction*>& actions, QStringList* clashes)
{
    QHash<QChar, QString> taken;
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = action->menu() ? action->menu()->title() : action->text();
        const QList<QChar> keys = accelerators(text);
        if (keys.size() > 1)
            clashes->append(QStringLiteral("%1: \"%2\" has %3 accelerators")
                                .arg(where, text).arg(keys.size()));
        if (!keys.isEmpty()) {
            if (taken.contains(keys.front()))
                clashes->append(QStringLiteral("%1: \"%2\" and \"%3\" both use Alt+%4")
                                    .arg(where, taken.value(keys.front()), text,
                                         QString(keys.front().toUpper())));
            else
                taken.insert(keys.front(), text);
        }
        if (action->menu())
            collectClashes(where + QStringLiteral(" > ") + text, action->menu()->actions(),
                           clashes);
    }
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    TsFile m_spanish;
    TsFile m_english;

    const TsFile& fileFor(const QString& language) const
    {
        return language == QLatin1String("es") ? m_spanish : m_english;
    }

    void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("en") << QStringLiteral("en");
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LenguaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LenguaTest"));
        QString error;
        m_spanish = readTs(tsPath(QStringLiteral("es")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_english = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void bothFilesHoldTheSameMessages()
    {
        QCOMPARE(m_spanish.language, QStringLiteral("es"));
        QCOMPARE(m_english.language, QStringLiteral("en"));
        // The lupdate of this version found 217; a file that lost most of them is broken.
        QVERIFY2(m_spanish.messages.size() >= 200, qPrintable(QString::number(m_spanish.messages.size())));
        QCOMPARE(m_english.messages.size(), m_spanish.messages.size());
        for (qsizetype i = 0; i < m_spanish.messages.size(); ++i) {
            QCOMPARE(m_english.messages[i].context, m_spanish.messages[i].context);
            QCOMPARE(m_english.messages[i].source, m_spanish.messages[i].source);
            QCOMPARE(m_english.messages[i].numerus, m_spanish.messages[i].numerus);
        }
    }

    void noMessageIsUnfinishedOrEmpty_data() { addLanguageRows(); }
    void noMessageIsUnfinishedOrEmpty()
    {
        QFETCH(QString, language);
        for (const TsMessage& message : fileFor(language).messages) {
            QVERIFY2(!message.unfinished, qPrintable(message.where()));
            // Spanish and English both have two plural forms.
            QCOMPARE(message.translations.size(), qsizetype(message.numerus ? 2 : 1));
            for (const QString& translation : message.translations)
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(message.where()));
        }
    }

    void placeholdersAreKept_data() { addLanguageRows(); }
    void placeholdersAreKept()
    {
        QFETCH(QString, language);
        for (const TsMessage& message : fileFor(language).messages) {
            const QSet<QString> expected = placeholders(message.source);
            for (const QString& translation : message.translations)
                QVERIFY2(placeholders(translation) == expected,
                         qPrintable(QStringLiteral("%1: {%2} became {%3}")
                                        .arg(message.where(), joined(expected),
                                             joined(placeholders(translation)))));
        }
    }

    void acceleratorsAreKept_data() { addLanguageRows(); }
    void acceleratorsAreKept()
    {
        QFETCH(QString, language);
        for (const TsMessage& message : fileFor(language).messages) {
            const qsizetype expected = accelerators(message.source).isEmpty() ? 0 : 1;
            for (const QString& translation : message.translations)
                QVERIFY2(accelerators(translation).size() == expected,
                         qPrintable(message.where() + QStringLiteral(" -> ") + translation));
        }
    }

    void htmlTagsAreKept_data() { addLanguageRows(); }
    void htmlTagsAreKept()
    {
        QFETCH(QString, language);
        for (const TsMessage& message : fileFor(language).messages) {
            const QSet<QString> tags = tagNames(message.source);
            for (const QString& translation : message.translations) {
                const QSet<QString> missing = tags - tagNames(translation);
                QVERIFY2(missing.isEmpty(),
                         qPrintable(message.where() + QStringLiteral(" lacks ") + joined(missing)));
            }
        }
    }

    void englishIsTheSourceWithRealPlurals()
    {
        int numerus = 0;
        for (const TsMessage& message : m_english.messages) {
            if (!message.numerus) {
                QVERIFY2(message.translations.front() == message.source,
                         qPrintable(message.where()));
                continue;
            }
            ++numerus;
            const QString& one = message.translations[0];
            const QString& many = message.translations[1];
            QVERIFY2(one != many, qPrintable(message.where()));
            for (const QString& form : {one, many})
                QVERIFY2(!form.contains(QLatin1String("(s)")) && !form.contains(QLatin1String("(es)")),
                         qPrintable(message.where() + QStringLiteral(" -> ") + form));
        }
        QVERIFY(numerus >= 2);
    }

    void spanishMenusHaveNoClashingAccelerators()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        MainWindow window(languages);
        window.setInteractive(false);
        QCOMPARE(window.menuBar()->actions().size(), 4);
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->menu()->title();
        QCOMPARE(titles, QStringList({QStringLiteral("&Archivo"), QStringLiteral("&Ver"),
                                      QStringLiteral("&Idioma"), QStringLiteral("Ay&uda")}));
        QStringList clashes;
        collectClashes(QStringLiteral("menu bar"), window.menuBar()->actions(), &clashes);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        // The walk reached the actions: the File menu is translated, not just its title.
        QMenu* fileMenu = window.menuBar()->actions().front()->menu();
        QStringList fileTexts;
        for (QAction* action : fileMenu->actions())
            fileTexts << (action->menu() ? action->menu()->title() : action->text());
        QVERIFY2(fileTexts.contains(QStringLiteral("&Salir")), qPrintable(fileTexts.join(u'|')));
    }

    // Qt posts QEvent::LanguageChange to top-level widgets, so an open window retranslates once
    // the event loop runs.
    void anOpenWindowSwitchesToSpanish()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow window(languages);
        window.setInteractive(false);
        QMenu* fileMenu = window.menuBar()->actions().front()->menu();
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Archivo"));
        QCOMPARE(window.jobsDock()->windowTitle(), QStringLiteral("Tareas"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(window.jobsDock()->windowTitle(), QStringLiteral("Jobs"));
    }

    void installedTranslatorsUseTheseFiles()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Archivo"));
        QCOMPARE(QCoreApplication::translate("JobsDock", "Jobs"), QStringLiteral("Tareas"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n job(s) running", nullptr, 1),
                 QStringLiteral("1 tarea en curso"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n job(s) running", nullptr, 3),
                 QStringLiteral("3 tareas en curso"));

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n corpus(es) in the workspace",
                                             nullptr, 1),
                 QStringLiteral("1 corpus in the workspace"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n corpus(es) in the workspace",
                                             nullptr, 2),
                 QStringLiteral("2 corpora in the workspace"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n job(s) running", nullptr, 1),
                 QStringLiteral("1 job running"));
    }

    // Strings written with a \u escape followed by a hex-looking letter ("\u201cBanco",
    // "\u22121") are misread by lupdate 6.4, so the .ts holds a different source text and the
    // running program never finds their translation.
    void escapedSourcesReachTheirTranslation_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("spanish");
        QTest::newRow("slope") << QByteArray("ZipfChart")
                               << QStringLiteral("Zipf's law f(r) = f(1) / r (slope \u22121)")
                               << QStringLiteral("Ley de Zipf: f(r) = f(1) / r");
        QTest::newRow("case-folded")
            << QByteArray("FrequencyTableModel")
            << QStringLiteral("The word, case-folded (\u201cBanco\u201d and \u201cbanco\u201d "
                              "count as one)")
            << QStringLiteral("La palabra, sin diferenciar may\u00fasculas (\u201cBanco\u201d y "
                              "\u201cbanco\u201d cuentan como una sola)");
        QTest::newRow("whole words")
            << QByteArray("CorpusPanel")
            << QStringLiteral("Whole words, case-insensitive: \u201cBanco\u201d finds "
                              "\u201cbanco\u201d but not \u201cbancos\u201d")
            << QStringLiteral("Palabras completas, sin diferenciar may\u00fasculas: "
                              "\u201cBanco\u201d encuentra \u201cbanco\u201d, pero no "
                              "\u201cbancos\u201d");
    }
    void escapedSourcesReachTheirTranslation()
    {
        QFETCH(QByteArray, context);
        QFETCH(QString, source);
        QFETCH(QString, spanish);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        // lupdate 6.4 misreads "\u201cB" and "\u22121" (more hex digits follow the
        // escape), so ui/ sources write such characters as UTF-8; this guards it.
        QCOMPARE(QCoreApplication::translate(context.constData(), source.toUtf8().constData()),
                 spanish);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
