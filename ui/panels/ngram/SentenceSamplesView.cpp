// Sampled sentences; see SentenceSamplesView.h.
#include "SentenceSamplesView.h"

#include "NgramTraining.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "widgets/FormLabel.h"
#include "widgets/TableStyle.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

SentenceSamplesView::SentenceSamplesView(JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("ngramGenerate"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("ngramSentenceCount"));
    m_count->setRange(1, 50);
    m_count->setValue(8);
    m_maxWords = new QSpinBox(this);
    m_maxWords->setRange(3, 200);
    m_maxWords->setValue(30);
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(QStringLiteral("ngramTemperature"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(1.0);
    m_topK = new QSpinBox(this);
    m_topK->setRange(0, 100000);
    m_topK->setValue(0);
    m_topP = new QDoubleSpinBox(this);
    m_topP->setRange(0.05, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1.0);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("ngramSeed"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(42);
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("ngramGenerateButton"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_generate, &QPushButton::clicked, this, &SentenceSamplesView::generate);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("ngramSamplesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableStyle::applyTo(m_table);
    m_table->setWordWrap(true);
    QFont larger = m_table->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_table->setFont(larger);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_form = new QFormLayout;
    m_form->addRow(new QLabel(this), m_count);
    m_form->addRow(new QLabel(this), m_maxWords);
    m_form->addRow(new QLabel(this), m_temperature);
    m_form->addRow(new QLabel(this), m_topK);
    m_form->addRow(new QLabel(this), m_topP);
    m_form->addRow(new QLabel(this), m_seed);
    m_form->addRow(m_generate);
    auto* left = new QVBoxLayout;
    left->addLayout(m_form);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_explanation);
    right->addWidget(m_table, 1);
    right->addWidget(m_status);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);
    retranslate();
}

SentenceSamplesView::~SentenceSamplesView()
{
    if (m_job)
        m_job->disconnect(this);
}

void SentenceSamplesView::retranslate()
{
    auto label = [this](QWidget* field, const QString& text, const QString& tip) {
        FormLabel::set(m_form, field, text, tip);
    };
    label(m_count, tr("Se&ntences:"), tr("How many sentences to sample at once"));
    label(m_maxWords, tr("Ma&x. words:"), tr("<p>A sentence that has not reached &lt;/s&gt; by then is cut</p>"));
    label(m_temperature, tr("&Temperature:"),
          tr("Below 1 the likely words get likelier; above 1 the distribution flattens (0 = greedy)"));
    label(m_topK, tr("Top-&k:"), tr("Sample only among the k most probable words (0 = all)"));
    label(m_topP, tr("Top-&p:"),
          tr("Sample only among the most probable words whose probabilities add up to p (1 = all)"));
    label(m_seed, tr("S&eed:"), tr("The same seed gives the same sentences; sentence i uses seed + i"));
    m_explanation->setText(tr("Each sentence starts at &lt;s&gt;: the first word is drawn from "
                              "P(w | &lt;s&gt;), every next one from P(w | the last n − 1 words), "
                              "until the model draws &lt;/s&gt;."));
    m_table->setHorizontalHeaderLabels({tr("Sampled sentence"), tr("Words")});
    updateButton();
}

void SentenceSamplesView::setModel(NgramModelRef model)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    m_model = std::move(model);
    m_table->setRowCount(0);
    m_status->clear();
    updateButton();
}

lengua::SamplingSettings SentenceSamplesView::settings() const
{
    lengua::SamplingSettings settings;
    settings.temperature = m_temperature->value();
    settings.topK = std::size_t(m_topK->value());
    settings.topP = m_topP->value();
    settings.seed = std::uint64_t(m_seed->value());
    settings.maxNewTokens = std::size_t(m_maxWords->value()) + 1; // the words and </s>
    return settings;
}

void SentenceSamplesView::setSeed(int seed)
{
    m_seed->setValue(seed);
}

void SentenceSamplesView::setSentenceCount(int count)
{
    m_count->setValue(count);
}

QString SentenceSamplesView::statusText() const
{
    return m_status->text();
}

void SentenceSamplesView::updateButton()
{
    m_generate->setEnabled(m_job || m_model);
    m_generate->setText(m_job ? tr("Cance&l") : tr("&Generate sentences"));
    m_generate->setToolTip(m_job ? tr("Stops sampling") : tr("Samples the sentences as a job (Ctrl+Enter)"));
}

JobHandle* SentenceSamplesView::generate()
{
    if (m_job) {
        m_job->cancel();
        return nullptr;
    }
    if (!m_model)
        return nullptr;
    const int count = m_count->value();
    m_job = m_jobs.start(tr("Sampling %n sentence(s)", "", count),
                         NgramTraining::sampleJob(m_model.model, settings(), count));
    m_status->setText(tr("Sampling…"));
    connect(m_job, &JobHandle::succeeded, this, [this](const std::any& result) {
        const auto& sentences = std::any_cast<const std::vector<std::vector<std::string>>&>(result);
        m_table->setRowCount(int(sentences.size()));
        const std::size_t limit = std::size_t(m_maxWords->value());
        int ended = 0;
        for (int i = 0; i < int(sentences.size()); ++i) {
            QStringList words;
            for (const std::string& word : sentences[std::size_t(i)])
                words << QString::fromStdString(word);
            const bool cut = sentences[std::size_t(i)].size() > limit;
            ended += cut ? 0 : 1;
            m_table->setItem(i, 0, new QTableWidgetItem(words.join(QLatin1Char(' '))
                                                        + (cut ? QStringLiteral(" …") : QString())));
            auto* length = new QTableWidgetItem(QLocale().toString(words.size()));
            length->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, 1, length);
        }
        m_table->resizeRowsToContents();
        m_status->setText(tr("%1 of %2 sentences ended with </s>; the others reached the word limit (…).")
                              .arg(ended).arg(sentences.size()));
    });
    connect(m_job, &JobHandle::cancelled, this, [this] { m_status->setText(tr("Cancelled.")); });
    connect(m_job, &JobHandle::failed, this,
            [this](const QString& error) { m_status->setText(tr("Sampling failed: %1").arg(error)); });
    connect(m_job, &JobHandle::finished, this, [this] {
        m_job = nullptr;
        updateButton();
    });
    updateButton();
    return m_job;
}
