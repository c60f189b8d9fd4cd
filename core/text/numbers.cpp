#include "numbers.h"

#include "money.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace archscope::numbers {

namespace {

// `magnitude` (>= 0) with `digits` significant digits, no exponent, no trailing zeros.
QString plain(double magnitude, int digits, const QLocale &locale)
{
    const int exponent = magnitude > 0 ? int(std::floor(std::log10(magnitude))) : 0;
    const int decimals = std::clamp(digits - 1 - exponent, 0, 12);
    QString text = locale.toString(magnitude, 'f', decimals);
    if (decimals > 0) {
        const QString zero = locale.zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

QString scaled(int power, const QString &mantissa)
{
    switch (power) {
    case 1: return QCoreApplication::translate("Numbers", "%1 k", "thousands: 12.5 k").arg(mantissa);
    case 2: return QCoreApplication::translate("Numbers", "%1 M", "millions: 1.3 M").arg(mantissa);
    case 3: return QCoreApplication::translate("Numbers", "%1 B", "billions (10^9): 4.2 B").arg(mantissa);
    default: return QCoreApplication::translate("Numbers", "%1 T", "trillions (10^12): 7 T").arg(mantissa);
    }
}

// The step between evenly spaced ticks (0 for fewer than two).
double step(const QList<double> &ticks)
{
    return ticks.size() >= 2 ? std::abs(ticks[1] - ticks[0]) : 0;
}

} // namespace

QString compact(double value, int digits, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    double magnitude = std::abs(value);
    QString text;
    if (magnitude < 10000) {
        text = plain(magnitude, digits, locale);
    } else {
        int power = std::min(4, int(std::floor(std::log10(magnitude) / 3)));
        double mantissa = magnitude / std::pow(1000.0, power);
        // 999.96 k rounds to 1,000 k: that is 1 M.
        const int exponent = int(std::floor(std::log10(mantissa)));
        const double rounding = std::pow(10.0, exponent - digits + 1);
        if (power < 4 && std::round(mantissa / rounding) * rounding >= 1000) {
            ++power;
            mantissa /= 1000;
        }
        text = scaled(power, plain(mantissa, digits, locale));
    }
    // A value that rounds to nothing has no sign.
    const bool zero = text == plain(0, digits, locale);
    return value < 0 && !zero ? locale.negativeSign() + text : text;
}

QString quantity(double value, const QString &unit, const QLocale &locale)
{
    const QString number = compact(value, 4, locale);
    return unit.isEmpty() ? number : QCoreApplication::translate("Numbers", "%1 %2", "a quantity and its unit: 12.96 M requests").arg(number, unit);
}

QStringList tickLabels(const QList<double> &ticks, const QLocale &locale)
{
    QStringList labels;
    for (double v : ticks)
        labels.append(compact(v, 3, locale));
    return labels;
}

QStringList usdTickLabels(const QList<double> &ticks, const QLocale &locale)
{
    const double s = step(ticks);
    const bool decades = ticks.size() >= 3 && ticks[0] > 0 && std::abs(ticks[2] / ticks[1] - ticks[1] / ticks[0]) < 1e-9
                         && ticks[1] / ticks[0] > 2;
    QStringList labels;
    for (double v : ticks) {
        const double magnitude = std::abs(v);
        QString text;
        if (magnitude >= 10000) {
            text = QLatin1Char('$') + compact(magnitude, 3, locale);
        } else if (decades || (s > 0 && s < 0.01)) {
            // Powers of ten and tiny steps: as an amount is written ($0.01, $0.0005).
            text = money::usd(magnitude, locale);
            // Whole dollars need no cents on an axis.
            if (magnitude >= 1 && magnitude == std::floor(magnitude))
                text = QLatin1Char('$') + locale.toString(magnitude, 'f', 0);
        } else {
            // Evenly spaced: whole dollars when the step is, else cents.
            const bool cents = s > 0 && std::abs(s - std::round(s)) > 1e-9;
            text = QLatin1Char('$') + locale.toString(magnitude, 'f', cents ? 2 : 0);
        }
        if (v < 0 && magnitude > 0)
            text = locale.negativeSign() + text;
        labels.append(text);
    }
    return labels;
}

QString duration(double seconds, const QLocale &locale)
{
    const double s = std::abs(seconds);
    if (s < 60)
        return QCoreApplication::translate("Numbers", "%1 s", "seconds").arg(plain(s, 2, locale));
    if (s < 3600)
        return QCoreApplication::translate("Numbers", "%1 min", "minutes").arg(plain(s / 60, 2, locale));
    if (s < 2 * 86400)
        return QCoreApplication::translate("Numbers", "%1 h", "hours").arg(plain(s / 3600, 2, locale));
    return QCoreApplication::translate("Numbers", "%1 days").arg(plain(s / 86400, 2, locale));
}

} // namespace archscope::numbers
