// Word-vector import and export jobs; see EmbeddingFiles.h.
#include "EmbeddingFiles.h"

#include "core/JobContext.h"
#include "embed/ProjectorTsvFile.h"
#include "embed/WordVectorFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <filesystem>

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdU32String());
}

} // namespace

lengua::Job::Function EmbeddingFiles::importJob(const QString& path)
{
    return [path](lengua::JobContext& context) -> std::any {
        auto vectors = std::make_shared<const lengua::WordVectors>(
            lengua::WordVectorFile::read(toPath(path), &context));
        context.reportProgress(1.0);
        return std::shared_ptr<const lengua::WordVectors>(std::move(vectors));
    };
}

lengua::Job::Function EmbeddingFiles::exportJob(std::shared_ptr<const lengua::WordVectors> vectors,
                                                const QString& path, EmbeddingFileFormat format)
{
    return [vectors, path, format](lengua::JobContext& context) -> std::any {
        QStringList written{path};
        switch (format) {
        case EmbeddingFileFormat::Word2VecText:
            lengua::WordVectorFile::write(*vectors, toPath(path), lengua::WordVectorFormat::Word2VecText);
            break;
        case EmbeddingFileFormat::Word2VecBinary:
            lengua::WordVectorFile::write(*vectors, toPath(path), lengua::WordVectorFormat::Word2VecBinary);
            break;
        case EmbeddingFileFormat::ProjectorTsv: {
            const QString metadata = projectorMetadataPath(path);
            lengua::ProjectorTsvFile::write(*vectors, toPath(path), toPath(metadata));
            written << metadata;
            break;
        }
        }
        context.reportProgress(1.0);
        return written;
    };
}

QString EmbeddingFiles::projectorMetadataPath(const QString& vectorsPath)
{
    const QFileInfo info(vectorsPath);
    const QString base = info.completeBaseName();
    const QString name = base.compare(QLatin1String("vectors"), Qt::CaseInsensitive) == 0
                             ? QStringLiteral("metadata.tsv")
                             : base + QStringLiteral("-metadata.tsv");
    return info.dir().filePath(name);
}

QString EmbeddingFiles::filter(EmbeddingFileFormat format)
{
    switch (format) {
    case EmbeddingFileFormat::Word2VecText:
        return tr("word2vec text (*.txt *.vec)");
    case EmbeddingFileFormat::Word2VecBinary:
        return tr("word2vec binary (*.bin)");
    case EmbeddingFileFormat::ProjectorTsv:
        return tr("TensorFlow projector vectors + metadata (*.tsv)");
    }
    return {};
}

QString EmbeddingFiles::importFilter()
{
    return tr("Word vectors (*.txt *.vec *.bin *.w2v *.glove);;All files (*)");
}
