#pragma once

#include <QLocale>
#include <QString>

// Money as people read it: the one home of how Archscope writes an amount of US dollars, for
// the charts, the what-if and power-tuning views, the Learn text, the reports and the CLI.
namespace archscope::money {

// The amount in US dollars whatever the locale; only the digits, their grouping and the
// decimal point follow `locale`. One rounding rule:
// - from a dollar up, whole cents: "$12.34", "$1,204.50";
// - below a dollar, four significant digits but at least cents, zeros past the cents
//   dropped: "$0.20", "$0.8734", "$0.0042", "$0.00001667" (a sub-cent price keeps the digits
//   that tell prices apart; AWS's own worked examples round $0.0000166667 the same way);
//   at most ten decimals, so a vanishing amount reads "$0.00";
// - a negative amount (a free-tier credit) puts the locale's minus sign first: "-$0.40";
// - NaN or an infinity reads "—".
QString usd(double amount, const QLocale &locale = QLocale());

} // namespace archscope::money
