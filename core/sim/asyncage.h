#pragma once

#include "simgraph.h"
#include "simulator.h"

#include <algorithm>
#include <cmath>
#include <vector>

// AsyncEventAge (DESIGN.md, "Metrics, named as CloudWatch names them"): how long a function kept
// its oldest asynchronous event, retries included. Written once for the simulator and the
// reference stepper in the tests.
namespace archscope::sim {

// How many retries at least one of `events` is expected to need (each attempt fails with the
// node's failure share, up to its retries).
inline int retriesReached(const SimGraph::Node &node, double events)
{
    int reached = 0;
    for (double reaching = events * node.failureShare(); reached < node.retries && reaching >= 1;
         reaching *= node.failureShare())
        ++reached;
    return reached;
}

// What Lambda's retries add to an event's age when nothing waits in front of it: 1 min, then
// 2 min, and the failed attempts' durations.
inline double retryDelaysS(const SimGraph::Node &node, int retries)
{
    double age = 0;
    for (int retry = 1; retry <= retries; ++retry)
        age += Simulator::asyncRetryDelayS * retry + node.durationS;
    return age;
}

// When the oldest of a cohort's events still waiting arrived: `arrived` came in evenly from
// `fromS` to `toS` and the earliest of them have left, `waiting` remain.
inline double asyncArrivalOfOldest(double waiting, double arrived, double fromS, double toS)
{
    const double left = arrived > 0 ? std::clamp(waiting / arrived, 0.0, 1.0) : 1.0;
    return fromS + (1 - left) * (toS - fromS);
}

// How long the oldest event a function or fleet had waiting was kept: the mean flow's backlog
// (its step's own figure, `peakAge`), or the random queue in front of the environments or
// slots (its largest length `randomBacklog`, drained by the `servers` then busy, each taking
// `durationS` a turn), whichever is longer.
inline double waitingAgeS(double peakAge, double randomBacklog, const SimGraph::Node &node, double durationS, double servers)
{
    if (node.randomArrivals)
        return std::max(peakAge, randomBacklog * durationS / std::max(1.0, servers));
    return peakAge;
}

// The age of the oldest event in a function's async queue over a run: one sample per span of
// the queue's cohort width, the age at the end of the last step that starts in the span (so a
// chunk stepped again overwrites what it wrote the first time). A span no step wrote held
// nothing.
class HeadAgeHistory
{
public:
    HeadAgeHistory() = default;
    HeadAgeHistory(double widthS, double runS)
        : m_width(widthS), m_runS(runS), m_ages(static_cast<size_t>(std::max(1.0, std::ceil(runS / widthS))), 0.0f)
    {
    }

    void record(double t, double ageAtStepEnd)
    {
        if (m_ages.empty())
            return;
        const auto k = static_cast<size_t>(std::max(0.0, std::floor(t / m_width)));
        m_ages[std::min(k, m_ages.size() - 1)] = static_cast<float>(ageAtStepEnd);
    }

    // The oldest event's age at time t: between the samples (each at its span's end), linear.
    double at(double t) const
    {
        const double u = t / m_width - 1;
        if (u <= -1)
            return 0;
        const auto below = static_cast<long long>(std::floor(u));
        const double f = u - static_cast<double>(below);
        const double a = below < 0 ? 0.0 : sample(below);
        return a + f * (sample(below + 1) - a);
    }

    // The oldest age a retried event reaches. A retry joins the queue at its end and keeps its
    // age, so an event retried `retries` times waits through the queue once per attempt: walked
    // back from each moment s its last attempt might leave the queue, that attempt joined it at
    // e - A(e) with e = s, the attempt before it left the queue its retry delay and one
    // duration earlier, and so on to the event's arrival.
    double retriedEventAgeS(int retries, double durationS) const
    {
        double oldest = 0;
        for (size_t k = 0; k < m_ages.size(); ++k) {
            const double s = std::min(static_cast<double>(k + 1) * m_width, m_runS);
            double e = s;
            for (int retry = retries; retry >= 1 && e > 0; --retry)
                e = e - at(e) - Simulator::asyncRetryDelayS * retry - durationS;
            const double arrived = std::max(0.0, e - at(e));
            oldest = std::max(oldest, s - arrived);
        }
        return oldest;
    }

private:
    double sample(long long k) const { return m_ages[static_cast<size_t>(std::min<long long>(k, static_cast<long long>(m_ages.size()) - 1))]; }

    double m_width = 1, m_runS = 0;
    std::vector<float> m_ages;
};

// A function's AsyncEventAge: the events kept waiting (`waitingAge`) plus the retries' delays
// when nothing waits in front of a retry, or the walk through the queue's history when
// retries wait behind new events; the age limit once any expired.
inline double asyncEventAgeS(const SimGraph::Node &node, double waitingAge, double events, const HeadAgeHistory &history,
                             bool expired)
{
    if (expired)
        return Simulator::asyncMaxAgeS;
    const int retries = retriesReached(node, events);
    return std::min(Simulator::asyncMaxAgeS,
                    std::max(waitingAge + retryDelaysS(node, retries), history.retriedEventAgeS(retries, node.durationS)));
}

} // namespace archscope::sim
