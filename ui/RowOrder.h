#pragma once

#include <QtCore/qnamespace.h>

#include <vector>

namespace OrgConsole {

// The organization list's rows (0 .. n-1) in the order of one column, rows of equal value in their
// own order in both directions (a stable sort), without calling back per comparison.

// By rank: each row's place in the column's sorted order, equal values with equal places, every
// rank below n. A counting sort: no comparisons at all (100,000 rows: ~1 ms, where sorting the
// rows by comparing their ranks took ~12 ms).
std::vector<int> orderByRank(const std::vector<int> &rank, Qt::SortOrder order);

// By number: the numbers sorted side by side with their rows, in one contiguous array.
std::vector<int> orderByNumber(const std::vector<double> &numbers, Qt::SortOrder order);

} // namespace OrgConsole
