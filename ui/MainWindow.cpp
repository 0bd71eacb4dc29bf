#include "MainWindow.h"

#include "CorpusImporter.h"
#include "LanguageManager.h"
#include "LessonRegistry.h"
#include "SampleCorpora.h"
#include "Theme.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsDock.h"
#include "panels/LessonPanel.h"

#include "store/WorkspaceFile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int maxRecentFiles = 8;
const char* workspaceFilter = QT_TRANSLATE_NOOP("MainWindow", "Lengua workspaces (*.lengua)");

} // namespace

MainWindow::MainWindow(LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent), m_languages(languages), m_workspace(new Workspace(this)),
      m_jobs(new JobRunner(this)), m_importer(new CorpusImporter(*m_workspace, *m_jobs, this, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lengua.svg")));
    setAcceptDrops(true);
    m_context = new LessonContext{*m_workspace, *m_jobs, *m_importer};

    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_jobsDock = new JobsDock(*m_jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    createNavigator();
    createActions();
    createMenus();

    m_statusWorkspace = new QLabel(this);
    m_statusJobs = new QLabel(this);
    statusBar()->addWidget(m_statusWorkspace, 1);
    statusBar()->addPermanentWidget(m_statusJobs);

    connect(m_workspace, &Workspace::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::corporaChanged, this, &MainWindow::updateStatus);
    connect(m_jobs, &JobRunner::jobStarted, this, &MainWindow::updateStatus);
    connect(m_jobs, &JobRunner::jobFinished, this, &MainWindow::updateStatus);
    connect(m_importer, &CorpusImporter::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_importer, &CorpusImporter::importFailed, this,
            [this](const QString& text) { m_lastError = text; });

    retranslate();
    restoreSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_jobs->cancelAllAndWait();
    delete m_context;
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_importer->setInteractive(interactive);
}

void MainWindow::createNavigator()
{
    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("LessonNavigator"));
    m_navigator->setIconSize(QSize(22, 22));
    m_navigator->setSpacing(2);
    m_navigator->setMinimumWidth(160);
    for (const Lesson& lesson : LessonRegistry::lessons()) {
        auto* item = new QListWidgetItem(QIcon::fromTheme(lesson.iconName,
                                                          QIcon(QStringLiteral(":/icons/lengua.svg"))),
                                         lesson.title());
        item->setData(Qt::UserRole, lesson.id);
        m_navigator->addItem(item);
    }
    m_navigatorDock = new QDockWidget(this);
    m_navigatorDock->setObjectName(QStringLiteral("LessonsDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(LessonRegistry::lessons().size()))
            showLesson(LessonRegistry::lessons()[row].id);
    });
}

void MainWindow::createActions()
{
    auto make = [this](const QString& icon, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(this);
        if (!icon.isEmpty())
            action->setIcon(QIcon::fromTheme(icon));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(QStringLiteral("document-new"), QKeySequence::New, &MainWindow::newWorkspace);
    m_openAction = make(QStringLiteral("document-open"), QKeySequence::Open,
                        &MainWindow::openWorkspaceWithDialog);
    m_saveAction = make(QStringLiteral("document-save"), QKeySequence::Save, [this] { save(); });
    m_saveAsAction = make(QStringLiteral("document-save-as"), QKeySequence(QStringLiteral("Ctrl+Shift+S")),
                          [this] { saveAsWithDialog(); });
    m_importAction = make(QStringLiteral("document-import"), QKeySequence(QStringLiteral("Ctrl+I")),
                          [this] { m_importer->importWithDialog(); });
    m_importFolderAction = make(QStringLiteral("folder-open"), QKeySequence(QStringLiteral("Ctrl+Shift+I")),
                                [this] { m_importer->importFolderWithDialog(); });
    m_exportAction = make(QStringLiteral("document-export"), QKeySequence(QStringLiteral("Ctrl+E")),
                          &MainWindow::exportCurrentView);
    m_quitAction = make(QStringLiteral("application-exit"), QKeySequence(QStringLiteral("Ctrl+Q")),
                        &QWidget::close);
    m_fullScreenAction = make(QStringLiteral("view-fullscreen"), QKeySequence::FullScreen, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    m_largerTextAction = make(QStringLiteral("zoom-in"), QKeySequence::ZoomIn, [this] { changeTextSize(+1); });
    m_smallerTextAction = make(QStringLiteral("zoom-out"), QKeySequence::ZoomOut, [this] { changeTextSize(-1); });
    m_normalTextAction = make(QStringLiteral("zoom-original"), QKeySequence(QStringLiteral("Ctrl+0")),
                              [this] { changeTextSize(0); });

    m_themeGroup = new QActionGroup(this);
    m_lightAction = make(QString(), QKeySequence(), [this] { setTheme(QStringLiteral("light")); });
    m_darkAction = make(QString(), QKeySequence(), [this] { setTheme(QStringLiteral("dark")); });
    for (QAction* a : {m_lightAction, m_darkAction}) {
        a->setCheckable(true);
        m_themeGroup->addAction(a);
    }

    m_languageGroup = new QActionGroup(this);
    m_spanishAction = make(QString(), QKeySequence(), [this] { m_languages.setLanguage(QStringLiteral("es")); });
    m_englishAction = make(QString(), QKeySequence(), [this] { m_languages.setLanguage(QStringLiteral("en")); });
    // Language names are written in their own language and never translated.
    m_spanishAction->setText(QStringLiteral("Español"));
    m_englishAction->setText(QStringLiteral("English"));
    for (QAction* a : {m_spanishAction, m_englishAction}) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString& code) {
        (code == QLatin1String("es") ? m_spanishAction : m_englishAction)->setChecked(true);
        QSettings().setValue(QStringLiteral("ui/language"), code);
    });

    m_shortcutsAction = make(QStringLiteral("help-keyboard-shortcuts"), QKeySequence(QStringLiteral("F1")),
                             &MainWindow::showShortcuts);
    m_aboutAction = make(QStringLiteral("help-about"), QKeySequence(), &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_sampleMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(m_jobsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addAction(m_lightAction);
    m_themeMenu->addAction(m_darkAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_largerTextAction);
    m_viewMenu->addAction(m_smallerTextAction);
    m_viewMenu->addAction(m_normalTextAction);
    m_viewMenu->addAction(m_fullScreenAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_spanishAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_sampleMenu->setTitle(tr("Sample &corpora"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New workspace"));
    m_newAction->setToolTip(tr("Start an empty workspace"));
    m_openAction->setText(tr("&Open workspace…"));
    m_saveAction->setText(tr("&Save workspace"));
    m_saveAsAction->setText(tr("Save workspace &as…"));
    m_importAction->setText(tr("&Import corpus…"));
    m_importAction->setToolTip(tr("Load text, CSV/TSV, JSON Lines, HTML or fortune files as a corpus"));
    m_importFolderAction->setText(tr("Import &folder…"));
    m_importFolderAction->setToolTip(tr("Load every text file of a folder, one document per file"));
    m_exportAction->setText(tr("&Export current view…"));
    m_exportAction->setToolTip(tr("Save the picture (PNG, SVG) or the table (CSV) the panel shows"));
    m_quitAction->setText(tr("&Quit"));
    m_fullScreenAction->setText(tr("&Full screen"));
    m_largerTextAction->setText(tr("Lar&ger text"));
    m_smallerTextAction->setText(tr("&Smaller text"));
    m_normalTextAction->setText(tr("&Normal text size"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("&Dark"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Lengua"));
    m_navigatorDock->setWindowTitle(tr("Lessons"));
    m_navigatorDock->toggleViewAction()->setText(tr("&Lessons"));
    m_jobsDock->toggleViewAction()->setText(tr("&Jobs"));
    for (int row = 0; row < m_navigator->count(); ++row) {
        const Lesson& lesson = LessonRegistry::lessons()[row];
        m_navigator->item(row)->setText(QStringLiteral("%1. %2").arg(row + 1).arg(lesson.title()));
        m_navigator->item(row)->setToolTip(lesson.summary());
    }
    rebuildRecentMenu();
    rebuildSampleMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect screen = QApplication::primaryScreen()
                                 ? QApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1280, 800);
        resize(std::min(1400, screen.width()), std::min(900, screen.height()));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: a slim navigator and a short jobs dock leave room for the lesson.
        resizeDocks({m_navigatorDock}, {215}, Qt::Horizontal);
        resizeDocks({m_jobsDock}, {110}, Qt::Vertical);
    }
    setTheme(settings.value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString());
    m_textSize = settings.value(QStringLiteral("ui/textSize"), 0).toInt();
    if (m_textSize > 0)
        Theme::setTextSize(m_textSize);
    (m_languages.language() == QLatin1String("es") ? m_spanishAction : m_englishAction)->setChecked(true);
    const QString lesson = settings.value(QStringLiteral("ui/lesson"), QStringLiteral("corpus")).toString();
    if (!showLesson(lesson))
        showLesson(LessonRegistry::lessons().front().id);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("ui/lesson"), currentLessonId());
    settings.setValue(QStringLiteral("ui/textSize"), m_textSize);
}

bool MainWindow::showLesson(const QString& id)
{
    const Lesson* lesson = LessonRegistry::find(id);
    if (!lesson)
        return false;
    LessonPanel*& panel = m_panels[id];
    if (!panel) {
        // In a scroll area: a panel wider than the window scrolls instead of widening
        // the window or squeezing the lesson navigator (1280x800, projectors).
        auto* scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        panel = lesson->create(*m_context, scroll);
        panel->setObjectName(id + QStringLiteral("Panel"));
        scroll->setWidget(panel);
        m_stack->addWidget(scroll);
    }
    m_stack->setCurrentWidget(panel->parentWidget()->parentWidget());
    for (int row = 0; row < m_navigator->count(); ++row) {
        if (m_navigator->item(row)->data(Qt::UserRole).toString() == id && m_navigator->currentRow() != row) {
            const QSignalBlocker block(m_navigator);
            m_navigator->setCurrentRow(row);
        }
    }
    return true;
}

QString MainWindow::currentLessonId() const
{
    const LessonPanel* current = currentPanel();
    for (const auto& [id, panel] : m_panels)
        if (panel == current)
            return id;
    return QString();
}

LessonPanel* MainWindow::currentPanel() const
{
    const auto* scroll = qobject_cast<QScrollArea*>(m_stack->currentWidget());
    return scroll ? qobject_cast<LessonPanel*>(scroll->widget()) : nullptr;
}

// ---- workspace files ------------------------------------------------------------

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    m_workspace->clear();
}

void MainWindow::openWorkspaceWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr(workspaceFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

JobHandle* MainWindow::openWorkspace(const QString& path)
{
    const std::string file = QFile::encodeName(path).toStdString();
    JobHandle* job = m_jobs->start(tr("Opening %1").arg(QFileInfo(path).fileName()),
                                   [file](lengua::JobContext& context) -> std::any {
                                       return std::make_shared<lengua::WorkspaceContent>(
                                           lengua::WorkspaceFile::read(file, context));
                                   });
    connect(job, &JobHandle::succeeded, this, [this, path](const std::any& result) {
        auto content = std::any_cast<std::shared_ptr<lengua::WorkspaceContent>>(result);
        m_workspace->replaceContent(std::move(*content), path);
        addRecentFile(path);
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        reportError(tr("Could not open the workspace"),
                    tr("%1\n\nThe workspace you had open is unchanged.").arg(error));
    });
    return job;
}

JobHandle* MainWindow::saveWorkspaceAs(const QString& path)
{
    const std::string file = QFile::encodeName(path).toStdString();
    auto content = std::make_shared<const lengua::WorkspaceContent>(m_workspace->content());
    JobHandle* job = m_jobs->start(tr("Saving %1").arg(QFileInfo(path).fileName()),
                                   [file, content](lengua::JobContext& context) -> std::any {
                                       lengua::WorkspaceFile::write(file, *content, context);
                                       return true;
                                   });
    connect(job, &JobHandle::succeeded, this, [this, path](const std::any&) {
        m_workspace->setFilePath(path);
        m_workspace->setModified(false);
        addRecentFile(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
        if (m_closeAfterSave)
            close();
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        m_closeAfterSave = false;
        reportError(tr("Could not save the workspace"), error);
    });
    connect(job, &JobHandle::cancelled, this, [this] { m_closeAfterSave = false; });
    return job;
}

bool MainWindow::save()
{
    if (m_workspace->filePath().isEmpty())
        return saveAsWithDialog();
    saveWorkspaceAs(m_workspace->filePath());
    return true;
}

bool MainWindow::saveAsWithDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), m_workspace->filePath(),
                                                tr(workspaceFilter));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".lengua")))
        path += QStringLiteral(".lengua");
    saveWorkspaceAs(path);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_workspace->isModified() || !m_interactive)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The workspace has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    // Saving runs as a job; the caller's action is dropped and the user repeats it.
    save();
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_workspace->isModified() && m_interactive) {
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("The workspace has changes that are not saved. Save them before quitting?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            event->ignore();
            m_closeAfterSave = save();
            return;
        }
    }
    saveSettings();
    m_jobs->cancelAllAndWait();
    event->accept();
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentWorkspaces")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentWorkspaces"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openWorkspace(path);
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::rebuildSampleMenu()
{
    m_sampleMenu->clear();
    for (const SampleCorpus& sample : SampleCorpora::all()) {
        QAction* action = m_sampleMenu->addAction(SampleCorpora::title(sample), this,
                                                  [this, id = sample.id] { loadSample(id); });
        const bool available = SampleCorpora::isAvailable(sample);
        action->setEnabled(available);
        action->setObjectName(QStringLiteral("sample-") + sample.id);
        if (!available)
            action->setToolTip(tr("Not installed: run “sudo apt-get install %1” and restart Lengua")
                                   .arg(sample.package));
        else if (!sample.package.isEmpty())
            action->setToolTip(tr("From the Debian package %1").arg(sample.package));
    }
    m_sampleMenu->setToolTipsVisible(true);
}

void MainWindow::loadSample(const QString& id)
{
    for (const SampleCorpus& sample : SampleCorpora::all()) {
        if (sample.id != id)
            continue;
        switch (sample.kind) {
        case SampleCorpus::Kind::Embedded:
            m_importer->loadEmbeddedSample();
            break;
        case SampleCorpus::Kind::FortuneFolder:
            m_importer->loadFortunes(sample.location, sample.package);
            break;
        case SampleCorpus::Kind::SwordModule:
            m_importer->loadSwordModule(sample.location, SampleCorpora::title(sample));
            break;
        }
        showLesson(QStringLiteral("corpus"));
    }
}

void MainWindow::exportCurrentView()
{
    if (LessonPanel* panel = currentPanel())
        panel->exportCurrentView();
}

// ---- view and help --------------------------------------------------------------

void MainWindow::setTheme(const QString& name)
{
    const Theme::Mode mode = Theme::parse(name);
    Theme::apply(mode);
    (mode == Theme::Mode::Dark ? m_darkAction : m_lightAction)->setChecked(true);
    QSettings().setValue(QStringLiteral("ui/theme"), Theme::name(mode));
}

void MainWindow::changeTextSize(int delta)
{
    const int current = m_textSize > 0 ? m_textSize : Theme::defaultTextSize();
    m_textSize = delta == 0 ? 0 : std::clamp(current + delta, 7, 32);
    Theme::setTextSize(m_textSize);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<QAction*> actions = findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action->text().remove(QLatin1Char('&'))));
        table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 420);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Lengua"),
        tr("<h3>Lengua %1</h3><p>A workbench for seeing how language models work: load a corpus, "
           "clean and tokenize it, train the models of a modern NLP course on it and look inside "
           "each one.</p><p>Built with Qt %2, ICU, SQLite, libxml2 and SWORD.</p>")
            .arg(QStringLiteral(LENGUA_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    const QString file = m_workspace->filePath().isEmpty()
                             ? tr("Untitled workspace")
                             : QFileInfo(m_workspace->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — Lengua").arg(file));
    setWindowModified(m_workspace->isModified());
}

void MainWindow::updateStatus()
{
    if (!m_statusWorkspace)
        return;
    m_statusWorkspace->setText(tr("%n corpus(es) in the workspace", nullptr,
                                  int(m_workspace->corpora().size())));
    const int running = m_jobs->runningCount();
    m_statusJobs->setText(running ? tr("%n job(s) running", nullptr, running) : tr("Ready"));
}

void MainWindow::reportError(const QString& title, const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

// ---- drag and drop --------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    QStringList workspaces;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        (path.endsWith(QLatin1String(".lengua")) ? workspaces : paths) << path;
    }
    if (!workspaces.isEmpty() && maybeSave())
        openWorkspace(workspaces.front());
    if (!paths.isEmpty()) {
        m_importer->importPaths(paths);
        showLesson(QStringLiteral("corpus"));
    }
    event->acceptProposedAction();
}
