// What Projector::run needs: the method and each method's own knobs.
#pragma once

#include "ProjectionMethod.h"
#include "TsneSettings.h"
#include "UmapSettings.h"

#include <cstdint>

namespace lengua {

struct ProjectionSettings {
    ProjectionMethod method = ProjectionMethod::Pca;
    TsneSettings tsne;
    UmapSettings umap;
    // Cosine geometry for word vectors: rows are scaled to unit length first, so that
    // Euclidean distances rank neighbours as cosine does (the vector store's measure).
    bool normaliseRows = true;
    // Sets tsne.seed and umap.seed.
    void setSeed(std::uint64_t seed);
};

} // namespace lengua
