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
    // Play mode: a vertical line at simulated time tS (seconds); -1 hides it.
    void setTimeCursor(double tS);
    double timeCursor() const { return m_timeCursorS; }

    // Background, titles, labels and grid of `chart` and all its axes from the application
    // palette, so every chart of the panel (what-if and power tuning too) reads in dark themes.
    static void applyPalette(QChart *chart);
    // Removes every axis from `chart` and deletes it, before a rebuild adds new ones.
    static void deleteAxes(QChart *chart);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QString m_unit;
    double m_horizonS = 3600;
    double m_xScale = 3600;  // seconds per x unit
    double m_maxY = 0;
    double m_timeCursorS = -1;
};

} // namespace archscope
