// The orders the organization list sorts all its rows into (ui/RowOrder.h).
#include "ui/RowOrder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace OrgConsole;

class TestRowOrder : public QObject
{
    Q_OBJECT
private slots:
    void isAStableSort();
};

// The orders the proxy sorts all rows into (by rank, by number) are a stable sort by the value in
// both directions: rows of equal value in source order, with many ties, one row, and none.
void TestRowOrder::isAStableSort()
{
    QRandomGenerator data(19);
    for (const int n : {0, 1, 2, 7, 1000}) {
        // Values with ties; a row's rank is the place of its value's first row in the sorted values.
        const auto count = static_cast<size_t>(n);
        std::vector<double> numbers(count);
        for (double &x : numbers)
            x = double(data.bounded(std::max(1, n / 4))) - 3.5;
        std::vector<double> sorted = numbers;
        std::sort(sorted.begin(), sorted.end());
        std::vector<int> rank(count);
        for (int row = 0; row < n; ++row)
            rank[size_t(row)] = int(std::lower_bound(sorted.cbegin(), sorted.cend(), numbers[size_t(row)]) - sorted.cbegin());
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<int> expected(count);
            std::iota(expected.begin(), expected.end(), 0);
            std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                return order == Qt::AscendingOrder ? numbers[size_t(a)] < numbers[size_t(b)]
                                                   : numbers[size_t(b)] < numbers[size_t(a)];
            });
            QCOMPARE(orderByNumber(numbers, order), expected);
            QCOMPARE(orderByRank(rank, order), expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestRowOrder)
#include "test_row_order.moc"
