#include "GptModelsTab.h"

#include "GptTraining.h"
#include "core/Error.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/Gpt2Checkpoint.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/TokenizerFile.h"
#include "widgets/TableStyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace {

// The import job's result.
struct ImportedGpt {
    LanguageModelArtefact model;
    std::vector<std::string> notes;
};

std::filesystem::path toPath(const QString& folder)
{
    return std::filesystem::path(folder.toStdString());
}

} // namespace

GptModelsTab::GptModelsTab(Workspace& workspace, JobRunner& jobs,
                           std::function<QString()> fallbackTokenizer, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs),
      m_fallbackTokenizer(std::move(fallbackTokenizer))
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("gptModels"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    TableStyle::applyTo(m_table);

    m_renameButton = new QPushButton(this);
    m_removeButton = new QPushButton(this);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("gptImport"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("gptExport"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("gptModelDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("gptModelsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_renameButton, &QPushButton::clicked, this, &GptModelsTab::renameSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &GptModelsTab::removeSelected);
    connect(m_importButton, &QPushButton::clicked, this, &GptModelsTab::importWithDialog);
    connect(m_exportButton, &QPushButton::clicked, this, &GptModelsTab::exportWithDialog);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !selectedModelId().isEmpty();
        m_renameButton->setEnabled(chosen);
        m_removeButton->setEnabled(chosen);
        m_exportButton->setEnabled(chosen);
        updateDetails();
        if (chosen)
            Q_EMIT modelSelected(selectedModelId());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &GptModelsTab::renameSelected);
    connect(&m_workspace, &Workspace::modelsChanged, this, &GptModelsTab::rebuild);
    m_status->hide();
    retranslate();
}

void GptModelsTab::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Parameters"), tr("Description")});
    m_table->setToolTip(tr("The language models of the workspace; the generation and attention "
                           "lessons use them. Double-click to rename."));
    m_renameButton->setText(tr("Re&name..."));
    m_renameButton->setToolTip(tr("Give the selected model another name (F2)"));
    m_renameButton->setShortcut(QKeySequence(Qt::Key_F2));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setToolTip(tr("Remove the selected model from the workspace"));
    m_importButton->setText(tr("&Import GPT-2 checkpoint..."));
    m_importButton->setToolTip(tr("A Hugging Face folder: config.json, model.safetensors and, "
                                  "for its tokenizer, vocab.json + merges.txt"));
    m_exportButton->setText(tr("E&xport..."));
    m_exportButton->setToolTip(tr("Write the selected model as a Hugging Face GPT-2 folder that "
                                  "other tools open"));
    rebuild();
}

void GptModelsTab::rebuild()
{
    const QString selected = selectedModelId();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_workspace.models().size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const LanguageModelArtefact& model = m_workspace.models()[std::size_t(row)];
        auto* name = new QTableWidgetItem(QString::fromStdString(model.name));
        name->setData(Qt::UserRole, QString::fromStdString(model.id));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(model.kind == "gpt"     ? tr("GPT")
                                                      : model.kind == "ngram" ? tr("N-gram")
                                                                              : QString::fromStdString(model.kind)));
        auto* parameters = new QTableWidgetItem(
            model.gpt ? QLocale().toString(qulonglong(model.gpt->parameterCount())) : QString());
        parameters->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, parameters);
        auto* description = new QTableWidgetItem(QString::fromStdString(model.description));
        description->setToolTip(QString::fromStdString(model.description));
        m_table->setItem(row, 3, description);
    }
    for (int column = 0; column < 3; ++column)
        m_table->resizeColumnToContents(column);
    if (m_table->columnWidth(0) > 260)
        m_table->setColumnWidth(0, 260);
    // The description takes the rest of the width (elided; the details line shows it all).
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    selectModel(selected);
    const bool chosen = !selectedModelId().isEmpty();
    m_renameButton->setEnabled(chosen);
    m_removeButton->setEnabled(chosen);
    m_exportButton->setEnabled(chosen);
    updateDetails();
}

void GptModelsTab::updateDetails()
{
    const LanguageModelArtefact* model = m_workspace.model(selectedModelId().toStdString());
    if (!model) {
        m_details->setText(m_workspace.models().empty()
                               ? tr("No model yet: train one (Train tab), import a GPT-2 "
                                    "checkpoint, or press the lecture's example.")
                               : tr("Select a model to see its details."));
        return;
    }
    QString text = QStringLiteral("<b>%1</b>: %2").arg(QString::fromStdString(model->name).toHtmlEscaped(),
                                                       QString::fromStdString(model->description).toHtmlEscaped());
    if (model->tokenizer)
        text += QStringLiteral("<br>")
            + tr("Tokenizer: %1, %2 tokens (kept with the model).")
                  .arg(QString::fromStdString(model->tokenizer->kind()),
                       QLocale().toString(qulonglong(model->tokenizer->vocabulary().size())));
    if (model->gpt) {
        const lengua::GptConfig& config = model->gpt->config();
        text += QLatin1Char(' ') + tr("Context %1 tokens.").arg(QLocale().toString(qulonglong(config.contextLength)));
    }
    m_details->setText(text);
}

QString GptModelsTab::selectedModelId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem* name = m_table->item(items.front()->row(), 0);
    return name ? name->data(Qt::UserRole).toString() : QString();
}

void GptModelsTab::selectModel(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void GptModelsTab::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_status->setVisible(!text.isEmpty());
}

QString GptModelsTab::statusText() const
{
    return m_status->text();
}

void GptModelsTab::renameSelected()
{
    const QString id = selectedModelId();
    const LanguageModelArtefact* model = m_workspace.model(id.toStdString());
    if (!model)
        return;
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("Rename model"), tr("New name:"),
                                               QLineEdit::Normal,
                                               QString::fromStdString(model->name), &accepted);
    if (accepted && !name.trimmed().isEmpty())
        m_workspace.renameModel(id.toStdString(), name.trimmed());
}

void GptModelsTab::removeSelected()
{
    const QString id = selectedModelId();
    if (!id.isEmpty())
        m_workspace.removeModel(id.toStdString());
}

void GptModelsTab::importWithDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import a GPT-2 checkpoint (Hugging Face folder)"));
    if (!folder.isEmpty())
        importCheckpoint(folder);
}

JobHandle* GptModelsTab::importCheckpoint(const QString& folder)
{
    std::shared_ptr<const lengua::Tokenizer> fallback;
    QString fallbackName;
    if (const TokenizerArtefact* chosen
        = m_workspace.tokenizer(m_fallbackTokenizer ? m_fallbackTokenizer().toStdString() : std::string())) {
        fallback = chosen->tokenizer;
        fallbackName = QString::fromStdString(chosen->name);
    }
    const QString name = QDir(folder).dirName();
    setStatus(tr("Importing %1...").arg(name), false);
    JobHandle* job = m_jobs.start(
        tr("Importing the GPT-2 checkpoint %1").arg(name),
        [folder, fallback, fallbackName, name](lengua::JobContext& context) -> std::any {
            lengua::Gpt2Checkpoint checkpoint = lengua::Gpt2Checkpoint::importFrom(toPath(folder), context);
            auto result = std::make_shared<ImportedGpt>();
            LanguageModelArtefact& model = result->model;
            const std::size_t vocabulary = checkpoint.model->config().vocabularySize;
            if (checkpoint.tokenizer) {
                model.tokenizer = std::shared_ptr<const lengua::Tokenizer>(std::move(checkpoint.tokenizer));
            } else if (fallback && fallback->vocabulary().size() == vocabulary) {
                model.tokenizer = fallback;
                result->notes.push_back(
                    QCoreApplication::translate("GptModelsTab", "the folder has no tokenizer files; "
                                                "the workspace tokenizer %1 is used")
                        .arg(fallbackName).toStdString());
            } else {
                throw lengua::Error(
                    QCoreApplication::translate(
                        "GptModelsTab",
                        "%1 has no tokenizer (vocab.json and merges.txt), so its token ids "
                        "cannot be turned into text. Add the tokenizer files to the folder, or "
                        "choose in the Tokenizer box a workspace tokenizer of exactly %2 tokens "
                        "(the model's vocabulary) and import again.")
                        .arg(folder, QLocale().toString(qulonglong(vocabulary)))
                        .toStdString());
            }
            std::shared_ptr<const lengua::Gpt> gpt(std::move(checkpoint.model));
            model.kind = "gpt";
            model.name = name.toStdString();
            model.gpt = gpt;
            model.model = gpt;
            const lengua::GptConfig& config = gpt->config();
            model.description
                = QCoreApplication::translate("GptModelsTab",
                                              "GPT-2 checkpoint, %1 layers, %2 heads, %3 dims, %4 "
                                              "parameters, imported from %5")
                      .arg(QLocale().toString(qulonglong(config.layers)),
                           QLocale().toString(qulonglong(config.heads)),
                           QLocale().toString(qulonglong(config.channels)),
                           GptTraining::parameterText(gpt->parameterCount()), folder)
                      .toStdString();
            for (const std::string& note : checkpoint.notes)
                result->notes.push_back(note);
            return std::shared_ptr<const ImportedGpt>(result);
        });
    connect(job, &JobHandle::succeeded, this, [this](const std::any& any) {
        const auto* result = std::any_cast<std::shared_ptr<const ImportedGpt>>(&any);
        if (!result || !*result)
            return;
        const std::string id = m_workspace.addModel((*result)->model);
        QStringList notes;
        for (const std::string& note : (*result)->notes)
            notes << QString::fromStdString(note);
        setStatus(tr("Imported %1.").arg(QString::fromStdString(m_workspace.model(id)->name))
                      + (notes.isEmpty() ? QString() : QLatin1Char(' ') + tr("Notes: %1.").arg(notes.join(QStringLiteral("; ")))),
                  false);
        selectModel(QString::fromStdString(id));
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        setStatus(tr("The checkpoint could not be imported: %1").arg(error), true);
    });
    return job;
}

void GptModelsTab::exportWithDialog()
{
    const QString id = selectedModelId();
    if (id.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export the model as a GPT-2 checkpoint (choose or create a folder)"));
    if (!folder.isEmpty())
        exportModel(id, folder);
}

JobHandle* GptModelsTab::exportModel(const QString& id, const QString& folder)
{
    const LanguageModelArtefact* model = m_workspace.model(id.toStdString());
    if (!model || !model->gpt) {
        setStatus(tr("Only GPT models can be exported as GPT-2 checkpoints."), true);
        return nullptr;
    }
    const std::shared_ptr<const lengua::Gpt> gpt = model->gpt;
    const std::shared_ptr<const lengua::Tokenizer> tokenizer = model->tokenizer;
    const auto* bpe = dynamic_cast<const lengua::ByteLevelBpe*>(tokenizer.get());
    const QString name = QString::fromStdString(model->name);
    JobHandle* job = m_jobs.start(
        tr("Exporting %1").arg(name), [gpt, tokenizer, bpe, folder](lengua::JobContext& context) -> std::any {
            context.reportProgress(0.0, "writing model.safetensors");
            lengua::Gpt2Checkpoint::exportTo(*gpt, toPath(folder), bpe);
            // Other tokenizers have no vocab.json + merges.txt form; tokenizer.json keeps them.
            if (!bpe && tokenizer)
                lengua::TokenizerFile::writeJson(*tokenizer, toPath(folder) / "tokenizer.json");
            return {};
        });
    const QString kind = tokenizer ? QString::fromStdString(tokenizer->kind()) : QString();
    connect(job, &JobHandle::succeeded, this, [this, folder, name, bpe, kind] {
        if (bpe)
            setStatus(tr("%1 was written to %2 (config.json, model.safetensors, vocab.json, "
                         "merges.txt).").arg(name, folder), false);
        else
            setStatus(tr("%1 was written to %2 without vocab.json and merges.txt: only byte-level "
                         "BPE tokenizers have that form, and this model's tokenizer is a %3 "
                         "tokenizer. It was saved as tokenizer.json instead, which GPT-2 tools do "
                         "not read.").arg(name, folder, kind), true);
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        setStatus(tr("The model could not be exported: %1").arg(error), true);
    });
    return job;
}
