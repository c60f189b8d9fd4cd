// The simulator's reductions against plain one-value-at-a-time loops: the lane-parallel and
// column-wise folds must give the same minima and maxima exactly and the same sums to
// rounding, for every length and layout, including lengths that are not whole lanes; and the
// folds of series in lanes (nodes stepped together) give each lane the bits of its own fold,
// and rounding up in lanes is std::ceil.

#pragma GCC diagnostic ignored "-Wpsabi"  // Double4 here too: always inlined, as in the simulator
#include "sim/lanes.h"
#include "sim/seriesfold.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

using namespace archscope::sim;

namespace {

std::vector<double> randomValues(int n, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1000, 1000);
    std::vector<double> v(static_cast<size_t>(n));
    for (double &x : v)
        x = u(rng);
    return v;
}

bool closeTo(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)});
}

// QCOMPARE on floating point is fuzzy; these must agree to the bit.
template <class T>
auto bitsOf(T x)
{
    if constexpr (sizeof(T) == 8)
        return std::bit_cast<std::uint64_t>(x);
    else
        return std::bit_cast<std::uint32_t>(x);
}
} // namespace

class TestSeriesFold : public QObject
{
    Q_OBJECT

private slots:
    void reductionsMatchPlainLoops()
    {
        for (int n = 0; n < 70; ++n) {
            const std::vector<double> v = randomValues(n, 1 + n);
            double total = 0, top = 0;
            for (double x : v) {
                total += x;
                top = std::max(top, x);
            }
            QVERIFY2(closeTo(sum4(v.data(), n), total), qPrintable(QString::number(n)));
            QCOMPARE(max4(v.data(), n), top);
        }
    }

    // A delivery: scaled into (or onto) its target, with sum4's and max4's bits on the way.
    void scaleIntoMatchesSeparatePasses()
    {
        for (int n : {0, 1, 3, 4, 5, 64, 255}) {
            const std::vector<double> v = randomValues(n, 50u + static_cast<unsigned>(n));
            const std::vector<double> start = randomValues(n, 60u + static_cast<unsigned>(n));
            for (bool add : {false, true}) {
                std::vector<double> to = start, expected = start;
                double sum = -1, top = -1;
                scaleInto(to.data(), v.data(), 0.75, n, add, &sum, &top);
                for (int k = 0; k < n; ++k)
                    expected[k] = add ? expected[k] + v[k] * 0.75 : v[k] * 0.75;
                QCOMPARE(to, expected);
                QCOMPARE(sum, sum4(v.data(), n));
                QCOMPARE(top, max4(v.data(), n));
                to = start;
                scaleInto(to.data(), v.data(), 0.75, n, add);  // no reductions asked for
                QCOMPARE(to, expected);
            }
        }
    }

    // A bucket filled over several chunks of uneven length.
    void foldChunkAccumulatesAcrossChunks()
    {
        const std::vector<double> v = randomValues(1000, 7);
        Accumulator a;
        double chunkSums = 0;
        for (int start = 0, len = 1; start < 1000; start += len, len = len * 3 % 61 + 1) {
            len = std::min(len, 1000 - start);
            chunkSums += foldChunk(v.data() + start, len, &a);
        }
        QCOMPARE(a.min, *std::min_element(v.begin(), v.end()));
        QCOMPARE(a.max, *std::max_element(v.begin(), v.end()));
        double total = 0;
        for (double x : v)
            total += x;
        QVERIFY(closeTo(a.sum, total));
        QVERIFY(closeTo(chunkSums, total));
    }

    // Buckets laid out as columns: each column's min, max and mean, scaled, as floats.
    void foldColumnsClosesEachBucket()
    {
        for (int depth : {1, 2, 6, 13})
            for (int columns : {1, 3, 4, 5, 9, 42}) {
                const std::vector<double> v = randomValues(depth * columns, static_cast<unsigned>(depth * 100 + columns));
                const int first = 2;
                std::vector<float> lo(static_cast<size_t>(first + columns)), hi(lo.size()), mean(lo.size());
                const BucketOut out = {lo.data(), hi.data(), mean.data()};
                double total = 0, peak = -1e9;
                const double scale = 0.25;
                const double sum = foldColumns(v.data(), depth, columns, scale, out, first, &total, &peak);
                double all = 0, top = -1e9;
                for (int c = 0; c < columns; ++c) {
                    double l = v[c], h = v[c], s = 0;
                    for (int j = 0; j < depth; ++j) {
                        const double x = v[static_cast<size_t>(j * columns + c)];
                        l = std::min(l, x);
                        h = std::max(h, x);
                        s += x;
                    }
                    const auto at = static_cast<size_t>(first + c);
                    QCOMPARE(lo[at], static_cast<float>(l * scale));
                    QCOMPARE(hi[at], static_cast<float>(h * scale));
                    QVERIFY(std::abs(mean[at] - static_cast<float>(s * scale / depth)) <= 1e-5f * (1 + std::abs(mean[at])));
                    all += s;
                    top = std::max(top, h);
                }
                QVERIFY(closeTo(sum, all));
                QVERIFY(closeTo(total, all));
                QCOMPARE(peak, top);
            }
    }

    // Four series in lanes: each lane folds to the same bits as its series alone.
    void laneFoldsMatchScalarFolds()
    {
        for (int count = 1; count <= 4; ++count)
            for (int len : {0, 1, 7, 8, 9, 63, 256}) {
                const std::vector<double> v4 = randomValues(len * 4, static_cast<unsigned>(len * 10 + count));
                Accumulator lane[4], alone[4];
                LaneFold folds[4];
                for (int j = 0; j < 4; ++j) {
                    lane[j].min = alone[j].min = -5 + j;  // a bucket already part filled
                    lane[j].max = alone[j].max = 5 + j;
                    lane[j].sum = alone[j].sum = 100 * j;
                    folds[j].acc = &lane[j];
                }
                double sums[4] = {};
                foldChunkLanes(v4.data(), len, folds, count, sums);
                for (int j = 0; j < count; ++j) {
                    std::vector<double> v(static_cast<size_t>(len));
                    for (int k = 0; k < len; ++k)
                        v[k] = v4[static_cast<size_t>(k * 4 + j)];
                    const double sum = foldChunk(v.data(), len, &alone[j]);
                    QCOMPARE(bitsOf(sums[j]), bitsOf(sum));
                    QCOMPARE(bitsOf(lane[j].min), bitsOf(alone[j].min));
                    QCOMPARE(bitsOf(lane[j].max), bitsOf(alone[j].max));
                    QCOMPARE(bitsOf(lane[j].sum), bitsOf(alone[j].sum));
                }
            }
    }

    void laneColumnsMatchScalarColumns()
    {
        for (int count = 1; count <= 4; ++count)
            for (int depth : {1, 2, 6, 13})
                for (int columns : {1, 2, 3, 5, 42}) {
                    const int len = depth * columns, first = 1;
                    const std::vector<double> v4 = randomValues(len * 4, static_cast<unsigned>(depth * 1000 + columns * 10 + count));
                    std::vector<float> buf(static_cast<size_t>(6 * 4 * (first + columns)));
                    auto out = [&](int j, int which) { return buf.data() + (static_cast<size_t>(j * 6 + which) * (first + columns)); };
                    double totals[8] = {1, 2, 3, 4, 1, 2, 3, 4}, peaks[8] = {-1e9, 0, 7, -3, -1e9, 0, 7, -3};
                    LaneFold folds[4];
                    for (int j = 0; j < 4; ++j)
                        folds[j] = {nullptr, {out(j, 0), out(j, 1), out(j, 2)}, &totals[j], &peaks[j]};
                    double sums[4] = {};
                    foldColumnsLanes(v4.data(), depth, columns, 0.5, folds, count, first, sums);
                    for (int j = 0; j < count; ++j) {
                        std::vector<double> v(static_cast<size_t>(len));
                        for (int k = 0; k < len; ++k)
                            v[k] = v4[static_cast<size_t>(k * 4 + j)];
                        const double sum = foldColumns(v.data(), depth, columns, 0.5, {out(j, 3), out(j, 4), out(j, 5)}, first,
                                                       &totals[4 + j], &peaks[4 + j]);
                        QCOMPARE(bitsOf(sums[j]), bitsOf(sum));
                        QCOMPARE(bitsOf(totals[j]), bitsOf(totals[4 + j]));
                        QCOMPARE(bitsOf(peaks[j]), bitsOf(peaks[4 + j]));
                        for (int which = 0; which < 3; ++which)
                            for (int c = first; c < first + columns; ++c)
                                QCOMPARE(bitsOf(out(j, which)[c]), bitsOf(out(j, which + 3)[c]));
                    }
                }
    }

    void laneAdditionsMatchAddingInTurn()
    {
        for (int count = 1; count <= 4; ++count)
            for (int len : {0, 3, 4, 17, 256}) {
                const std::vector<double> v4 = randomValues(len * 4, static_cast<unsigned>(len + count));
                std::vector<double> to = randomValues(len, 99), expected = to;
                addLanesInto(to.data(), v4.data(), len, count);
                // Scaled: each lane multiplied by its own factor, then added in turn.
                const double scale[4] = {0.3, 1.7, 2.0 / 3, 1e-3};
                std::vector<double> scaled = randomValues(len, 98), expectedScaled = scaled;
                addLanesInto(scaled.data(), v4.data(), len, count, scale);
                for (int j = 0; j < count; ++j)
                    for (int k = 0; k < len; ++k) {
                        expected[k] += v4[static_cast<size_t>(k * 4 + j)];
                        expectedScaled[k] += v4[static_cast<size_t>(k * 4 + j)] * scale[j];
                    }
                for (int k = 0; k < len; ++k) {
                    QCOMPARE(bitsOf(to[k]), bitsOf(expected[k]));
                    QCOMPARE(bitsOf(scaled[k]), bitsOf(expectedScaled[k]));
                }
            }
    }

    // The fleets' scaling rounds up in lanes exactly like std::ceil.
    // A series that stayed +0.0 is found by its bits (a -0.0 or a tiny value is not zero,
    // wherever it sits), and only in the lanes that count.
    void zeroSeriesAreFoundByTheirBits()
    {
        for (int len : {0, 1, 3, 4, 7, 8, 9, 31, 432, 512}) {
            std::vector<double> v(static_cast<size_t>(len) * 4, 0.0);
            QVERIFY(isZero(v.data(), len * 4));
            QVERIFY(isZeroLanes(v.data(), len, 4));
            for (int at = 0; at < len * 4; at += std::max(1, len / 3)) {
                for (double odd : {-0.0, 1e-300, 5.0}) {
                    v[static_cast<size_t>(at)] = odd;
                    QVERIFY(!isZero(v.data(), len * 4));
                    const int lane = at % 4;
                    for (int count = 1; count <= 4; ++count)
                        QCOMPARE(isZeroLanes(v.data(), len, count), lane >= count);
                    v[static_cast<size_t>(at)] = 0.0;
                }
            }
        }
        // Lanes past `count` hold another run's values: a nonzero there early on must not
        // hide a nonzero later in a lane that counts.
        std::vector<double> v(64 * 4, 0.0);
        v[2] = 7;               // lane 2, position 0
        v[40 * 4 + 1] = 3;      // lane 1, position 40
        QVERIFY(!isZeroLanes(v.data(), 64, 2));
        QVERIFY(isZeroLanes(v.data(), 64, 1));
    }

    // Skipping a zero series gives exactly what folding its zeros gives.
    void foldingZerosWithoutReadingThem()
    {
        const std::vector<double> zeros(300, 0.0);
        for (Accumulator before : {Accumulator(), Accumulator{2.5, 9.0, 40.0}, Accumulator{-3.0, -1.0, -0.0},
                                   Accumulator{0.0, 0.0, 0.0}}) {
            Accumulator folded = before, skipped = before;
            QCOMPARE(foldChunk(zeros.data(), 300, &folded), 0.0);
            foldZeroChunk(&skipped);
            QCOMPARE(std::memcmp(&folded, &skipped, sizeof folded), 0);
        }
        for (int columns : {1, 3, 8}) {
            for (double peakBefore : {-2.0, 0.0, 4.0}) {
                std::vector<float> a(3 * 20, 9.f), b(3 * 20, 9.f);
                double totalA = 1.5, totalB = 1.5, peakA = peakBefore, peakB = peakBefore;
                const BucketOut outA{a.data(), a.data() + 20, a.data() + 40}, outB{b.data(), b.data() + 20, b.data() + 40};
                foldColumns(zeros.data(), 6, columns, 3600.0, outA, 5, &totalA, &peakA);
                foldZeroColumns(columns, 3600.0, outB, 5, &totalB, &peakB);
                QCOMPARE(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0);
                QCOMPARE(std::memcmp(&totalA, &totalB, sizeof totalA), 0);
                QCOMPARE(std::memcmp(&peakA, &peakB, sizeof peakA), 0);
            }
        }
    }

    void ceilInLanesIsStdCeil()
    {
        const double values[] = {0.0, 1e-300, 0.25, 0.5, 1.0, 1.5, 2.0, 0.9999999999999999, 1.0000000000000002, 41.0,
                                 41.5, 1e15 + 0.5, 0x1p52 - 0.5, 0x1p52 - 1, 0x1p52, 0x1p52 + 2, 1e300,
                                 std::numeric_limits<double>::infinity(), -0.5, -1.0, -2.5, -0.0, -0.25};
        // To the bit: the sign of a zero too (std::ceil(-0.25) is -0.0), as the scalar fleet
        // step calls std::ceil.
        auto same = [](double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; };
        for (double a : values)
            for (double b : {0.0, 3.5, -7.25, 1e20}) {
                const Double4 x = {a, b, a * 0.5, a + 1};
                const Double4 c = ceil4(x);
                for (int j = 0; j < 4; ++j)
                    QVERIFY2(same(c[j], std::ceil(x[j])), qPrintable(QString::number(x[j], 'g', 17)));
                // Two lanes (a run of two fleets) take the same path.
                const Double2 c2 = ceil4(Double2{a, b});
                QVERIFY2(same(c2[0], std::ceil(a)) && same(c2[1], std::ceil(b)), qPrintable(QString::number(a, 'g', 17)));
            }
        QVERIFY(std::isnan(ceil4(Double4{std::nan(""), 1, 2, 3})[0]));
        QVERIFY(std::isnan(ceil4(Double2{1, std::nan("")})[1]));
    }
};

QTEST_GUILESS_MAIN(TestSeriesFold)
#include "tst_seriesfold.moc"
