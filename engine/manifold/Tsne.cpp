#include "Tsne.h"

#include "DistanceBlocks.h"
#include "ExactNeighbours.h"
#include "Pca.h"
#include "TsneAffinities.h"
#include "TsneGradient.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "core/NumberText.h"

#include <algorithm>
#include <any>
#include <cmath>
#include <limits>
#include <random>
#include <string>

namespace lengua {

namespace {

arma::mat randomLayout(arma::uword n, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, 1e-4);
    arma::mat layout(n, 2);
    for (double& value : layout)
        value = normal(engine);
    return layout;
}

} // namespace

void Tsne::validate(const arma::mat& points, const TsneSettings& settings)
{
    const arma::uword n = points.n_rows;
    if (n < 2)
        throw Error("t-SNE needs at least 2 points, got " + std::to_string(n));
    if (points.n_cols == 0)
        throw Error("t-SNE needs points with at least one coordinate");
    if (!points.is_finite())
        throw Error("t-SNE: the points contain a value that is not a finite number (NaN or infinity)");
    if (!(settings.perplexity > 0.0))
        throw Error("t-SNE: the perplexity must be positive, got " + numberText(settings.perplexity));
    if (settings.perplexity >= double(n))
        throw Error("t-SNE: the perplexity (" + numberText(settings.perplexity) + ") must be less than the number of points ("
                    + std::to_string(n) + "); with " + std::to_string(n) + " points use a perplexity below "
                    + std::to_string(n));
    if (settings.iterations < 1)
        throw Error("t-SNE needs at least 1 iteration");
    if (settings.exaggerationIterations < 0 || !(settings.earlyExaggeration > 0.0))
        throw Error("t-SNE: the early exaggeration must be positive and its iterations not negative");
    if (!(settings.theta >= 0.0))
        throw Error("t-SNE: the Barnes–Hut angle θ must be 0 or more");
    if (!(settings.minimumGain > 0.0))
        throw Error("t-SNE: the minimum gain must be positive");
}

arma::mat Tsne::initialLayout(const arma::mat& points, const TsneSettings& settings)
{
    const arma::uword n = points.n_rows;
    if (settings.initialisation == TsneSettings::Initialisation::Pca && points.n_cols >= 2) {
        arma::mat layout = Pca::fit(points, 2).coordinates;
        const double spread = arma::stddev(layout.col(0));
        if (spread > 0.0 && std::isfinite(spread))
            return layout / spread * 1e-4;
    }
    return randomLayout(n, settings.seed);
}

TsneLayout Tsne::run(const arma::mat& points, const TsneSettings& settings, JobContext* job)
{
    validate(points, settings);
    const arma::uword n = points.n_rows;
    const bool barnesHut = settings.usesBarnesHut(n);

    if (job)
        job->reportProgress(0.0, "computing the similarities P");
    arma::mat denseP;
    arma::sp_mat sparseP;
    if (barnesHut) {
        const arma::uword k = std::min<arma::uword>(n - 1, arma::uword(3.0 * settings.perplexity + 1.0));
        sparseP = TsneAffinities::sparseJoint(ExactNeighbours::find(points, k, job), settings.perplexity, job);
    } else {
        denseP = TsneAffinities::joint(
            TsneAffinities::conditional(DistanceBlocks(points).all(), settings.perplexity, job));
    }

    arma::mat layout = initialLayout(points, settings);
    const double learningRate = settings.effectiveLearningRate(n);
    arma::mat gradient(n, 2), update(n, 2, arma::fill::zeros), gains(n, 2, arma::fill::ones);
    TsneLayout result;
    result.iterations = settings.iterations;
    result.klDivergence = std::numeric_limits<double>::quiet_NaN();

    // Early exaggeration ends after exaggerationIterations, or sooner when its gradient
    // vanishes: as in scikit-learn, that convergence ends the first phase, not the run
    // (unit-length word vectors collapse in the first phase and unfold in the second).
    bool firstPhase = settings.exaggerationIterations > 0;
    for (int it = 0; it < settings.iterations; ++it) {
        if (job)
            job->throwIfStopped();
        if (firstPhase && it >= settings.exaggerationIterations) {
            firstPhase = false; // the second phase starts afresh
            update.zeros();
            gains.ones();
        }
        const bool exaggerated = firstPhase;
        const double exaggeration = exaggerated ? settings.earlyExaggeration : 1.0;
        const double momentum = exaggerated ? settings.initialMomentum : settings.finalMomentum;
        const bool last = it + 1 == settings.iterations;
        const bool publish = settings.publishEvery > 0 && (it + 1) % settings.publishEvery == 0;
        const bool checkConvergence = (it + 1) % 50 == 0;
        const bool computeKl = last || publish;
        const double kl = barnesHut ? TsneGradient::barnesHut(sparseP, layout, exaggeration, settings.theta,
                                                               gradient, computeKl, settings.threads)
                                    : TsneGradient::exact(denseP, layout, exaggeration, gradient, computeKl);
        // Delta-bar-delta: grow the gain where the gradient opposes the last step.
        for (arma::uword e = 0; e < gradient.n_elem; ++e) {
            double& gain = gains[e];
            gain = (update[e] * gradient[e] < 0.0) ? gain + 0.2 : gain * 0.8;
            gain = std::max(gain, settings.minimumGain);
            update[e] = momentum * update[e] - learningRate * gain * gradient[e];
        }
        layout += update;

        result.iteration = it + 1;
        result.exaggerated = exaggerated;
        if (computeKl)
            result.klDivergence = kl;
        const bool converged = checkConvergence && arma::norm(arma::vectorise(gradient)) < settings.minimumGradientNorm;
        if (job && (publish || last || converged)) {
            TsneLayout partial;
            partial.coordinates = layout;
            partial.iteration = it + 1;
            partial.iterations = settings.iterations;
            partial.klDivergence = computeKl ? kl : std::numeric_limits<double>::quiet_NaN();
            partial.exaggerated = exaggerated;
            job->publishPartial(std::any(std::move(partial)));
        }
        if (job)
            job->reportProgress(double(it + 1) / double(settings.iterations),
                                "iteration " + std::to_string(it + 1) + " of " + std::to_string(settings.iterations));
        if (converged && exaggerated) {
            firstPhase = false;
            update.zeros();
            gains.ones();
        } else if (converged) {
            break;
        }
    }
    result.coordinates = std::move(layout);
    return result;
}

} // namespace lengua
