// The workbench's main window: the lesson navigator on the left, the current
// lesson's panel in the middle, the jobs dock, the menus and the status bar. It
// owns the session's Workspace, JobRunner and CorpusImporter, and wires them to
// the panels listed in LessonRegistry. It computes nothing itself.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <map>

class CorpusImporter;
class JobHandle;
class JobRunner;
class JobsDock;
class LanguageManager;
class LessonPanel;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class Workspace;
struct LessonContext;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() { return *m_workspace; }
    JobRunner& jobs() { return *m_jobs; }
    CorpusImporter& importer() { return *m_importer; }
    JobsDock* jobsDock() const { return m_jobsDock; }

    // Tests and scripted runs turn dialogs off: errors are reported through
    // lastError() and the status bar instead of message boxes.
    void setInteractive(bool interactive);
    QString lastError() const { return m_lastError; }

    bool showLesson(const QString& id);
    QString currentLessonId() const;
    LessonPanel* currentPanel() const;

    // Workspace files; each runs as a job. open keeps the current workspace unless
    // the file reads completely.
    JobHandle* openWorkspace(const QString& path);
    JobHandle* saveWorkspaceAs(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createNavigator();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;

    void newWorkspace();
    void openWorkspaceWithDialog();
    bool save();
    bool saveAsWithDialog();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void rebuildSampleMenu();
    void loadSample(const QString& id);
    void exportCurrentView();
    void showShortcuts();
    void showAbout();
    void setTheme(const QString& name);
    void changeTextSize(int delta);
    void updateTitle();
    void updateStatus();
    void reportError(const QString& title, const QString& message);
    bool maybeSave();

    LanguageManager& m_languages;
    Workspace* m_workspace;
    JobRunner* m_jobs;
    CorpusImporter* m_importer;
    LessonContext* m_context;
    bool m_interactive = true;
    bool m_closeAfterSave = false;
    QString m_lastError;

    QListWidget* m_navigator = nullptr;
    QDockWidget* m_navigatorDock = nullptr;
    QStackedWidget* m_stack = nullptr;
    JobsDock* m_jobsDock = nullptr;
    QLabel* m_statusWorkspace = nullptr;
    QLabel* m_statusJobs = nullptr;
    std::map<QString, LessonPanel*> m_panels;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_sampleMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_importFolderAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_fullScreenAction = nullptr;
    QAction* m_largerTextAction = nullptr;
    QAction* m_smallerTextAction = nullptr;
    QAction* m_normalTextAction = nullptr;
    QAction* m_lightAction = nullptr;
    QAction* m_darkAction = nullptr;
    QAction* m_spanishAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    int m_textSize = 0;
};
