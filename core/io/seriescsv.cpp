#include "seriescsv.h"

#include <QCoreApplication>
#include <QList>

#include <cmath>

namespace archscope {

namespace {

// CSV files write numbers in the C locale whatever the user's locale; commas separate columns.
bool toNumber(const QByteArray &field, double *value)
{
    bool ok = false;
    const double v = field.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

// A field as quoted in an error message, cut short so a binary file cannot flood the dialog.
QString shown(const QByteArray &field)
{
    const QString text = QString::fromUtf8(field.trimmed());
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

} // namespace

bool parseSeriesCsv(const QByteArray &data, QJsonArray *points, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF")) // spreadsheets often write a UTF-8 byte order mark
        text.remove(0, 3);

    QJsonArray result;
    bool firstLine = true;
    double previousT = 0;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed(); // also drops the '\r' of CRLF files
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        double t = 0;
        double rate = 0;
        const bool timeIsNumber = toNumber(fields.value(0), &t);
        // Only the first line may be a header, and only if it does not start with a number.
        const bool header = firstLine && !timeIsNumber;
        firstLine = false;
        if (header)
            continue;
        if (fields.size() != 2)
            return fail(QCoreApplication::translate(
                            "SeriesCsv", "Line %1: expected two columns, the time in seconds and "
                                         "the rate in events per second, separated by a comma.")
                            .arg(lineNumber));
        if (!timeIsNumber)
            return fail(
                QCoreApplication::translate("SeriesCsv", "Line %1: the time “%2” is not a number.")
                    .arg(lineNumber)
                    .arg(shown(fields[0])));
        if (!toNumber(fields[1], &rate))
            return fail(
                QCoreApplication::translate("SeriesCsv", "Line %1: the rate “%2” is not a number.")
                    .arg(lineNumber)
                    .arg(shown(fields[1])));
        if (t < 0)
            return fail(
                QCoreApplication::translate("SeriesCsv", "Line %1: the time must not be negative.")
                    .arg(lineNumber));
        if (rate < 0)
            return fail(
                QCoreApplication::translate("SeriesCsv", "Line %1: the rate must not be negative.")
                    .arg(lineNumber));
        if (!result.isEmpty() && t <= previousT)
            return fail(QCoreApplication::translate(
                            "SeriesCsv", "Line %1: times must increase from line to line "
                                         "(%2 s follows %3 s).")
                            .arg(lineNumber)
                            .arg(t)
                            .arg(previousT));
        if (result.size() >= maxSeriesRows)
            return fail(QCoreApplication::translate("SeriesCsv",
                                                    "Line %1: a series holds at most %2 points.")
                            .arg(lineNumber)
                            .arg(maxSeriesRows));
        result.append(QJsonArray{t, rate});
        previousT = t;
    }
    if (result.isEmpty())
        return fail(QCoreApplication::translate(
            "SeriesCsv", "The file holds no data: expected lines of “time,rate”."));
    *points = result;
    return true;
}

} // namespace archscope
