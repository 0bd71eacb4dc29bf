// k-means (Lloyd's algorithm) with k-means++ seeding (Arthur & Vassilvitskii 2007), for
// "colour the projected words by cluster": the clusters are found in the ORIGINAL space,
// so the colours show whether the 2-D picture keeps them together. Deterministic for a
// seed. Points are rows (N × D).
#pragma once

#include <armadillo>

#include <cstdint>
#include <vector>

namespace lengua {

class JobContext;

struct KMeansResult {
    std::vector<int> labels; // cluster of each point, 0..k-1
    arma::mat centroids;     // k × D
    double inertia = 0.0;    // sum of squared distances to the own centroid
    int iterations = 0;
};

class KMeansClustering {
public:
    // Throws Error for k = 0, k > N or non-finite values. Stops when no label changes or
    // after maxIterations. Clusters are numbered by their first point (point 0 is in 0).
    static KMeansResult run(const arma::mat& points, int k, std::uint64_t seed = 1,
                            int maxIterations = 100, JobContext* job = nullptr);
};

} // namespace lengua
