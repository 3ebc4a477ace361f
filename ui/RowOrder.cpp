#include "ui/RowOrder.h"

#include <algorithm>
#include <utility>

namespace OrgConsole {

std::vector<int> orderByRank(const std::vector<int> &rank, Qt::SortOrder order)
{
    const size_t n = rank.size();
    // A descending order is the ascending order of the ranks turned round; equal ranks stay equal.
    const auto place
        = [&rank, n, order](size_t row) { return order == Qt::AscendingOrder ? size_t(rank[row]) : n - 1 - size_t(rank[row]); };
    std::vector<int> start(n + 1, 0); // per place: the first slot of its rows
    for (size_t row = 0; row < n; ++row) {
        Q_ASSERT(rank[row] >= 0 && size_t(rank[row]) < n);
        ++start[place(row) + 1];
    }
    for (size_t p = 1; p <= n; ++p)
        start[p] += start[p - 1];
    std::vector<int> rows(n);
    for (size_t row = 0; row < n; ++row) // in source order: equal ranks keep it
        rows[size_t(start[place(row)]++)] = int(row);
    return rows;
}

std::vector<int> orderByNumber(const std::vector<double> &numbers, Qt::SortOrder order)
{
    std::vector<std::pair<double, int>> keyed(numbers.size());
    for (size_t row = 0; row < numbers.size(); ++row)
        keyed[row] = {numbers[row], int(row)};
    if (order == Qt::AscendingOrder) {
        std::sort(keyed.begin(), keyed.end()); // equal numbers: by row
    } else {
        std::sort(keyed.begin(), keyed.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    }
    std::vector<int> rows(numbers.size());
    std::transform(keyed.cbegin(), keyed.cend(), rows.begin(), [](const auto &k) { return k.second; });
    return rows;
}

} // namespace OrgConsole
