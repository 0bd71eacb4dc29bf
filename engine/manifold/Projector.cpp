#include "Projector.h"

#include "Pca.h"
#include "Tsne.h"
#include "Umap.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "core/NumberText.h"

#include <any>
#include <cmath>
#include <string>

namespace lengua {

namespace {

// Each row scaled to unit length; an all-zero row stays at the origin.
arma::mat unitRows(const arma::mat& points)
{
    arma::mat result = points;
    for (arma::uword i = 0; i < result.n_rows; ++i) {
        const double length = arma::norm(result.row(i));
        if (length > 0.0)
            result.row(i) /= length;
    }
    return result;
}

ProjectionFrame frame(ProjectionMethod method, arma::mat coordinates, int iteration, int iterations, bool finished)
{
    ProjectionFrame result;
    result.method = method;
    result.coordinates = std::move(coordinates);
    result.iteration = iteration;
    result.iterations = iterations;
    result.finished = finished;
    return result;
}

// PCA onto two axes; a single coordinate gets a zero second axis.
arma::mat principalPlane(const arma::mat& points)
{
    if (points.n_cols >= 2)
        return Pca::fit(points, 2).coordinates;
    return arma::join_rows(Pca::fit(points, 1).coordinates, arma::vec(points.n_rows, arma::fill::zeros));
}

// A context for the inner method: the same stop token and progress, its partial
// layouts turned into ProjectionFrames.
JobContext innerContext(JobContext* outer, ProjectionMethod method)
{
    auto progress = [outer](const JobProgress& report) { outer->reportProgress(report.fraction, report.message); };
    auto partial = [outer, method](std::any value) {
        if (const auto* tsne = std::any_cast<TsneLayout>(&value))
            outer->publishPartial(std::any(frame(method, tsne->coordinates, tsne->iteration, tsne->iterations, false)));
        else if (const auto* umap = std::any_cast<UmapLayout>(&value))
            outer->publishPartial(std::any(frame(method, umap->coordinates, umap->epoch, umap->epochs, false)));
    };
    return JobContext(outer->stopToken(), progress, partial);
}

} // namespace

void Projector::validate(arma::uword pointCount, const ProjectionSettings& settings)
{
    if (pointCount < 3)
        throw Error("a projection needs at least 3 points, got " + std::to_string(pointCount));
    switch (settings.method) {
    case ProjectionMethod::Pca:
        break;
    case ProjectionMethod::Tsne:
        if (!(settings.tsne.perplexity > 0.0))
            throw Error("t-SNE: the perplexity must be positive, got " + numberText(settings.tsne.perplexity));
        if (settings.tsne.perplexity >= double(pointCount))
            throw Error("t-SNE: the perplexity (" + numberText(settings.tsne.perplexity)
                        + ") must be less than the number of points (" + std::to_string(pointCount) + "); with "
                        + std::to_string(pointCount) + " points use a perplexity below "
                        + std::to_string(pointCount));
        break;
    case ProjectionMethod::Umap:
        Umap::validate(pointCount, settings.umap);
        break;
    }
}

ProjectionFrame Projector::run(const arma::mat& points, const ProjectionSettings& settings, JobContext* job)
{
    validate(points.n_rows, settings);
    if (points.n_cols == 0)
        throw Error("a projection needs points with at least one coordinate");
    if (!points.is_finite())
        throw Error("the points contain a value that is not a finite number (NaN or infinity)");
    const arma::mat input = settings.normaliseRows ? unitRows(points) : points;
    const ProjectionMethod method = settings.method;

    switch (method) {
    case ProjectionMethod::Pca: {
        if (job)
            job->reportProgress(0.0, "principal components");
        ProjectionFrame result = frame(method, principalPlane(input), 1, 1, true);
        if (job) {
            job->throwIfStopped();
            job->reportProgress(1.0, "principal components");
        }
        return result;
    }
    case ProjectionMethod::Tsne: {
        if (!job) {
            const TsneLayout layout = Tsne::run(input, settings.tsne);
            return frame(method, layout.coordinates, layout.iteration, layout.iterations, true);
        }
        JobContext inner = innerContext(job, method);
        const TsneLayout layout = Tsne::run(input, settings.tsne, &inner);
        return frame(method, layout.coordinates, layout.iteration, layout.iterations, true);
    }
    case ProjectionMethod::Umap: {
        if (!job) {
            const UmapLayout layout = Umap::run(input, settings.umap);
            return frame(method, layout.coordinates, layout.epoch, layout.epochs, true);
        }
        JobContext inner = innerContext(job, method);
        const UmapLayout layout = Umap::run(input, settings.umap, &inner);
        return frame(method, layout.coordinates, layout.epoch, layout.epochs, true);
    }
    }
    throw Error("unknown projection method");
}

} // namespace lengua
