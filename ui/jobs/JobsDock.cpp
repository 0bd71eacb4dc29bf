#include "JobsDock.h"

#include "JobHandle.h"
#include "JobRow.h"
#include "JobRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

JobsDock::JobsDock(JobRunner& runner, QWidget* parent)
    : QDockWidget(parent), m_runner(runner), m_empty(new QLabel), m_clear(new QPushButton)
{
    setObjectName(QStringLiteral("JobsDock"));
    auto* content = new QWidget;
    auto* outer = new QVBoxLayout(content);
    outer->setContentsMargins(4, 4, 4, 4);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* list = new QWidget;
    m_rows = new QVBoxLayout(list);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addWidget(m_empty);
    m_rows->addStretch(1);
    m_empty->setEnabled(false);
    scroll->setWidget(list);
    outer->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    outer->addLayout(buttons);
    setWidget(content);

    connect(&m_runner, &JobRunner::jobStarted, this, &JobsDock::addJob);
    connect(&m_runner, &JobRunner::jobRemoved, this, &JobsDock::removeJob);
    connect(m_clear, &QPushButton::clicked, &m_runner, &JobRunner::clearFinished);
    for (JobHandle* job : m_runner.jobs())
        addJob(job);
    retranslate();
    updateEmptyState();
}

JobRow* JobsDock::rowFor(const JobHandle* job) const
{
    for (JobRow* row : m_rowWidgets)
        if (row->job() == job)
            return row;
    return nullptr;
}

void JobsDock::addJob(JobHandle* job)
{
    auto* row = new JobRow(job);
    m_rowWidgets.prepend(row);
    m_rows->insertWidget(1, row); // below the empty-state label, newest first
    updateEmptyState();
}

void JobsDock::removeJob(JobHandle* job)
{
    if (JobRow* row = rowFor(job)) {
        m_rowWidgets.removeOne(row);
        delete row;
    }
    updateEmptyState();
}

void JobsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void JobsDock::retranslate()
{
    setWindowTitle(tr("Jobs"));
    m_empty->setText(tr("No jobs yet. Long tasks (loading, counting, training) appear here with "
                        "their progress and a cancel button."));
    m_empty->setWordWrap(true);
    m_clear->setText(tr("Clear finished"));
    m_clear->setToolTip(tr("Remove finished, failed and cancelled jobs from this list"));
    for (JobRow* row : m_rowWidgets)
        row->retranslate();
}

void JobsDock::updateEmptyState()
{
    m_empty->setVisible(m_rowWidgets.isEmpty());
}
