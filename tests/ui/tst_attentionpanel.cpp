// The Attention panel's GPT tabs driven as a user would, with a tiny random GPT and a
// character tokenizer built here: the inspection job completes and the heatmap holds
// exactly Gpt::inspect's weights (queries as rows), a head change changes it, the future is
// masked, the average is the heads' mean, the model view has layers × heads thumbnails and a
// click opens one, a long text is cropped with a note, a stale job is cancelled, and the
// pictures and the CSV are written.
#include "support/JobWait.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/Gpt.h"
#include "panels/AttentionPanel.h"
#include "panels/attention/AttentionHeadsTab.h"
#include "panels/attention/AttentionMatrixModel.h"
#include "panels/attention/AttentionModelTab.h"
#include "panels/attention/GptAttentionResult.h"
#include "text/Corpus.h"
#include "tokenize/CharTrainer.h"
#include "core/JobContext.h"
#include "widgets/AttentionGridView.h"
#include "widgets/HeatmapView.h"
#include "widgets/TokenLinkView.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

constexpr int timeout = 60000;
constexpr std::size_t contextLength = 12;
constexpr std::size_t layers = 2;
constexpr std::size_t heads = 3;

const char* const alphabet = "el señorial chalet se encontraba a la izquierda de la escuela.";

std::shared_ptr<const lengua::Tokenizer> charTokenizer()
{
    lengua::CharTrainer trainer;
    trainer.addText(alphabet);
    lengua::JobContext context;
    return std::make_shared<const lengua::CharTokenizer>(trainer.train(context));
}

// A GPT with GPT-2's initial weights scaled up, so that its heads attend sharply and
// differently (at the initial scale every head is close to uniform).
std::shared_ptr<const lengua::Gpt> tinyGpt(std::size_t vocabularySize)
{
    lengua::GptConfig config;
    config.vocabularySize = vocabularySize;
    config.contextLength = contextLength;
    config.layers = layers;
    config.heads = heads;
    config.channels = 12;
    config.seed = 7;
    auto gpt = std::make_shared<lengua::Gpt>(config);
    gpt->parameters() *= 30.0f;
    return gpt;
}

struct Fixture {
    Workspace workspace;
    JobRunner jobs;
    std::shared_ptr<const lengua::Tokenizer> tokenizer;
    std::shared_ptr<const lengua::Gpt> gpt;
    std::unique_ptr<AttentionPanel> panel;

    explicit Fixture(bool withModel = true)
    {
        if (withModel) {
            tokenizer = charTokenizer();
            gpt = tinyGpt(tokenizer->vocabulary().size());
            LanguageModelArtefact model;
            model.name = "tiny";
            model.kind = "gpt";
            model.model = gpt;
            model.gpt = gpt;
            model.tokenizer = tokenizer;
            workspace.addModel(std::move(model));
        }
        panel = std::make_unique<AttentionPanel>(workspace, jobs);
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
    // Reads text through the panel's job; the engine's own inspection of the same ids.
    lengua::GptInspection read(const QString& text)
    {
        panel->setText(text);
        JobHandle* job = panel->inspect();
        if (!waitFor(job) || job->state() != JobHandle::State::Succeeded || !panel->result())
            return {};
        const lengua::Encoding encoding = tokenizer->encode(text.toStdString());
        return gpt->inspect(encoding.ids);
    }
    AttentionHeadsTab* heads() const { return panel->headsTab(); }
};

// Compares the heatmap cell by cell with P(j, i) of the engine: row i = query, column j = key.
bool heatmapShows(const HeatmapView* view, const arma::fmat& p)
{
    if (view->rows() != int(p.n_cols) || view->columns() != int(p.n_rows))
        return false;
    for (int i = 0; i < view->rows(); ++i)
        for (int j = 0; j < view->columns(); ++j)
            if (view->value(i, j) != p(std::size_t(j), std::size_t(i)))
                return false;
    return true;
}

} // namespace

class TestAttentionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tabsAndViews()
    {
        Fixture f;
        QCOMPARE(f.panel->tabs()->count(), 5);
        for (const char* view : {"toy", "positions", "norms", "heads", "model"})
            QVERIFY2(f.panel->showView(QString::fromLatin1(view)), view);
        QVERIFY(!f.panel->showView(QStringLiteral("nonsense")));
        QVERIFY(f.panel->showView(QStringLiteral("heads")));
        QCOMPARE(f.panel->tabs()->currentWidget(), f.heads());
        QCOMPARE(f.panel->modelCombo()->count(), 1);
    }

    void heatmapHoldsTheEnginesWeights()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("heads"));
        const lengua::GptInspection expected = f.read(QStringLiteral("la escuela"));
        QCOMPARE(expected.ids.size(), std::size_t(10));
        QCOMPARE(f.panel->result()->inspection.ids, expected.ids);
        QCOMPARE(f.panel->result()->tokens.at(2), QStringLiteral("␣")); // spaces made visible

        f.heads()->layerBox()->setValue(1);
        f.heads()->headCombo()->setCurrentIndex(f.heads()->headCombo()->findData(2));
        QCOMPARE(f.heads()->layer(), 1);
        QCOMPARE(f.heads()->head(), 2);
        QVERIFY(heatmapShows(f.heads()->heatmap(), expected.attentionOf(1, 2)));
        // Every row (query) sums to 1 over the keys it may see.
        for (int i = 0; i < 10; ++i) {
            double sum = 0.0;
            for (int j = 0; j < 10; ++j)
                sum += f.heads()->heatmap()->value(i, j);
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }

        // Another head shows another matrix, again the engine's.
        f.heads()->headCombo()->setCurrentIndex(f.heads()->headCombo()->findData(0));
        QVERIFY(heatmapShows(f.heads()->heatmap(), expected.attentionOf(1, 0)));
        QVERIFY(!heatmapShows(f.heads()->heatmap(), expected.attentionOf(1, 2)));
        QVERIFY(arma::abs(expected.attentionOf(1, 0) - expected.attentionOf(1, 2)).max() > 0.05f);
    }

    void futureIsMasked()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("heads"));
        f.read(QStringLiteral("el chalet"));
        const HeatmapView* view = f.heads()->heatmap();
        QCOMPARE(view->rows(), 9);
        for (int i = 0; i < 9; ++i) {
            for (int j = 0; j < 9; ++j) {
                QCOMPARE(view->isMasked(i, j), j > i);
                if (j > i) {
                    QCOMPARE(view->value(i, j), 0.0f);
                    QCOMPARE(view->matrixImage().pixel(j, i), HeatmapView::maskColor());
                } else {
                    QVERIFY(view->matrixImage().pixel(j, i) != HeatmapView::maskColor());
                }
            }
        }
        QCOMPARE(view->value(0, 0), 1.0f); // the first token can only look at itself
        QVERIFY(!view->rowTitle().isEmpty());
        QVERIFY(!view->columnTitle().isEmpty());
    }

    void averageIsTheHeadsMean()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("heads"));
        const lengua::GptInspection expected = f.read(QStringLiteral("a la izquierda"));
        f.heads()->showHead(0, -1);
        QCOMPARE(f.heads()->head(), -1);
        const HeatmapView* view = f.heads()->heatmap();
        for (int i = 0; i < view->rows(); ++i)
            for (int j = 0; j < view->columns(); ++j) {
                double mean = 0.0;
                for (std::size_t h = 0; h < heads; ++h)
                    mean += expected.attentionOf(0, h)(std::size_t(j), std::size_t(i));
                mean /= double(heads);
                QVERIFY(std::abs(view->value(i, j) - mean) < 1e-6);
            }
    }

    void linkViewFollowsTheHead()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("heads"));
        const lengua::GptInspection expected = f.read(QStringLiteral("la izquierda"));
        f.heads()->showHead(1, 1);
        TokenLinkView* links = f.heads()->linkView();
        QCOMPARE(links->leftTokens().size(), 12);
        QCOMPARE(links->weightSetCount(), 1);
        QCOMPARE(links->weight(0, 5, 3), expected.attentionOf(1, 1)(3, 5)); // query 5, key 3
        f.heads()->setLinksForAllHeads(true);
        QCOMPARE(links->weightSetCount(), int(heads));
        QCOMPARE(links->weight(2, 7, 4), expected.attentionOf(1, 2)(4, 7));
        // Hovering a heatmap row lights that query's lines.
        HeatmapView* view = f.heads()->heatmap();
        const QRect plot = view->plotRect();
        const QPoint cell(plot.left() + plot.width() * 2 / 12 + 2, plot.top() + plot.height() * 4 / 12 + 2);
        QTest::mouseMove(view, cell);
        QCOMPARE(view->cellAt(cell), QPoint(2, 4));
        QCOMPARE(links->highlightedSide(), TokenLinkView::Side::Left);
        QCOMPARE(links->highlightedIndex(), 4);
        QCOMPARE(view->highlightedRow(), 4);
    }

    void modelViewOpensAHead()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("model"));
        const lengua::GptInspection expected = f.read(QStringLiteral("de la calle"));
        AttentionGridView* grid = f.panel->modelTab()->grid();
        QCOMPARE(grid->gridRows(), int(layers));
        QCOMPARE(grid->gridColumns(), int(heads));
        QCOMPARE(grid->thumbnail(1, 2).size(), QSize(11, 11));
        QCOMPARE(grid->thumbnail(0, 0).pixel(5, 2), HeatmapView::maskColor()); // key 5 after query 2

        const QRect target = grid->thumbnailRect(1, 2);
        QVERIFY(target.width() >= 8);
        QTest::mouseClick(grid, Qt::LeftButton, {}, target.center());
        QCOMPARE(f.panel->tabs()->currentWidget(), f.heads());
        QCOMPARE(f.heads()->layer(), 1);
        QCOMPARE(f.heads()->head(), 2);
        QVERIFY(heatmapShows(f.heads()->heatmap(), expected.attentionOf(1, 2)));
        QCOMPARE(grid->selectedCell(), QPoint(2, 1));
        // Choosing a head in the heads tab frames its thumbnail.
        f.heads()->headCombo()->setCurrentIndex(f.heads()->headCombo()->findData(0));
        QCOMPARE(grid->selectedCell(), QPoint(0, 1));
    }

    void longTextIsCroppedWithANote()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("heads"));
        const lengua::GptInspection expected = f.read(QStringLiteral("el señorial chalet se encontraba"));
        QCOMPARE(f.panel->result()->totalTokens, std::size_t(32));
        QCOMPARE(f.panel->result()->length(), contextLength);
        QVERIFY(f.panel->result()->cropped());
        QCOMPARE(expected.ids.size(), contextLength); // the engine keeps the last maxT too
        QCOMPARE(f.panel->result()->inspection.ids, expected.ids);
        QVERIFY(f.panel->statusLabel()->isVisible());
        QVERIFY(f.panel->statusLabel()->text().contains(QStringLiteral("32")));
        QCOMPARE(f.heads()->heatmap()->rows(), int(contextLength));
    }

    void staleJobIsCancelled()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("heads"));
        f.panel->setText(QStringLiteral("la escuela"));
        JobHandle* first = f.panel->inspect();
        QVERIFY(first);
        f.panel->setText(QStringLiteral("el chalet"));
        QVERIFY(first->cancelRequested() || first->isFinished()); // at once, not after the pause
        QVERIFY(!f.panel->runningJob());
        JobHandle* second = f.panel->inspect();
        QVERIFY(second && second != first);
        QVERIFY(Fixture::waitFor(second));
        Fixture::waitFor(first);
        QCOMPARE(f.panel->result()->length(), std::size_t(9)); // "el chalet", not "la escuela"

        // Typing starts a job by itself after a pause.
        f.panel->setText(QStringLiteral("a la"));
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->result() && f.panel->result()->length() == 4, timeout);
    }

    void exportsPicturesAndCsv()
    {
        Fixture f;
        f.panel->showView(QStringLiteral("heads"));
        const lengua::GptInspection expected = f.read(QStringLiteral("la escuela"));
        f.heads()->showHead(0, 1);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::pair<QWidget*, QString> views[] = {{f.heads()->heatmap(), QStringLiteral("heatmap")},
                                                      {f.heads()->linkView(), QStringLiteral("links")},
                                                      {f.panel->modelTab()->grid(), QStringLiteral("grid")}};
        for (const auto& [view, name] : views) {
            if (view == f.panel->modelTab()->grid())
                f.panel->showView(QStringLiteral("model")); // laid out when shown
            QString error;
            QVERIFY2(ViewExporter::writePng(view, dir.filePath(name + QStringLiteral(".png")), &error),
                     qPrintable(error));
            QVERIFY2(ViewExporter::writeSvg(view, dir.filePath(name + QStringLiteral(".svg")), &error),
                     qPrintable(error));
            QVERIFY2(QImage(dir.filePath(name + QStringLiteral(".png"))).width() > 100, qPrintable(name + QString::number(view->width())));
            QFile svg(dir.filePath(name + QStringLiteral(".svg")));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            QVERIFY(svg.readAll().contains("<svg"));
        }
        const QString csvPath = dir.filePath(QStringLiteral("matrix.csv"));
        QVERIFY(ViewExporter::writeCsv(f.heads()->matrixModel(), csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11); // header + 10 queries
        QVERIFY(lines.at(0).startsWith(QStringLiteral("query \\ key,0: l,1: a")));
        const QStringList row3 = lines.at(4).split(QLatin1Char(','));
        QCOMPARE(row3.at(0), QStringLiteral("3: e"));
        QCOMPARE(row3.at(1 + 1).toFloat(), expected.attentionOf(0, 1)(1, 3)); // query 3, key 1
        QCOMPARE(row3.at(1 + 5).toFloat(), 0.0f);                              // the future
    }

    void withoutAGptItSaysWhatToDo()
    {
        Fixture f(false);
        f.panel->showView(QStringLiteral("heads"));
        QCOMPARE(f.panel->modelCombo()->count(), 0);
        QVERIFY(!f.panel->modelCombo()->isEnabled());
        QVERIFY(f.panel->statusLabel()->isVisible());
        QVERIFY(!f.panel->statusLabel()->text().isEmpty());
        QVERIFY(!f.panel->inspect());
        QCOMPARE(f.heads()->heatmap()->rows(), 0);

        // A GPT added later appears in the picker.
        auto tokenizer = charTokenizer();
        auto gpt = tinyGpt(tokenizer->vocabulary().size());
        LanguageModelArtefact model;
        model.name = "later";
        model.kind = "gpt";
        model.model = gpt;
        model.gpt = gpt;
        model.tokenizer = tokenizer;
        f.workspace.addModel(std::move(model));
        QCOMPARE(f.panel->modelCombo()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(f.panel->result() != nullptr, timeout);
    }

    void corpusSentenceComesFromTheCorpus()
    {
        Fixture f;
        auto corpus = std::make_shared<lengua::Corpus>();
        corpus->name = "frases";
        corpus->language = "es";
        corpus->documents.push_back({"d0", "Hola. El señorial chalet se encontraba a la izquierda de la escuela. Fin.", ""});
        f.workspace.addCorpus(corpus);
        QCOMPARE(f.panel->corpusSentence(false),
                 QStringLiteral("El señorial chalet se encontraba a la izquierda de la escuela."));
    }
};

QTEST_MAIN(TestAttentionPanel)
#include "tst_attentionpanel.moc"
