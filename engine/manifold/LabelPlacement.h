// Which labels of a scatter plot to draw so that none overlaps another: a greedy choice
// in screen coordinates. Candidates are visited in priority order (the caller sorts them,
// e.g. most frequent word first); a candidate is kept when its box does not intersect a
// box already kept. A uniform grid of cells the size of a typical box makes each test
// look only at nearby kept boxes, so thousands of candidates cost little.
#pragma once

#include <cstddef>
#include <vector>

namespace lengua {

struct LabelBox {
    double left = 0.0;
    double top = 0.0;
    double width = 0.0;
    double height = 0.0;
    bool intersects(const LabelBox& other) const;
};

class LabelPlacement {
public:
    // boxes: the candidates' boxes, in priority order (index 0 first). Returns the
    // indices of the kept boxes, in priority order. Boxes with a non-positive size are
    // never kept. maximum = 0: no limit on the number kept.
    static std::vector<std::size_t> choose(const std::vector<LabelBox>& boxes,
                                           std::size_t maximum = 0);
};

} // namespace lengua
