// How "a is to b as c is to ?" picks its answer d among the unit vectors (a, b, c excluded):
// - CosAdd (Mikolov et al. 2013): argmax cos(d, b − a + c), the offset method;
// - CosMul (Levy & Goldberg 2014, "Linguistic Regularities in Sparse and Explicit Word
//   Representations", eq. 4): argmax cos'(d,b)·cos'(d,c) / (cos'(d,a) + ε), with each
//   cosine shifted to [0, 1] by cos' = (cos + 1) / 2 and ε = 0.001, so that one large
//   similarity cannot dominate the others.
#pragma once

namespace lengua {

enum class AnalogyMethod { CosAdd, CosMul };

} // namespace lengua
