#pragma once

#include <cstdint>
#include <vector>

namespace archscope::exact {

// Durations, waits and latencies as a log-histogram: 32 bins per doubling from about 1 µs to
// about 190 days, so a quantile is within 1.6 % of the exact sample's value (values below
// 1 µs count as 0). Memory is taken on the first sample only.
class LogHistogram
{
public:
    void add(double seconds);
    // The q-quantile (0..1) by nearest rank: the middle of the bin holding that rank; 0 if empty.
    double quantile(double q) const;
    std::uint64_t count() const { return m_count; }
    double max() const { return m_max; }
    double mean() const { return m_count ? m_sum / static_cast<double>(m_count) : 0; }
    void clear();

    static constexpr int perOctave = 32;
    static constexpr int minExponent = -20;
    static constexpr int maxExponent = 24;

private:
    std::vector<std::uint64_t> m_bins;
    std::uint64_t m_zero = 0, m_count = 0;
    double m_sum = 0, m_max = 0;
};

} // namespace archscope::exact
