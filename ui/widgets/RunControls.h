// The run row of a lesson's controls: a start button (Train, Count…, labelled by the
// lesson), Cancel, a thin progress bar shown while the job runs, and a status line that
// turns red for a problem.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

class RunControls : public QWidget {
    Q_OBJECT
public:
    explicit RunControls(QWidget* parent = nullptr);

    QPushButton* runButton() const { return m_runButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    // Start is enabled when nothing runs and there is something to run on.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void setCanRun(bool canRun);
    void setProgress(double fraction, const QString& message);
    // Plain or rich text; problem: shown in red.
    void setStatus(const QString& text, bool problem = false);
    QString statusText() const;
    void retranslate();

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

private:
    void updateButtons();

    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    bool m_running = false;
    bool m_canRun = true;
};
