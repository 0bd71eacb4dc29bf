// UMAP's layout optimisation (McInnes, Healy & Melville 2018, §3.2; umap-learn's
// optimize_layout_euclidean): stochastic gradient descent on the fuzzy cross entropy
// between the graph and the layout's memberships 1 / (1 + a d^2b). Each epoch samples
// every edge in proportion to its weight (an edge of weight w every w_max / w epochs);
// a sampled edge pulls its two ends together and pushes its head away from
// negativeSampleRate random points; every gradient coordinate is clipped to ±4 and the
// learning rate falls linearly to 0.
//
// Unlike umap-learn's Hogwild loop, the points are updated in a way that does not depend
// on the number of threads. An epoch runs in a fixed number of phases, each a run of
// heads carrying about the same work; within a phase each head moves by its own edges
// and negative samples against the others' positions at the start of the phase (which
// the threads share out), and the pulls its edges give their other ends are added at
// the end of the phase in edge order. The random draws come from a generator per
// (seed, epoch, point). So a seed gives the same layout on 1 thread or 8. (One phase
// per epoch costs about 0.003 of trustworthiness on 5,000 word vectors against
// umap-learn's sequential order; 16 phases bring it back.)
#pragma once

#include "UmapCurve.h"
#include "UmapSettings.h"

#include <armadillo>

#include <cstdint>
#include <vector>

namespace lengua {

class JobContext;

class UmapOptimiser {
public:
    // graph: symmetric N × N memberships; edges lighter than max / epochs are dropped
    // (umap-learn). initial: N × 2.
    UmapOptimiser(const arma::sp_mat& graph, const arma::mat& initial, const UmapCurve& curve,
                  const UmapSettings& settings, int epochs);

    // Runs epoch `epoch` (0-based; they must come in order). Returns false when the job
    // was stopped half-way (the layout is then inconsistent).
    bool runEpoch(int epoch, const JobContext* job = nullptr);
    arma::mat layout() const; // N × 2
    int epochs() const { return m_epochs; }
    std::size_t edgeCount() const { return m_tail.size(); }

private:
    void moveHeads(std::size_t first, std::size_t last, int epoch, float alpha, const JobContext* job, bool& stopped);
    void applyTailMoves(std::size_t firstHead, std::size_t lastHead);
    // The head where a share of the work of heads first .. last − 1 is done.
    std::size_t splitPoint(std::size_t first, std::size_t last, double share) const;
    float learningRate(int epoch) const;

    std::size_t m_points = 0;
    int m_epochs = 0;
    int m_threads = 1;
    float m_a = 1.0f, m_b = 1.0f, m_gamma = 1.0f, m_initialAlpha = 1.0f;
    double m_negativeRate = 5.0;
    std::uint64_t m_seed = 0;

    std::vector<float> m_position;  // 2N, x y interleaved
    std::vector<float> m_snapshot;  // 2N, the positions at the start of the epoch
    // Edges grouped by head (CSR): the edges of point i are m_rowStart[i] .. m_rowStart[i+1].
    std::vector<std::size_t> m_rowStart;
    std::vector<std::uint32_t> m_tail;
    std::vector<double> m_epochsPerSample;
    std::vector<double> m_nextSample;
    std::vector<double> m_nextNegativeSample;
    // The moves of each edge's tail, gathered per tail at the end of the epoch.
    std::vector<float> m_tailMove;  // 2E
    std::vector<double> m_cumulativeWork;     // N + 1: expected samples per epoch of heads 0 .. i − 1
    std::vector<std::size_t> m_phaseStart;    // the epoch's phases, fixed whatever the threads
};

} // namespace lengua
