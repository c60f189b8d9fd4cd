// Measures the exact (per-request) engine on an M/D/c queue: an SNS topic with Poisson
// traffic into a Lambda function with reserved concurrency c and fixed durations (Lambda's
// async queue is the queue). Prints events and requests per second of wall time on one
// thread (CPU time), and the mean wait against the M/D/c approximation.
//
//   bench_exact [--rate 90] [--servers 100] [--duration 1] [--seconds 100000]
// tests/bench/simpy_compare.sh runs the same model in SimPy and compares.

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "sim/exact/exactengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstring>
#include <ctime>

using namespace archscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    Node topic;
    topic.id = topic.label = QStringLiteral("topic");
    topic.kind = QStringLiteral("sns");
    topic.props = QJsonObject{{"traffic", QJsonObject{{"shape", "constant"}, {"rate", rate}}}};
    Node fn;
    fn.id = fn.label = QStringLiteral("fn");
    fn.kind = QStringLiteral("lambda");
    fn.props = QJsonObject{{"durationMs", durationS * 1000}, {"durationCv", 0}, {"coldStartMs", 0},
                           {"timeoutS", 900}, {"reservedConcurrency", servers}};
    d.nodes = {topic, fn};
    Edge e;
    e.id = QStringLiteral("w");
    e.from = topic.id;
    e.to = fn.id;
    d.edges = {e};

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
