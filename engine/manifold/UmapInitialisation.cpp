#include "UmapInitialisation.h"

#include "Pca.h"
#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace lengua {

namespace {

// Up to this many vertices the Laplacian is decomposed densely (LAPACK), above it by
// Lanczos iterations on the sparse matrix (ARPACK).
constexpr arma::uword denseLimit = 600;

arma::mat uniformLayout(arma::uword n, double low, double high, std::mt19937_64& random)
{
    std::uniform_real_distribution<double> uniform(low, high);
    arma::mat layout(n, 2);
    for (double& value : layout)
        value = uniform(random);
    return layout;
}

// Scales so that the largest |coordinate| is 10, then adds N(0, 1e-4²) noise so that no
// two points coincide (umap-learn's treatment of the spectral layout).
arma::mat expandWithNoise(arma::mat layout, std::mt19937_64& random)
{
    const double largest = arma::abs(layout).max();
    if (largest > 0.0 && std::isfinite(largest))
        layout *= 10.0 / largest;
    std::normal_distribution<double> noise(0.0, 1e-4);
    for (double& value : layout)
        value += noise(random);
    return layout;
}

void fixSigns(arma::mat& vectors)
{
    for (arma::uword c = 0; c < vectors.n_cols; ++c) {
        const arma::uword largest = arma::index_max(arma::abs(vectors.col(c)));
        if (vectors(largest, c) < 0.0)
            vectors.col(c) *= -1.0;
    }
}

// The vertices `members` (sorted) of the graph as a graph of their own.
arma::sp_mat subgraph(const arma::sp_mat& graph, const arma::uvec& members)
{
    std::vector<arma::uword> local(graph.n_rows, arma::uword(-1));
    for (arma::uword i = 0; i < members.n_elem; ++i)
        local[members[i]] = i;
    std::vector<arma::uword> rows, columns;
    std::vector<double> values;
    for (arma::uword i = 0; i < members.n_elem; ++i) {
        for (auto it = graph.begin_col(members[i]); it != graph.end_col(members[i]); ++it) {
            rows.push_back(local[it.row()]);
            columns.push_back(i);
            values.push_back(*it);
        }
    }
    arma::umat locations(2, values.size());
    for (std::size_t e = 0; e < values.size(); ++e) {
        locations(0, e) = rows[e];
        locations(1, e) = columns[e];
    }
    return arma::sp_mat(locations, arma::vec(values), members.n_elem, members.n_elem);
}

// Where each component goes: ± unit vectors for up to four (umap-learn), the principal
// plane of the components' centroids above (umap-learn embeds them spectrally instead).
arma::mat componentAnchors(const arma::mat& points, const arma::uvec& labels, arma::uword count,
                           std::mt19937_64& random)
{
    if (count == 2)
        return arma::mat{{1.0, 0.0}, {-1.0, 0.0}};
    if (count <= 4)
        return arma::mat{{1.0, 0.0}, {0.0, 1.0}, {-1.0, 0.0}, {0.0, -1.0}}.head_rows(count);
    arma::mat centroids(count, points.n_cols, arma::fill::zeros);
    arma::vec sizes(count, arma::fill::zeros);
    for (arma::uword i = 0; i < points.n_rows; ++i) {
        centroids.row(labels[i]) += points.row(i);
        sizes[labels[i]] += 1.0;
    }
    centroids.each_col() /= sizes;
    arma::mat anchors;
    if (points.n_cols >= 2) {
        try {
            anchors = Pca::fit(centroids, 2).coordinates;
        } catch (const Error&) {
            anchors.reset();
        }
    }
    const double largest = anchors.is_empty() ? 0.0 : arma::abs(anchors).max();
    if (!(largest > 0.0) || !anchors.is_finite())
        return uniformLayout(count, -1.0, 1.0, random);
    return anchors / largest;
}

} // namespace

arma::uvec UmapInitialisation::components(const arma::sp_mat& graph, arma::uword& count)
{
    const arma::uword n = graph.n_cols;
    const arma::uword unset = std::numeric_limits<arma::uword>::max();
    arma::uvec labels(n);
    labels.fill(unset);
    count = 0;
    std::vector<arma::uword> stack;
    for (arma::uword start = 0; start < n; ++start) {
        if (labels[start] != unset)
            continue;
        labels[start] = count;
        stack.assign(1, start);
        while (!stack.empty()) {
            const arma::uword v = stack.back();
            stack.pop_back();
            for (auto it = graph.begin_col(v); it != graph.end_col(v); ++it) {
                if (labels[it.row()] == unset) {
                    labels[it.row()] = count;
                    stack.push_back(it.row());
                }
            }
        }
        ++count;
    }
    return labels;
}

std::optional<arma::mat> UmapInitialisation::laplacianEigenvectors(const arma::sp_mat& graph)
{
    const arma::uword n = graph.n_cols;
    if (n < 4)
        return std::nullopt;
    // The smallest eigenvalues of L = I − D^−½ W D^−½ are the largest of
    // M = D^−½ W D^−½; the largest, 1, belongs to D^½·1 and is skipped.
    const arma::vec degrees = arma::vec(arma::sum(graph, 0).t());
    if (degrees.min() <= 0.0)
        return std::nullopt;
    const arma::vec scale = 1.0 / arma::sqrt(degrees);
    arma::sp_mat normalised = graph;
    for (auto it = normalised.begin(); it != normalised.end(); ++it)
        *it = (*it) * scale[it.row()] * scale[it.col()];

    arma::vec values;
    arma::mat vectors;
    bool solved = false;
    if (n <= denseLimit) {
        solved = arma::eig_sym(values, vectors, arma::mat(normalised));
        if (solved) { // ascending: the last three are the largest
            values = values.tail(3);
            vectors = vectors.tail_cols(3);
        }
    } else {
        // M + I is positive semi-definite, so "largest algebraic" is well posed.
        const arma::sp_mat shifted = normalised + arma::speye(n, n);
        arma::eigs_opts options;
        options.tol = 1e-4;
        options.maxiter = unsigned(std::min<arma::uword>(5 * n, 100000));
        options.subdim = unsigned(std::max<arma::uword>(7, arma::uword(std::sqrt(double(n)))));
        solved = arma::eigs_sym(values, vectors, shifted, 3, "la", options);
    }
    if (!solved || values.n_elem != 3 || !vectors.is_finite())
        return std::nullopt;
    const arma::uvec order = arma::sort_index(values, "descend");
    arma::mat result = arma::join_rows(vectors.col(order[1]), vectors.col(order[2]));
    fixSigns(result);
    return result;
}

std::optional<arma::mat> UmapInitialisation::spectral(const arma::mat& points, const arma::sp_mat& graph,
                                                      std::mt19937_64& random)
{
    arma::uword count = 0;
    const arma::uvec labels = components(graph, count);
    if (count == 1)
        return laplacianEigenvectors(graph);

    const arma::mat anchors = componentAnchors(points, labels, count, random);
    arma::mat layout(graph.n_rows, 2);
    for (arma::uword c = 0; c < count; ++c) {
        const arma::uvec members = arma::find(labels == c);
        // Half the distance to the nearest other anchor: the pieces do not overlap.
        double range = std::numeric_limits<double>::infinity();
        for (arma::uword other = 0; other < count; ++other) {
            const double distance = arma::norm(anchors.row(other) - anchors.row(c));
            if (distance > 0.0)
                range = std::min(range, distance / 2.0);
        }
        if (!std::isfinite(range))
            range = 1.0;
        std::optional<arma::mat> piece;
        if (members.n_elem >= 4)
            piece = laplacianEigenvectors(subgraph(graph, members));
        arma::mat placed;
        if (piece) {
            const double largest = arma::abs(*piece).max();
            placed = largest > 0.0 ? *piece * (range / largest) : *piece;
        } else {
            placed = uniformLayout(members.n_elem, -range, range, random);
        }
        placed.each_row() += anchors.row(c);
        layout.rows(members) = placed;
    }
    return layout;
}

arma::mat UmapInitialisation::layout(const arma::mat& points, const arma::sp_mat& graph, const UmapSettings& settings)
{
    const arma::uword n = points.n_rows;
    std::mt19937_64 random(settings.seed);
    arma::mat start;
    if (settings.initialisation == UmapSettings::Initialisation::Spectral) {
        if (std::optional<arma::mat> spectralLayout = spectral(points, graph, random))
            start = expandWithNoise(std::move(*spectralLayout), random);
    }
    if (start.is_empty() && settings.initialisation != UmapSettings::Initialisation::Random && points.n_cols >= 2) {
        try {
            start = expandWithNoise(Pca::fit(points, 2).coordinates, random);
        } catch (const Error&) {
            start.reset();
        }
    }
    if (start.is_empty())
        start = uniformLayout(n, -10.0, 10.0, random);
    // Each coordinate to [0, 10].
    for (arma::uword c = 0; c < 2; ++c) {
        const double low = start.col(c).min(), high = start.col(c).max();
        if (high > low)
            start.col(c) = 10.0 * (start.col(c) - low) / (high - low);
        else
            start.col(c).fill(5.0);
    }
    return start;
}

} // namespace lengua
