// Measures the exact (per-request) engine on an M/D/c queue: an SNS topic with Poisson
// traffic into a Lambda function with reserved concurrency c and fixed durations (Lambda's
// async queue is the queue). Prints events and requests per second of wall time on one
// thread (CPU time), and the mean wait against the M/D/c approximation.
//
//   bench_exact [--rate 90] [--servers 100] [--duration 1] [--seconds 100000]
//   bench_exact --issue [--seed N]   the scenarios of issue 14's first table, one day each
// tests/bench/simpy_compare.sh runs the same model in SimPy and compares.

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "sim/exact/exactengine.h"

#include "../sim/simtesthelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstring>
#include <ctime>

using namespace archscope;
using simtest::edge;
using simtest::node;

namespace {

// Issue 14's first table: one day of Poisson traffic into 1 s functions (catalog defaults
// otherwise: 250 ms cold starts, durationCv 0.5 unless given), with a 30 s timeout so the
// default 3 s does not cut the lognormal's tail (which lowers the load by about 0.3 %).
int issueTable(qint64 seed)
{
    QTextStream out(stdout);
    ExactOptions day;
    day.toS = 86400;
    day.seed = seed;
    const auto traffic = [](double rate) { return simtest::constantTraffic(rate); };
    out << "scenario | throttled | peak concurrency | cold starts | Duration p50/p99 (s) | latency p99 (s)\n";
    const double caps[][2] = {{8, 10}, {40, 50}, {90, 100}, {8, -1}};
    for (const auto &c : caps) {
        QJsonObject fn{{"durationMs", 1000}, {"timeoutS", 30}};
        if (c[1] >= 0)
            fn.insert("reservedConcurrency", c[1]);
        DocumentData d;
        d.nodes = {node("api", "apigw", traffic(c[0])), node("fn", "lambda", fn)};
        d.edges = {edge("api", "fn")};
        const ExactResults r = ExactEngine::run(d, Catalog::builtin(), day);
        const auto &n = *r.node("fn");
        out << "API -> Lambda " << c[0] << "/s, reserved " << (c[1] < 0 ? QStringLiteral("none") : QString::number(c[1]))
            << " | " << QString::number(100 * n.summary.throttled / n.summary.arrivals, 'f', 2) << " %"
            << " | " << n.summary.peakConcurrency << " | " << n.summary.coldStarts << " | "
            << QString::number(n.duration.p50, 'f', 3) << " / " << QString::number(n.duration.p99, 'f', 3) << " | "
            << QString::number(r.paths.value(0).latency.p99, 'f', 3) << "\n";
    }
    out << "\nscenario | peak backlog | mean wait (s) | p99 wait (s) | max ApproximateAgeOfOldestMessage (s)\n";
    for (const double batch : {1.0, 10.0})
        for (const double cv : {0.0, 0.5}) {
            DocumentData d;
            d.nodes = {node("q", "sqs", traffic(4.5)),
                       node("fn", "lambda", QJsonObject{{"durationMs", 1000}, {"timeoutS", 30}, {"reservedConcurrency", 5}, {"durationCv", cv}})};
            d.edges = {edge("q", "fn", EdgeKind::Trigger, QJsonObject{{"batchSize", batch}})};
            const ExactResults r = ExactEngine::run(d, Catalog::builtin(), day);
            const auto &n = *r.node("fn");
            out << "SQS -> Lambda 4.5/s, reserved 5, batch " << batch << ", cv " << cv << " | "
                << r.node("q")->summary.peakBacklog << " | " << QString::number(n.wait.mean, 'f', 3) << " | "
                << QString::number(n.wait.p99, 'f', 3) << " | "
                << QString::number(r.node("q")->summary.maxAgeOfOldestMessageS, 'f', 1) << "\n";
        }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && !std::strcmp(argv[1], "--issue"))
        return issueTable(argc > 3 && !std::strcmp(argv[2], "--seed") ? std::atoll(argv[3]) : 1);
    double rate = 90, servers = 100, durationS = 1, seconds = 100000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const double v = std::atof(argv[i + 1]);
        if (!std::strcmp(argv[i], "--rate"))
            rate = v;
        else if (!std::strcmp(argv[i], "--servers"))
            servers = v;
        else if (!std::strcmp(argv[i], "--duration"))
            durationS = v;
        else if (!std::strcmp(argv[i], "--seconds"))
            seconds = v;
    }
    DocumentData d;
    d.nodes = {node("topic", "sns", simtest::constantTraffic(rate)),
               node("fn", "lambda", QJsonObject{{"durationMs", durationS * 1000}, {"durationCv", 0}, {"coldStartMs", 0},
                                               {"timeoutS", 900}, {"reservedConcurrency", servers}})};
    d.edges = {edge("topic", "fn")};

    ExactOptions o;
    o.toS = seconds;
    o.eventBudget = 1e9;
    // CPU time of this thread: the machine may be shared, and the engine uses one core.
    const auto cpuNow = [] {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec + ts.tv_nsec / 1e9;
    };
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuNow();
    const ExactResults r = ExactEngine::run(d, Catalog::builtin(), o);
    const double cpu = cpuNow() - cpuStart;
    const double wall = timer.nsecsElapsed() / 1e9;
    QTextStream out(stdout);
    if (!r.ok()) {
        out << "error: " << r.error << "\n";
        return 1;
    }
    const auto &n = *r.node(QStringLiteral("fn"));
    out << "M/D/c: rate " << rate << "/s, c " << servers << ", d " << durationS << " s, " << seconds << " s simulated\n";
    out << "events " << r.events << ", requests " << n.summary.invocations << ", CPU " << cpu << " s (wall " << wall << " s)\n";
    out << "mean wait " << n.wait.mean << " s, p99 wait " << n.wait.p99 << " s\n";
    out << "events_per_s " << qint64(r.events / cpu) << "\n";
    out << "requests_per_s " << qint64(n.summary.invocations / cpu) << "\n";
    return 0;
}
