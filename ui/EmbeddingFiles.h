// Reading and writing word vectors for the Embeddings lesson, as jobs (a GloVe file is
// gigabytes): import detects word2vec text, word2vec binary or GloVe (fastText's .vec is
// word2vec text) with WordVectorFile; export writes word2vec text or binary, or the
// TensorFlow projector's pair of TSV files (ProjectorTsvFile). The jobs only call the engine.
#pragma once

#include "core/Job.h"
#include "embed/WordVectors.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

enum class EmbeddingFileFormat { Word2VecText, Word2VecBinary, ProjectorTsv };

class EmbeddingFiles {
    Q_DECLARE_TR_FUNCTIONS(EmbeddingFiles)
public:
    // The result: std::shared_ptr<const lengua::WordVectors>. Throws Error naming the file
    // and line for anything wrong in it.
    static lengua::Job::Function importJob(const QString& path);
    // The result: the paths written (QStringList). ProjectorTsv writes path (vectors) and
    // projectorMetadataPath(path).
    static lengua::Job::Function exportJob(std::shared_ptr<const lengua::WordVectors> vectors,
                                           const QString& path, EmbeddingFileFormat format);
    // "vectors.tsv" → "metadata.tsv"; "casa.tsv" → "casa-metadata.tsv".
    static QString projectorMetadataPath(const QString& vectorsPath);
    // The file dialog filter of each format, translated.
    static QString filter(EmbeddingFileFormat format);
    static QString importFilter();
};
