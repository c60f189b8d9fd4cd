#pragma once

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

} // namespace archscope::queueing
