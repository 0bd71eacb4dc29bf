#include "UmapSettings.h"

namespace lengua {

int UmapSettings::effectiveEpochs(std::size_t points) const
{
    if (epochs > 0)
        return epochs;
    return points <= 10000 ? 500 : 200; // umap-learn's simplicial_set_embedding
}

} // namespace lengua
