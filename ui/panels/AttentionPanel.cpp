#include "AttentionPanel.h"

#include <QLabel>
#include <QVBoxLayout>

AttentionPanel::AttentionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer, QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer), m_placeholder(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    retranslate();
}

void AttentionPanel::retranslate()
{
    m_placeholder->setText(tr("Under construction"));
}
