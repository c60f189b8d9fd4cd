#pragma once

#include <cstddef>
#include <deque>

namespace archscope::sim {

// The age of the oldest request in a fleet's queue, first in, first out over the flow: the
// arrivals are kept per step while the queue holds any, and the oldest still waiting is in the
// first step whose running total the served total has not passed, as far into that step as
// the served total reaches into its arrivals (spread evenly over the step). SQS's
// ApproximateAgeOfOldestMessage for a queue of workers, and for a queue or stream a function
// polls (with IteratorAge).
class FifoAge
{
public:
    // Less than a millionth of a request is none: what rounding leaves of an emptied queue.
    static constexpr double emptyBelow = 1e-6;
    // Whether it holds nothing (no step since the queue last emptied).
    bool idle() const { return m_steps.empty() && m_arrived == 0; }
    // A step from t to t + dt: `accepted` joined the queue, `served` left it, `queued` remain.
    // Returns the age of the oldest waiting at t + dt (0 when none waits).
    double step(double t, double dt, double accepted, double served, double queued)
    {
        if (!(queued > emptyBelow)) {
            m_steps.clear();
            m_arrived = m_served = m_before = 0;
            return 0;
        }
        m_arrived += accepted;
        m_served += served;
        if (accepted > 0) {
            // A queue that stands for days would keep every step: past maxKept, neighbours
            // merge (arrivals spread evenly over the two), so the oldest's age stays within a
            // share of a percent of the queue's own age.
            if (m_steps.size() >= maxKept)
                halve();
            m_steps.push_back({t, dt, m_arrived});
        }
        while (!m_steps.empty() && m_steps.front().arrived <= m_served + 1e-6) {
            m_before = m_steps.front().arrived;
            m_steps.pop_front();
        }
        if (m_steps.empty())
            return dt;
        const Step &oldest = m_steps.front();
        const double into = (m_served - m_before) / (oldest.arrived - m_before);
        return t + dt - (oldest.t + into * oldest.dt);
    }

private:
    static constexpr std::size_t maxKept = 256;
    struct Step
    {
        double t, dt, arrived;  // its start and length, the arrivals up to its end
    };
    void halve()
    {
        std::size_t kept = 0;
        for (std::size_t i = 0; i + 1 < m_steps.size(); i += 2) {
            const Step &a = m_steps[i], &b = m_steps[i + 1];
            m_steps[kept++] = {a.t, b.t + b.dt - a.t, b.arrived};
        }
        if (m_steps.size() % 2)
            m_steps[kept++] = m_steps.back();
        m_steps.resize(kept);
    }
    std::deque<Step> m_steps;
    double m_arrived = 0, m_served = 0;  // since the queue last held none
    double m_before = 0;                 // the arrivals before the oldest step kept
};

} // namespace archscope::sim
