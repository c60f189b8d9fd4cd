#include "numberspinbox.h"

namespace archscope {

NumberSpinBox::NumberSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    // Rates of 1.1574 events/s and durations of 900,000 ms share one editor type: keep enough
    // decimals for the small ones and trim the zeros the large ones do not need.
    setDecimals(6);
}

QString NumberSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    if (!isGroupSeparatorShown())
        text.remove(locale().groupSeparator());
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        const QString zero = locale().zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace archscope
