// The Embeddings lesson's training controls; see EmbeddingTrainingForm.h.
#include "EmbeddingTrainingForm.h"

#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "widgets/CorpusRunForm.h"
#include "widgets/CorpusSourceCombo.h"
#include "widgets/FormLabel.h"
#include "widgets/RunControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

#include <algorithm>

namespace {

QSpinBox* spinBox(QWidget* parent, const char* name, int low, int high, int value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setValue(value);
    return box;
}

QDoubleSpinBox* doubleBox(QWidget* parent, const char* name, double low, double high, double step,
                          int decimals, double value)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setDecimals(decimals);
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}

} // namespace

EmbeddingTrainingForm::EmbeddingTrainingForm(Workspace& workspace, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("embeddingTrainingForm"));
    m_corpus = new CorpusSourceCombo(workspace, this);
    m_corpus->setObjectName(QStringLiteral("embeddingCorpus"));
    m_lowercase = new QCheckBox(this);
    m_lowercase->setObjectName(QStringLiteral("embeddingLowercase"));
    m_lowercase->setChecked(true);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("embeddingMethod"));
    for (const auto method : {EmbeddingMethod::SkipGram, EmbeddingMethod::Cbow, EmbeddingMethod::PpmiSvd})
        m_method->addItem(QString(), int(method));
    m_dimension = spinBox(this, "embeddingDimension", 2, 1000, 100);
    m_window = spinBox(this, "embeddingWindow", 1, 20, 5);
    m_negatives = spinBox(this, "embeddingNegatives", 1, 50, 5);
    m_minCount = spinBox(this, "embeddingMinCount", 1, 1000, 5);
    m_sample = doubleBox(this, "embeddingSample", 0.0, 0.1, 0.0001, 5, 0.001);
    m_epochs = spinBox(this, "embeddingEpochs", 1, 500, 5);
    m_learningRate = doubleBox(this, "embeddingLearningRate", 0.0, 1.0, 0.005, 4, 0.0);
    m_threads = spinBox(this, "embeddingThreads", 1, 64, std::clamp(QThread::idealThreadCount(), 1, 4));
    m_maxVocabulary = spinBox(this, "embeddingMaxVocabulary", 0, 500000, 50000);
    m_maxVocabulary->setSingleStep(1000);
    m_contextSmoothing = doubleBox(this, "embeddingContextSmoothing", 0.05, 1.0, 0.05, 2, 0.75);
    m_eigenvaluePower = doubleBox(this, "embeddingEigenvaluePower", 0.0, 1.0, 0.25, 2, 0.5);
    m_seed = spinBox(this, "embeddingSeed", 0, 1000000, 1);

    const CorpusRunForm frame = CorpusRunForm::create(this, m_corpus, "embeddingTrain",
                                                      "embeddingCancel", [this] { updateRows(); });
    m_title = frame.title;
    m_form = frame.form;
    m_run = frame.run;
    connect(m_run, &RunControls::runRequested, this, &EmbeddingTrainingForm::trainRequested);
    connect(m_run, &RunControls::cancelRequested, this, &EmbeddingTrainingForm::cancelRequested);
    connect(m_method, &QComboBox::currentIndexChanged, this, &EmbeddingTrainingForm::updateRows);
    m_form->addRow(m_lowercase);
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_method, m_dimension, m_window, m_negatives, m_minCount, m_sample, m_epochs,
             m_learningRate, m_threads, m_maxVocabulary, m_contextSmoothing, m_eigenvaluePower, m_seed})
        m_form->addRow(new QLabel(this), field);
    retranslate();
}

void EmbeddingTrainingForm::retranslate()
{
    const CorpusRunForm frame{m_title, m_form, m_run};
    frame.setTexts(m_corpus, tr("What to train"), tr("&Corpus:"),
                   tr("The text to learn from: a processed corpus as it is, or a raw corpus split into "
                      "sentences and words"),
                   tr("Tr&ain"), tr("Trains the vectors on the corpus (Ctrl+Enter)"));
    auto label = [this](QWidget* field, const QString& text, const QString& tip) {
        FormLabel::set(m_form, field, text, tip);
    };
    m_lowercase->setText(tr("&Lower-case the words"));
    m_lowercase->setToolTip(tr("“Casa” and “casa” become one word (a processed corpus keeps "
                               "its own choice)"));
    label(m_method, tr("&Method:"),
          tr("Skip-gram: each word predicts the words around it. CBOW: the words around predict "
             "the word in the middle. PPMI–SVD: count the contexts, weight them by PPMI and "
             "compress the matrix with a truncated SVD (no training)"));
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(i, EmbeddingTraining::methodName(EmbeddingMethod(m_method->itemData(i).toInt())));
    label(m_dimension, tr("&Dimensions:"),
          tr("The length of each word vector: 50–300 for real corpora; a few dozen are enough "
             "for a small one"));
    label(m_window, tr("&Window:"),
          tr("How many words on each side count as context. word2vec draws each position's "
             "reach from 1 to this, so near words weigh more"));
    m_window->setSuffix(tr(" each side"));
    label(m_negatives, tr("&Negatives:"),
          tr("Random words drawn for each true (word, context) pair, from the unigram "
             "distribution to the power 0.75; the model learns to tell them apart"));
    label(m_minCount, tr("Min. coun&t:"),
          tr("Words seen fewer times are dropped before training: too rare to learn a vector"));
    label(m_sample, tr("Su&bsampling:"),
          tr("Frequent words (de, la, the) are skipped at random, more often the more frequent "
             "they are, above this share of the corpus; 0 keeps every word. word2vec's default: "
             "0.001"));
    label(m_epochs, tr("&Epochs:"), tr("Passes over the corpus; a small corpus needs many"));
    label(m_learningRate, tr("Learning &rate:"),
          tr("The step size at the start; it falls linearly to almost 0 by the end. Default: "
             "0.025 for skip-gram, 0.05 for CBOW"));
    m_learningRate->setSpecialValueText(tr("default"));
    label(m_threads, tr("T&hreads:"),
          tr("Workers that update the same vectors without locks (Hogwild). With one thread "
             "and the same seed every run gives the same vectors"));
    label(m_maxVocabulary, tr("Max. vocab&ulary:"),
          tr("Only the most frequent words get a row (and a column) of the PPMI matrix"));
    m_maxVocabulary->setSpecialValueText(tr("no limit"));
    label(m_contextSmoothing, tr("Context smoothin&g:"),
          tr("Context counts are raised to this power before PPMI, which gives rare contexts "
             "less weight (0.75, as word2vec's negatives)"));
    label(m_eigenvaluePower, tr("Singular value &power:"),
          tr("The vectors are U Σ^p: 1 keeps the singular values, 0 drops them, 0.5 "
             "(a common choice) is in between"));
    label(m_seed, tr("&Seed:"), tr("Starts the random numbers: the same seed, the same vectors"));
    updateRows();
}

void EmbeddingTrainingForm::updateRows()
{
    const bool ppmi = method() == EmbeddingMethod::PpmiSvd;
    m_window->setMaximum(ppmi ? 10 : 20); // PpmiSvdSettings allows 1..10
    for (QWidget* field : std::initializer_list<QWidget*>{m_negatives, m_sample, m_epochs,
                                                          m_learningRate, m_threads})
        m_form->setRowVisible(field, !ppmi);
    for (QWidget* field : std::initializer_list<QWidget*>{m_maxVocabulary, m_contextSmoothing,
                                                          m_eigenvaluePower})
        m_form->setRowVisible(field, ppmi);
    m_form->setRowVisible(m_lowercase, m_corpus->rawCorpusSelected() || m_corpus->count() == 0);
}

EmbeddingTrainingRequest EmbeddingTrainingForm::request() const
{
    EmbeddingTrainingRequest request;
    if ((request.corpus = m_corpus->selectedCorpus())) {
        request.corpusName = request.corpus->name;
        request.corpusId = request.corpus->id;
    } else if ((request.processedCorpus = m_corpus->selectedProcessedCorpus())) {
        request.corpusName = request.processedCorpus->name;
        request.corpusId = request.processedCorpus->id;
    }
    request.lowercase = m_lowercase->isChecked();
    request.method = method();
    lengua::Word2VecSettings& w2v = request.word2vec;
    w2v.dimension = m_dimension->value();
    w2v.window = m_window->value();
    w2v.negative = m_negatives->value();
    w2v.minCount = std::size_t(m_minCount->value());
    w2v.sample = m_sample->value();
    w2v.epochs = m_epochs->value();
    w2v.learningRate = m_learningRate->value();
    w2v.threads = m_threads->value();
    w2v.seed = std::uint64_t(m_seed->value());
    lengua::PpmiSvdSettings& ppmi = request.ppmiSvd;
    ppmi.window = m_window->value();
    ppmi.dimension = m_dimension->value();
    ppmi.minCount = std::size_t(m_minCount->value());
    ppmi.maxVocabulary = std::size_t(m_maxVocabulary->value());
    ppmi.contextSmoothing = m_contextSmoothing->value();
    ppmi.eigenvaluePower = m_eigenvaluePower->value();
    ppmi.seed = std::uint64_t(m_seed->value());
    return request;
}

bool EmbeddingTrainingForm::selectCorpus(const QString& id) { return m_corpus->selectCorpus(id); }
bool EmbeddingTrainingForm::hasCorpus() const { return m_corpus->count() > 0; }

EmbeddingMethod EmbeddingTrainingForm::method() const
{
    return EmbeddingMethod(m_method->currentData().toInt());
}

void EmbeddingTrainingForm::setMethod(EmbeddingMethod method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
}

void EmbeddingTrainingForm::setDimension(int dimension) { m_dimension->setValue(dimension); }
void EmbeddingTrainingForm::setWindow(int window) { m_window->setValue(window); }
void EmbeddingTrainingForm::setNegatives(int negatives) { m_negatives->setValue(negatives); }
void EmbeddingTrainingForm::setMinCount(int minCount) { m_minCount->setValue(minCount); }
void EmbeddingTrainingForm::setSample(double sample) { m_sample->setValue(sample); }
void EmbeddingTrainingForm::setEpochs(int epochs) { m_epochs->setValue(epochs); }
void EmbeddingTrainingForm::setThreads(int threads) { m_threads->setValue(threads); }
void EmbeddingTrainingForm::setSeed(int seed) { m_seed->setValue(seed); }
void EmbeddingTrainingForm::setLearningRate(double rate) { m_learningRate->setValue(rate); }
void EmbeddingTrainingForm::setLowercase(bool on) { m_lowercase->setChecked(on); }

void EmbeddingTrainingForm::setRunning(bool running) { m_run->setRunning(running); }

void EmbeddingTrainingForm::setProgress(double fraction, const QString& message)
{
    m_run->setProgress(fraction, message);
}

void EmbeddingTrainingForm::setStatus(const QString& text, bool problem)
{
    m_run->setStatus(text, problem);
}

QString EmbeddingTrainingForm::statusText() const { return m_run->statusText(); }
QPushButton* EmbeddingTrainingForm::trainButton() const { return m_run->runButton(); }
