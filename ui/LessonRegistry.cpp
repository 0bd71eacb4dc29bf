#include "LessonRegistry.h"

#include "panels/AttentionPanel.h"
#include "panels/CooccurrencePanel.h"
#include "panels/CorpusPanel.h"
#include "panels/EmbeddingsPanel.h"
#include "panels/GenerationPanel.h"
#include "panels/GptPanel.h"
#include "panels/NgramPanel.h"
#include "panels/PreprocessingPanel.h"
#include "panels/ProjectionPanel.h"
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
        Lesson{QStringLiteral("ngrams"),
               [] { return QCoreApplication::translate("LessonRegistry", "N-grams"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "The chain rule and its n-gram approximation: counts "
                                         "become probabilities, smoothing, perplexity and "
                                         "sentences sampled word by word");
               },
               QStringLiteral("view-list-details"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new NgramPanel(context.workspace, context.jobs, &context.importer,
                                         parent);
               }},
        Lesson{QStringLiteral("cooccurrence"),
               [] { return QCoreApplication::translate("LessonRegistry", "Co-occurrence & TF-IDF"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Word-document and word-word matrices as heatmaps, bag "
                                         "of words, cosine similarity, TF-IDF and BM25 search");
               },
               QStringLiteral("view-grid-symbolic"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new CooccurrencePanel(context.workspace, context.jobs,
                                                &context.importer, parent);
               }},
        Lesson{QStringLiteral("embeddings"),
               [] { return QCoreApplication::translate("LessonRegistry", "Word embeddings"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Dense word vectors: word2vec trained live and PPMI–SVD, "
                                         "nearest neighbours, analogies and evaluation");
               },
               QStringLiteral("applications-science"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new EmbeddingsPanel(context.workspace, context.jobs, &context.importer,
                                              parent);
               }},
        Lesson{QStringLiteral("projection"),
               [] { return QCoreApplication::translate("LessonRegistry", "Projection"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Vectors drawn in 2-D with PCA, t-SNE and UMAP, animated "
                                         "while they run; neighbours before and after");
               },
               QStringLiteral("view-statistics"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new ProjectionPanel(context.workspace, context.jobs, &context.importer,
                                              parent);
               }},
        Lesson{QStringLiteral("attention"),
               [] { return QCoreApplication::translate("LessonRegistry", "Attention"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Self-attention step by step, queries, keys and values, "
                                         "positional encodings, layer norm, and every head of a GPT");
               },
               QStringLiteral("view-grid"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new AttentionPanel(context.workspace, context.jobs, &context.importer,
                                             parent);
               }},
        Lesson{QStringLiteral("gpt"),
               [] { return QCoreApplication::translate("LessonRegistry", "Transformer / GPT"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "Train a small GPT on a corpus and watch the loss go "
                                         "down; open and save GPT-2 checkpoints");
               },
               QStringLiteral("system-run"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new GptPanel(context.workspace, context.jobs, &context.importer, parent);
               }},
        Lesson{QStringLiteral("generation"),
               [] { return QCoreApplication::translate("LessonRegistry", "Generation"); },
               [] {
                   return QCoreApplication::translate(
                       "LessonRegistry", "The next-token distribution under temperature, top-k "
                                         "and top-p; generate step by step or N tokens at once");
               },
               QStringLiteral("document-edit"),
               [](LessonContext& context, QWidget* parent) -> LessonPanel* {
                   return new GenerationPanel(context.workspace, context.jobs, &context.importer,
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
