// The Projection lesson's texts: the lesson box (why 2-D, what PCA, t-SNE and UMAP keep)
// and the explanation of the layout's quality measures.
#pragma once

#include <QCoreApplication>
#include <QString>

class ProjectionLessonText {
    Q_DECLARE_TR_FUNCTIONS(ProjectionLessonText)
public:
    static QString html();
    static QString qualityToolTip();
};
