#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace archscope {

// The most rows a traffic series may hold: enough for 31 days at one point a minute, twice over.
inline constexpr int maxSeriesRows = 100000;

// Parses "t,rate" lines (time in seconds from the start, events per second; an optional header
// line first; blank lines ignored) into [[t, rate], ...] points. Times must be non-negative and
// strictly increasing, rates non-negative. On failure returns false, leaves `points` untouched
// and sets `error` to a translated message that names the offending line.
bool parseSeriesCsv(const QByteArray &data, QJsonArray *points, QString *error);

} // namespace archscope
