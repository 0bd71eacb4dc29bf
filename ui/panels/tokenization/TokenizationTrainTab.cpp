// The Train tab of the Tokenization panel (see TokenizationTrainTab.h).
#include "TokenizationTrainTab.h"

#include "CorpusImporter.h"
#include "TokenizationUi.h"
#include "TokenizerCatalog.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "tokenize/BpeFiles.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/TokenizerFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

TokenizationTrainTab::TokenizationTrainTab(TokenizerCatalog& catalog, CorpusImporter* importer,
                                           QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_importer(importer)
{
    setObjectName(QStringLiteral("trainTab"));
    QWidget* formBox = buildForm();
    QWidget* listBox = buildList();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(formBox, 2);
    layout->addSpacing(12);
    layout->addWidget(listBox, 3);
    m_methodCombo->setCurrentIndex(-1);
    m_methodCombo->setCurrentIndex(0);
}

bool TokenizationTrainTab::interactive() const
{
    // Message boxes only in a real session: scripts and tests have no one to click them.
    return m_importer && m_importer->isInteractive();
}

QWidget* TokenizationTrainTab::buildForm()
{
    QFont bold = font();
    bold.setBold(true);
    m_formTitle = new QLabel(this);
    m_formTitle->setFont(bold);
    m_methodLabel = new QLabel(this);
    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    for (auto method : {TokenizerTrainingRequest::Method::Bpe, TokenizerTrainingRequest::Method::WordPiece,
                        TokenizerTrainingRequest::Method::Word, TokenizerTrainingRequest::Method::Character})
        m_methodCombo->addItem(QString(), int(method));
    m_sizeLabel = new QLabel(this);
    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setObjectName(QStringLiteral("vocabularySizeSpin"));
    m_sizeSpin->setRange(2, 200000);
    m_sizeSpin->setSingleStep(100);
    m_sizeSpin->setValue(1000);
    m_sizeSpin->setGroupSeparatorShown(true);
    m_minimumLabel = new QLabel(this);
    m_minimumSpin = new QSpinBox(this);
    m_minimumSpin->setObjectName(QStringLiteral("minimumFrequencySpin"));
    m_minimumSpin->setRange(1, 100000);
    m_minimumSpin->setValue(2);
    m_specialLabel = new QLabel(this);
    m_specialEdit = new QLineEdit(this);
    m_specialEdit->setObjectName(QStringLiteral("specialTokensEdit"));
    m_holdOutCheck = new QCheckBox(this);
    m_holdOutCheck->setObjectName(QStringLiteral("holdOutCheck"));
    m_holdOutCheck->setChecked(true);
    m_lowercaseCheck = new QCheckBox(this);
    m_trainingCorpusLabel = new QLabel(this);
    m_trainingCorpusValue = new QLabel(this);
    m_trainingCorpusValue->setWordWrap(true);
    m_methodLabel->setBuddy(m_methodCombo);
    m_sizeLabel->setBuddy(m_sizeSpin);
    m_minimumLabel->setBuddy(m_minimumSpin);
    m_specialLabel->setBuddy(m_specialEdit);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto method = TokenizerTrainingRequest::Method(m_methodCombo->currentData().toInt());
        QStringList specials;
        for (const std::string& token : TokenizerTrainingRequest::defaultSpecialTokens(method))
            specials << QString::fromStdString(token);
        m_specialEdit->setText(specials.join(QLatin1Char(' ')));
        updateForm();
    });

    m_trainButton = new QPushButton(this);
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelTrainingButton"));
    m_cancelButton->setEnabled(false);
    m_trainingProgress = new QProgressBar(this);
    m_trainingProgress->setRange(0, 1000);
    m_trainingProgress->setValue(0);
    m_trainingProgress->setTextVisible(false);
    m_trainingStatus = new QLabel(this);
    m_trainingStatus->setObjectName(QStringLiteral("trainingStatus"));
    m_trainingStatus->setWordWrap(true);
    connect(m_trainButton, &QPushButton::clicked, this, &TokenizationTrainTab::train);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_trainingJob)
            m_trainingJob->cancel();
    });

    auto* form = new QFormLayout;
    form->addRow(m_trainingCorpusLabel, m_trainingCorpusValue);
    form->addRow(m_methodLabel, m_methodCombo);
    form->addRow(m_sizeLabel, m_sizeSpin);
    form->addRow(m_minimumLabel, m_minimumSpin);
    form->addRow(m_specialLabel, m_specialEdit);
    form->addRow(QString(), m_holdOutCheck);
    form->addRow(QString(), m_lowercaseCheck);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto* formBox = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formTitle);
    formLayout->addLayout(form);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_trainingProgress);
    formLayout->addWidget(m_trainingStatus);
    formLayout->addStretch(1);
    return formBox;
}

QWidget* TokenizationTrainTab::buildList()
{
    QFont bold = font();
    bold.setBold(true);
    m_listTitle = new QLabel(this);
    m_listTitle->setFont(bold);
    m_tokenizerList = new QTreeWidget(this);
    m_tokenizerList->setObjectName(QStringLiteral("tokenizerList"));
    m_tokenizerList->setRootIsDecorated(false);
    m_tokenizerList->setColumnCount(3);
    m_tokenizerList->setAlternatingRowColors(true);
    m_tokenizerList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tokenizerList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tokenizerList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tokenizerList->header()->setStretchLastSection(false);
    m_importButton = new QToolButton(this);
    m_importButton->setObjectName(QStringLiteral("importTokenizerButton"));
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_importButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                             style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_importButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* importMenu = new QMenu(m_importButton);
    importMenu->addAction(QString(), this, [this] { importWithDialog(false); })->setObjectName(
        QStringLiteral("importFile"));
    importMenu->addAction(QString(), this, [this] { importWithDialog(true); })->setObjectName(
        QStringLiteral("importFolder"));
    m_importButton->setMenu(importMenu);
    connect(m_importButton, &QToolButton::clicked, this, [this] { importWithDialog(false); });
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportTokenizerButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &TokenizationTrainTab::exportWithDialog);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeTokenizerButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &TokenizationTrainTab::removeSelectedTokenizer);
    connect(m_tokenizerList, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_tokenizerList->selectedItems().isEmpty();
        m_exportButton->setEnabled(selected);
        m_removeButton->setEnabled(selected);
    });
    m_exportButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_importButton);
    listButtons->addWidget(m_exportButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_removeButton);
    auto* listBox = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_tokenizerList, 1);
    listLayout->addLayout(listButtons);
    return listBox;
}

void TokenizationTrainTab::retranslate()
{
    m_formTitle->setText(TokenizationPanel::tr("Train a tokenizer"));
    m_trainingCorpusLabel->setText(TokenizationPanel::tr("Training corpus:"));
    m_methodLabel->setText(TokenizationPanel::tr("&Method:"));
    for (int i = 0; i < m_methodCombo->count(); ++i) {
        const auto method = TokenizerTrainingRequest::Method(m_methodCombo->itemData(i).toInt());
        m_methodCombo->setItemText(i, TokenizerTrainingRequest::methodName(method));
    }
    const QString tips[] = {
        TokenizationPanel::tr("Byte-level BPE (GPT-2): starts from the 256 bytes and merges the "
                              "most frequent pair"),
        TokenizationPanel::tr("WordPiece (BERT): merges the pair with the highest "
                              "freq(ab) / (freq(a)·freq(b)); continuations start with ##"),
        TokenizationPanel::tr("One token per word: the most frequent words, the rest [UNK]"),
        TokenizationPanel::tr("One token per character")};
    for (int i = 0; i < 4; ++i)
        m_methodCombo->setItemData(i, tips[i], Qt::ToolTipRole);
    m_sizeLabel->setText(TokenizationPanel::tr("&Vocabulary size:"));
    m_sizeSpin->setToolTip(TokenizationPanel::tr("The maximum number of tokens, fixed before "
                                                 "training (special tokens and the alphabet "
                                                 "included)"));
    m_minimumLabel->setText(TokenizationPanel::tr("Minimum &frequency:"));
    m_minimumSpin->setToolTip(TokenizationPanel::tr("A pair (or a word, a character) seen fewer "
                                                    "times is never added"));
    m_specialLabel->setText(TokenizationPanel::tr("&Special tokens:"));
    m_specialEdit->setToolTip(TokenizationPanel::tr("Separated by spaces; they come first in the "
                                                    "vocabulary and are never split"));
    m_holdOutCheck->setText(TokenizationPanel::tr("Hold out the last 10% of the documents"));
    m_holdOutCheck->setToolTip(TokenizationPanel::tr("Train on the other documents, so the "
                                                     "statistics measure the tokenizer on text it "
                                                     "has not seen"));
    m_lowercaseCheck->setText(TokenizationPanel::tr("Lowercase words"));
    m_lowercaseCheck->setToolTip(TokenizationPanel::tr("Word tokenizer: fold case before looking "
                                                       "words up"));
    m_trainButton->setText(TokenizationPanel::tr("&Train"));
    m_trainButton->setToolTip(TokenizationPanel::tr("Trains as a background job; the tokenizer is "
                                                    "added to the workspace"));
    m_cancelButton->setText(TokenizationPanel::tr("Cancel"));
    m_listTitle->setText(TokenizationPanel::tr("Tokenizers in the workspace"));
    m_tokenizerList->setHeaderLabels({TokenizationPanel::tr("Name"), TokenizationPanel::tr("Kind"),
                                      TokenizationPanel::tr("Tokens")});
    m_importButton->setText(TokenizationPanel::tr("&Import…"));
    m_importButton->setToolTip(TokenizationPanel::tr("Opens a tokenizer.json, a vocab.txt (BERT) or "
                                                     "a folder with vocab.json and merges.txt "
                                                     "(GPT-2)"));
    QList<QAction*> importActions = m_importButton->menu()->actions();
    importActions[0]->setText(TokenizationPanel::tr("A file (tokenizer.json, vocab.txt, vocab.json)…"));
    importActions[1]->setText(TokenizationPanel::tr("A folder (vocab.json + merges.txt, or vocab.txt)…"));
    m_exportButton->setText(TokenizationPanel::tr("&Export…"));
    m_exportButton->setToolTip(TokenizationPanel::tr("Saves the selected tokenizer as tokenizer.json, "
                                                     "vocab.txt or vocab.json + merges.txt"));
    m_removeButton->setText(TokenizationPanel::tr("Remove"));
}

// ---------------------------------------------------------------------------------------
// Training

void TokenizationTrainTab::updateForm()
{
    const QString corpus = m_catalog.corpusName();
    m_trainingCorpusValue->setText(corpus.isEmpty() ? TokenizationPanel::tr("none: load a corpus first")
                                                    : corpus);
    const bool running = m_trainingJob && !m_trainingJob->isFinished();
    m_trainButton->setEnabled(!corpus.isEmpty() && !running);
    m_cancelButton->setEnabled(running);
    const auto method = TokenizerTrainingRequest::Method(m_methodCombo->currentData().toInt());
    m_lowercaseCheck->setVisible(method == TokenizerTrainingRequest::Method::Word);
}

void TokenizationTrainTab::setStatus(const QString& text)
{
    m_trainingStatus->setText(text);
}

TokenizerTrainingRequest TokenizationTrainTab::trainingRequest() const
{
    const auto method = TokenizerTrainingRequest::Method(m_methodCombo->currentData().toInt());
    TokenizerTrainingRequest request = m_catalog.requestFor(method);
    request.vocabularySize = std::size_t(m_sizeSpin->value());
    request.minimumFrequency = std::uint64_t(m_minimumSpin->value());
    request.specialTokens.clear();
    for (const QString& token : m_specialEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        request.specialTokens.push_back(token.toStdString());
    request.holdOut = m_holdOutCheck->isChecked();
    request.lowercase = m_lowercaseCheck->isChecked();
    return request;
}

JobHandle* TokenizationTrainTab::train()
{
    return startTraining(trainingRequest());
}

JobHandle* TokenizationTrainTab::startTraining(TokenizerTrainingRequest request)
{
    if (!request.corpus && !request.processedCorpus) {
        m_trainingStatus->setText(TokenizationPanel::tr("Load or choose a corpus to train on."));
        return nullptr;
    }
    const std::string sourceId = request.corpusId;
    const auto method = request.method;
    JobHandle* job = m_catalog.jobs().start(TokenizerTraining::title(request),
                                            TokenizerTraining::job(std::move(request)));
    m_trainingJob = job;
    m_trainingProgress->setValue(0);
    m_trainingStatus->setText(TokenizationPanel::tr("Training…"));
    const bool merges = method == TokenizerTrainingRequest::Method::Bpe
                        || method == TokenizerTrainingRequest::Method::WordPiece;
    connect(job, &JobHandle::progressChanged, this,
            [this, job, merges](double fraction, const QString& message) {
        if (job != m_trainingJob)
            return;
        m_trainingProgress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
        const int percent = int(fraction * 100);
        if (!job->cancelRequested())
            m_trainingStatus->setText(merges
                                          ? TokenizationPanel::tr("Training… %1% (%2)").arg(percent).arg(message)
                                          : TokenizationPanel::tr("Training… %1%").arg(percent));
    });
    connect(job, &JobHandle::succeeded, this, [this, sourceId](const std::any& result) {
        auto trained = std::any_cast<std::shared_ptr<const TrainedTokenizer>>(result);
        const std::string id = m_catalog.addTrained(*trained, sourceId);
        const TokenizerArtefact* added = m_catalog.workspace().tokenizer(id);
        m_trainingStatus->setText(TokenizationPanel::tr("Added “%1”: %2")
                                      .arg(QString::fromStdString(added->name),
                                           QString::fromStdString(added->description)));
    });
    connect(job, &JobHandle::cancelled, this, [this] {
        m_trainingStatus->setText(TokenizationPanel::tr("Training cancelled; nothing was added."));
        m_trainingProgress->setValue(0);
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        m_trainingStatus->setText(TokenizationPanel::tr("Training failed: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job == m_trainingJob)
            m_trainingJob = nullptr;
        updateForm();
    });
    updateForm();
    return job;
}

// ---------------------------------------------------------------------------------------
// The workspace's tokenizers and their files

void TokenizationTrainTab::rebuildList()
{
    const QString selected = m_tokenizerList->currentItem()
                                 ? m_tokenizerList->currentItem()->data(0, Qt::UserRole).toString()
                                 : QString();
    m_tokenizerList->clear();
    for (const TokenizerArtefact& artefact : m_catalog.workspace().tokenizers()) {
        auto* item = new QTreeWidgetItem(m_tokenizerList);
        item->setText(0, QString::fromStdString(artefact.name));
        item->setText(1, QString::fromStdString(artefact.tokenizer->kind()));
        item->setText(2, TokenizationUi::number(artefact.tokenizer->vocabulary().size()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QString::fromStdString(artefact.description));
        item->setData(0, Qt::UserRole, QString::fromStdString(artefact.id));
        if (item->data(0, Qt::UserRole).toString() == selected)
            m_tokenizerList->setCurrentItem(item);
    }
}

JobHandle* TokenizationTrainTab::importTokenizer(const QString& path)
{
    const std::filesystem::path file = toPath(path);
    const QString name = QFileInfo(path).fileName();
    JobHandle* job = m_catalog.jobs().start(TokenizationPanel::tr("Importing the tokenizer %1").arg(name),
                                            [file](lengua::JobContext&) {
        return std::any(std::shared_ptr<const lengua::Tokenizer>(lengua::TokenizerFile::load(file)));
    });
    connect(job, &JobHandle::succeeded, this, [this, path](const std::any& result) {
        TokenizerArtefact artefact;
        artefact.tokenizer = std::any_cast<std::shared_ptr<const lengua::Tokenizer>>(result);
        QFileInfo info(path);
        // "tokenizer.json" and "vocab.txt" say nothing: name it after its folder.
        const QString base = info.isDir() ? info.fileName()
                                          : info.dir().dirName() + QLatin1Char('/') + info.fileName();
        artefact.name = base.toStdString();
        artefact.description = TokenizationPanel::tr("%1, %2 tokens, imported from %3")
                                   .arg(QString::fromStdString(artefact.tokenizer->kind()),
                                        TokenizationUi::number(artefact.tokenizer->vocabulary().size()),
                                        QDir::toNativeSeparators(path))
                                   .toStdString();
        m_catalog.workspace().addTokenizer(std::move(artefact));
    });
    connect(job, &JobHandle::failed, this, [this, path](const QString& error) {
        const QString shown = QDir::toNativeSeparators(path);
        m_trainingStatus->setText(TokenizationPanel::tr("Could not import %1: %2").arg(shown, error));
        if (interactive())
            QMessageBox::warning(this, TokenizationPanel::tr("Import tokenizer"),
                                 TokenizationPanel::tr("Could not import %1:\n%2").arg(shown, error));
    });
    return job;
}

void TokenizationTrainTab::importWithDialog(bool folder)
{
    const QString path = folder
        ? QFileDialog::getExistingDirectory(this, TokenizationPanel::tr("Import a tokenizer folder"))
        : QFileDialog::getOpenFileName(this, TokenizationPanel::tr("Import a tokenizer"), QString(),
                                       TokenizationPanel::tr("Tokenizer files (*.json *.txt);;"
                                                             "All files (*)"));
    if (!path.isEmpty())
        importTokenizer(path);
}

QString TokenizationTrainTab::exportTokenizer(const QString& id, const QString& path, FileFormat format)
{
    const TokenizerArtefact* artefact = m_catalog.workspace().tokenizer(id.toStdString());
    if (!artefact)
        return TokenizationPanel::tr("There is no such tokenizer.");
    try {
        switch (format) {
        case FileFormat::TokenizerJson:
            lengua::TokenizerFile::writeJson(*artefact->tokenizer, toPath(path));
            break;
        case FileFormat::VocabTxt:
            if (artefact->tokenizer->kind() != "wordpiece")
                return TokenizationPanel::tr("vocab.txt holds WordPiece (BERT) vocabularies only.");
            lengua::TokenizerFile::writeVocabTxt(artefact->tokenizer->vocabulary(), toPath(path));
            break;
        case FileFormat::Gpt2Folder: {
            const auto* bpe = dynamic_cast<const lengua::ByteLevelBpe*>(artefact->tokenizer.get());
            if (!bpe)
                return TokenizationPanel::tr("vocab.json + merges.txt hold byte-level BPE (GPT-2) "
                                             "tokenizers only.");
            QDir().mkpath(path);
            lengua::BpeFiles::write(*bpe, toPath(QDir(path).filePath(QStringLiteral("vocab.json"))),
                                    toPath(QDir(path).filePath(QStringLiteral("merges.txt"))));
            break;
        }
        }
    } catch (const std::exception& error) {
        return TokenizationPanel::tr("Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), QString::fromStdString(error.what()));
    }
    return {};
}

void TokenizationTrainTab::exportWithDialog()
{
    QTreeWidgetItem* item = m_tokenizerList->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const TokenizerArtefact* artefact = m_catalog.workspace().tokenizer(id.toStdString());
    if (!artefact)
        return;
    const QString json = TokenizationPanel::tr("Hugging Face tokenizer.json (*.json)");
    const QString vocab = TokenizationPanel::tr("BERT vocab.txt (*.txt)");
    const QString gpt2 = TokenizationPanel::tr("GPT-2 folder: vocab.json + merges.txt (*)");
    QStringList filters{json};
    if (artefact->tokenizer->kind() == "wordpiece")
        filters << vocab;
    if (artefact->tokenizer->kind() == "bpe")
        filters << gpt2;
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, TokenizationPanel::tr("Export the tokenizer"),
                                                QStringLiteral("tokenizer.json"),
                                                filters.join(QStringLiteral(";;")),
                                                &filter);
    if (path.isEmpty())
        return;
    const FileFormat format = filter == vocab ? FileFormat::VocabTxt
                              : filter == gpt2 ? FileFormat::Gpt2Folder
                                               : FileFormat::TokenizerJson;
    const QString error = exportTokenizer(id, path, format);
    if (!error.isEmpty())
        QMessageBox::warning(this, TokenizationPanel::tr("Export tokenizer"), error);
}

void TokenizationTrainTab::removeSelectedTokenizer()
{
    if (QTreeWidgetItem* item = m_tokenizerList->currentItem())
        m_catalog.workspace().removeTokenizer(item->data(0, Qt::UserRole).toString().toStdString());
}
