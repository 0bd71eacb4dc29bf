#include "LessonPanel.h"

#include "widgets/ViewExporter.h"

#include <QEvent>

LessonPanel::LessonPanel(Workspace& workspace, JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs)
{
}

void LessonPanel::exportCurrentView()
{
    ViewExporter::exportPictureWithDialog(this, this);
}

void LessonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
