#include "PpmiSvd.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "core/StringHash.h"
#include "count/CooccurrenceSettings.h"
#include "count/MatrixWeighting.h"
#include "count/WordCooccurrence.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace lengua {
namespace {

// Up to this many words the SVD is the exact dense one (LAPACK): fast enough, and exact.
constexpr arma::uword kDenseLimit = 600;
// Randomized SVD (Halko, Martinsson & Tropp 2011, algorithm 4.4): a sketch of k + max(20, k)
// columns and subspace (power) iterations. The PPMI spectrum decays slowly, so the power
// iterations matter. Measured on the English Bible (window 5, minCount 5: 5,313 words, 100
// dimensions): 3.6 s in all, singular values within 0.2% of arma::svds's (mean 0.02%),
// which took 5.6–11 s.
constexpr arma::uword kOversampling = 20;
constexpr int kPowerIterations = 8;

struct Svd {
    arma::mat u; // V × k
    arma::vec s; // k, descending
};

void report(JobContext* context, double fraction, const std::string& message)
{
    if (!context)
        return;
    context->throwIfStopped();
    context->reportProgress(fraction, message);
}

// An orthonormal basis of y's columns. Cholesky QR (R = chol(yᵀy), Q = y R⁻¹) is about
// twice as fast as Householder QR for these tall matrices and accurate while y is well
// conditioned, which the power iterations' y are (κ ≈ (σ₁/σ_l)²); Householder QR when the
// Cholesky factorisation fails.
arma::mat orthonormalBasis(const arma::mat& y)
{
    arma::mat r;
    if (arma::chol(r, y.t() * y)) {
        arma::mat q;
        if (arma::solve(q, arma::trimatl(r.t()), y.t(), arma::solve_opts::no_approx))
            if (q.is_finite())
                return q.t();
    }
    arma::mat q;
    if (!arma::qr_econ(q, r, y))
        throw Error("the SVD failed (QR decomposition)");
    return q;
}

Svd denseSvd(const arma::sp_mat& m, arma::uword k)
{
    arma::mat u, v;
    arma::vec s;
    if (!arma::svd(u, s, v, arma::mat(m), "dc"))
        throw Error("the SVD of the PPMI matrix failed");
    return {u.cols(0, k - 1), s.subvec(0, k - 1)};
}

// xᵀ A for a sparse A and a dense x given as its transpose (l × A.n_rows), returned as
// l × A.n_cols: column j gathers the columns of xᵀ at the non-zeros of A's column j, each
// a contiguous run of l values. Several times faster than Armadillo's sparse × dense here.
arma::mat gatherProduct(const arma::sp_mat& a, const arma::mat& xt)
{
    a.sync();
    arma::mat result(xt.n_rows, a.n_cols, arma::fill::zeros);
    const arma::uword l = xt.n_rows;
    for (arma::uword j = 0; j < a.n_cols; ++j) {
        double* out = result.colptr(j);
        for (arma::uword k = a.col_ptrs[j]; k < a.col_ptrs[j + 1]; ++k) {
            const double value = a.values[k];
            const double* in = xt.colptr(a.row_indices[k]);
            for (arma::uword i = 0; i < l; ++i)
                out[i] += value * in[i];
        }
    }
    return result;
}

Svd randomizedSvd(const arma::sp_mat& m, arma::uword k, std::uint64_t seed, JobContext* context)
{
    const arma::uword columns = std::min<arma::uword>(m.n_cols, k + std::max(kOversampling, k));
    // Our own generator, not Armadillo's global one: the same seed gives the same vectors
    // whatever else ran before in the process.
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    arma::mat omegaT(columns, m.n_cols); // Ωᵀ
    omegaT.imbue([&] { return normal(random); });
    const arma::sp_mat mt = m.t();
    const double steps = 2.0 * kPowerIterations + 3.0;
    double step = 0.0;
    auto progress = [&](const char* message) {
        step += 1.0;
        report(context, 0.5 + 0.5 * step / steps, message);
    };
    // The products are kept transposed (columns × V) for gatherProduct: (M X)ᵀ = Xᵀ Mᵀ.
    arma::mat q = orthonormalBasis(gatherProduct(mt, omegaT).t()); // basis of M Ω
    progress("SVD: sketching the PPMI matrix");
    for (int i = 0; i < kPowerIterations; ++i) {
        // Y = M Mᵀ Q; one orthonormalisation per pair of products is enough in double
        // precision (each pair scales the spectrum by (σ₁/σ_l)², not beyond 1e16).
        const arma::mat zt = gatherProduct(m, q.t()); // (Mᵀ Q)ᵀ
        progress("SVD: power iteration");
        q = orthonormalBasis(gatherProduct(mt, zt).t()); // of M Mᵀ Q
        progress("SVD: power iteration");
    }
    // B = Qᵀ M is small (columns × V); its SVD gives M's through U = Q U_B.
    const arma::mat b = gatherProduct(m, q.t());
    progress("SVD: projecting");
    arma::mat ub, vb;
    arma::vec s;
    if (!arma::svd_econ(ub, s, vb, b))
        throw Error("the SVD of the PPMI matrix failed");
    progress("SVD: done");
    return {q * ub.cols(0, k - 1), s.subvec(0, k - 1)};
}

// Singular vectors are defined up to sign: make each column's largest entry positive, so
// that the dense and randomized paths, and every run, agree.
void fixSigns(arma::mat& u)
{
    for (arma::uword c = 0; c < u.n_cols; ++c) {
        const arma::uword i = arma::index_max(arma::abs(u.col(c)));
        if (u(i, c) < 0.0)
            u.col(c) *= -1.0;
    }
}

} // namespace

PpmiSvdResult PpmiSvd::train(const std::vector<std::vector<std::string>>& sentences,
                             const PpmiSvdSettings& settings, JobContext* context)
{
    settings.validate();
    const auto start = std::chrono::steady_clock::now();
    CooccurrenceSettings counting;
    counting.window = settings.window;
    counting.minCount = settings.minCount;
    counting.maxVocabulary = settings.maxVocabulary;
    // WordCooccurrence reports 0..1 on its own; this job spends about half of its time there.
    JobContext* countingContext = nullptr;
    JobContext scaled;
    if (context) {
        scaled = JobContext(context->stopToken(), [context](const JobProgress& progress) {
            context->reportProgress(0.45 * progress.fraction, "counting co-occurrences");
        });
        countingContext = &scaled;
    }
    const TermMatrix counts = WordCooccurrence::count(sentences, counting, countingContext);
    const arma::uword vocabulary = counts.rows();
    if (arma::uword(settings.dimension) >= vocabulary)
        throw Error("the dimension (" + std::to_string(settings.dimension)
                    + ") must be smaller than the vocabulary (" + std::to_string(vocabulary)
                    + " words with at least " + std::to_string(settings.minCount)
                    + " occurrences)");
    report(context, 0.45, "weighting by PPMI");
    const TermMatrix ppmi = MatrixWeighting::ppmi(counts, settings.contextSmoothing);
    report(context, 0.5, "SVD of the PPMI matrix");

    const auto k = arma::uword(settings.dimension);
    Svd svd = vocabulary <= kDenseLimit ? denseSvd(ppmi.values(), k)
                                        : randomizedSvd(ppmi.values(), k, settings.seed, context);
    fixSigns(svd.u);

    PpmiSvdResult result;
    result.words = counts.rowLabels();
    result.counts.assign(result.words.size(), 0);
    StringMap<std::size_t> index;
    index.reserve(result.words.size());
    for (std::size_t i = 0; i < result.words.size(); ++i)
        index.emplace(result.words[i], i);
    for (const auto& sentence : sentences)
        for (const auto& word : sentence)
            if (const auto it = index.find(word); it != index.end())
                ++result.counts[it->second];
    const arma::rowvec scale = arma::pow(svd.s, settings.eigenvaluePower).t();
    result.vectors = arma::conv_to<arma::fmat>::from(svd.u.each_row() % scale);
    result.singularValues = std::move(svd.s);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report(context, 1.0, "done");
    return result;
}

} // namespace lengua
