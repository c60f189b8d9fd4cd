#include "money.h"

#include <algorithm>
#include <cmath>

namespace archscope::money {

namespace {
constexpr int significantDigits = 4;
constexpr int maxDecimals = 10;
} // namespace

QString usd(double amount, const QLocale &locale)
{
    if (!std::isfinite(amount))
        return QStringLiteral("—");
    const double magnitude = std::abs(amount);
    int decimals = 2;
    if (magnitude > 0 && magnitude < 1) {
        const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));  // 0.0042 -> -3
        decimals = std::clamp(significantDigits - 1 - exponent, 2, maxDecimals);
    }
    QString digits = locale.toString(magnitude, 'f', decimals);
    // Rounding may carry into a longer amount (0.99996 -> "1.0000"): the zeros past the cents
    // say nothing.
    const QString zero = locale.zeroDigit();
    const qsizetype point = digits.lastIndexOf(locale.decimalPoint());
    while (point >= 0 && digits.size() - point - locale.decimalPoint().size() > 2 * zero.size() && digits.endsWith(zero))
        digits.chop(zero.size());
    // An amount that rounds to nothing has no sign.
    const bool minus = amount < 0 && std::round(magnitude * std::pow(10.0, decimals)) > 0;
    return (minus ? locale.negativeSign() : QString()) + QLatin1Char('$') + digits;
}

} // namespace archscope::money
