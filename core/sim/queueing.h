#pragma once

#include <vector>

namespace archscope::queueing {

// Closed forms of queueing theory that the fast model uses inside a step (DESIGN.md,
// "Simulation"). Loads are in erlangs (arrival rate × mean duration); the number of servers
// may be fractional (a concurrency limit that moves with a ramp or a share of a pool), and
// both are evaluated through the incomplete gamma function, never by a recursion over c.

// Erlang-B: the share of arrivals refused when `servers` serve an offered load of `load`
// erlangs with no queue. Exact for any duration distribution. 1 when there is no server.
double erlangB(double load, double servers);

// Erlang-C: the chance that an arrival waits when `servers` serve `load` erlangs with an
// unbounded queue. 1 when the load reaches the servers (the queue then grows without bound).
double erlangC(double load, double servers);

// The waiting time in a G/G/c queue by Allen–Cunneen: Erlang-C's M/M/c wait scaled by
// (1 + cv²) / 2, with Poisson arrivals and durations of coefficient of variation `durationCv`.
// The conditional wait of those who wait is taken as exponential, which gives the quantiles.
struct Wait
{
    double probability = 0;  // chance to wait at all
    double meanS = 0;        // mean wait over all arrivals
    // The wait that a share `p` (0..1) of arrivals does not exceed.
    double quantileS(double p) const;
};
// `servers` must exceed `load` (a stable queue); otherwise the wait is unbounded and the
// result has probability 1 and an infinite mean.
Wait waitInQueue(double load, double servers, double meanDurationS, double durationCv);
// The same when Erlang-C's chance to wait (`chance`) is known.
Wait waitGivenErlangC(double chance, double load, double servers, double meanDurationS, double durationCv);

// The largest number of requests in service within a window, as CloudWatch's Maximum of
// ConcurrentExecutions per minute shows it. Requests arrive at random (Poisson) at
// `arrivalRate` and stay `meanDurationS`; at most `servers` run at once (arrivals beyond are
// refused), or any number when `servers` is infinite. In service there are then n requests
// with the truncated Poisson chance πₙ (for any duration distribution). The window's maximum
// reaches k when it starts at k or above, or when the occupancy climbs from k − 1 to k within
// it; climbs come at the rate λ πₖ₋₁ and in clumps of about 1 / (1 − a/k), so the first
// comes at the rate λ πₖ₋₁ (1 − a/k).
class PeakEstimator
{
public:
    // The expected maximum within one window of `windowS` seconds at a steady load; also
    // counts the window towards the horizon's peak.
    double addWindow(double arrivalRate, double meanDurationS, double servers, double windowS);
    // The expected largest of the windows' maxima so far (the horizon's peak).
    double expectedPeak() const;

private:
    // Levels below m_sureLevel were reached for certain; m_hazard[k] is −log P(no window
    // reached level k) for the levels above it.
    long m_sureLevel = 0;
    std::vector<double> m_hazard;
};

// The expected maximum within one window (PeakEstimator::addWindow without the horizon).
double expectedWindowMaximum(double arrivalRate, double meanDurationS, double servers, double windowS);

} // namespace archscope::queueing
