// Base of every lesson panel: it reads inputs from the Workspace, runs its long
// work through the JobRunner, and follows the language of the UI. Panels never
// call each other; they observe the Workspace.
#pragma once

#include <QWidget>

class JobRunner;
class Workspace;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    LessonPanel(Workspace& workspace, JobRunner& jobs, QWidget* parent = nullptr);

    // File > Export: saves what the panel currently shows (picture as PNG/SVG,
    // table as CSV), asking for the file name. The default grabs the whole panel.
    virtual void exportCurrentView();
    // The lesson box's button: loads the lecture's own example for this lesson.
    virtual void loadLectureExample() {}
    // Shows one named view of the panel (a tab, a mode), for --panel NAME:VIEW and
    // scripted screenshots. Returns false for an unknown view.
    virtual bool showView(const QString& view) { return view.isEmpty(); }

protected:
    // Re-sets every user-visible string; called on construction by the subclass and
    // whenever the UI language changes.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

    Workspace& m_workspace;
    JobRunner& m_jobs;
};
