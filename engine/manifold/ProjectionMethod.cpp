#include "ProjectionMethod.h"

namespace lengua {

std::string projectionMethodName(ProjectionMethod method)
{
    switch (method) {
    case ProjectionMethod::Pca:
        return "pca";
    case ProjectionMethod::Tsne:
        return "tsne";
    case ProjectionMethod::Umap:
        return "umap";
    }
    return "pca";
}

std::optional<ProjectionMethod> projectionMethodFromName(std::string_view name)
{
    for (ProjectionMethod method : {ProjectionMethod::Pca, ProjectionMethod::Tsne, ProjectionMethod::Umap})
        if (name == projectionMethodName(method))
            return method;
    return std::nullopt;
}

} // namespace lengua
