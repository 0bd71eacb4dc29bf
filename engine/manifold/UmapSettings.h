// UMAP's knobs, with umap-learn 0.5's defaults (umap.UMAP, McInnes, Healy & Melville 2018).
#pragma once

#include <cstddef>
#include <cstdint>

namespace lengua {

struct UmapSettings {
    enum class Initialisation { Spectral, Pca, Random };

    int neighbours = 15;              // n_neighbors: the point itself counts as one, as in umap-learn
    double minDist = 0.1;             // how tightly points may pack in the layout
    double spread = 1.0;              // the scale of the layout's membership curve; minDist <= spread
    int epochs = 0;                   // 0: "auto", 500 up to 10,000 points, 200 above
    double learningRate = 1.0;        // initial SGD step, decaying linearly to 0
    int negativeSampleRate = 5;       // repulsive samples per attractive one
    double repulsionStrength = 1.0;   // γ, the weight of the repulsive samples
    double localConnectivity = 1.0;   // neighbours assumed fully connected (ρ is the distance to this many)
    double setOpMixRatio = 1.0;       // 1: fuzzy union a + b − ab, 0: fuzzy intersection ab
    Initialisation initialisation = Initialisation::Spectral;
    std::uint64_t seed = 0;           // initial noise and negative samples
    int publishEvery = 10;            // epochs between published layouts (0: never)
    // Worker threads for the layout; 0: the hardware's count. The result does not depend
    // on it: within an epoch every point reads the others as they were at its start.
    int threads = 0;

    // The epochs actually run for n points (resolves "auto").
    int effectiveEpochs(std::size_t points) const;
};

} // namespace lengua
