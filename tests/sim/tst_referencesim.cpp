// The time-stepped engine against a small per-request discrete-event reference written
// here: Poisson arrivals into a Lambda function with a concurrency cap and a fixed duration
// (an M/D/c/c loss system: sync callers are throttled when all c environments are busy).
// Served, throttled and mean concurrency must agree within 5 %.

#include "simtesthelpers.h"

#include "sim/simulator.h"

#include <QTest>

#include <functional>
#include <queue>
#include <random>
#include <vector>

using namespace archscope;
using namespace simtest;

namespace {

struct Reference
{
    double served = 0;
    double throttled = 0;
    double meanConcurrency = 0;
};

Reference discreteEvents(double rate, double durationS, int cap, double horizonS, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::priority_queue<double, std::vector<double>, std::greater<double>> busyUntil;
    Reference r;
    double busyTime = 0;
    for (double t = -std::log(1 - uniform(rng)) / rate; t < horizonS; t += -std::log(1 - uniform(rng)) / rate) {
        while (!busyUntil.empty() && busyUntil.top() <= t)
            busyUntil.pop();
        if (static_cast<int>(busyUntil.size()) >= cap) {
            r.throttled += 1;
            continue;
        }
        busyUntil.push(t + durationS);
        r.served += 1;
        busyTime += std::min(durationS, horizonS - t);
    }
    r.meanConcurrency = busyTime / horizonS;
    return r;
}

bool within(double a, double b, double tolerance)
{
    return qAbs(a - b) <= tolerance * std::max(qAbs(a), qAbs(b));
}

} // namespace

class TestReferenceSim : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithDiscreteEvents_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("step");
        QTest::newRow("light load, 1 s steps") << 20.0 << 1.0;
        QTest::newRow("moderate load, 1 s steps") << 40.0 << 1.0;
        QTest::newRow("overload, 1 s steps") << 100.0 << 1.0;
        QTest::newRow("overload, 60 s steps") << 100.0 << 60.0;
    }

    void agreesWithDiscreteEvents()
    {
        QFETCH(double, rate);
        QFETCH(double, step);
        const double horizon = 4 * 3600, duration = 1.0;
        const int cap = 50;
        const Reference ref = discreteEvents(rate, duration, cap, horizon, 12345);

        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(rate, true)),
                   node("fn", "lambda", {{"durationMs", duration * 1000}, {"reservedConcurrency", cap}})};
        d.edges = {edge("api", "fn")};
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(horizon, step));
        const auto *fn = r.node("fn");
        const QString detail = QStringLiteral("served %1 vs %2, throttled %3 vs %4, concurrency %5 vs %6")
                                   .arg(fn->invocations).arg(ref.served).arg(fn->throttled).arg(ref.throttled)
                                   .arg(fn->meanConcurrency).arg(ref.meanConcurrency);
        QVERIFY2(within(fn->invocations, ref.served, 0.05), qPrintable(detail));
        QVERIFY2(within(fn->meanConcurrency, ref.meanConcurrency, 0.05), qPrintable(detail));
        // Throttles: compared as a share of the arrivals (they are ~0 under light load).
        const double arrivals = ref.served + ref.throttled;
        QVERIFY2(qAbs(fn->throttled - ref.throttled) <= 0.05 * arrivals, qPrintable(detail));
        if (rate > cap / duration)
            QVERIFY2(within(fn->throttled, ref.throttled, 0.05), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestReferenceSim)
#include "tst_referencesim.moc"
