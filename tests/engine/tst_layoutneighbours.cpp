// The grid search for 2-D neighbours agrees with brute force (ties to the lower index),
// on uniform, clustered and duplicated layouts.
#include "manifold/LayoutNeighbours.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <numeric>

using namespace lengua;

namespace {

std::vector<std::size_t> bruteForce(const arma::mat& layout, std::size_t index, std::size_t k)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < layout.n_rows; ++i)
        if (i != index)
            order.push_back(i);
    auto distance = [&](std::size_t i) {
        return arma::accu(arma::square(layout.row(i) - layout.row(index)));
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return distance(a) < distance(b); });
    order.resize(std::min(k, order.size()));
    return order;
}

void compareAll(const arma::mat& layout, std::size_t k)
{
    const LayoutNeighbours neighbours(layout);
    for (std::size_t i = 0; i < layout.n_rows; i += 7)
        QCOMPARE(neighbours.nearest(i, k), bruteForce(layout, i, k));
}

} // namespace

class TestLayoutNeighbours : public QObject {
    Q_OBJECT
private slots:
    void uniform()
    {
        arma::arma_rng::set_seed(1);
        compareAll(arma::randu(800, 2) * 50.0, 10);
    }

    void clusteredAndStretched()
    {
        arma::arma_rng::set_seed(2);
        arma::mat layout = arma::randn(600, 2) * 0.01;
        layout.rows(0, 99) += 1000.0; // a far cluster: most grid cells are empty
        layout.col(1) *= 0.001;      // and a very flat layout
        compareAll(layout, 10);
        compareAll(layout, 1);
    }

    void duplicatesAndSmall()
    {
        arma::mat layout = {{0, 0}, {1, 0}, {0, 0}, {1, 0}, {5, 5}};
        compareAll(layout, 3);
        const LayoutNeighbours neighbours(layout);
        QCOMPARE(neighbours.nearest(0, 10), (std::vector<std::size_t>{2, 1, 3, 4}));
    }

    void twentyThousandPointsQuickly()
    {
        arma::arma_rng::set_seed(3);
        const arma::mat layout = arma::randn(20000, 2);
        QElapsedTimer clock;
        clock.start();
        const LayoutNeighbours neighbours(layout);
        for (std::size_t i = 0; i < 20000; i += 97)
            QCOMPARE(neighbours.nearest(i, 10).size(), std::size_t(10));
        qInfo("grid + 207 queries on 20,000 points: %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(neighbours.nearest(123, 10), bruteForce(layout, 123, 10));
    }
};

QTEST_APPLESS_MAIN(TestLayoutNeighbours)
#include "tst_layoutneighbours.moc"
