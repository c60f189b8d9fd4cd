// The occupancy model (peaks, warm pool, cold starts, queue peaks) against the exact
// per-request engine on one function, and its independence of the step.

#include "simtesthelpers.h"

#include "sim/exact/exactengine.h"
#include "sim/occupancy.h"
#include "sim/roleformulas.h"
#include "sim/queueing.h"
#include "sim/trafficprofile.h"

#include <QTest>

#include <cmath>

using namespace archscope;
using namespace simtest;

namespace {

QJsonObject traffic(const QString &shape, double rate)
{
    return QJsonObject{{"traffic", QJsonObject{{"shape", shape}, {"rate", rate}, {"noise", "poisson"}}}};
}

struct Figures
{
    double peak = 0, coldStarts = 0, throttled = 0, peakBacklog = 0;
};

// Within `relative` of `want`, or `absolute` of it (small counts).
bool within(double got, double want, double relative, double absolute = 0)
{
    return std::fabs(got - want) <= std::max(relative * std::fabs(want), absolute);
}

// The occupancy model over `horizonS` at `dt` for a function of duration `d` behind a source
// with this traffic, at most `reserved` in service (refused beyond, or queued with `queued`).
Figures model(const QJsonObject &trafficProps, double d, double reserved, double horizonS, double dt, bool queued = false)
{
    const TrafficProfile p = TrafficProfile::fromJson(trafficProps.value("traffic").toObject(), {});
    queueing::Occupancy o;
    Figures f;
    double arrivals = 0;
    for (double t = 0; t < horizonS; t += dt) {
        const double rate = p.meanRate(t, dt);
        const double a = rate * d;
        const auto s = o.step(rate, d, reserved, dt, queued ? 0.5 : -1);
        f.coldStarts += s.coldStarts;
        if (!queued)
            f.throttled += rate * dt * queueing::erlangB(a, reserved);
        arrivals += rate * dt;
    }
    f.peak = o.peak();
    f.peakBacklog = o.peakBacklog();
    f.throttled /= arrivals;
    return f;
}

Figures exact(const QJsonObject &trafficProps, double d, double reserved, double horizonS, bool queued, qint64 seed)
{
    DocumentData doc;
    QJsonObject fn{{"durationMs", d * 1000}, {"durationCv", 0.5}, {"coldStartMs", 0}, {"timeoutS", 900}};
    if (std::isfinite(reserved))
        fn.insert("reservedConcurrency", reserved);
    doc.nodes = {node("src", queued ? "sqs" : "apigw", trafficProps), node("fn", "lambda", fn)};
    QJsonObject wireProps;
    if (queued)
        wireProps.insert("batchSize", 1);
    doc.edges = {edge("src", "fn", EdgeKind::Trigger, wireProps)};
    ExactOptions o;
    o.toS = horizonS;
    o.seed = seed;
    const ExactResults r = ExactEngine::run(doc, Catalog::builtin(), o);
    const auto &s = r.node("fn")->summary;
    Figures f;
    f.peak = s.peakConcurrency;
    f.coldStarts = s.coldStarts;
    f.throttled = s.arrivals > 0 ? s.throttled / s.arrivals : 0;
    f.peakBacklog = queued ? r.node("src")->summary.peakBacklog : s.peakBacklog;
    return f;
}

} // namespace

class TstOccupancy : public QObject
{
    Q_OBJECT

private slots:
    // A fleet of 5,000 tasks of 90 million slots each under 10 million requests a second:
    // nine billion in service. The peak is the load and three deviations, at once, with no
    // per-level state (which would need gigabytes).
    void hugeLoadsStayBounded()
    {
        queueing::Occupancy o;
        const double a = 1e7 * 900;
        for (int k = 0; k < 3; ++k) {
            const auto step = o.step(1e7, 900, 4.5e11, 60, -1, 0);
            QVERIFY(std::isfinite(step.minuteMaximum) && std::isfinite(step.coldStarts) && std::isfinite(step.warm));
        }
        QVERIFY(std::fabs(o.peak() - (a + 3 * std::sqrt(a))) < 1e-6 * a);
        QCOMPARE(o.peakBacklog(), 0.0);
    }

    // A pool shared with others (PoolSharing): each level weighs the chance that the others
    // leave it room. With others that hardly use the pool it changes nothing; more others, or
    // a smaller pool, lower the peak; a pool far over-asked by the others (their Poisson terms
    // far under their mean grow as e^others) leaves it little, and stays finite.
    void aSharedPoolWeighsLevelsByTheOthersRoom()
    {
        const auto peakWith = [](double rate, double pool, queueing::PoolSharing sharing) {
            queueing::Occupancy o;
            for (int k = 0; k < 60; ++k) {
                const auto s = o.step(rate, 1, pool, 60, -1, 0, -1, sharing);
                if (!(std::isfinite(s.minuteMaximum) && std::isfinite(s.coldStarts) && std::isfinite(s.warm)))
                    return -1.0;
            }
            return o.peak();
        };
        const double alone = peakWith(50, 100, {});
        QVERIFY(alone > 70 && alone <= 100);
        QVERIFY2(within(peakWith(50, 100, {100, 0.001}), alone, 1e-3), qPrintable(QString::number(alone)));
        double before = alone;
        for (const double others : {30.0, 40.0, 50.0, 60.0}) {
            const double peak = peakWith(50, 100, {100, others});
            const QString what = QStringLiteral("%1 others: %2 after %3").arg(others).arg(peak).arg(before);
            QVERIFY2(peak > 50 && peak < before, qPrintable(what));
            before = peak;
        }
        before = 0;
        for (const double pool : {95.0, 95.5, 96.0, 100.0}) {
            const double peak = peakWith(50, pool, {pool, 40});
            QVERIFY2(peak > before, qPrintable(QStringLiteral("pool %1: %2 after %3").arg(pool).arg(peak).arg(before)));
            before = peak;
        }
        // A function near a full pool weighs its levels by the others' room while it is served
        // about its load; squeezed far under it (a pool asked for many times its size) its
        // levels would lie below those its load reaches, so it keeps the hard cap.
        sim::PoolShare share = sim::sharePool(90, 0, 100);
        QVERIFY(share.near);
        const sim::PooledLevels served = sim::pooledLevels(share, 50, 48.7, 1000);
        QCOMPARE(served.servers, 100.0);
        QCOMPARE(served.sharing.pool, 100.0);
        QCOMPARE(served.sharing.others, 40.0);
        share = sim::sharePool(24000, 0, 1000);
        QVERIFY(sim::pooledLevels(share, 126, 5.2, 1000).sharing.pool < 0);

        // A million erlangs of others in a pool of 200: their terms from 66 to 200 grow by e^1200.
        const double crowded = peakWith(50, 200, {200, 1e6});
        QVERIFY2(crowded >= 1 && crowded < 10, qPrintable(QString::number(crowded)));
    }

    // Steps that repeat the last once the state has settled are not recomputed level by level.
    // Skipped or not, every figure must be the same: the twin below never repeats exactly
    // (its rate wobbles by a few units in the last place) and holds only exact repeats, so it
    // makes a full pass each time.
    void settledRepeatsGiveWhatFullPassesGive_data()
    {
        QTest::addColumn<bool>("queued");
        QTest::addColumn<double>("servers");
        QTest::newRow("sync, uncapped") << false << 1000.0;
        QTest::newRow("sync, capped at the load") << false << 9.5;
        QTest::newRow("queued near capacity") << true << 9.5;
    }
    void settledRepeatsGiveWhatFullPassesGive()
    {
        QFETCH(bool, queued);
        QFETCH(double, servers);
        queueing::Occupancy skipping, full;
        full.setHoldsWithinTolerance(false);
        double coldSkipping = 0, coldFull = 0, maxSkipping = 0, maxFull = 0;
        // A day at one load, a burst, then another day: the repeats settle twice.
        for (int minute = 0; minute < 3000; ++minute) {
            const double rate = minute >= 1440 && minute < 1500 ? 12.0 : 6.0;
            const double wobble = rate * (1 + (minute % 2 ? 4e-16 : -4e-16));
            const double d = 1.2;
            const auto a = skipping.step(rate, d, servers, 60, queued ? 0.5 : -1);
            const auto b = full.step(wobble, d, servers, 60, queued ? 0.5 : -1);
            coldSkipping += a.coldStarts;
            coldFull += b.coldStarts;
            maxSkipping = std::max(maxSkipping, a.minuteMaximum);
            maxFull = std::max(maxFull, b.minuteMaximum);
            QVERIFY2(within(a.warm, b.warm, 1e-9, 1e-9), qPrintable(QString::number(minute)));
        }
        QVERIFY2(within(coldSkipping, coldFull, 1e-9, 1e-9), qPrintable(QStringLiteral("%1 vs %2").arg(coldSkipping).arg(coldFull)));
        QVERIFY(within(maxSkipping, maxFull, 1e-12));
        QVERIFY2(within(skipping.peak(), full.peak(), 1e-9), qPrintable(QStringLiteral("%1 vs %2").arg(skipping.peak(), 0, 'g', 15).arg(full.peak(), 0, 'g', 15)));
        QVERIFY(within(skipping.peakBacklog(), full.peakBacklog(), 1e-9, 1e-12));
        // The long stretches really do make the peak climb (so the skipped steps count).
        QVERIFY(skipping.peak() > maxSkipping);
    }

    // A load that changes slowly repeats its last pass while it stays within the tolerance
    // (moving only the warm pool), so most minutes of a day cost no pass over the levels.
    // The figures stay within a fraction of a percent of a pass at every minute: here a
    // diurnal load from 2 to 200 erlangs, and a burst that makes many levels certain at once
    // (starting their environments once, not at every held step after it). The twin makes a
    // full pass at every step (its load wobbles by units in the last place).
    void heldStepsStayCloseToFullPasses_data()
    {
        QTest::addColumn<bool>("queued");
        QTest::addColumn<double>("servers");
        QTest::addColumn<bool>("burst");
        QTest::newRow("sync, uncapped") << false << 1e6 << false;
        QTest::newRow("sync, capped under the peak") << false << 180.0 << false;
        QTest::newRow("queued") << true << 230.0 << false;
        QTest::newRow("burst") << false << 1e6 << true;
    }
    void heldStepsStayCloseToFullPasses()
    {
        QFETCH(bool, queued);
        QFETCH(double, servers);
        QFETCH(bool, burst);
        queueing::Occupancy held, full;
        full.setHoldsWithinTolerance(false);
        double coldHeld = 0, coldFull = 0, maxHeld = 0, maxFull = 0;
        const double d = 0.5;
        for (int minute = 0; minute < 2 * 1440; ++minute) {
            const double a = burst ? (minute >= 600 && minute < 660 ? 150 : 5)
                                   : 101 - 99 * std::cos(minute * (2 * M_PI / 1440));
            const double wobble = a * (1 + (minute % 2 ? 4e-16 : -4e-16));
            const auto h = held.step(a / d, d, servers, 60, queued ? 0.5 : -1);
            const auto f = full.step(wobble / d, d, servers, 60, queued ? 0.5 : -1);
            coldHeld += h.coldStarts;
            coldFull += f.coldStarts;
            maxHeld = std::max(maxHeld, h.minuteMaximum);
            maxFull = std::max(maxFull, f.minuteMaximum);
            QVERIFY2(within(h.warm, f.warm, 0.005), qPrintable(QString::number(minute)));
        }
        QVERIFY2(within(coldHeld, coldFull, 0.005), qPrintable(QStringLiteral("%1 vs %2").arg(coldHeld).arg(coldFull)));
        QVERIFY(within(maxHeld, maxFull, 0.005));
        QVERIFY2(within(held.peak(), full.peak(), 0.005), qPrintable(QStringLiteral("%1 vs %2").arg(held.peak()).arg(full.peak())));
        QVERIFY(within(held.peakBacklog(), full.peakBacklog(), 0.005, 1e-9));
        // Held steps did happen on the diurnal load (else the figures would agree to rounding;
        // a burst's steps repeat exactly, and so agree).
        if (!burst)
            QVERIFY(std::fabs(coldHeld - coldFull) > 1e-9 * coldFull);
        if (queued)
            QVERIFY(full.peakBacklog() > 1);
    }

    // A fleet tracks only its random queue: the same queue peak as with the levels.
    void queueOnlyGivesTheSameQueuePeak()
    {
        queueing::Occupancy both, queueOnly(300, queueing::Occupancy::Tracks::QueueOnly);
        for (int minute = 0; minute < 1440; ++minute) {
            const double a = 14 - 6 * std::cos(minute * (2 * M_PI / 1440));
            both.step(a / 0.2, 0.2, 20, 60, 1, 20);
            queueOnly.step(a / 0.2, 0.2, 20, 60, 1, 20);
        }
        QVERIFY(both.peakBacklog() > 1);
        QCOMPARE(queueOnly.peakBacklog(), both.peakBacklog());
        QCOMPARE(queueOnly.peak(), 0.0);  // no levels
    }

    // A fleet weighs the levels with its own loop (no per-level figures): its queue peak and
    // chance to wait are the same to the bit as with the levels, also with fractional
    // servers that change every minute (a fleet scaling) and minutes that repeat exactly.
    void queueOnlyMatchesTheLevelsToTheBit()
    {
        queueing::Occupancy both, queueOnly(300, queueing::Occupancy::Tracks::QueueOnly);
        int waits = 0;
        for (int minute = 0; minute < 1440; ++minute) {
            const double a = 14 - 6 * std::cos(minute * (2 * M_PI / 1440));
            const double servers = minute % 3 == 2 ? 20.0 : 16.5 + 4 * std::sin(minute * 0.01);
            const double rate = minute % 100 < 50 ? 70.0 : a / 0.2;  // steady stretches repeat exactly
            both.step(rate, 0.2, servers, 60, 1, 20);
            queueOnly.step(rate, 0.2, servers, 60, 1, 20);
            QVERIFY2(queueOnly.lastPass().waitChance == both.lastPass().waitChance, qPrintable(QString::number(minute)));
            QVERIFY2(queueOnly.peakBacklog() == both.peakBacklog(), qPrintable(QString::number(minute)));
            waits += both.lastPass().waitChance > 0;
        }
        QVERIFY(waits > 100);
        QVERIFY(both.peakBacklog() > 1);
    }

    // A queue that forms only while a pool shared with sync calls is full (queueWaitChance)
    // waits with that chance and drains on every slot that frees, a Poisson stream however
    // regular the durations: its peak does not move with their spread, falls with the chance
    // and with a faster drain, and is none when the pool is never full.
    void aQueueBehindAFullPoolWaitsOnlyThen()
    {
        const auto run = [](double chance, double drain, double cv) {
            queueing::Occupancy o;
            for (int minute = 0; minute < 360; ++minute)
                o.step(58, 1, 60, 60, cv, 0, drain, {}, {}, chance);
            return std::pair{o.peakBacklog(), o.lastPass().waitChance};
        };
        const auto [peak, chance] = run(0.25, 100, 0.5);
        QVERIFY2(peak > 10 && peak < 30, qPrintable(QString::number(peak)));
        QCOMPARE(chance, 0.25);
        QCOMPARE(run(0.25, 100, 0).first, peak);
        QCOMPARE(run(0.25, 100, 1.5).first, peak);
        QVERIFY(run(0.05, 100, 0.5).first < peak - 2);
        QVERIFY(run(0.25, 200, 0.5).first < peak - 5);
        QCOMPARE(run(0, 100, 0.5).first, 0.0);
    }

    // A fleet's random wait is Allen–Cunneen's at the load of the model's last pass: the
    // minute's own at a steady load, and within 2 % of it while a slow load is held (the
    // band moves the mean wait, which goes as 1 / (c − a), by about that).
    void minuteWaitFollowsTheLoad()
    {
        queueing::OccupancyFeed feed(300, queueing::Occupancy::Tracks::QueueOnly);
        const double d = 0.1, servers = 20, cv = 0.5;
        double warm = 0;
        int held = 0;
        for (int minute = 0; minute < 600; ++minute) {
            const double a = minute < 60 ? 14 : 14 + 2 * std::sin((minute - 60) * (2 * M_PI / 1440));
            feed.feed(a / d, d, servers, true, cv, servers, 60, &warm);
            QVERIFY(feed.handedOver());
            const queueing::Wait want = queueing::waitInQueue(a, servers, d, cv);
            const queueing::Wait &got = feed.minuteWait(d, cv);
            if (minute < 60) {
                QCOMPARE(got.probability, want.probability);
                QCOMPARE(got.meanS, want.meanS);
            } else {
                QVERIFY2(within(got.meanS, want.meanS, 0.02), qPrintable(QString::number(minute)));
                held += got.meanS != want.meanS;
            }
        }
        QVERIFY(held > 100);
    }

    void againstTheExactEngine_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("durationS");
        QTest::addColumn<double>("reserved");
        QTest::addColumn<bool>("queued");
        const double none = std::numeric_limits<double>::infinity();
        QTest::newRow("8/s, no cap") << "constant" << 8.0 << 1.0 << none << false;
        QTest::newRow("8/s into 10") << "constant" << 8.0 << 1.0 << 10.0 << false;
        QTest::newRow("40/s into 50") << "constant" << 40.0 << 1.0 << 50.0 << false;
        QTest::newRow("diurnal 8/s, no cap") << "diurnal" << 8.0 << 1.0 << none << false;
        QTest::newRow("diurnal 2/s, 0.2 s") << "diurnal" << 2.0 << 0.2 << none << false;
        QTest::newRow("diurnal 30/s into 40") << "diurnal" << 30.0 << 1.0 << 40.0 << false;
        QTest::newRow("queue 4.5/s into 5") << "constant" << 4.5 << 1.0 << 5.0 << true;
    }
    void againstTheExactEngine()
    {
        QFETCH(QString, shape);
        QFETCH(double, rate);
        QFETCH(double, durationS);
        QFETCH(double, reserved);
        QFETCH(bool, queued);
        const double day = 86400;
        // A day's peak is one draw of a maximum (the queue's, with its geometric tail, spreads
        // widely): the exact engine's figures are averaged over three days.
        const int seeds = 3;
        Figures e;
        for (int seed = 1; seed <= seeds; ++seed) {
            const Figures one = exact(traffic(shape, rate), durationS, reserved, day, queued, seed);
            e.peak += one.peak / seeds;
            e.coldStarts += one.coldStarts / seeds;
            e.throttled += one.throttled / seeds;
            e.peakBacklog += one.peakBacklog / seeds;
        }
        const Figures atMinute = model(traffic(shape, rate), durationS, reserved, day, 60, queued);
        for (double dt : {1.0, 10.0, 60.0, 300.0}) {
            const Figures m = model(traffic(shape, rate), durationS, reserved, day, dt, queued);
            qInfo("dt %4g s: peak %.2f (exact %.1f), cold starts %.1f (%.1f), throttled %.3f%% (%.3f%%), peak backlog %.1f (%.1f)",
                  dt, m.peak, e.peak, m.coldStarts, e.coldStarts, 100 * m.throttled, 100 * e.throttled, m.peakBacklog,
                  e.peakBacklog);
            // The step is a resolution, not a result.
            QVERIFY(within(m.peak, atMinute.peak, 0.10));
            QVERIFY(within(m.coldStarts, atMinute.coldStarts, 0.10, 1));
            QVERIFY(within(m.throttled, atMinute.throttled, 0.10));
            QVERIFY(within(m.peakBacklog, atMinute.peakBacklog, 0.10, 1));
        }
        // Against the requests themselves: the scenario table's tolerances.
        QVERIFY2(within(atMinute.throttled, e.throttled, 0.10, 0.003), "throttled");
        QVERIFY2(within(atMinute.peak, e.peak, 0.15, 1), "peak concurrency");  // a day's peak is a whole number
        QVERIFY2(within(atMinute.peakBacklog, e.peakBacklog, 0.15, 2), "peak backlog");
        QVERIFY2(within(atMinute.coldStarts, e.coldStarts, 0.15, 3), "cold starts");
    }
};

QTEST_GUILESS_MAIN(TstOccupancy)
#include "tst_occupancy.moc"
