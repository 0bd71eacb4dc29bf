#include "ProjectionSettings.h"

namespace lengua {

void ProjectionSettings::setSeed(std::uint64_t seed)
{
    tsne.seed = seed;
    umap.seed = seed;
}

} // namespace lengua
