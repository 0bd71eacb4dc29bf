// The jobs dock: every job of the session, newest first, with progress and a
// cancel button; finished jobs keep their outcome until cleared.
#pragma once

#include <QDockWidget>

class JobHandle;
class JobRow;
class JobRunner;
class QPushButton;
class QVBoxLayout;
class QLabel;

class JobsDock : public QDockWidget {
    Q_OBJECT
public:
    JobsDock(JobRunner& runner, QWidget* parent = nullptr);

    JobRow* rowFor(const JobHandle* job) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void addJob(JobHandle* job);
    void removeJob(JobHandle* job);
    void retranslate();
    void updateEmptyState();

    JobRunner& m_runner;
    QVBoxLayout* m_rows;
    QLabel* m_empty;
    QPushButton* m_clear;
    QList<JobRow*> m_rowWidgets;
};
