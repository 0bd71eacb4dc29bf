#include "LessonRegistry.h"

#include "panels/CorpusPanel.h"
#include "panels/PreprocessingPanel.h"
#include "panels/TokenizationPanel.h"

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
        Lesson{QStringLiteral("preprocessing"),
               [] { return QCoreApplication::translate("LessonRegistry", "Preprocessing"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Cleaning, normalisation, sentences, tokens, stop words, "
                                         "stems, lemmas and spelling, step by step");
               },
               QStringLiteral("edit-find-replace"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new PreprocessingPanel(context.workspace, context.jobs,
                                                 context.importer, parent);
               }},
        Lesson{QStringLiteral("tokenization"),
               [] { return QCoreApplication::translate("LessonRegistry", "Tokenization"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Words, characters and subwords: BPE and WordPiece "
                                         "trained, compared and replayed merge by merge");
               },
               QStringLiteral("format-text-bold"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new TokenizationPanel(context.workspace, context.jobs,
                                                &context.importer, parent);
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
