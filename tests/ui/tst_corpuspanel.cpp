// The Corpus panel driven as a user would: the embedded sample loaded through a
// job, its statistics, frequency table, Zipf chart and concordance compared with
// what the engine computes on the same corpus; exports; failed, cancelled and
// CSV imports.
#include "CorpusImporter.h"
#include "ImportOptionsDialog.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/ConcordanceModel.h"
#include "models/FrequencyTableModel.h"
#include "panels/CorpusPanel.h"
#include "text/Concordance.h"
#include "text/CorpusLoader.h"
#include "text/CorpusStatistics.h"
#include "widgets/LessonBox.h"
#include "widgets/ViewExporter.h"
#include "widgets/ZipfChart.h"

#include "core/JobContext.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int timeout = 20000;

// One panel with everything it needs, as the main window builds it.
struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    CorpusImporter importer{workspace, jobs, nullptr};
    std::unique_ptr<CorpusPanel> panel;

    Fixture()
    {
        importer.setInteractive(false);
        panel = std::make_unique<CorpusPanel>(workspace, jobs, importer);
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
};

// Simple RFC 4180 reader for checking exported files.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

} // namespace

class TestCorpusPanel : public QObject {
    Q_OBJECT

private:
    // Loads the sample through the importer and waits for the panel to show its statistics.
    static std::shared_ptr<const lengua::Corpus> loadSample(Fixture& f)
    {
        JobHandle* job = f.importer.loadEmbeddedSample();
        if (!job)
            return nullptr;
        if (!QTest::qWaitFor([&] { return f.workspace.corpora().size() == 1; }, timeout))
            return nullptr;
        if (!QTest::qWaitFor([&] { return f.panel->currentStatistics() != nullptr; }, timeout))
            return nullptr;
        return f.workspace.corpora().front();
    }

private Q_SLOTS:
    void sampleLoadsAndStatisticsMatchEngine()
    {
        Fixture f;
        const auto corpus = loadSample(f);
        QVERIFY(corpus);
        QCOMPARE(QString::fromStdString(corpus->name), QStringLiteral("Lengua sample"));
        QCOMPARE(f.panel->currentCorpus(), corpus);
        QCOMPARE(f.find<QComboBox>("corpusCombo")->currentText(), QStringLiteral("Lengua sample"));
        // The header row is not a document: the file has 412 lines.
        QCOMPARE(corpus->documents.size(), std::size_t(411));
        QCOMPARE(f.find<QTableView>("documentView")->model()->rowCount(), 411);

        lengua::JobContext context;
        const auto expected = lengua::CorpusStatistics::compute(*corpus, context);
        QCOMPARE(f.find<QLabel>("documentsValue")->text(), number(expected.documents));
        QCOMPARE(f.find<QLabel>("sentencesValue")->text(), number(expected.sentences));
        QCOMPARE(f.find<QLabel>("tokensValue")->text(), number(expected.tokens));
        QCOMPARE(f.find<QLabel>("typesValue")->text(), number(expected.types));
        QCOMPARE(f.find<QLabel>("charactersValue")->text(), number(expected.characters));
        QCOMPARE(f.find<QLabel>("typeTokenRatioValue")->text(),
                 QLocale().toString(expected.typeTokenRatio(), 'f', 4));
        QCOMPARE(f.find<QLabel>("encodingValue")->text(), QStringLiteral("UTF-8"));
        // Labels are the "lang" column: es and en.
        auto* labels = f.find<QTableWidget>("labelsTable");
        QCOMPARE(labels->rowCount(), int(expected.labels.size()));
        QCOMPARE(labels->item(0, 0)->text(), QStringLiteral("en"));
        QCOMPARE(labels->item(0, 1)->text(), number(expected.labels.at("en")));
        // The statistics were cached in the workspace for the other panels.
        QVERIFY(f.workspace.statistics(corpus->id));
        // The notice stays hidden: the sample is clean UTF-8.
        QVERIFY(f.find<QFrame>("noticeFrame")->isHidden());
    }

    void frequencyTableIsRankedAndFilters()
    {
        Fixture f;
        const auto corpus = loadSample(f);
        QVERIFY(corpus);
        const auto statistics = f.panel->currentStatistics();
        auto* view = f.find<QTableView>("frequencyView");
        const QAbstractItemModel* model = view->model();
        QCOMPARE(model->rowCount(), int(statistics->types));
        const auto& top = statistics->frequencies.front();
        QCOMPARE(model->index(0, FrequencyTableModel::RankColumn).data().toInt(), 1);
        QCOMPARE(model->index(0, FrequencyTableModel::WordColumn).data().toString(),
                 QString::fromStdString(top.term));
        QCOMPARE(model->index(0, FrequencyTableModel::CountColumn).data().toULongLong(), top.count);
        // The last cumulative share is all of the text.
        QCOMPARE(model->index(model->rowCount() - 1, FrequencyTableModel::CumulativeColumn)
                     .data().toString(), QLocale().toString(100.0, 'f', 2));

        // Sorting by word puts the words in order (the header click path).
        view->sortByColumn(FrequencyTableModel::WordColumn, Qt::AscendingOrder);
        QVERIFY(model->index(0, 1).data().toString() <= model->index(1, 1).data().toString());
        view->sortByColumn(FrequencyTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(model->index(0, FrequencyTableModel::CountColumn).data().toULongLong(), top.count);

        // Ctrl+F focuses the search box, and typing filters.
        f.panel->activateWindow();
        f.find<QTableView>("documentView")->setFocus();
        QTest::keyClick(f.find<QTableView>("documentView"), Qt::Key_F, Qt::ControlModifier);
        auto* search = f.find<QLineEdit>("frequencySearch");
        QCOMPARE(f.find<QTabWidget>("corpusTabs")->currentWidget()->objectName(),
                 QStringLiteral("frequenciesTab"));
        QTest::keyClicks(search, QStringLiteral("banc"));
        int containing = 0;
        for (const auto& entry : statistics->frequencies)
            containing += entry.term.find("banc") != std::string::npos;
        QVERIFY(containing >= 1);
        QTRY_COMPARE(model->rowCount(), containing);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, 1).data().toString().contains(QStringLiteral("banc")));
        QVERIFY(f.find<QLabel>("frequencyCount")->text().contains(number(std::uint64_t(containing))));
        search->clear();
        QTRY_COMPARE(model->rowCount(), int(statistics->types));

        // The Zipf chart shows every rank of a small corpus.
        auto* chart = f.panel->findChild<ZipfChart*>();
        QVERIFY(chart);
        QCOMPARE(chart->plottedPointCount(), int(std::min<std::uint64_t>(statistics->types, 3000)));
        QVERIFY(chart->tooltipForRank(1).contains(QString::fromStdString(top.term)));
    }

    void concordanceMatchesEngine()
    {
        Fixture f;
        const auto corpus = loadSample(f);
        QVERIFY(corpus);
        lengua::JobContext context;
        const auto expected = lengua::Concordance::search(*corpus, "banco", 40,
                                                          CorpusPanel::maxConcordanceLines, context);
        QVERIFY(expected.lines.size() >= 3); // the lecture's three "banco" sentences at least

        f.find<QTabWidget>("corpusTabs")->setCurrentWidget(f.find<QWidget>("concordanceTab"));
        auto* query = f.find<QLineEdit>("concordanceQuery");
        QTest::keyClicks(query, QStringLiteral("banco"));
        QTest::keyClick(query, Qt::Key_Return);
        auto* view = f.find<QTableView>("concordanceView");
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), int(expected.lines.size()), timeout);
        QTRY_VERIFY(f.find<QLabel>("concordanceCount")->text()
                        .contains(QString::number(expected.totalMatches)));
        const QAbstractItemModel* model = view->model();
        QCOMPARE(model->index(0, ConcordanceModel::KeywordColumn).data().toString().toLower(),
                 QStringLiteral("banco"));
        QCOMPARE(model->index(0, ConcordanceModel::LeftColumn).data().toString(),
                 QString::fromStdString(expected.lines[0].left));
        QCOMPARE(model->index(0, ConcordanceModel::DocumentColumn).data().toString(),
                 QString::fromStdString(corpus->documents[expected.lines[0].document].id));
        QVERIFY(model->index(0, ConcordanceModel::KeywordColumn).data(Qt::FontRole)
                    .value<QFont>().bold());

        // Activating a line shows its document with the keyword selected.
        f.panel->findChild<QTableView*>("concordanceView")->setCurrentIndex(model->index(0, 2));
        Q_EMIT view->activated(model->index(0, 2));
        auto* text = f.find<QPlainTextEdit>("documentText");
        QCOMPARE(text->textCursor().selectedText().toLower(), QStringLiteral("banco"));

        // A word that does not occur.
        query->setText(QStringLiteral("zzzzqx"));
        f.find<QPushButton>("concordanceSearch")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, timeout);
        QTRY_VERIFY(f.find<QLabel>("concordanceCount")->text().contains(QStringLiteral("zzzzqx")));
    }

    void csvExportParsesBack()
    {
        Fixture f;
        const auto corpus = loadSample(f);
        QVERIFY(corpus);
        const auto statistics = f.panel->currentStatistics();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("frequencies.csv"));
        QString error;
        QVERIFY2(ViewExporter::writeCsv(f.find<QTableView>("frequencyView")->model(), path, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), int(statistics->types) + 1);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("Rank"), QStringLiteral("Word"),
                                       QStringLiteral("Count"), QStringLiteral("Relative %"),
                                       QStringLiteral("Cumulative %")}));
        QCOMPARE(rows[1][1], QString::fromStdString(statistics->frequencies[0].term));
        QCOMPARE(rows[1][2], QString::number(statistics->frequencies[0].count));

        // Document list: texts with commas come back whole.
        const QString documents = dir.filePath(QStringLiteral("documents.csv"));
        QVERIFY(ViewExporter::writeCsv(f.find<QTableView>("documentView")->model(), documents, &error));
        QFile documentFile(documents);
        QVERIFY(documentFile.open(QIODevice::ReadOnly));
        const QList<QStringList> documentRows = parseCsv(QString::fromUtf8(documentFile.readAll()));
        QCOMPARE(documentRows.size(), 412);
        QCOMPARE(documentRows[1][1], QStringLiteral("lecture-01"));
        QCOMPARE(documentRows[1][3],
                 QStringLiteral("El señorial chalet se encontraba a la izquierda de la escuela."));
    }

    void pngExportIsNonEmpty()
    {
        Fixture f;
        QVERIFY(loadSample(f));
        f.find<QTabWidget>("corpusTabs")->setCurrentWidget(f.find<QWidget>("zipfTab"));
        auto* chart = f.panel->findChild<ZipfChart*>();
        QTRY_VERIFY(chart->isVisible());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zipf.png"));
        QString error;
        QVERIFY2(ViewExporter::writePng(chart, path, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size() * 2);
        // Not a blank picture: more than one colour is drawn.
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7)
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        QVERIFY(varied);
    }

    void missingFileFailsAndAddsNothing()
    {
        Fixture f;
        QSignalSpy failed(&f.importer, &CorpusImporter::importFailed);
        f.importer.importPaths({QStringLiteral("/nonexistent-lengua/emma-missing.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeout);
        QVERIFY(failed.front().front().toString().contains(QStringLiteral("emma-missing.txt")));
        QVERIFY(f.workspace.corpora().empty());
        QCOMPARE(f.find<QComboBox>("corpusCombo")->count(), 0);
    }

    void cancelledImportAddsNothing()
    {
        Fixture f;
        QTemporaryDir dir;
        // Big enough that the loader is still reading when the cancel arrives.
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray line = "Fui al banco para abrir una cuenta de ahorros.\n";
            QByteArray block;
            for (int i = 0; i < 20000; ++i)
                block += line;
            for (int i = 0; i < 30; ++i)
                file.write(block);
        }
        QSignalSpy failed(&f.importer, &CorpusImporter::importFailed);
        JobHandle* job = f.importer.importPath(path);
        QVERIFY(job);
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), timeout);
        QCOMPARE(job->state(), JobHandle::State::Cancelled);
        QCoreApplication::processEvents();
        QVERIFY(f.workspace.corpora().empty());
        QCOMPARE(failed.count(), 0);
    }

    void windows1252FallbackIsStated()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("El a\xf1o de la canci\xf3n.\n"); // windows-1252 bytes, not UTF-8
        }
        QSignalSpy notice(&f.importer, &CorpusImporter::notice);
        QVERIFY(f.importer.importPath(path));
        QTRY_COMPARE_WITH_TIMEOUT(notice.count(), 1, timeout);
        QVERIFY(notice.front().front().toString().contains(QStringLiteral("windows-1252")));
        QVERIFY(f.find<QFrame>("noticeFrame")->isVisible());
        QVERIFY(f.find<QLabel>("noticeLabel")->text().contains(QStringLiteral("windows-1252")));
        const auto corpus = f.panel->currentCorpus();
        QVERIFY(corpus);
        QCOMPARE(QString::fromStdString(corpus->documents.front().text).trimmed(),
                 QStringLiteral("El año de la canción."));
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->currentStatistics(), timeout);
        QVERIFY(f.find<QLabel>("encodingValue")->text().startsWith(QStringLiteral("windows-1252")));
    }

    void csvFixtureWithChosenColumns()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reviews.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,category,review\n"
                       "r1,pos,\"Muy bueno, me gustó mucho la historia\"\n"
                       "r2,neg,Malo de principio a fin\n"
                       "r3,pos,Excelente película para ver en familia\n");
        }
        // The dialog offers the columns of the preview and turns the choice into options.
        const lengua::TablePreview preview = lengua::previewTable(
            QFile::encodeName(path).toStdString(), lengua::LoadOptions{});
        QVERIFY(preview.hasHeader);
        ImportOptionsDialog dialog(QStringLiteral("reviews.csv"), preview);
        // Its guesses from the header names, which the person may change.
        QCOMPARE(dialog.textCombo()->currentData().toString(), QStringLiteral("review"));
        QCOMPARE(dialog.labelCombo()->currentData().toString(), QStringLiteral("category"));
        dialog.labelCombo()->setCurrentIndex(0);
        QCOMPARE(dialog.options().labelColumn, std::string());
        QCOMPARE(dialog.labelCombo()->count(), 4); // (none) + 3 columns
        dialog.textCombo()->setCurrentIndex(dialog.textCombo()->findData(QStringLiteral("review")));
        dialog.labelCombo()->setCurrentIndex(dialog.labelCombo()->findData(QStringLiteral("category")));
        const lengua::LoadOptions options = dialog.options();
        QCOMPARE(options.format, lengua::CorpusFormat::Csv);
        QCOMPARE(options.textColumn, std::string("review"));
        QCOMPARE(options.labelColumn, std::string("category"));

        QSignalSpy imported(&f.importer, &CorpusImporter::corpusImported);
        QVERIFY(f.importer.importPath(path, options));
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, timeout);
        const auto corpus = f.workspace.corpus(imported.front().front().toString().toStdString());
        QVERIFY(corpus);
        QCOMPARE(QString::fromStdString(corpus->name), QStringLiteral("reviews"));
        QCOMPARE(corpus->documents.size(), std::size_t(3));
        QCOMPARE(corpus->documents[0].text, std::string("Muy bueno, me gustó mucho la historia"));
        QCOMPARE(corpus->documents[0].label, std::string("pos"));
        QCOMPARE(corpus->documents[1].label, std::string("neg"));
        // The panel shows the new corpus.
        QCOMPARE(f.panel->currentCorpus(), corpus);
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->currentStatistics(), timeout);
        QCOMPARE(f.find<QLabel>("documentsValue")->text(), QStringLiteral("3"));
        QCOMPARE(f.find<QTableWidget>("labelsTable")->rowCount(), 2);
    }

    void staleStatisticsJobIsCancelled()
    {
        Fixture f;
        // A corpus large enough that counting it takes a while.
        auto big = std::make_shared<lengua::Corpus>();
        big->name = "big";
        big->documents.resize(200000, lengua::Document{"d", "Nos sentamos en un banco del parque "
                                                            "bajo la sombra de un timbo.", ""});
        const std::string bigId = f.workspace.addCorpus(big);
        QCOMPARE(f.panel->currentCorpus()->id, bigId);
        JobHandle* stale = nullptr;
        for (JobHandle* job : f.jobs.jobs())
            if (job->title().contains(QStringLiteral("big")))
                stale = job;
        QVERIFY(stale);
        auto small = std::make_shared<lengua::Corpus>();
        small->name = "small";
        small->documents.push_back({"one", "Hola, mundo.", ""});
        f.workspace.addCorpus(small);
        QVERIFY(stale->cancelRequested());
        QTRY_VERIFY_WITH_TIMEOUT(stale->isFinished(), timeout);
        QCOMPARE(stale->state(), JobHandle::State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->currentStatistics(), timeout);
        QCOMPARE(f.panel->currentStatistics()->tokens, std::uint64_t(2));
        QVERIFY(!f.workspace.statistics(bigId));
    }

    void lectureExampleButtonLoadsSampleOnce()
    {
        Fixture f;
        auto* box = f.panel->findChild<LessonBox*>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Zipf")));
        box->exampleButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.workspace.corpora().size(), std::size_t(1), timeout);
        box->exampleButton()->click(); // selects the loaded sample instead of a second copy
        QTest::qWait(100);
        QCOMPARE(f.workspace.corpora().size(), std::size_t(1));
    }

    void zipfRanksAreThinned()
    {
        QCOMPARE(ZipfChart::plottedRanks(0).size(), std::size_t(0));
        QCOMPARE(ZipfChart::plottedRanks(5), (std::vector<std::size_t>{1, 2, 3, 4, 5}));
        const auto ranks = ZipfChart::plottedRanks(500000);
        QVERIFY(ranks.size() <= 3000);
        QVERIFY(ranks.size() > 2900);
        for (std::size_t r = 0; r < 1000; ++r)
            QCOMPARE(ranks[r], r + 1);
        QCOMPARE(ranks.back(), std::size_t(500000));
        QVERIFY(std::is_sorted(ranks.begin(), ranks.end()));
        QVERIFY(std::adjacent_find(ranks.begin(), ranks.end()) == ranks.end());
    }
};

QTEST_MAIN(TestCorpusPanel)
#include "tst_corpuspanel.moc"
