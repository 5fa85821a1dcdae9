#pragma once

#include "sdc/TableShape.h"

#include <atomic>
#include <functional>
#include <vector>

namespace ecluse {

// Secondary suppression by Gaussian elimination (after Langsrud's method), in its dual form.
// The table's possible values form a space spanned by one vector per inner cell (the cell and
// every margin it counts in). A suppressed cell c is exactly disclosed iff every vector of the
// null space left free by the published cells is zero at c. Starting with every cell suppressed,
// the candidates are published one by one in `publishOrder`; publishing c keeps only the part of
// that space where c is zero (one elimination step on sparse integer vectors). A candidate whose
// publication would leave one of the `mustStayHidden` cells with no free direction stays
// suppressed instead.
//
// Returns, per cell, whether it is suppressed: every cell of mustStayHidden, and the candidates
// kept back. Cells in neither list are published. Exact: integer vectors normalised by their gcd,
// with 64-bit arithmetic checked for overflow and a multiple-precision rerun if it ever does.
// `progress`, when set, gets the share of `publishOrder` gone through (0 to 1) every few hundred
// cells.
std::vector<bool> suppressLinearly(const TableShape& shape, const std::vector<int>& publishOrder,
                                   const std::vector<bool>& mustStayHidden, const std::atomic_bool* cancel = nullptr,
                                   const std::function<void(double)>& progress = {});

} // namespace ecluse
