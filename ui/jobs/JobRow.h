// One job in the jobs dock: title, progress bar, message, elapsed time and a
// cancel button; once finished, its outcome.
#pragma once

#include <QWidget>

class JobHandle;
class QLabel;
class QProgressBar;
class QToolButton;
class QTimer;

class JobRow : public QWidget {
    Q_OBJECT
public:
    explicit JobRow(JobHandle* job, QWidget* parent = nullptr);
    JobHandle* job() const { return m_job; }

    void retranslate();

private:
    void refresh();

    JobHandle* m_job;
    QLabel* m_title;
    QLabel* m_message;
    QLabel* m_elapsed;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QTimer* m_clock;
};
