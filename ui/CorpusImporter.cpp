// Corpus loading jobs (see CorpusImporter.h).
#include "CorpusImporter.h"

#include "Workspace.h"
#include "ImportOptionsDialog.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "text/CorpusLoader.h"
#include "text/SwordLibrary.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

namespace {

QString& lastDirectory()
{
    static QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return directory;
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

CorpusImporter::CorpusImporter(Workspace& workspace, JobRunner& jobs, QWidget* dialogParent,
                               QObject* parent)
    : QObject(parent), m_workspace(workspace), m_jobs(jobs), m_dialogParent(dialogParent)
{
}

QString CorpusImporter::samplePath()
{
    return QStringLiteral(":/samples/lengua-sample.tsv");
}

QString CorpusImporter::noticeFor(const lengua::Corpus& corpus)
{
    QStringList parts;
    const QString name = QString::fromStdString(corpus.name);
    if (corpus.decoding.fallback)
        parts << tr("%1 is not valid UTF-8, so it was read as windows-1252 (Western European): "
                    "check that accented letters look right.").arg(name);
    if (corpus.decoding.replacements > 0)
        parts << (corpus.decoding.replacements == 1
                      ? tr("1 invalid byte sequence was replaced by �.")
                      : tr("%1 invalid byte sequences were replaced by �.")
                            .arg(QLocale().toString(qulonglong(corpus.decoding.replacements))));
    const std::size_t shown = std::min<std::size_t>(corpus.warnings.size(), 3);
    for (std::size_t i = 0; i < shown; ++i)
        parts << QString::fromStdString(corpus.warnings[i]);
    if (corpus.warnings.size() > shown)
        parts << (corpus.warnings.size() - shown == 1
                      ? tr("(and 1 more warning)")
                      : tr("(and %1 more warnings)").arg(corpus.warnings.size() - shown));
    return parts.join(QLatin1Char(' '));
}

void CorpusImporter::importWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_dialogParent, tr("Import corpus files"), lastDirectory(),
        tr("Texts and tables (*.txt *.md *.csv *.tsv *.tab *.jsonl *.ndjson *.html *.htm "
           "*.fortunes);;All files (*)"));
    if (paths.isEmpty())
        return;
    lastDirectory() = QFileInfo(paths.front()).absolutePath();
    importPaths(paths);
}

void CorpusImporter::importFolderWithDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_dialogParent, tr("Import a folder of texts (one document per file)"), lastDirectory());
    if (folder.isEmpty())
        return;
    lastDirectory() = folder;
    importPaths({folder});
}

void CorpusImporter::importPaths(const QStringList& paths)
{
    for (const QString& path : paths) {
        lengua::LoadOptions options;
        const lengua::CorpusFormat format = lengua::detectCorpusFormat(toPath(path));
        const bool table = format == lengua::CorpusFormat::Csv
            || format == lengua::CorpusFormat::Tsv || format == lengua::CorpusFormat::JsonLines;
        if (table && m_interactive && QFileInfo(path).isFile()) {
            lengua::TablePreview preview;
            try {
                lengua::LoadOptions previewOptions;
                previewOptions.format = format;
                preview = lengua::previewTable(toPath(path), previewOptions);
            } catch (const std::exception& error) {
                fail(tr("%1 could not be read.\n\n%2")
                         .arg(QFileInfo(path).fileName(), QString::fromStdString(error.what())));
                continue;
            }
            ImportOptionsDialog dialog(QFileInfo(path).fileName(), preview, m_dialogParent);
            if (dialog.exec() != QDialog::Accepted)
                continue;
            options = dialog.options();
        }
        importPath(path, options);
    }
}

JobHandle* CorpusImporter::importPath(const QString& path, const lengua::LoadOptions& options)
{
    const QString fileName = QFileInfo(path).fileName();
    const std::filesystem::path filePath = toPath(path);
    return startLoad(tr("Loading %1").arg(fileName), fileName, QString(),
                     [filePath, options](lengua::JobContext& context) {
                         return lengua::loadCorpus(filePath, options, context);
                     });
}

JobHandle* CorpusImporter::loadEmbeddedSample()
{
    if (m_sampleLoad && !m_sampleLoad->isFinished())
        return m_sampleLoad;
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build can get here: the sample is compiled in.
        fail(tr("The sample corpus is missing from this build of Lengua."));
        return nullptr;
    }
    auto bytes = std::make_shared<std::string>(file.readAll().toStdString());
    m_sampleLoad = startLoad(tr("Loading the Lengua sample"), tr("The Lengua sample"),
                     tr("Lengua sample"), [bytes](lengua::JobContext& context) {
                         lengua::LoadOptions options;
                         options.format = lengua::CorpusFormat::Tsv;
                         options.textColumn = "text";
                         options.labelColumn = "lang";
                         lengua::Corpus corpus = lengua::loadCorpusFromMemory(
                             *bytes, "lengua-sample.tsv", options, context);
                         corpus.source = "sample";
                         corpus.format = "sample";
                         corpus.language = "mixed";
                         return corpus;
                     });
    return m_sampleLoad;
}

JobHandle* CorpusImporter::loadFortunes(const QString& folder, const QString& name)
{
    const std::filesystem::path path = toPath(folder);
    return startLoad(tr("Loading %1").arg(name), QFileInfo(folder).fileName(), name,
                     [path](lengua::JobContext& context) {
                         lengua::LoadOptions options;
                         options.format = lengua::CorpusFormat::Fortune;
                         return lengua::loadCorpus(path, options, context);
                     });
}

JobHandle* CorpusImporter::loadSwordModule(const QString& module, const QString& name)
{
    const std::string moduleName = module.toStdString();
    return startLoad(tr("Loading %1").arg(name), module, name,
                     [moduleName](lengua::JobContext& context) {
                         // Throws, naming the module, when it is not installed.
                         return lengua::SwordLibrary::loadModule(moduleName, context);
                     });
}

JobHandle* CorpusImporter::startLoad(const QString& title, const QString& sourceName,
                                     const QString& name, Loader loader)
{
    JobHandle* job = m_jobs.start(title, [loader = std::move(loader)](lengua::JobContext& context) {
        // A shared_ptr so the std::any result is cheap to copy and the corpus is moved
        // into the workspace without copying its texts.
        return std::any(std::make_shared<lengua::Corpus>(loader(context)));
    });
    connect(job, &JobHandle::succeeded, this, [this, name](const std::any& result) {
        auto corpus = std::any_cast<std::shared_ptr<lengua::Corpus>>(result);
        if (!name.isEmpty())
            corpus->name = name.toStdString();
        const QString notice = noticeFor(*corpus);
        const std::string id = m_workspace.addCorpus(std::move(corpus));
        if (!notice.isEmpty())
            Q_EMIT this->notice(notice);
        Q_EMIT corpusImported(QString::fromStdString(id));
    });
    connect(job, &JobHandle::failed, this, [this, sourceName](const QString& error) {
        fail(tr("%1 could not be loaded.\n\n%2").arg(sourceName, error));
    });
    return job;
}

void CorpusImporter::fail(const QString& message)
{
    Q_EMIT importFailed(message);
    if (!m_interactive)
        return;
    // open(), not exec(): the window keeps running its jobs while the box is up.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import"), message, QMessageBox::Ok,
                                m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
