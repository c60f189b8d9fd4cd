#pragma once

#include "sim/simulationresults.h"

#include <QList>
#include <QPointF>

// What the charts draw, worked out apart from the widgets: round tick values, and a long
// series folded to as many points as a chart can show as a band from its lowest to its
// highest value around the mean line.
namespace archscope::chartscale {

// Ticks of a linear axis covering [lo, hi]: multiples of a step of 1, 2 or 5 × 10^n, at most
// `maxTicks` of them (at least two), the first at or below lo and the last at or above hi.
QList<double> niceTicks(double lo, double hi, int maxTicks);

// Powers of ten covering [lo, hi] (lo > 0), for a log axis; every second or third one when
// all would be more than `maxTicks`.
QList<double> decades(double lo, double hi, int maxTicks = 100);

// A series folded into groups of whole buckets: each group's lowest minimum, highest
// maximum and mean, at the group's middle in seconds.
struct Band
{
    QList<QPointF> low;
    QList<QPointF> high;
    QList<QPointF> mean;
    double groupS = 0;     // seconds each point stands for
    bool varies = false;   // some group's highest is above its lowest: a band is worth drawing
};
// At most `maxPoints` groups, each a span of the clock (a minute, an hour, a day) where the
// buckets (`bucketS` seconds each) add up to one.
Band band(const SimulationResults::DecimatedSeries &series, double bucketS, int maxPoints);

} // namespace archscope::chartscale
