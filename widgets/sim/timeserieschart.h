#pragma once

#include <QChartView>
#include <QPointF>

namespace archscope {

// A line chart over simulated time: x in hours or days (chosen from the horizon), hover
// shows the series' name and value, colours come from the palette so dark themes stay legible.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    TimeSeriesChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void clear();
    void setHorizon(double horizonS);
    void addLine(const QString &name, const QList<QPointF> &pointsInSeconds);
    int lineCount() const;
    void finish();

private:
    QString m_unit;
    double m_horizonS = 3600;
    double m_xScale = 3600;  // seconds per x unit
    double m_maxY = 0;
};

} // namespace archscope
