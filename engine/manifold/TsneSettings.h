// t-SNE's knobs, with scikit-learn's defaults (sklearn.manifold.TSNE, 1.2).
#pragma once

#include <cstdint>

namespace lengua {

struct TsneSettings {
    enum class Method { Automatic, Exact, BarnesHut };
    enum class Initialisation { Pca, Random };

    double perplexity = 30.0;            // effective number of neighbours; must be < N
    double earlyExaggeration = 12.0;     // P is multiplied by this ...
    int exaggerationIterations = 250;    // ... for the first iterations (momentum 0.5 then)
    double learningRate = 0.0;           // <= 0: "auto", max(N / earlyExaggeration / 4, 50)
    int iterations = 1000;               // in total, exaggerated ones included
    double initialMomentum = 0.5;
    double finalMomentum = 0.8;
    double minimumGain = 0.01;
    double minimumGradientNorm = 1e-7;   // stop when the gradient is smaller (checked every 50 iterations)
    Method method = Method::Automatic;   // Automatic: exact up to exactLimit points, Barnes–Hut above
    int exactLimit = 2000;
    double theta = 0.5;                  // Barnes–Hut opening angle: a cell of width w at distance d is one body when w / d < theta
    Initialisation initialisation = Initialisation::Pca;
    std::uint64_t seed = 0;              // random initialisation
    int publishEvery = 10;               // iterations between published layouts (0: never)
    int threads = 0;                     // Barnes–Hut worker threads; 0: the hardware's count. Results do not depend on it.

    double effectiveLearningRate(std::size_t points) const;
    bool usesBarnesHut(std::size_t points) const;
};

} // namespace lengua
