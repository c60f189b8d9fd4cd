#pragma once

#include <cstddef>
#include <vector>

// The random peak of the messages an SQS queue holds while every server its function may use
// is busy: the heavy-traffic (diffusion) view of the queue, in messages.
//
// Whenever messages wait, c servers each take a batch of b for a duration d (mean, coefficient
// of variation cv): they drain μ = c·b/d messages a second, against λ arriving at random. The
// number waiting moves as a reflected Brownian motion with drift −m = λ − μ and variance
// σ² = λ + c·b²·cv²/d a second (Poisson arrivals, the batches' completions). Starting empty
// it first reaches x after (σ²/2m²)(e^u − 1 − u) seconds on average, u = 2mx/σ² (x²/σ² at
// m = 0). The run's peak is the level whose expected first passages over the run, the time
// at each load over that mean, come to e^−γ: the Gumbel mean of the largest value, so a
// stationary queue gives (σ²/2m)(ln(2m²T/σ²) + γ) and a queue held at the brink about 1.33 σ√T
// (the expected maximum is 1.25 σ√T). A queue whose batches fill (b > 1) drains in bursts of
// b, which a count of invocations hides; past the brink (λ > μ) the mean flow's backlog rises
// and this adds only its random part (m taken as 0).
namespace archscope::sim {

class BusyQueuePeaks
{
public:
    BusyQueuePeaks() = default;
    BusyQueuePeaks(double batch, double durationS, double durationCv);

    // `seconds` of the run with `arrivals` messages a second and `servers` taking batches.
    void expose(double arrivals, double servers, double seconds);

    struct Peaks
    {
        double backlog = 0;  // messages waiting at the run's random peak
        double ageS = 0;     // the oldest of them: the peak over the rate it drains at then
    };
    Peaks peaks() const;

private:
    // Time at each load (64 points a decade of arrivals and of servers), with the arrivals and
    // servers over it (for their means).
    struct Exposure
    {
        int arrivalsBucket, serversBucket;
        double seconds, arrivals, servers;
    };
    double passages(double level, double *drainRate) const;

    double m_batch = 1, m_durationS = 1, m_cv = 0;
    std::vector<Exposure> m_exposure;
    std::size_t m_last = 0;
};

} // namespace archscope::sim
