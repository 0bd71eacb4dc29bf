// The attention lesson's toy views (ui/panels/attention/ToyAttentionView,
// PositionalEncodingView, NormalizationView), offscreen: the causal toggle and the
// stepper change what the heatmaps show, the sliders change the encoding's size and
// values, and the lecture's examples load. The numbers themselves are checked in
// tests/engine/tst_attentionlesson.cpp. With LENGUA_VIEW_SHOTS=DIR each view is also
// saved there as a 1280 × 800 picture, to look at.
#include "Workspace.h"
#include "jobs/JobRunner.h"
#include "panels/attention/NormalizationView.h"
#include "panels/attention/PositionalEncodingView.h"
#include "panels/attention/ToyAttentionView.h"
#include "panels/attention/ToyEmbeddingSource.h"
#include "panels/attention/ToyMatrixCard.h"
#include "models/Gpt.h"
#include "models/LessonEmbeddings.h"
#include "models/SelfAttentionLesson.h"
#include "tokenize/CharTokenizer.h"

#include <QCheckBox>
#include <QSlider>
#include <QTableWidget>
#include <QtTest/QtTest>

#include <cmath>

namespace {

// The visible heatmap of that name in the view, or nullptr.
HeatmapView* shownHeatmap(QWidget* view, const QString& name)
{
    for (HeatmapView* heatmap : view->findChildren<HeatmapView*>(name))
        if (heatmap->isVisibleTo(view))
            return heatmap;
    return nullptr;
}

void saveShot(QWidget* view, const QString& name)
{
    const QString dir = qEnvironmentVariable("LENGUA_VIEW_SHOTS");
    if (dir.isEmpty())
        return;
    view->resize(1280, 800);
    view->show();
    QCoreApplication::processEvents();
    view->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A one-layer GPT over the characters "abc de", as the workspace holds trained models.
LanguageModelArtefact tinyGpt()
{
    lengua::Vocabulary vocabulary;
    vocabulary.add("[UNK]", true);
    for (const char c : std::string("abc de"))
        vocabulary.add(std::string(1, c));
    auto tokenizer = std::make_shared<lengua::CharTokenizer>(vocabulary);
    lengua::GptConfig config;
    config.vocabularySize = vocabulary.size();
    config.contextLength = 8;
    config.layers = 1;
    config.heads = 2;
    config.channels = 8;
    config.seed = 3;
    auto gpt = std::make_shared<lengua::Gpt>(config);
    LanguageModelArtefact model;
    model.name = "tiny";
    model.kind = "gpt";
    model.model = gpt;
    model.gpt = gpt;
    model.tokenizer = tokenizer;
    return model;
}

} // namespace

class TestAttentionLessonViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void causalToggleMasksTheUpperTriangle();
    void stepperShowsEachStepsMatrices();
    void dimensionAndSeedChangeX();
    void toyLectureExample();
    void slidersChangeTheEncoding();
    void positionsLectureExample();
    void normalizationLectureExample();
    void batchNormPaddingToggle();
    void languageChangeKeepsTheViews();
    void trainedModelGivesTheVectors();
    void viewsFitBesideTheLessonBox();
};

void TestAttentionLessonViews::causalToggleMasksTheUpperTriangle()
{
    Workspace workspace;
    JobRunner jobs;
    ToyAttentionView view(workspace, jobs);
    view.resize(1280, 800);
    view.setStep(ToyAttentionView::SimilaritySoftmax);
    view.setCausal(true);
    HeatmapView* weights = shownHeatmap(&view, QStringLiteral("toyMatrixWeights"));
    QVERIFY(weights);
    const int t = weights->rows();
    QCOMPARE(t, 11); // the lecture's sentence has 11 words
    QCOMPARE(weights->columns(), t);
    for (int i = 0; i < t; ++i) {
        double sum = 0.0;
        for (int j = 0; j < t; ++j) {
            sum += weights->value(i, j);
            if (j > i) {
                QCOMPARE(weights->value(i, j), 0.0f);
                QVERIFY(weights->isMasked(i, j));
            } else {
                QVERIFY(!weights->isMasked(i, j));
            }
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-5);
    }
    QCOMPARE(weights->value(0, 0), 1.0f); // the first token only sees itself
    HeatmapView* scores = shownHeatmap(&view, QStringLiteral("toyMatrixScores"));
    QVERIFY(scores && scores->isMasked(0, 1));

    view.setCausal(false);
    weights = shownHeatmap(&view, QStringLiteral("toyMatrixWeights"));
    QVERIFY(weights);
    QVERIFY(weights->value(0, t - 1) > 0.0f);
    QVERIFY(!weights->isMasked(0, t - 1));
    QVERIFY(!shownHeatmap(&view, QStringLiteral("toyMatrixScores"))->isMasked(0, 1));

    // The same in the Q, K, V half.
    view.setCausal(true);
    view.setStep(ToyAttentionView::ProjectedSoftmax);
    weights = shownHeatmap(&view, QStringLiteral("toyMatrixWeights"));
    QVERIFY(weights);
    QCOMPARE(weights->value(2, 5), 0.0f);
    QVERIFY(weights->isMasked(2, 5));
    QCOMPARE(weights->value(2, 1), view.projected().attention.weights(2, 1));
}

void TestAttentionLessonViews::stepperShowsEachStepsMatrices()
{
    Workspace workspace;
    JobRunner jobs;
    ToyAttentionView view(workspace, jobs);
    view.resize(1280, 800);
    const QStringList expected[ToyAttentionView::StepCount] = {
        {"toyMatrixX", "toyMatrixScores"},
        {"toyMatrixScores", "toyMatrixWeights"},
        {"toyMatrixWeights", "toyMatrixX", "toyMatrixOutput"},
        {"toyMatrixX", "toyMatrixQuery", "toyMatrixKey", "toyMatrixValue"},
        {"toyMatrixQuery", "toyMatrixKey", "toyMatrixScores"},
        {"toyMatrixScores", "toyMatrixWeights"},
        {"toyMatrixWeights", "toyMatrixValue", "toyMatrixOutput"},
    };
    for (int step = 0; step < ToyAttentionView::StepCount; ++step) {
        view.setStep(step);
        QStringList shown;
        for (int i = 0; i < ToyAttentionView::cardCount; ++i)
            if (view.card(i)->isVisibleTo(&view))
                shown << view.card(i)->heatmap()->objectName();
        QCOMPARE(shown, expected[step]);
    }
    view.setStep(99);
    QCOMPARE(view.step(), ToyAttentionView::StepCount - 1);
    // Y = αX on screen is the engine's output.
    view.setStep(ToyAttentionView::SimilarityOutput);
    HeatmapView* output = shownHeatmap(&view, QStringLiteral("toyMatrixOutput"));
    QVERIFY(output);
    QCOMPARE(output->value(3, 2), view.similarity().output(3, 2));
    saveShot(&view, QStringLiteral("toy-step3"));
    view.setStep(ToyAttentionView::Projections);
    saveShot(&view, QStringLiteral("toy-step4"));
}

void TestAttentionLessonViews::dimensionAndSeedChangeX()
{
    Workspace workspace;
    JobRunner jobs;
    ToyAttentionView view(workspace, jobs);
    view.setStep(ToyAttentionView::Similarity);
    view.setDimensions(10);
    HeatmapView* x = shownHeatmap(&view, QStringLiteral("toyMatrixX"));
    QVERIFY(x);
    QCOMPARE(x->columns(), 10);
    const float before = x->value(0, 0);
    view.setSeed(77);
    QVERIFY(shownHeatmap(&view, QStringLiteral("toyMatrixX"))->value(0, 0) != before);
    view.setSentence(QStringLiteral("uno dos uno"));
    x = shownHeatmap(&view, QStringLiteral("toyMatrixX"));
    QCOMPARE(x->rows(), 3);
    QCOMPARE(x->value(0, 4), x->value(2, 4)); // the same word, the same vector
    view.setSentence(QString());
    QVERIFY(!view.card(0)->isVisibleTo(&view));
}

void TestAttentionLessonViews::toyLectureExample()
{
    Workspace workspace;
    JobRunner jobs;
    ToyAttentionView view(workspace, jobs);
    view.setSentence(QStringLiteral("otra cosa"));
    view.setCausal(false);
    view.setStep(5);
    view.loadLectureExample();
    QCOMPARE(view.sentence(), QStringLiteral("El señorial chalet se encontraba a la izquierda de la escuela"));
    QVERIFY(view.isCausal());
    QCOMPARE(view.step(), int(ToyAttentionView::Similarity));
    QCOMPARE(view.tokenLabels().size(), 11);
    QCOMPARE(view.tokenLabels().at(2), QStringLiteral("chalet"));
    saveShot(&view, QStringLiteral("toy-step1"));
}

void TestAttentionLessonViews::slidersChangeTheEncoding()
{
    Workspace workspace;
    JobRunner jobs;
    PositionalEncodingView view(workspace, jobs);
    HeatmapView* heatmap = view.encodingCard()->heatmap();
    QCOMPARE(heatmap->rows(), 50);
    QCOMPARE(heatmap->columns(), 64);
    view.positionsSlider()->setValue(20);
    QCOMPARE(heatmap->rows(), 20);
    view.dimensionsSlider()->setValue(16);
    QCOMPARE(heatmap->columns(), 16);
    // r(n, 0) = sin n whatever L and D; r(3, 2) = sin(3 / L^(2/16)) depends on L.
    QVERIFY(std::abs(heatmap->value(3, 0) - std::sin(3.0)) < 1e-5);
    QVERIFY(std::abs(heatmap->value(3, 2) - std::sin(3.0 / std::pow(10000.0, 2.0 / 16))) < 1e-5);
    view.baseSlider()->setValue(2); // L = 100
    QCOMPARE(view.base(), 100.0);
    QVERIFY(std::abs(heatmap->value(3, 2) - std::sin(3.0 / std::pow(100.0, 2.0 / 16))) < 1e-5);
    QCOMPARE(heatmap->colorScale(), HeatmapView::ColorScale::Diverging);
    QVERIFY(!view.showsLearned());
    QVERIFY(!view.selectSource(QStringLiteral("no such model")));
}

void TestAttentionLessonViews::positionsLectureExample()
{
    Workspace workspace;
    JobRunner jobs;
    PositionalEncodingView view(workspace, jobs);
    view.setSentences(QStringLiteral("a b"), QStringLiteral("b a c"));
    view.loadLectureExample();
    QTableWidget* table = view.comparisonTable();
    QCOMPARE(table->rowCount(), 12);
    QCOMPARE(table->item(4, 0)->text(), QStringLiteral("río"));
    QCOMPARE(table->item(4, 1)->text(), QStringLiteral("4"));
    QCOMPARE(table->item(4, 2)->text(), QStringLiteral("11"));
    for (int row = 0; row < 12; ++row)
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("1.000"));
    QVERIFY(table->item(4, 4)->text() != QStringLiteral("1.000"));
    QVERIFY(std::abs(view.comparison().meanContextCosineWithoutPositions - 1.0) < 1e-5);
    QVERIFY(view.comparison().meanContextCosineWithPositions < 0.99);
    saveShot(&view, QStringLiteral("positions"));
}

void TestAttentionLessonViews::normalizationLectureExample()
{
    Workspace workspace;
    JobRunner jobs;
    NormalizationView view(workspace, jobs);
    view.setSentences(QStringLiteral("x"), QStringLiteral("y"));
    view.loadLectureExample();
    HeatmapView* input = view.inputCard()->heatmap();
    HeatmapView* layer = view.layerCard()->heatmap();
    // 5 and 11 words: both padded to 11, 22 rows, 6 of them padding.
    QCOMPARE(input->rows(), 22);
    QCOMPARE(layer->rows(), 22);
    QVERIFY(!input->isMasked(4, 0));
    QVERIFY(input->isMasked(5, 0) && input->isMasked(10, 3));
    QVERIFY(layer->isMasked(5, 0));
    QVERIFY(!layer->isMasked(11, 0));
    // Each real row of the layer norm has mean 0.
    double mean = 0.0;
    for (int c = 0; c < layer->columns(); ++c)
        mean += layer->value(2, c);
    QVERIFY(std::abs(mean) < 1e-4);
    QCOMPARE(view.layerStatisticsCard()->heatmap()->rows(), 2);    // μ and σ² per token
    QCOMPARE(view.layerStatisticsCard()->heatmap()->columns(), 22);
    QCOMPARE(view.batchStatisticsCard()->heatmap()->rows(), 2);
    QCOMPARE(view.comparison().layerNormChangeOfFirst, 0.0);
    QVERIFY(view.comparison().batchNormChangeOfFirst > 0.01);
    saveShot(&view, QStringLiteral("norms"));
}

void TestAttentionLessonViews::batchNormPaddingToggle()
{
    Workspace workspace;
    JobRunner jobs;
    NormalizationView view(workspace, jobs);
    HeatmapView* batch = view.batchCard()->heatmap();
    view.setCountPadding(true);
    const float counted = batch->value(0, 0);
    QCOMPARE(counted, view.comparison().batchNorm.output(0, 0));
    view.setCountPadding(false);
    QCOMPARE(batch->value(0, 0), view.comparison().batchNormRealOnly.output(0, 0));
    QVERIFY(batch->value(0, 0) != counted);
}

void TestAttentionLessonViews::languageChangeKeepsTheViews()
{
    Workspace workspace;
    JobRunner jobs;
    ToyAttentionView toy(workspace, jobs);
    PositionalEncodingView positions(workspace, jobs);
    NormalizationView norms(workspace, jobs);
    toy.setStep(ToyAttentionView::ScaledScores);
    for (QWidget* view : std::initializer_list<QWidget*>{&toy, &positions, &norms}) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(view, &change);
    }
    QCOMPARE(toy.step(), int(ToyAttentionView::ScaledScores));
    QVERIFY(shownHeatmap(&toy, QStringLiteral("toyMatrixScores")));
    QCOMPARE(positions.encodingCard()->heatmap()->rows(), 50);
    QCOMPARE(norms.inputCard()->heatmap()->rows(), 22);
}

void TestAttentionLessonViews::trainedModelGivesTheVectors()
{
    Workspace workspace;
    JobRunner jobs;
    ToyAttentionView toy(workspace, jobs);
    PositionalEncodingView positions(workspace, jobs);
    NormalizationView norms(workspace, jobs);
    const std::string id = workspace.addModel(tinyGpt());
    const LanguageModelArtefact* model = workspace.model(id);
    QVERIFY(model);

    QVERIFY(toy.source()->selectModel(QString::fromStdString(id)));
    toy.setSentence(QStringLiteral("abc de abc"));
    toy.setStep(ToyAttentionView::Similarity);
    HeatmapView* x = shownHeatmap(&toy, QStringLiteral("toyMatrixX"));
    QVERIFY(x);
    QCOMPARE(x->rows(), 8); // the context length crops the 10 characters
    QCOMPARE(x->columns(), 8);
    const lengua::Encoding encoding = model->tokenizer->encode("abc de abc");
    const arma::fmat wte = lengua::gptTokenEmbeddings(*model->gpt, encoding.ids);
    QCOMPARE(x->value(1, 3), wte(1, 3));
    // Q, K, V from layer 1, head 1: head size 4.
    toy.setStep(ToyAttentionView::Projections);
    HeatmapView* q = shownHeatmap(&toy, QStringLiteral("toyMatrixQuery"));
    QVERIFY(q);
    QCOMPARE(q->columns(), 4);
    const arma::fmat expected = wte.rows(0, 7) * lengua::gptQkvProjections(*model->gpt, 0, 0).query;
    QVERIFY(std::abs(q->value(2, 1) - expected(2, 1)) < 1e-6f);
    saveShot(&toy, QStringLiteral("toy-gpt"));

    QVERIFY(positions.selectSource(QString::fromStdString(id)));
    QVERIFY(positions.showsLearned());
    HeatmapView* wpe = positions.encodingCard()->heatmap();
    QCOMPARE(wpe->rows(), 8); // 50 positions asked, the model has 8
    QCOMPARE(wpe->columns(), 8);
    QCOMPARE(wpe->value(5, 2), model->gpt->parameters()[(7 + 5) * 8 + 2]); // wpe after wte (V = 7)
    QVERIFY(positions.selectSource(QString()));
    QVERIFY(!positions.showsLearned());
    // Back to the sinusoids: the 50 positions asked before, not the model's 8.
    QCOMPARE(positions.positionsSlider()->value(), 50);
    QCOMPARE(positions.encodingCard()->heatmap()->rows(), 50);

    // Removing the model falls back to random vectors.
    workspace.removeModel(id);
    QVERIFY(!toy.source()->model());
    QCOMPARE(shownHeatmap(&toy, QStringLiteral("toyMatrixQuery"))->columns(), 6);
    QCOMPARE(norms.inputCard()->heatmap()->rows(), 22);
}

// The panel puts the views between the lesson list and the lesson box: on a 1280-pixel
// projector that leaves about 760 pixels, so no view may ask for more.
void TestAttentionLessonViews::viewsFitBesideTheLessonBox()
{
    Workspace workspace;
    JobRunner jobs;
    ToyAttentionView toy(workspace, jobs);
    PositionalEncodingView positions(workspace, jobs);
    NormalizationView norms(workspace, jobs);
    for (int step = 0; step < ToyAttentionView::StepCount; ++step) {
        toy.setStep(step);
        QVERIFY2(toy.minimumSizeHint().width() <= 720,
                 qPrintable(QString::number(toy.minimumSizeHint().width())));
    }
    for (QWidget* view : std::initializer_list<QWidget*>{&positions, &norms})
        QVERIFY2(view->minimumSizeHint().width() <= 720,
                 qPrintable(view->objectName() + QLatin1Char(' ')
                            + QString::number(view->minimumSizeHint().width())));
}

QTEST_MAIN(TestAttentionLessonViews)
#include "tst_attentionlessonviews.moc"
