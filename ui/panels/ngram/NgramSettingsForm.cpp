// The N-grams lesson's controls; see NgramSettingsForm.h.
#include "NgramSettingsForm.h"

#include "Workspace.h"
#include "widgets/CorpusSourceCombo.h"
#include "widgets/RunControls.h"
#include "widgets/FormLabel.h"
#include "count/NgramModel.h"
#include "text/ProcessedCorpus.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

NgramSettingsForm::NgramSettingsForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("ngramSettings"));
    m_corpusCombo = new CorpusSourceCombo(workspace, this);
    m_corpusCombo->setObjectName(QStringLiteral("ngramCorpus"));
    m_corpusCombo->setMinimumContentsLength(14);
    m_order = new QSpinBox(this);
    m_order->setObjectName(QStringLiteral("ngramOrder"));
    m_order->setRange(1, 5);
    m_order->setValue(3);
    m_smoothing = new QComboBox(this);
    m_smoothing->setObjectName(QStringLiteral("ngramSmoothing"));
    m_smoothing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_smoothing->setMinimumContentsLength(14);
    for (const lengua::NgramSmoothing smoothing : NgramTraining::smoothings())
        m_smoothing->addItem(QString(), int(smoothing));
    m_smoothing->setCurrentIndex(m_smoothing->findData(int(lengua::NgramSmoothing::KneserNey)));
    m_k = new QDoubleSpinBox(this);
    m_k->setObjectName(QStringLiteral("ngramK"));
    m_k->setDecimals(3);
    m_k->setRange(0.001, 10.0);
    m_k->setSingleStep(0.1);
    m_k->setValue(1.0);
    m_discount = new QDoubleSpinBox(this);
    m_discount->setObjectName(QStringLiteral("ngramDiscount"));
    m_discount->setDecimals(2);
    m_discount->setRange(0.01, 0.99);
    m_discount->setSingleStep(0.05);
    m_discount->setValue(0.75);
    m_minCount = new QSpinBox(this);
    m_minCount->setObjectName(QStringLiteral("ngramMinCount"));
    m_minCount->setRange(1, 1000);
    m_minCount->setValue(1);
    m_heldOut = new QLabel(this);
    m_heldOut->setWordWrap(true);

    m_run = new RunControls(this);
    m_run->runButton()->setObjectName(QStringLiteral("ngramTrain"));
    m_run->runButton()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_run->cancelButton()->setObjectName(QStringLiteral("ngramCancel"));
    connect(m_run, &RunControls::runRequested, this, &NgramSettingsForm::trainRequested);
    connect(m_run, &RunControls::cancelRequested, this, &NgramSettingsForm::cancelRequested);

    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("ngramModel"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(14);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, [this] {
        const LanguageModelArtefact* model = m_workspace.model(currentModelId().toStdString());
        m_modelInfo->setText(model ? QString::fromStdString(model->description) : QString());
        Q_EMIT modelChanged(currentModelId());
    });
    m_modelInfo = new QLabel(this);
    m_modelInfo->setWordWrap(true);

    m_dataTitle = sectionTitle(this);
    m_modelTitle = sectionTitle(this);
    m_viewTitle = sectionTitle(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_dataTitle);
    m_form->addRow(new QLabel(this), m_corpusCombo);
    m_form->addRow(m_heldOut);
    m_form->addRow(m_modelTitle);
    m_form->addRow(new QLabel(this), m_order);
    m_form->addRow(new QLabel(this), m_smoothing);
    m_form->addRow(new QLabel(this), m_k);
    m_form->addRow(new QLabel(this), m_discount);
    m_form->addRow(new QLabel(this), m_minCount);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_run);
    layout->addSpacing(8);
    layout->addWidget(m_viewTitle);
    layout->addWidget(m_modelCombo);
    layout->addWidget(m_modelInfo);
    layout->addStretch(1);

    connect(m_smoothing, &QComboBox::currentIndexChanged, this, &NgramSettingsForm::updateParameterRows);
    connect(m_corpusCombo, &CorpusSourceCombo::sourcesChanged, this,
            [this] { m_run->setCanRun(m_corpusCombo->count() > 0); });
    connect(&m_workspace, &Workspace::modelsChanged, this, &NgramSettingsForm::rebuildModelCombo);
    m_run->setCanRun(m_corpusCombo->count() > 0);
    rebuildModelCombo();
    retranslate();
}

void NgramSettingsForm::retranslate()
{
    auto label = [this](QWidget* field, const QString& text, const QString& tip) {
        FormLabel::set(m_form, field, text, tip);
    };
    m_dataTitle->setText(tr("Data"));
    m_modelTitle->setText(tr("Model"));
    m_viewTitle->setText(tr("Model shown"));
    label(m_corpusCombo, tr("&Corpus:"),
          tr("The sentences to count: a processed corpus as it is, a raw corpus split into "
             "sentences and lower-case words"));
    m_heldOut->setText(tr("<small>One sentence in ten (the 10th, 20th, …) is held out; those sentences "
                          "measure the perplexity and tune the interpolation weights.</small>"));
    label(m_order, tr("&Order n:"),
          tr("How many words an n-gram has: the model looks at the n − 1 words before"));
    label(m_smoothing, tr("&Smoothing:"),
          tr("How counts become probabilities, and what an unseen n-gram gets"));
    label(m_k, tr("&Value of k:"), tr("Add-k: k is added to every count (k = 1 is Laplace)"));
    label(m_discount, tr("&Discount D:"),
          tr("Kneser–Ney: subtracted from every seen count and given to the shorter context"));
    label(m_minCount, tr("&Min. count:"),
          tr("Words seen fewer times become <unk>, so the model learns what unknown words do"));
    for (int i = 0; i < m_smoothing->count(); ++i)
        m_smoothing->setItemText(
            i, NgramTraining::smoothingName(lengua::NgramSmoothing(m_smoothing->itemData(i).toInt())));
    m_run->runButton()->setText(tr("T&rain"));
    m_run->runButton()->setToolTip(tr("Counts the n-grams of the corpus (Ctrl+T)"));
    m_run->retranslate();
    m_corpusCombo->retranslate();
    m_modelCombo->setToolTip(tr("The n-gram model of the workspace that the views use"));
    rebuildModelCombo();
    updateParameterRows();
}

void NgramSettingsForm::updateParameterRows()
{
    const auto smoothing = lengua::NgramSmoothing(m_smoothing->currentData().toInt());
    m_form->setRowVisible(m_k, smoothing == lengua::NgramSmoothing::AddK);
    m_form->setRowVisible(m_discount, smoothing == lengua::NgramSmoothing::KneserNey);
}

void NgramSettingsForm::rebuildModelCombo()
{
    const QString current = currentModelId();
    {
        const QSignalBlocker blocker(m_modelCombo);
        m_modelCombo->clear();
        for (const LanguageModelArtefact& model : m_workspace.models())
            if (model.kind == "ngram")
                m_modelCombo->addItem(QString::fromStdString(model.name),
                                      QString::fromStdString(model.id));
        const int kept = m_modelCombo->findData(current);
        m_modelCombo->setCurrentIndex(kept >= 0 ? kept : (m_modelCombo->count() > 0 ? 0 : -1));
    }
    m_modelCombo->setEnabled(m_modelCombo->count() > 0);
    if (m_modelCombo->count() == 0)
        m_modelCombo->setPlaceholderText(tr("(none yet: train one)"));
    const LanguageModelArtefact* model = m_workspace.model(currentModelId().toStdString());
    m_modelInfo->setText(model ? QString::fromStdString(model->description) : QString());
    if (currentModelId() != current)
        Q_EMIT modelChanged(currentModelId());
}

QString NgramSettingsForm::currentModelId() const
{
    return m_modelCombo->currentData().toString();
}

bool NgramSettingsForm::selectModel(const QString& id)
{
    const int index = m_modelCombo->findData(id);
    if (index < 0)
        return false;
    m_modelCombo->setCurrentIndex(index);
    return true;
}

bool NgramSettingsForm::selectCorpus(const QString& id)
{
    return m_corpusCombo->selectCorpus(id);
}

void NgramSettingsForm::setOrder(int order)
{
    m_order->setValue(order);
}

void NgramSettingsForm::setSmoothing(lengua::NgramSmoothing smoothing)
{
    m_smoothing->setCurrentIndex(m_smoothing->findData(int(smoothing)));
}

void NgramSettingsForm::setMinCount(int minCount)
{
    m_minCount->setValue(minCount);
}

NgramTrainingRequest NgramSettingsForm::request() const
{
    NgramTrainingRequest request;
    if ((request.corpus = m_corpusCombo->selectedCorpus())) {
        request.corpusId = request.corpus->id;
        request.corpusName = request.corpus->name;
    } else if ((request.processedCorpus = m_corpusCombo->selectedProcessedCorpus())) {
        request.corpusId = request.processedCorpus->id;
        request.corpusName = request.processedCorpus->name;
    }
    request.settings.order = m_order->value();
    request.settings.smoothing = lengua::NgramSmoothing(m_smoothing->currentData().toInt());
    request.settings.k = m_k->value();
    request.settings.discount = m_discount->value();
    request.settings.minCount = std::size_t(m_minCount->value());
    return request;
}

QPushButton* NgramSettingsForm::trainButton() const
{
    return m_run->runButton();
}

QPushButton* NgramSettingsForm::cancelButton() const
{
    return m_run->cancelButton();
}

void NgramSettingsForm::setRunning(bool running)
{
    m_run->setRunning(running);
}

void NgramSettingsForm::setProgress(double fraction, const QString& message)
{
    m_run->setProgress(fraction, message);
}

void NgramSettingsForm::setStatus(const QString& text, bool problem)
{
    m_run->setStatus(text, problem);
}

QString NgramSettingsForm::statusText() const
{
    return m_run->statusText();
}
