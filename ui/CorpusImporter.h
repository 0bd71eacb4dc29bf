// Loads corpora into the Workspace as jobs: files and folders chosen in a dialog
// or dropped on the window, the embedded sample, fortune files and SWORD Bibles.
// A corpus is added only when its job succeeds, so a cancelled or failed load
// leaves nothing behind. Problems are reported with importFailed() and, when
// interactive, a message box that does not block; decoding fallbacks and
// replaced bytes with notice().
#pragma once

#include "text/LoadOptions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace lengua {
struct Corpus;
class JobContext;
}

class JobHandle;
class JobRunner;
class QWidget;
class Workspace;

class CorpusImporter : public QObject {
    Q_OBJECT
public:
    CorpusImporter(Workspace& workspace, JobRunner& jobs, QWidget* dialogParent,
                   QObject* parent = nullptr);

    // When off (tests, scripts), no dialog or message box is shown: tables are read
    // with automatic options and failures are only signalled.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    // Path of the embedded sample corpus (a Qt resource).
    static QString samplePath();
    // What a person should know about how a corpus was read (encoding fallback,
    // replaced bytes, loader warnings); empty when there is nothing to say.
    static QString noticeFor(const lengua::Corpus& corpus);

public Q_SLOTS:
    void importWithDialog();
    void importFolderWithDialog();
    // Each path becomes one job; CSV, TSV and JSON Lines first ask for their columns
    // (when interactive).
    void importPaths(const QStringList& paths);

public:
    // One load with explicit options (no dialog). Returns the job, or nullptr when
    // nothing was started.
    JobHandle* importPath(const QString& path, const lengua::LoadOptions& options = {});
    // A second call while the sample is still loading returns the same job, so the
    // start-up load and a lesson's example never add the sample twice.
    JobHandle* loadEmbeddedSample();
    JobHandle* loadFortunes(const QString& folder, const QString& name);
    JobHandle* loadSwordModule(const QString& module, const QString& name);

Q_SIGNALS:
    void corpusImported(const QString& id);
    void importFailed(const QString& message);
    void notice(const QString& message);

private:
    using Loader = std::function<lengua::Corpus(lengua::JobContext&)>;
    JobHandle* startLoad(const QString& title, const QString& sourceName, const QString& name,
                         Loader loader);
    void fail(const QString& message);

    Workspace& m_workspace;
    JobRunner& m_jobs;
    QPointer<QWidget> m_dialogParent;
    bool m_interactive = true;
    QPointer<JobHandle> m_sampleLoad; // the running load of the sample, shared by every caller
};
