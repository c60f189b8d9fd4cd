#pragma once

// What the comparisons of the fast model with the exact per-request engine share: diagrams of
// Poisson traffic into functions that neither time out nor start cold, the exact engine over a
// horizon and a mean over seeds, and the tolerance check.

#include "simtesthelpers.h"

#include "sim/exact/exactengine.h"

#include <QString>

#include <cmath>
#include <initializer_list>
#include <vector>

namespace simtest {

using namespace archscope;

inline QJsonObject traffic(const QString &shape, double rate, const QJsonObject &extra = {})
{
    return QJsonObject{{"traffic", merge(QJsonObject{{"shape", shape}, {"rate", rate}, {"noise", "poisson"}}, extra)}};
}

// A function whose requests are never cut by a timeout and start warm in no time, so the
// figures are those of the queueing, not of timeouts.
inline QJsonObject fn(double durationMs, const QJsonObject &extra = {})
{
    return merge(QJsonObject{{"durationMs", durationMs}, {"durationCv", 0.5}, {"coldStartMs", 0}, {"timeoutS", 900}}, extra);
}

// The exact engine over the first `horizonS` seconds, in an account of `account`.
inline ExactResults exactOver(const DocumentData &d, double horizonS, double account = 1000, qint64 seed = ExactOptions().seed)
{
    ExactOptions x;
    x.toS = horizonS;
    x.accountConcurrency = account;
    x.seed = seed;
    return ExactEngine::run(d, Catalog::builtin(), x);
}

// Three runs of the requests (seeds 1 to 3), each checked: a peak is one draw of a maximum, so
// the figures compared are their means.
struct ExactSeeds
{
    std::vector<ExactResults> runs;
    QString error;  // the first run's that failed

    template <class Figure>
    double mean(Figure figure) const
    {
        double sum = 0;
        for (const ExactResults &r : runs)
            sum += figure(r);
        return sum / double(runs.size());
    }
};
inline ExactSeeds exactSeeds(const DocumentData &d, double horizonS, int seeds = 3, double account = 1000)
{
    ExactSeeds out;
    for (int seed = 1; seed <= seeds; ++seed) {
        out.runs.push_back(exactOver(d, horizonS, account, seed));
        if (!out.runs.back().ok() && out.error.isEmpty())
            out.error = out.runs.back().error;
    }
    return out;
}

inline DocumentData chain(std::initializer_list<Node> nodes, std::initializer_list<Edge> edges)
{
    DocumentData d;
    d.nodes = nodes;
    d.edges = edges;
    return d;
}

// Ages (ApproximateAgeOfOldestMessage, IteratorAge, AsyncEventAge): the largest of a run is one
// draw of a maximum over hours of waits.
constexpr double ageRelative = 0.20, ageAbsoluteS = 1;

inline bool within(double got, double want, double relative, double absolute)
{
    return std::fabs(got - want) <= std::max(relative * std::fabs(want), absolute);
}

inline QString percent(double x)
{
    return QString::number(100 * x, 'f', 2) + QStringLiteral(" %");
}

} // namespace simtest
