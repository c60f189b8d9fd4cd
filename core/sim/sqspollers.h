#pragma once

#include <array>
#include <climits>
#include <cstddef>
#include <vector>

// How many SQS pollers a queue keeps busy under random arrivals.
//
// The rule, the exact engine's after Lambda's documentation: five pollers wait for messages;
// while messages are left waiting with every poller busy, SQS adds pollers, 300 a minute (one
// every g = 0.2 s); a poller whose invocation returns takes up to a batch of what waits and,
// finding nothing, is dropped (down to five). Messages arrive at random, so even a queue whose
// pollers would keep up in full batches sees messages wait now and then and gains pollers: the
// busy pollers settle where one is as likely to be added as dropped. At 20 messages a second
// into a 2 s function that is about 13 pollers taking 3 messages each, not 5 taking 8.
//
// With N pollers busy for d seconds each, invocations return at r = N / d, and whether a
// poller is added or dropped depends on r, the arrival rate and the batch size alone: the
// balance fixes the invocation rate, and the busy pollers are d times it.
namespace archscope::sim {

// The chances that, from a moment the queue is empty with invocations returning at `returns`
// a second, pollers are added (the expected number, over one or more 0.2 s rounds while
// messages stay) or one is dropped before the queue next empties.
struct PollerBalance
{
    double added = 0, dropped = 0;
    double seconds = 0;  // the expected time until the queue next empties or a round ends
};
// `timeWaiting`, if given: the expected time with each number of messages waiting, over the cycle.
PollerBalance sqsPollerBalance(double arrivals, double returns, int batch, std::vector<double> *timeWaiting = nullptr);

// The invocations a second at which added and dropped pollers balance, between
// arrivals / batch (full batches) and arrivals (one message each), and the spread of the busy
// pollers about it: their variance is the function's duration times `spread` (invocations
// arriving at random would give `rate`).
struct SqsSettled
{
    double rate = 0, spread = 0;
    // Messages waiting for a poller at the balance: the number waited past one part in a
    // thousand of the time, and how many more per e-fold rarer.
    double waitingThousandth = 0, waitingPerFold = 0;
};
SqsSettled sqsSettled(double arrivals, int batch);

// The busy pollers' birth-death chain itself: per number busy n, the logarithm of its chance
// (relative: the likeliest is 0) and the pollers added a second with n busy. Poisson levels at
// the same mean would be crossed far more often: a poller that finds messages takes them all,
// so the busy pollers wander slowly and narrowly, and a level high among them is reached
// after a long stay below (past the reclaim time, so it starts cold).
struct SqsLevels
{
    std::vector<double> logWeight, added;
    std::vector<double> ratio;  // (levelsAt) e^(logWeight[n + 1] − logWeight[n]), 0 at the last
};
SqsLevels sqsPollerLevels(double arrivals, double durationS, int batch);

// The busy pollers' mean, standard deviation and ceiling from the whole birth-death chain, for a
// function of `durationS`: below five busy every message starts at once (added at the arrival
// rate, dropped as invocations return); from five on the balance's rates at r = N / d.
// Within a few percent of the exact engine where five pollers are about enough (5 messages/s
// into a 1 s function: 4.30 busy against 4.27, where "five taking each message" gives 5).
struct SqsChain
{
    double mean = 0, sd = 0;
    double ceiling = 0;  // the level they spend one part in ten thousand of the time above
};
SqsChain sqsPollerChain(double arrivals, double durationS, int batch);

// sqsSettled for one poll wire over a run, interpolated (log-log, 16 points a decade)
// between points computed once per process and batch size, so a step costs a lookup.
class SqsPollerEquilibrium
{
public:
    explicit SqsPollerEquilibrium(double batch = 10);
    // The settled rate and spread (the waiting figures are left at 0: waitingAt has them).
    SqsSettled at(double arrivals);
    SqsSettled waitingAt(double arrivals);
    // The pollers busy at `arrivals` a second into a function of `durationS`: `busy`, their
    // mean (d times the settled rate; near five the chain's); `settle`, the same where over
    // five, else 0 (the first five stay); `ceiling`: what they seldom pass, so what the
    // function's random peaks reach at most.
    struct Busy
    {
        double settle = 0, busy = 0, ceiling = 0;
    };
    Busy busyPollers(double arrivals, double durationS);
    // The busy pollers' levels at `arrivals` a second into a function of `durationS`
    // (sqsPollerLevels, interpolated between the points either side; weights renormalised so
    // the likeliest is 0), or null where they are not worked out: batches of one (each message
    // its own invocation, the levels Poisson) and loads whose rounds hold too many events.
    const SqsLevels *levelsAt(double arrivals, double durationS);
    // Messages waiting for a poller: `seconds` of the run at `arrivals` a second count
    // towards the run's peak, the number waited past for about one return interval in all
    // (reached about once). `ageS`, if given: how long the oldest of them waited, the peak
    // over the arrival rate where it is reached.
    void expose(double arrivals, double seconds);
    double waitingPeak(double *ageS = nullptr);

private:
    SqsChain chainAt(double arrivals, double durationS);

    // Figures interpolated log-log between points 1/16 decade apart; the segment in use is
    // kept, so a step whose load stays within it costs no lookup.
    template <std::size_t N>
    struct Segment
    {
        int bucket = INT_MIN;
        double logStart = 0;
        std::array<double, N> logFirst{}, slope{};
        template <class Points>
        std::array<double, N> at(double arrivals, Points points);
    };

    static std::array<double, 4> pointLogs(int batch, int bucket);

    int m_batch;
    Segment<2> m_settled;  // rate, spread
    Segment<4> m_waiting;  // the same and the waiting past a thousandth, per e-fold
    double m_atArrivals = -1;  // the last `at`, and its bucket (INT_MIN: none)
    int m_atBucket = INT_MIN;
    Segment<2> m_chain;    // mean, ceiling, for m_chainDurationS
    double m_chainDurationS = -1;
    SqsLevels m_levels;  // levelsAt's last answer, for these arrivals and duration
    double m_levelsArrivals = -1, m_levelsDurationS = -1;
    SqsLevels m_levelsHere, m_levelsNext;  // the points either side (climbs as logarithms)
    int m_levelsBucket = INT_MIN;
    double m_lastArrivals = -1, m_lastDurationS = -1;
    Busy m_lastBusy;
    // Time at each load's point (16 a decade), and the arrivals over it (for the mean load).
    struct Exposure
    {
        int bucket;
        double seconds, arrivals;
    };
    std::vector<Exposure> m_exposure;
    size_t m_lastExposure = 0;
};

} // namespace archscope::sim
