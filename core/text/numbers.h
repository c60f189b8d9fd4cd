#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// Numbers as people read them: the one home of how Archscope writes a count, a quantity with
// its unit, an axis's tick labels and a span of time, for the charts, tables and reports.
// (Amounts of money: money::usd.)
namespace archscope::numbers {

// At most `digits` significant digits, grouped, never in exponent form; from 10,000 up in
// thousands, millions, billions or trillions with the locale's abbreviation: "950", "0.25",
// "1,210", "12.5 k", "1.3 M", "12.96 M" (digits 4). NaN or an infinity reads "—".
QString compact(double value, int digits = 3, const QLocale &locale = QLocale());

// A quantity and its unit, for a bill: "12.96 M requests", "1,210 GB-s" (four digits).
QString quantity(double value, const QString &unit, const QLocale &locale = QLocale());

// Tick labels for values on an axis (evenly spaced, or powers of ten): compact counts
// ("0", "500 k", "1 M"), or dollars ("$0", "$0.50", "$1.5 k") that say as many cents as
// the ticks need and no more.
QStringList tickLabels(const QList<double> &ticks, const QLocale &locale = QLocale());
QStringList usdTickLabels(const QList<double> &ticks, const QLocale &locale = QLocale());

// A span of simulated time: "45 s", "6 min", "2 h", "3 days".
QString duration(double seconds, const QLocale &locale = QLocale());

} // namespace archscope::numbers
