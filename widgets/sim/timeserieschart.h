#pragma once

#include "render/chartscale.h"

#include <QChartView>
#include <QPointF>

class QCategoryAxis;

namespace archscope {

// A chart over simulated time: x in minutes, hours or days (chosen from the horizon), y with
// round ticks written for people ("1.5 M", "$1,200") as many as its height holds. A long
// series shows as its mean line over a band from its lowest to its highest value; hover shows
// the series' name and values. Colours come from the palette so dark themes stay legible.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    // How the y values read: counts and rates, or US dollars.
    enum class Values { Count, Usd };

    TimeSeriesChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setValues(Values values) { m_values = values; }
    void setTitle(const QString &title);
    QString title() const;

    void clear();
    void setHorizon(double horizonS);
    // A line through the points (x in seconds), as they are (cumulative cost).
    void addLine(const QString &name, const QList<QPointF> &pointsInSeconds);
    // A simulated series folded to what the chart can show: its mean as a line and, where it
    // varies within a point, the band from its lowest to its highest value.
    void addBand(const QString &name, const SimulationResults::DecimatedSeries &series, double bucketS);
    void finish();

    int lineCount() const;
    int bandCount() const;
    // What the axes say, for tests: the y ticks' labels and the x axis's title.
    QStringList yTickLabels() const;
    QString xTitle() const;

    // Play mode: a vertical line at simulated time tS (seconds); -1 hides it.
    void setTimeCursor(double tS);
    double timeCursor() const { return m_timeCursorS; }

    // Points a band is folded to, at most: about three pixels each across a full-width chart.
    static constexpr int bandPoints = 300;

    // Background, titles, labels and grid of `chart` and all its axes from the application
    // palette, so every chart of the panel (what-if and power tuning too) reads in dark themes.
    static void applyPalette(QChart *chart);
    // Removes every axis from `chart` and deletes it, before a rebuild adds new ones.
    static void deleteAxes(QChart *chart);
    // A linear axis with labels at round ticks covering [lo, hi] (the axis's range), written
    // as counts or dollars.
    static QCategoryAxis *valueAxis(double lo, double hi, int maxTicks, Values values);
    // The same on an existing axis, its old ticks replaced.
    static void setValueTicks(QCategoryAxis *axis, double lo, double hi, int maxTicks, Values values);
    // The same for a log scale drawn on log10 of the data: labels at the powers of ten, at
    // most `maxTicks` of them.
    static QCategoryAxis *decadeAxis(double lo, double hi, int maxTicks, Values values);
    // The colours lines get, in order: distinct in light and dark themes.
    static QColor lineColor(int index);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Pending
    {
        QString name;
        chartscale::Band band;  // mean only for plain lines
    };
    int yTicksForHeight() const;
    void rebuildYAxis();
    void updateXTicks();
    QString valueText(double value) const;
    void showHover(const Pending &line, const QPointF &point, bool state);

    QString m_title;
    QString m_unit;
    Values m_values = Values::Count;
    double m_horizonS = 3600;
    double m_xScale = 3600;  // seconds per x unit
    double m_maxY = 0;
    double m_timeCursorS = -1;
    QList<Pending> m_lines;
    int m_yTicks = 0;
};

} // namespace archscope
