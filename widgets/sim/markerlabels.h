#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace archscope {

// Text beside marked points of a chart ("cheapest", "= Fargate"), each placed where it
// overlaps no other label and no marker: to the right of its point, else above, below, to the
// left, then further out. (QtCharts' own point labels always sit above the point, so two
// markers side by side wrote over each other.) Placed again whenever the plot area changes.
class MarkerLabels : public QObject
{
    Q_OBJECT

public:
    // The labels are the chart's items: they go with it.
    explicit MarkerLabels(QChart *chart);

    // Before the chart's series are removed: the labels refer to them.
    void clear();
    // `value` in `series`' axes (whose marker the label names).
    void add(QAbstractSeries *series, QPointF value, const QString &text);
    void place();

    // Where each label and each marker is, in chart coordinates (for tests).
    QList<QRectF> labelRects() const;
    QList<QRectF> markerRects() const;
    QStringList texts() const;

    // The room a marker takes around its point.
    static constexpr double markerRadius = 8;

private:
    struct Label
    {
        QAbstractSeries *series;
        QPointF value;
        QGraphicsSimpleTextItem *item;
    };
    QChart *m_chart;
    QList<Label> m_labels;
};

} // namespace archscope
