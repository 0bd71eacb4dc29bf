#include "ProjectionComputation.h"

#include "cluster/KMeansClustering.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "count/NgramSentences.h"
#include "text/Corpus.h"
#include "manifold/ProjectionQuality.h"
#include "manifold/Projector.h"

#include <algorithm>

namespace {

arma::mat normalisedRows(arma::mat points)
{
    const arma::vec norms = arma::sqrt(arma::sum(arma::square(points), 1));
    for (arma::uword i = 0; i < points.n_rows; ++i)
        if (norms(i) > 0)
            points.row(i) /= norms(i);
    return points;
}

lengua::ProjectionFrame project(const ProjectionRequest& request, lengua::JobContext& job)
{
    lengua::ProjectionSettings settings;
    settings.method = request.method;
    settings.tsne = request.tsne;
    settings.umap.neighbours = request.umapNeighbours;
    settings.umap.minDist = request.umapMinimumDistance;
    settings.umap.epochs = request.umapEpochs;
    settings.normaliseRows = request.normaliseRows;
    settings.setSeed(request.seed);
    return lengua::Projector::run(request.points, settings, &job);
}

} // namespace

lengua::Job::Function ProjectionComputation::job(ProjectionRequest request)
{
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        return project(request, context);
    };
}

lengua::Job::Function ProjectionComputation::qualityJob(arma::mat original, arma::mat layout, int k)
{
    return [original = std::move(original), layout = std::move(layout), k](lengua::JobContext& context) -> std::any {
        ProjectionQualityResult result;
        const int n = static_cast<int>(original.n_rows);
        result.k = std::max(1, std::min(k, (n - 1) / 2));
        if (n < 3)
            throw lengua::Error("too few points to measure a layout");
        const arma::mat unit = normalisedRows(original);
        result.trustworthiness = lengua::ProjectionQuality::trustworthiness(
            unit, layout, static_cast<arma::uword>(result.k), &context);
        result.recall = lengua::ProjectionQuality::neighbourRecall(unit, layout,
                                                                    static_cast<arma::uword>(result.k), &context);
        return result;
    };
}

lengua::Job::Function ProjectionComputation::clusterJob(arma::mat points, int clusters, std::uint64_t seed)
{
    return [points = std::move(points), clusters, seed](lengua::JobContext& context) -> std::any {
        const arma::mat unit = normalisedRows(points);
        const int k = std::min<int>(clusters, static_cast<int>(unit.n_rows));
        return lengua::KMeansClustering::run(unit, k, seed, 100, &context).labels;
    };
}

lengua::Job::Function ProjectionComputation::documentJob(std::shared_ptr<const lengua::Corpus> corpus,
                                                        std::size_t maxDocuments)
{
    return [corpus = std::move(corpus), maxDocuments](lengua::JobContext& context) -> std::any {
        std::vector<lengua::LabelledDocument> documents;
        const std::size_t n = std::min(maxDocuments, corpus->documents.size());
        for (std::size_t i = 0; i < n; ++i) {
            const auto& document = corpus->documents[i];
            documents.push_back({document.id.empty() ? std::to_string(i + 1) : document.id, document.label,
                                 lengua::NgramSentences::words(document.text, corpus->language)});
            if (i % 256 == 0) {
                context.throwIfStopped();
                context.reportProgress(0.3 * static_cast<double>(i) / static_cast<double>(n), "tokenising");
            }
        }
        auto points = std::make_shared<DocumentPoints>();
        for (const auto& document : documents)
            if (!document.tokens.empty())
                points->lengths.push_back(document.tokens.size());
        points->set = lengua::DocumentVectors::build(documents, 100, 2, &context);
        return std::shared_ptr<const DocumentPoints>(std::move(points));
    };
}

QString ProjectionComputation::methodName(lengua::ProjectionMethod method)
{
    switch (method) {
    case lengua::ProjectionMethod::Pca:
        return tr("PCA");
    case lengua::ProjectionMethod::Tsne:
        return tr("t-SNE");
    case lengua::ProjectionMethod::Umap:
        return tr("UMAP");
    }
    return {};
}
