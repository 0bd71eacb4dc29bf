#include "GptSettingsForm.h"

#include "Workspace.h"
#include "models/Gpt.h"
#include "text/ProcessedCorpus.h"
#include "widgets/FormLabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox* spin(QWidget* parent, int minimum, int maximum, int value, int step = 1)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSingleStep(step);
    box->setGroupSeparatorShown(true);
    return box;
}

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

const QString corpusPrefix = QStringLiteral("corpus:");
const QString processedPrefix = QStringLiteral("processed:");

} // namespace

GptSettingsForm::GptSettingsForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("gptSettings"));
    m_corpusCombo = new QComboBox(this);
    m_corpusCombo->setObjectName(QStringLiteral("gptCorpus"));
    m_corpusCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_corpusCombo->setMinimumContentsLength(14);
    m_tokenizerCombo = new QComboBox(this);
    m_tokenizerCombo->setObjectName(QStringLiteral("gptTokenizer"));
    m_tokenizerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tokenizerCombo->setMinimumContentsLength(14);

    const lengua::GptConfig config;
    const lengua::GptTrainingSettings settings;
    m_layers = spin(this, 1, 48, 4);
    m_heads = spin(this, 1, 64, 4);
    m_channels = spin(this, 8, 2048, 128, 8);
    m_context = spin(this, 8, 4096, 128, 8);
    m_dropout = new QDoubleSpinBox(this);
    m_dropout->setRange(0.0, 0.9);
    m_dropout->setSingleStep(0.05);
    m_dropout->setDecimals(2);
    m_dropout->setValue(double(config.dropout));
    m_steps = spin(this, 1, 1'000'000, 1000, 100);
    m_batch = spin(this, 1, 512, int(settings.batchSize));
    m_sequenceLength = spin(this, 2, 4096, int(settings.sequenceLength), 8);
    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setDecimals(5);
    m_learningRate->setRange(0.00001, 1.0);
    m_learningRate->setSingleStep(0.0001);
    m_learningRate->setValue(double(settings.maxLearningRate));
    m_warmup = spin(this, 0, 1'000'000, int(settings.warmupSteps), 10);
    m_seed = spin(this, 0, 2'000'000'000, int(config.seed));
    m_seed->setGroupSeparatorShown(false);
    m_validation = new QDoubleSpinBox(this);
    m_validation->setRange(0.0, 0.5);
    m_validation->setSingleStep(0.05);
    m_validation->setDecimals(2);
    m_validation->setValue(settings.validationFraction);
    m_sampleEvery = spin(this, 0, 1'000'000, 100, 10);
    m_sampleEvery->setObjectName(QStringLiteral("gptSampleEvery"));
    m_samplePrompt = new QLineEdit(QStringLiteral("El "), this);
    m_samplePrompt->setObjectName(QStringLiteral("gptSamplePrompt"));

    m_dataTitle = sectionTitle(this);
    m_modelTitle = sectionTitle(this);
    m_trainingTitle = sectionTitle(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_dataTitle);
    m_form->addRow(QStringLiteral("-"), m_corpusCombo);
    m_form->addRow(QStringLiteral("-"), m_tokenizerCombo);
    m_form->addRow(m_modelTitle);
    m_form->addRow(QStringLiteral("-"), m_layers);
    m_form->addRow(QStringLiteral("-"), m_heads);
    m_form->addRow(QStringLiteral("-"), m_channels);
    m_form->addRow(QStringLiteral("-"), m_context);
    m_form->addRow(QStringLiteral("-"), m_dropout);
    m_form->addRow(m_trainingTitle);
    m_form->addRow(QStringLiteral("-"), m_steps);
    m_form->addRow(QStringLiteral("-"), m_batch);
    m_form->addRow(QStringLiteral("-"), m_sequenceLength);
    m_form->addRow(QStringLiteral("-"), m_learningRate);
    m_form->addRow(QStringLiteral("-"), m_warmup);
    m_form->addRow(QStringLiteral("-"), m_seed);
    m_form->addRow(QStringLiteral("-"), m_validation);
    m_form->addRow(QStringLiteral("-"), m_sampleEvery);
    m_form->addRow(QStringLiteral("-"), m_samplePrompt);

    m_parameters = new QLabel(this);
    m_parameters->setObjectName(QStringLiteral("gptParameterCount"));
    m_parameters->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("gptProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_trainButton = new QPushButton(this);
    m_trainButton->setObjectName(QStringLiteral("gptTrain"));
    m_trainButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("gptCancel"));
    m_cancelButton->setEnabled(false);
    connect(m_trainButton, &QPushButton::clicked, this, &GptSettingsForm::trainRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &GptSettingsForm::cancelRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_trainButton, 1);
    buttons->addWidget(m_cancelButton, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_parameters);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addStretch(1);

    for (QSpinBox* box : {m_layers, m_heads, m_channels, m_context, m_steps, m_batch,
                          m_sequenceLength, m_warmup, m_seed, m_sampleEvery})
        connect(box, &QSpinBox::valueChanged, this, &GptSettingsForm::updateSummary);
    for (QDoubleSpinBox* box : {m_dropout, m_learningRate, m_validation})
        connect(box, &QDoubleSpinBox::valueChanged, this, &GptSettingsForm::updateSummary);
    connect(m_corpusCombo, &QComboBox::currentIndexChanged, this, &GptSettingsForm::updateSummary);
    connect(m_tokenizerCombo, &QComboBox::currentIndexChanged, this, &GptSettingsForm::updateSummary);
    connect(&m_workspace, &Workspace::corporaChanged, this, &GptSettingsForm::rebuildCorpusCombo);
    connect(&m_workspace, &Workspace::processedCorporaChanged, this,
            &GptSettingsForm::rebuildCorpusCombo);
    connect(&m_workspace, &Workspace::tokenizersChanged, this,
            &GptSettingsForm::rebuildTokenizerCombo);
    rebuildCorpusCombo();
    rebuildTokenizerCombo();
    retranslate();
}

void GptSettingsForm::retranslate()
{
    auto label = [this](QWidget* field, const QString& text, const QString& tip) {
        FormLabel::set(m_form, field, text, tip);
    };
    m_dataTitle->setText(tr("Data"));
    m_modelTitle->setText(tr("Model"));
    m_trainingTitle->setText(tr("Training"));
    label(m_corpusCombo, tr("&Corpus:"), tr("The texts the model learns to continue"));
    label(m_tokenizerCombo, tr("&Tokenizer:"),
          tr("Turns the texts into token ids; its vocabulary size is the model's V"));
    label(m_layers, tr("&Layers:"), tr("Transformer blocks stacked one on the other (L)"));
    label(m_heads, tr("&Heads:"),
          tr("Attention heads per layer; each looks at C / heads dimensions"));
    label(m_channels, tr("&Embedding size:"), tr("Dimensions of every token's vector (C)"));
    label(m_context, tr("C&ontext:"),
          tr("The longest sequence the model can read: its learned positions"));
    label(m_dropout, tr("&Dropout:"),
          tr("Probability of zeroing an activation while training (0 = none)"));
    label(m_steps, tr("&Steps:"), tr("Optimizer updates (AdamW)"));
    label(m_batch, tr("&Batch:"), tr("Windows of text per step"));
    label(m_sequenceLength, tr("Se&quence length:"),
          tr("Tokens per window; each window teaches T next-token predictions at once "
             "(teacher forcing)"));
    label(m_learningRate, tr("Learning &rate:"),
          tr("The largest learning rate, reached after the warm-up, then decayed as a cosine"));
    label(m_warmup, tr("&Warm-up:"), tr("Steps over which the learning rate grows from 0"));
    label(m_seed, tr("S&eed:"), tr("Seeds the initial weights and the choice of windows"));
    label(m_validation, tr("&Validation:"),
          tr("Fraction of the tokens, at the end of the corpus, held out to measure the loss "
             "on text the model never trains on"));
    label(m_sampleEvery, tr("Sample e&very:"),
          tr("Generate a short text every N steps (0 = never)"));
    label(m_samplePrompt, tr("Sample &prompt:"), tr("The beginning of every sample"));
    m_sampleEvery->setSuffix(tr(" steps"));
    m_warmup->setSuffix(tr(" steps"));
    m_trainButton->setText(tr("T&rain"));
    m_trainButton->setToolTip(tr("Train a new model with these settings (Ctrl+Return)"));
    m_trainButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancelButton->setText(tr("Stop"));
    m_cancelButton->setToolTip(tr("Stop training; the model keeps the last completed step"));
    rebuildCorpusCombo();
    rebuildTokenizerCombo();
    updateSummary();
}

void GptSettingsForm::rebuildCorpusCombo()
{
    const QString current = m_corpusCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_corpusCombo);
        m_corpusCombo->clear();
        for (const auto& corpus : m_workspace.corpora())
            m_corpusCombo->addItem(QString::fromStdString(corpus->name),
                                   corpusPrefix + QString::fromStdString(corpus->id));
        for (const auto& corpus : m_workspace.processedCorpora())
            m_corpusCombo->addItem(tr("%1 (processed)").arg(QString::fromStdString(corpus->name)),
                                   processedPrefix + QString::fromStdString(corpus->id));
        const int kept = m_corpusCombo->findData(current);
        m_corpusCombo->setCurrentIndex(kept >= 0 ? kept : (m_corpusCombo->count() > 0 ? 0 : -1));
    }
    updateSummary();
}

void GptSettingsForm::rebuildTokenizerCombo()
{
    const QString current = m_tokenizerCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_tokenizerCombo);
        m_tokenizerCombo->clear();
        const QLocale locale;
        int firstBpe = -1;
        for (const TokenizerArtefact& tokenizer : m_workspace.tokenizers()) {
            if (!tokenizer.tokenizer)
                continue;
            if (firstBpe < 0 && tokenizer.tokenizer->kind() == "bpe")
                firstBpe = m_tokenizerCombo->count();
            m_tokenizerCombo->addItem(
                tr("%1 (%2 tokens)")
                    .arg(QString::fromStdString(tokenizer.name),
                         locale.toString(qulonglong(tokenizer.tokenizer->vocabulary().size()))),
                QString::fromStdString(tokenizer.id));
        }
        const int kept = m_tokenizerCombo->findData(current);
        // A byte-level BPE is GPT-2's choice and covers every byte: the default.
        m_tokenizerCombo->setCurrentIndex(
            kept >= 0 ? kept : (firstBpe >= 0 ? firstBpe : (m_tokenizerCombo->count() > 0 ? 0 : -1)));
    }
    updateSummary();
}

bool GptSettingsForm::selectCorpus(const QString& id)
{
    for (const QString& key : {corpusPrefix + id, processedPrefix + id}) {
        const int index = m_corpusCombo->findData(key);
        if (index >= 0) {
            m_corpusCombo->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

bool GptSettingsForm::selectTokenizer(const QString& id)
{
    const int index = m_tokenizerCombo->findData(id);
    if (index >= 0)
        m_tokenizerCombo->setCurrentIndex(index);
    return index >= 0;
}

void GptSettingsForm::applyLecturePreset()
{
    const lengua::GptConfig config = GptTraining::lectureConfig();
    const lengua::GptTrainingSettings settings = GptTraining::lectureSettings();
    setShape(int(config.layers), int(config.heads), int(config.channels), int(config.contextLength));
    setTraining(int(settings.steps), int(settings.batchSize), int(settings.sequenceLength),
                int(settings.warmupSteps));
    m_dropout->setValue(0.0);
    m_learningRate->setValue(double(settings.maxLearningRate));
    m_seed->setValue(int(config.seed));
    m_validation->setValue(settings.validationFraction);
    m_sampleEvery->setValue(100);
}

void GptSettingsForm::setShape(int layers, int heads, int channels, int context)
{
    m_layers->setValue(layers);
    m_heads->setValue(heads);
    m_channels->setValue(channels);
    m_context->setValue(context);
}

void GptSettingsForm::setTraining(int steps, int batch, int sequenceLength, int warmup)
{
    m_warmup->setValue(warmup);
    m_steps->setValue(steps);
    m_batch->setValue(batch);
    m_sequenceLength->setValue(sequenceLength);
}

GptTrainingRequest GptSettingsForm::request() const
{
    GptTrainingRequest request;
    const QString key = m_corpusCombo->currentData().toString();
    if (key.startsWith(corpusPrefix)) {
        request.corpus = m_workspace.corpus(key.mid(corpusPrefix.size()).toStdString());
        if (request.corpus) {
            request.corpusId = request.corpus->id;
            request.corpusName = request.corpus->name;
        }
    } else if (key.startsWith(processedPrefix)) {
        request.processedCorpus
            = m_workspace.processedCorpus(key.mid(processedPrefix.size()).toStdString());
        if (request.processedCorpus) {
            request.corpusId = request.processedCorpus->id;
            request.corpusName = request.processedCorpus->name;
        }
    }
    if (const TokenizerArtefact* tokenizer
        = m_workspace.tokenizer(m_tokenizerCombo->currentData().toString().toStdString()))
        request.tokenizer = *tokenizer;

    request.config.layers = std::size_t(m_layers->value());
    request.config.heads = std::size_t(m_heads->value());
    request.config.channels = std::size_t(m_channels->value());
    request.config.contextLength = std::size_t(m_context->value());
    request.config.dropout = float(m_dropout->value());
    request.config.seed = std::uint32_t(m_seed->value());
    request.config.vocabularySize = chosenVocabularySize();

    lengua::GptTrainingSettings& settings = request.settings;
    settings.steps = std::size_t(m_steps->value());
    settings.batchSize = std::size_t(m_batch->value());
    settings.sequenceLength = std::size_t(m_sequenceLength->value());
    settings.maxLearningRate = float(m_learningRate->value());
    settings.minLearningRate = settings.maxLearningRate / 10.0f;
    settings.warmupSteps = std::size_t(m_warmup->value());
    settings.seed = std::uint32_t(m_seed->value());
    settings.validationFraction = m_validation->value();
    // Validate about ten times per run, and at the last step.
    settings.evaluateEvery = settings.validationFraction > 0.0
        ? std::max<std::size_t>(1, settings.steps / 10)
        : 0;
    settings.evaluationBatches = 4;
    settings.sampleEvery = std::size_t(m_sampleEvery->value());
    request.samplePrompt = m_samplePrompt->text().toStdString();
    return request;
}

std::size_t GptSettingsForm::chosenVocabularySize() const
{
    const TokenizerArtefact* tokenizer
        = m_workspace.tokenizer(m_tokenizerCombo->currentData().toString().toStdString());
    return tokenizer && tokenizer->tokenizer ? tokenizer->tokenizer->vocabulary().size() : 0;
}

QStringList GptSettingsForm::problems() const
{
    const GptTrainingRequest r = request();
    QStringList out;
    if (!r.corpus && !r.processedCorpus)
        out << tr("Choose a corpus to train on (load one in the Corpus lesson).");
    if (!r.tokenizer.tokenizer) {
        out << tr("Choose a tokenizer (train one in the Tokenization lesson, or press the "
                  "lecture example button).");
        return out;
    }
    out << GptTraining::problems(r.config, r.settings, r.config.vocabularySize);
    return out;
}

void GptSettingsForm::updateSummary()
{
    const GptTrainingRequest r = request();
    const QStringList found = problems();
    if (r.config.vocabularySize > 0 && r.config.heads > 0
        && r.config.channels % r.config.heads == 0) {
        const std::size_t count = lengua::Gpt::parameterCount(r.config);
        m_parameters->setText(tr("<b>%1 parameters</b> (V = %2 tokens): V·C + T·C + "
                                 "L·(12·C² + 13·C) + 2·C")
                                  .arg(GptTraining::parameterText(count),
                                       QLocale().toString(qulonglong(r.config.vocabularySize))));
    } else {
        m_parameters->setText(tr("Parameters: choose a tokenizer and a valid shape"));
    }
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_trainButton->setEnabled(!m_running);
}

void GptSettingsForm::setRunning(bool running)
{
    m_running = running;
    m_trainButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}
