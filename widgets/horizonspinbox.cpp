#include "horizonspinbox.h"

#include <QRegularExpression>

#include <algorithm>

namespace archscope {

HorizonSpinBox::HorizonSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
}

QString HorizonSpinBox::text(int hours)
{
    // Singular and plural are separate source strings, so English reads right untranslated.
    if (hours % 24 == 0 && hours > 0) {
        const int days = hours / 24;
        return days == 1 ? tr("1 day") : tr("%n days", nullptr, days);
    }
    return hours == 1 ? tr("1 hour") : tr("%n hours", nullptr, hours);
}

void HorizonSpinBox::stepBy(int steps)
{
    const int v = value();
    const bool byDays = steps > 0 ? v >= 48 : v > 48;
    const int step = byDays ? 24 : 1;
    // From a part day, the first step lands on a whole day.
    int next = v + steps * step;
    if (byDays && v % 24 != 0)
        next = steps > 0 ? (v / 24 + steps) * 24 : (v / 24 + steps + 1) * 24;
    setValue(std::clamp(next, minimum(), maximum()));
    selectAll();
}

QString HorizonSpinBox::textFromValue(int value) const
{
    return text(value);
}

int HorizonSpinBox::parse(const QString &input) const
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+)\\s*(\\w*)\\.?\\s*$"), QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = form.match(input);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const int n = m.captured(1).toInt(&ok);
    const QString unit = m.captured(2).toLower();
    if (!ok || n > maximum())
        return -1;
    if (unit.isEmpty())
        return n;
    // The unit as this language writes it ("days", "Tage", "días"), in full or begun.
    const auto begins = [&unit](const QString &word) { return word.toLower().startsWith(unit); };
    const QString days = text(48).section(QLatin1Char(' '), 1), hours = text(2).section(QLatin1Char(' '), 1);
    const QString day = text(24).section(QLatin1Char(' '), 1), hour = text(1).section(QLatin1Char(' '), 1);
    if (unit == QLatin1String("d") || begins(days) || begins(day))
        return n * 24;
    if (unit == QLatin1String("h") || begins(hours) || begins(hour))
        return n;
    return -1;
}

int HorizonSpinBox::valueFromText(const QString &input) const
{
    return std::max(parse(input), 0);
}

QValidator::State HorizonSpinBox::validate(QString &input, int &) const
{
    const int hours = parse(input);
    if (hours < 0)
        return QValidator::Intermediate;
    return hours >= minimum() && hours <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace archscope
