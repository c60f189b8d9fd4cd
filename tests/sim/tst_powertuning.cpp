// The Lambda memory / cost curve from the CPU-share model.

#include "sim/powertuning.h"

#include "testsupport.h"

#include <QTest>

using namespace testsupport;

namespace {
Node lambda(const QJsonObject &props)
{
    return node("fn", "lambda", props);
}
} // namespace

class TestPowerTuning : public QObject
{
    Q_OBJECT

private slots:
    void cpuShareModel()
    {
        // All CPU-bound, 1,000 ms at 1,769 MB (one vCPU): half the memory doubles the time;
        // twice the memory halves it only for a multi-threaded handler.
        // Lambda's CPU comes from the catalog: one vCPU at 1,769 MB, at most 6.
        const PowerTuning::Cpu cpu = PowerTuning::cpuOf(Catalog::builtin(), "lambda");
        QCOMPARE(cpu.memoryPerVcpuMb, 1769.0);
        QCOMPARE(cpu.maxVcpus, 6.0);
        QVERIFY(qAbs(PowerTuning::durationAt(cpu, 1000, 1769, 884, 1.0, true) - 1000 * 1769.0 / 884) < 1e-9);
        QVERIFY(qAbs(PowerTuning::durationAt(cpu, 1000, 1769, 3538, 1.0, true) - 1000) < 1e-9);
        QVERIFY(qAbs(PowerTuning::durationAt(cpu, 1000, 1769, 3538, 1.0, false) - 500) < 1e-9);
        // At most 6 vCPUs.
        QCOMPARE(PowerTuning::vcpusAt(cpu, 10240, false), std::min(6.0, 10240 / 1769.0));
        // The I/O share never shrinks: 50 % CPU-bound at 4x the CPU -> 500 + 125 ms.
        QVERIFY(qAbs(PowerTuning::durationAt(cpu, 1000, 442, 1768, 0.5, true) - (500 + 500 * 442.0 / 1768)) < 1e-9);
    }

    void curveCoversTheRangeAndMarksChoices()
    {
        const auto curve = PowerTuning::evaluate(Catalog::builtin(),
                                                 lambda({{"memoryMb", 512}, {"durationMs", 800}, {"cpuBoundShare", 0.8}}));
        QCOMPARE(curve.points.first().memoryMb, 128);
        QCOMPARE(curve.points.last().memoryMb, 10240);
        QVERIFY(curve.cheapest >= 0 && curve.fastest >= 0 && curve.balanced >= 0);
        QCOMPARE(curve.points[curve.current].memoryMb, 512);
        QVERIFY(qAbs(curve.points[curve.current].durationMs - 800) < 1e-9);
        for (int i = 1; i < curve.points.size(); ++i) {
            QVERIFY(curve.points[i].memoryMb > curve.points[i - 1].memoryMb);
            QVERIFY(curve.points[i].durationMs <= curve.points[i - 1].durationMs + 1e-9);
        }
        // Single-threaded: nothing is gained past 1,769 MB, so the fastest is 1,769 MB.
        QCOMPARE(curve.points[curve.fastest].memoryMb, 1769);
        for (const auto &p : curve.points)
            QVERIFY(p.costPerInvocationUsd >= curve.points[curve.cheapest].costPerInvocationUsd);
        // Cost per invocation: request + ceil(ms) x GB x price.
        const auto &p = curve.points[curve.current];
        QVERIFY(qAbs(p.costPerInvocationUsd - (0.2e-6 + 0.8 * 0.5 * 0.0000166667)) < 1e-15);
    }

    void multiThreadedGainsAboveOneVcpu()
    {
        const auto curve = PowerTuning::evaluate(
            Catalog::builtin(), lambda({{"memoryMb", 1769}, {"durationMs", 1000}, {"cpuBoundShare", 1.0}, {"singleThreaded", false}}));
        QCOMPARE(curve.points[curve.fastest].memoryMb, 10240);
        // Fully CPU-bound and parallel: cost is flat while duration falls, so the balanced
        // choice is the largest memory that costs no more.
        QVERIFY(curve.points[curve.balanced].memoryMb > 1769);
    }
};

QTEST_GUILESS_MAIN(TestPowerTuning)
#include "tst_powertuning.moc"
