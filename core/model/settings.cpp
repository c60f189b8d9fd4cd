#include "settings.h"

#include <QCoreApplication>
#include <QLocale>

namespace archscope {

namespace {
// The shortest text that reads back as the same number, as a JSON file writes it: 2678400,
// 1e-06, 5e-324.
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

QStringList Settings::simulationErrors(double horizonS, double stepS)
{
    QStringList errors;
    // Written so that NaN fails too.
    if (!(horizonS >= minHorizonS && horizonS <= maxHorizonS))
        errors << QCoreApplication::translate("Settings", "/settings/horizonS: the simulated horizon must lie between %1 h and %2 days "
                                              "(%3..%4 s), not %5 s")
                      .arg(number(minHorizonS / 3600), number(maxHorizonS / 86400), number(minHorizonS), number(maxHorizonS),
                           number(horizonS));
    if (!(stepS >= minStepS && stepS <= maxStepS))
        errors << QCoreApplication::translate("Settings", "/settings/stepS: the step must lie between %1 s and %2 h (%1..%3 s), not %4 s")
                      .arg(number(minStepS), number(maxStepS / 3600), number(maxStepS), number(stepS));
    return errors;
}

} // namespace archscope
