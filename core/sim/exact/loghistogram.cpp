#include "loghistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace archscope::exact {

namespace {
constexpr int binCount = (LogHistogram::maxExponent - LogHistogram::minExponent) * LogHistogram::perOctave;
constexpr int subBits = 5;  // log2(perOctave)
static_assert(1 << subBits == LogHistogram::perOctave);
} // namespace

void LogHistogram::add(double seconds)
{
    ++m_count;
    m_sum += seconds;
    m_max = std::max(m_max, seconds);
    if (!(seconds >= 0x1.0p-20)) {
        ++m_zero;
        return;
    }
    if (m_bins.empty())
        m_bins.assign(binCount, 0);
    // The exponent and the top mantissa bits of the double are the bin: no log().
    const auto bits = std::bit_cast<std::uint64_t>(seconds);
    const int exponent = static_cast<int>(bits >> 52) - 1023;
    const int sub = static_cast<int>((bits >> (52 - subBits)) & (perOctave - 1));
    const int bin = std::min(binCount - 1, (exponent - minExponent) * perOctave + sub);
    ++m_bins[static_cast<size_t>(bin)];
}

double LogHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    const auto rank = static_cast<std::uint64_t>(std::max(1.0, std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(m_count))));
    std::uint64_t seen = m_zero;
    if (seen >= rank)
        return 0;
    for (int bin = 0; bin < static_cast<int>(m_bins.size()); ++bin) {
        seen += m_bins[static_cast<size_t>(bin)];
        if (seen >= rank) {
            const int exponent = bin / perOctave + minExponent;
            const double middle = std::ldexp(1 + (bin % perOctave + 0.5) / perOctave, exponent);
            return std::min(middle, m_max);
        }
    }
    return m_max;
}

void LogHistogram::clear()
{
    std::fill(m_bins.begin(), m_bins.end(), 0);
    m_zero = m_count = 0;
    m_sum = m_max = 0;
}

} // namespace archscope::exact
