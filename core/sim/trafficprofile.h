#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>

#include <vector>

namespace archscope {

// External arrivals at a source: the mean event rate over any simulated interval (DESIGN.md,
// `traffic`). Time 0 is a Monday, 00:00 UTC.
class TrafficProfile
{
public:
    enum class Shape { Constant, Diurnal, Weekly, Spiky, Series, Replay };

    TrafficProfile() = default;
    // Reads a `traffic` object; absent fields take the catalog defaults passed in `defaults`.
    static TrafficProfile fromJson(const QJsonObject &traffic, const QJsonObject &defaults);
    static TrafficProfile constant(double rate);
    // Replays recorded arrivals: `eventsPerStep[k]` events during step k of `stepS` seconds.
    static TrafficProfile replay(std::vector<double> eventsPerStep, double stepS);

    // Mean events per second over [t, t + dt). Spiky shapes integrate the burst windows over
    // the interval, and a series its line, so a long step never misses a short burst; the
    // smooth shapes use the midpoint.
    double meanRate(double t, double dt) const;
    // meanRate for `count` consecutive steps from t0, times `scale`, into out[0..count): the
    // simulator's fast path (the daily cosine by an angle-addition recurrence anchored at t0).
    void fillMeanRates(double t0, double dt, int count, double *out, double scale = 1) const;

    // The step, at most `stepS`, that the shape's features fall on: a burst shorter than the
    // step and its period, a series' points closer than the step, or a replay's finer steps,
    // divided into whole seconds that all
    // divide (their greatest common divisor, 1 s at least). A step's mean would spread such a
    // burst over the step and lose its peak, its throttles and its backlog (DESIGN.md: the
    // step is a resolution, not a result). `stepS` when nothing is shorter.
    double resolvingStepS(double stepS) const;

    bool poissonNoise() const { return m_poisson; }
    Shape shape() const { return m_shape; }
    double rate() const { return m_rate; }
    bool isZero() const;

private:
    double diurnalFactor(double t) const;
    double seriesRate(double t) const;
    // The series' events from its first point to t (negative before it): its rate held flat
    // before the first point and after the last, linear between them.
    double seriesEvents(double t) const;

    Shape m_shape = Shape::Constant;
    double m_rate = 0;
    double m_peakToTrough = 3;
    double m_peakHour = 14;
    double m_weekendFactor = 0.5;
    double m_burstRate = 0;
    double m_burstEveryS = 3600;
    double m_burstLengthS = 60;
    QList<QPointF> m_series;  // sorted by time
    std::vector<double> m_seriesEvents;  // seriesEvents at each point
    std::vector<double> m_replay;  // rates per replay step
    double m_replayStepS = 1;
    bool m_poisson = false;
};

} // namespace archscope
