// The three ways the workbench draws high-dimensional points in 2-D.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lengua {

enum class ProjectionMethod { Pca, Tsne, Umap };

std::string projectionMethodName(ProjectionMethod method); // "pca", "tsne", "umap"
std::optional<ProjectionMethod> projectionMethodFromName(std::string_view name);

} // namespace lengua
