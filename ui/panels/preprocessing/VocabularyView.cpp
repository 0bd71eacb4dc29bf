// The Vocabulary tab of the Preprocessing panel (see VocabularyView.h).
#include "VocabularyView.h"

#include "widgets/ViewExporter.h"
#include "widgets/VocabularyChart.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

VocabularyView::VocabularyView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("vocabularyTab"));
    m_chart = new VocabularyChart(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("vocabularyHint"));
    m_hint->setWordWrap(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("chartExportButton"));
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportPictureWithDialog(m_chart, this); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_export, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addLayout(bottom);
}

void VocabularyView::retranslate()
{
    m_hint->setText(QCoreApplication::translate("PreprocessingPanel",
                                                "Blue bars: the vocabulary (distinct words) after "
                                                "each step, bottom axis. Orange bars: the running "
                                                "words, top axis. Case folding and stemming shrink "
                                                "the vocabulary; stop-word removal shrinks the "
                                                "text. Hover over a bar for its value."));
    m_export->setText(QCoreApplication::translate("PreprocessingPanel", "Export picture…"));
    m_export->setToolTip(QCoreApplication::translate("PreprocessingPanel",
                                                     "Saves the chart as PNG (twice the screen "
                                                     "resolution) or SVG"));
}
