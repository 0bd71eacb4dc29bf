// Evaluation on similarity and analogy files; see EmbeddingEvaluationView.h.
#include "EmbeddingEvaluationView.h"

#include "core/JobContext.h"
#include "embed/AnalogyEvaluation.h"
#include "embed/SimilarityEvaluation.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "widgets/FormLabel.h"
#include "widgets/RunControls.h"
#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <filesystem>

namespace {

QWidget* fileRow(QWidget* parent, QLineEdit* path, QPushButton* choose)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(path, 1);
    layout->addWidget(choose);
    return row;
}

QString percent(double fraction)
{
    if (!std::isfinite(fraction))
        return QStringLiteral("—");
    return QLocale().toString(100.0 * fraction, 'f', 1) + QStringLiteral(" %");
}

} // namespace

EmbeddingEvaluationView::EmbeddingEvaluationView(JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("embeddingEvaluation"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_similarityPath = new QLineEdit(this);
    m_similarityPath->setObjectName(QStringLiteral("embeddingSimilarityFile"));
    m_similarityPath->setReadOnly(true);
    m_similarityChoose = new QPushButton(this);
    m_analogyPath = new QLineEdit(this);
    m_analogyPath->setObjectName(QStringLiteral("embeddingAnalogyFile"));
    m_analogyPath->setReadOnly(true);
    m_analogyChoose = new QPushButton(this);
    m_method = new QComboBox(this);
    m_method->addItem(QStringLiteral("3CosAdd"), int(lengua::AnalogyMethod::CosAdd));
    m_method->addItem(QStringLiteral("3CosMul"), int(lengua::AnalogyMethod::CosMul));
    m_searchLimit = new QSpinBox(this);
    m_searchLimit->setRange(0, 10000000);
    m_searchLimit->setSingleStep(10000);
    m_searchLimit->setValue(int(lengua::AnalogyEvaluation::defaultSearchLimit));
    m_lowercase = new QCheckBox(this);
    m_lowercase->setChecked(true);
    m_run = new RunControls(this);
    m_run->runButton()->setObjectName(QStringLiteral("embeddingEvaluate"));
    m_export = new QPushButton(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("embeddingEvaluationTable"));
    TableStyle::applyTo(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), fileRow(this, m_similarityPath, m_similarityChoose));
    m_form->addRow(new QLabel(this), fileRow(this, m_analogyPath, m_analogyChoose));
    m_form->addRow(new QLabel(this), m_method);
    m_form->addRow(new QLabel(this), m_searchLimit);
    m_form->addRow(m_lowercase);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run, 1);
    buttons->addWidget(m_export, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_similarityChoose, &QPushButton::clicked, this, &EmbeddingEvaluationView::chooseSimilarityFile);
    connect(m_analogyChoose, &QPushButton::clicked, this, &EmbeddingEvaluationView::chooseAnalogyFile);
    connect(m_run, &RunControls::runRequested, this, &EmbeddingEvaluationView::evaluate);
    connect(m_run, &RunControls::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_table->model(), this); });
    retranslate();
    updateCanRun();
}

EmbeddingEvaluationView::~EmbeddingEvaluationView()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void EmbeddingEvaluationView::retranslate()
{
    m_intro->setText(tr("<p>How good are the vectors? <b>Word similarity</b>: the cosine of each "
                        "pair against people's ratings (WordSim-353), as Spearman's rank "
                        "correlation ρ. <b>Analogies</b>: “Athens is to Greece as Oslo is to …” "
                        "(Google's questions-words file), the share answered right. Only the "
                        "pairs and questions whose words all have vectors count; the coverage "
                        "says how many did.</p>"));
    FormLabel::set(m_form, m_similarityPath->parentWidget(), tr("&Similarity file:"),
                   tr("Word pairs with a human rating, one a line: word1, word2, score "
                      "(WordSim-353 format)"));
    FormLabel::set(m_form, m_analogyPath->parentWidget(), tr("&Analogy file:"),
                   tr("“: section” lines, then four words a line: a b c d "
                      "(Google questions-words format)"));
    m_similarityPath->setPlaceholderText(tr("none chosen"));
    m_analogyPath->setPlaceholderText(tr("none chosen"));
    m_similarityChoose->setText(tr("Choose…"));
    m_analogyChoose->setText(tr("Choose…"));
    FormLabel::set(m_form, m_method, tr("Analogy &method:"),
                   tr("3CosAdd (the offset b − a + c) or 3CosMul (Levy & Goldberg 2014)"));
    FormLabel::set(m_form, m_searchLimit, tr("Search the first:"),
                   tr("Only the most frequent words count as answers (and as the vocabulary), as "
                      "word2vec's and gensim's evaluations do; 0 searches every word"));
    m_searchLimit->setSuffix(tr(" words"));
    m_searchLimit->setSpecialValueText(tr("every word"));
    m_lowercase->setText(tr("Ignore &case"));
    m_lowercase->setToolTip(tr("“Athens” in the file finds “athens” in the vectors (gensim's "
                               "default)"));
    m_run->runButton()->setText(tr("&Evaluate"));
    m_run->runButton()->setToolTip(tr("Runs the chosen evaluations on the shown vectors"));
    m_run->retranslate();
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Saves the results table as CSV"));
    m_table->setHorizontalHeaderLabels({tr("Test"), tr("Score"), tr("Coverage"), tr("Covered")});
    m_table->horizontalHeaderItem(1)->setToolTip(tr("Spearman's ρ for similarity; accuracy for "
                                                    "analogies"));
}

void EmbeddingEvaluationView::setVectors(std::shared_ptr<const lengua::WordVectors> vectors,
                                         const QString& name)
{
    if (vectors != m_vectors)
        m_table->setRowCount(0);
    m_vectors = std::move(vectors);
    m_name = name;
    updateCanRun();
}

void EmbeddingEvaluationView::setSimilarityFile(const QString& path)
{
    m_similarityPath->setText(path);
    updateCanRun();
}

void EmbeddingEvaluationView::setAnalogyFile(const QString& path)
{
    m_analogyPath->setText(path);
    updateCanRun();
}

void EmbeddingEvaluationView::chooseSimilarityFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Word-similarity file"), m_similarityPath->text(),
        tr("Similarity pairs (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setSimilarityFile(path);
}

void EmbeddingEvaluationView::chooseAnalogyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Analogy questions file"),
                                                      m_analogyPath->text(),
                                                      tr("Analogy questions (*.txt);;All files (*)"));
    if (!path.isEmpty())
        setAnalogyFile(path);
}

void EmbeddingEvaluationView::updateCanRun()
{
    m_run->setCanRun(m_vectors && !m_vectors->empty()
                     && (!m_similarityPath->text().isEmpty() || !m_analogyPath->text().isEmpty()));
}

QString EmbeddingEvaluationView::statusText() const { return m_run->statusText(); }

JobHandle* EmbeddingEvaluationView::evaluate()
{
    if (m_job && !m_job->isFinished())
        return nullptr;
    const QString similarityFile = m_similarityPath->text();
    const QString analogyFile = m_analogyPath->text();
    if (!m_vectors || m_vectors->empty()) {
        m_run->setStatus(tr("No vectors to evaluate: train or import some first."), true);
        return nullptr;
    }
    if (similarityFile.isEmpty() && analogyFile.isEmpty()) {
        m_run->setStatus(tr("Choose a similarity file, an analogy file or both."), true);
        return nullptr;
    }
    const auto vectors = m_vectors;
    const auto method = lengua::AnalogyMethod(m_method->currentData().toInt());
    const std::size_t searchLimit = std::size_t(m_searchLimit->value());
    const bool lowercase = m_lowercase->isChecked();
    auto job = [=](lengua::JobContext& context) -> std::any {
        EmbeddingEvaluationResult result;
        result.similarityFile = similarityFile;
        result.analogyFile = analogyFile;
        if (!similarityFile.isEmpty()) {
            const auto pairs = lengua::SimilarityEvaluation::readPairs(
                std::filesystem::path(similarityFile.toStdU32String()));
            result.similarity = lengua::SimilarityEvaluation::evaluate(*vectors, pairs, lowercase,
                                                                       searchLimit);
            context.reportProgress(analogyFile.isEmpty() ? 1.0 : 0.05);
        }
        if (!analogyFile.isEmpty()) {
            const auto questions = lengua::AnalogyEvaluation::readQuestions(
                std::filesystem::path(analogyFile.toStdU32String()));
            lengua::JobContext inner(context.stopToken(), [&context](const lengua::JobProgress& p) {
                context.reportProgress(0.05 + 0.95 * p.fraction, p.message);
            });
            result.analogies = lengua::AnalogyEvaluation::evaluate(*vectors, questions, method,
                                                                   searchLimit, lowercase, &inner);
        }
        context.reportProgress(1.0);
        return result;
    };
    m_table->setRowCount(0);
    m_job = m_jobs.start(tr("Evaluating %1").arg(m_name), job);
    m_run->setRunning(true);
    m_run->setStatus(tr("Evaluating…"));
    connect(m_job, &JobHandle::progressChanged, this,
            [this](double fraction, const QString&) { m_run->setProgress(fraction, {}); });
    connect(m_job, &JobHandle::succeeded, this, [this](const std::any& any) {
        showResult(std::any_cast<const EmbeddingEvaluationResult&>(any));
    });
    connect(m_job, &JobHandle::failed, this, [this](const QString& error) {
        m_run->setStatus(tr("The evaluation failed: %1").arg(error.toHtmlEscaped()), true);
    });
    connect(m_job, &JobHandle::cancelled, this,
            [this] { m_run->setStatus(tr("The evaluation was cancelled.")); });
    connect(m_job, &JobHandle::finished, this, [this] { m_run->setRunning(false); });
    return m_job;
}

void EmbeddingEvaluationView::showResult(const EmbeddingEvaluationResult& result)
{
    const QLocale locale;
    m_table->setRowCount(0);
    auto addRow = [&](const QString& test, const QString& score, double coverage, std::size_t covered,
                      std::size_t total, bool bold) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{test, score, percent(coverage),
                                tr("%1 of %2").arg(locale.toString(qulonglong(covered)),
                                                   locale.toString(qulonglong(total)))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    };
    QStringList summary;
    if (result.similarity) {
        const lengua::SimilarityReport& report = *result.similarity;
        const QString rho = std::isfinite(report.spearman) ? locale.toString(report.spearman, 'f', 3)
                                                           : QStringLiteral("—");
        addRow(tr("Similarity (%1): Spearman ρ").arg(QFileInfo(result.similarityFile).fileName()),
               rho, report.coverage(), report.covered, report.pairs, true);
        summary << tr("similarity ρ = %1").arg(rho);
    }
    if (result.analogies) {
        const lengua::AnalogyReport& report = *result.analogies;
        const QString file = QFileInfo(result.analogyFile).fileName();
        auto score = [&](const lengua::AnalogyScore& s, const QString& name, bool bold) {
            addRow(name, percent(s.accuracy()), s.coverage(), s.covered, s.questions, bold);
        };
        score(report.total, tr("Analogies (%1): accuracy, all sections").arg(file), true);
        score(report.semantic, tr("semantic sections"), false);
        score(report.syntactic, tr("syntactic sections (gram…)"), false);
        for (const lengua::AnalogyScore& section : report.sections)
            score(section, QStringLiteral("  ") + QString::fromStdString(section.name), false);
        summary << tr("analogy accuracy %1").arg(percent(report.total.accuracy()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_run->setStatus(tr("Done: %1.").arg(summary.join(QStringLiteral(", "))));
}
