#include "Umap.h"

#include "UmapCurve.h"
#include "UmapFuzzySet.h"
#include "UmapInitialisation.h"
#include "UmapOptimiser.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "core/NumberText.h"

#include <any>
#include <cmath>
#include <string>

namespace lengua {

namespace {

// Shares of the progress bar: the neighbour graph, the starting layout, the epochs.
constexpr double graphShare = 0.15;
constexpr double initialisationShare = 0.05;

} // namespace

void Umap::validate(arma::uword pointCount, const UmapSettings& settings)
{
    if (settings.neighbours < 2)
        throw Error("UMAP needs at least 2 neighbours (n_neighbors counts the point itself), got "
                    + std::to_string(settings.neighbours));
    if (pointCount <= arma::uword(settings.neighbours))
        throw Error("UMAP needs more points than n_neighbors: " + std::to_string(pointCount) + " points, "
                    + std::to_string(settings.neighbours) + " neighbours");
    if (!(settings.spread > 0.0) || !std::isfinite(settings.spread))
        throw Error("UMAP: the spread must be a positive number, got " + numberText(settings.spread));
    if (!(settings.minDist >= 0.0) || !std::isfinite(settings.minDist))
        throw Error("UMAP: the minimum distance must be 0 or more, got " + numberText(settings.minDist));
    if (settings.minDist > settings.spread)
        throw Error("UMAP: the minimum distance (" + numberText(settings.minDist) + ") must not exceed the spread ("
                    + numberText(settings.spread) + ")");
    if (settings.epochs < 0)
        throw Error("UMAP: the number of epochs must be 0 (automatic) or more, got " + std::to_string(settings.epochs));
    if (!(settings.learningRate > 0.0) || !std::isfinite(settings.learningRate))
        throw Error("UMAP: the learning rate must be positive, got " + numberText(settings.learningRate));
    if (settings.negativeSampleRate < 0)
        throw Error("UMAP: the negative sample rate must be 0 or more, got "
                    + std::to_string(settings.negativeSampleRate));
    if (!(settings.repulsionStrength >= 0.0) || !std::isfinite(settings.repulsionStrength))
        throw Error("UMAP: the repulsion strength must be 0 or more, got " + numberText(settings.repulsionStrength));
    if (!(settings.localConnectivity >= 0.0) || !std::isfinite(settings.localConnectivity))
        throw Error("UMAP: the local connectivity must be 0 or more, got " + numberText(settings.localConnectivity));
    if (!(settings.setOpMixRatio >= 0.0 && settings.setOpMixRatio <= 1.0))
        throw Error("UMAP: the set operation mix ratio must be between 0 and 1, got "
                    + numberText(settings.setOpMixRatio));
    if (settings.publishEvery < 0)
        throw Error("UMAP: publishEvery must be 0 (never) or more");
    if (settings.threads < 0)
        throw Error("UMAP: the number of threads must be 0 (automatic) or more");
}

void Umap::validate(const arma::mat& points, const UmapSettings& settings)
{
    if (points.n_cols == 0 && points.n_rows > 0)
        throw Error("UMAP needs points with at least one coordinate");
    validate(points.n_rows, settings);
    if (!points.is_finite())
        throw Error("UMAP: the points contain a value that is not a finite number (NaN or infinity)");
}

UmapLayout Umap::run(const arma::mat& points, const UmapSettings& settings, JobContext* job)
{
    validate(points, settings);
    const arma::uword n = points.n_rows;
    const int epochs = settings.effectiveEpochs(n);

    if (job)
        job->reportProgress(0.0, "finding the " + std::to_string(settings.neighbours - 1) + " nearest neighbours");
    const arma::sp_mat graph = UmapFuzzySet::build(points, settings, job);
    if (job) {
        job->throwIfStopped();
        job->reportProgress(graphShare, "computing the starting layout");
    }
    const UmapCurve curve = UmapCurve::fit(settings.minDist, settings.spread);
    const arma::mat start = UmapInitialisation::layout(points, graph, settings);
    if (job)
        job->throwIfStopped();
    UmapOptimiser optimiser(graph, start, curve, settings, epochs);

    auto publish = [&](int epoch) {
        UmapLayout partial;
        partial.coordinates = optimiser.layout();
        partial.epoch = epoch;
        partial.epochs = epochs;
        job->publishPartial(std::any(std::move(partial)));
    };
    if (job && settings.publishEvery > 0)
        publish(0);
    for (int epoch = 0; epoch < epochs; ++epoch) {
        if (!optimiser.runEpoch(epoch, job) && job)
            job->throwIfStopped();
        if (!job)
            continue;
        job->throwIfStopped();
        const int done = epoch + 1;
        if (settings.publishEvery > 0 && (done % settings.publishEvery == 0 || done == epochs))
            publish(done);
        const double share = graphShare + initialisationShare;
        job->reportProgress(done == epochs ? 1.0 : share + (1.0 - share) * double(done) / double(epochs),
                            "epoch " + std::to_string(done) + " of " + std::to_string(epochs));
    }
    UmapLayout result;
    result.coordinates = optimiser.layout();
    result.epoch = epochs;
    result.epochs = epochs;
    return result;
}

} // namespace lengua
