#include "LessonRegistry.h"

#include "panels/CorpusPanel.h"

#include <QCoreApplication>

const std::vector<Lesson>& LessonRegistry::lessons()
{
    static const std::vector<Lesson> registry = {
        Lesson{QStringLiteral("corpus"),
               [] { return QCoreApplication::translate("LessonRegistry", "Corpus"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Documents, vocabulary, frequencies, Zipf's law and "
                                         "concordances");
               },
               QStringLiteral("accessories-dictionary"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new CorpusPanel(context.workspace, context.jobs, context.importer,
                                          parent);
               }},
    };
    return registry;
}

const Lesson* LessonRegistry::find(const QString& id)
{
    for (const Lesson& lesson : lessons())
        if (lesson.id == id)
            return &lesson;
    return nullptr;
}
