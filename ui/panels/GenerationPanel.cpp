#include "GenerationPanel.h"

#include <QLabel>
#include <QVBoxLayout>

GenerationPanel::GenerationPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer, QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer), m_placeholder(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    retranslate();
}

void GenerationPanel::retranslate()
{
    m_placeholder->setText(tr("Under construction"));
}
