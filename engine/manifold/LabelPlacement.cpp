#include "LabelPlacement.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace lengua {

bool LabelBox::intersects(const LabelBox& other) const
{
    return left < other.left + other.width && other.left < left + width && top < other.top + other.height
           && other.top < top + height;
}

std::vector<std::size_t> LabelPlacement::choose(const std::vector<LabelBox>& boxes, std::size_t maximum)
{
    std::vector<std::size_t> kept;
    if (boxes.empty())
        return kept;
    // Cell size: the median box, so a box spans few cells.
    std::vector<double> widths, heights;
    for (const LabelBox& box : boxes)
        if (box.width > 0 && box.height > 0) {
            widths.push_back(box.width);
            heights.push_back(box.height);
        }
    if (widths.empty())
        return kept;
    std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double cellWidth = widths[widths.size() / 2];
    const double cellHeight = heights[heights.size() / 2];

    std::unordered_map<std::int64_t, std::vector<std::size_t>> grid;
    auto key = [](std::int64_t cx, std::int64_t cy) { return (cx << 32) ^ (cy & 0xffffffff); };
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const LabelBox& box = boxes[i];
        if (!(box.width > 0 && box.height > 0) || !std::isfinite(box.left) || !std::isfinite(box.top))
            continue;
        const auto x0 = static_cast<std::int64_t>(std::floor(box.left / cellWidth));
        const auto x1 = static_cast<std::int64_t>(std::floor((box.left + box.width) / cellWidth));
        const auto y0 = static_cast<std::int64_t>(std::floor(box.top / cellHeight));
        const auto y1 = static_cast<std::int64_t>(std::floor((box.top + box.height) / cellHeight));
        bool free = true;
        for (auto cx = x0; cx <= x1 && free; ++cx)
            for (auto cy = y0; cy <= y1 && free; ++cy) {
                const auto found = grid.find(key(cx, cy));
                if (found == grid.end())
                    continue;
                for (std::size_t other : found->second)
                    if (box.intersects(boxes[other])) {
                        free = false;
                        break;
                    }
            }
        if (!free)
            continue;
        kept.push_back(i);
        for (auto cx = x0; cx <= x1; ++cx)
            for (auto cy = y0; cy <= y1; ++cy)
                grid[key(cx, cy)].push_back(i);
        if (maximum != 0 && kept.size() >= maximum)
            break;
    }
    return kept;
}

} // namespace lengua
