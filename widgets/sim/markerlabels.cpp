#include "markerlabels.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPalette>

namespace archscope {

MarkerLabels::MarkerLabels(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &MarkerLabels::place);
}

void MarkerLabels::clear()
{
    for (const Label &label : std::as_const(m_labels))
        delete label.item;
    m_labels.clear();
}

void MarkerLabels::add(QAbstractSeries *series, QPointF value, const QString &text)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setBrush(QApplication::palette().color(QPalette::Text));
    item->setZValue(100);  // over the series
    m_labels.append({series, value, item});
    place();
}

QList<QRectF> MarkerLabels::markerRects() const
{
    QList<QRectF> rects;
    for (const Label &label : m_labels) {
        const QPointF at = m_chart->mapToPosition(label.value, label.series);
        rects.append(QRectF(at - QPointF(markerRadius, markerRadius), QSizeF(2 * markerRadius, 2 * markerRadius)));
    }
    return rects;
}

namespace {

// The chart's lines as segments in chart coordinates.
QList<QLineF> lineSegments(QChart *chart)
{
    QList<QLineF> segments;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || !line->isVisible())
            continue;
        const QList<QPointF> points = line->points();
        for (qsizetype i = 1; i < points.size(); ++i)
            segments.append(QLineF(chart->mapToPosition(points[i - 1], line), chart->mapToPosition(points[i], line)));
    }
    return segments;
}

bool crosses(const QLineF &segment, const QRectF &rect)
{
    if (!rect.intersects(QRectF(segment.p1(), segment.p2()).normalized().adjusted(-0.5, -0.5, 0.5, 0.5)))
        return false;
    if (rect.contains(segment.p1()) || rect.contains(segment.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges)
        if (segment.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    return false;
}

} // namespace

void MarkerLabels::place()
{
    const QList<QRectF> markers = markerRects();
    const QList<QLineF> segments = lineSegments(m_chart);
    const QRectF bounds = m_chart->plotArea().adjusted(-40, -30, 40, 20);
    QList<QRectF> placed;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_labels[i].item;
        const QSizeF size = item->boundingRect().size();
        const QPointF at = markers[i].center();
        auto free = [&](const QRectF &rect, bool offLines) {
            if (!bounds.contains(rect))
                return false;
            if (offLines)
                for (const QLineF &segment : segments)
                    if (crosses(segment, rect))
                        return false;
            for (const QRectF &other : std::as_const(placed))
                if (rect.intersects(other.adjusted(-2, -1, 2, 1)))
                    return false;
            for (const QRectF &marker : markers)
                if (rect.intersects(marker))
                    return false;
            return true;
        };
        // Right, above, below, left, and the corners; then further out.
        auto search = [&](bool offLines) {
            for (const double reach : {1.0, 2.5, 4.0}) {
                const double gap = markerRadius * reach + 2;
                const QList<QPointF> corners = {
                    {at.x() + gap, at.y() - size.height() / 2},
                    {at.x() - size.width() / 2, at.y() - gap - size.height()},
                    {at.x() - size.width() / 2, at.y() + gap},
                    {at.x() - gap - size.width(), at.y() - size.height() / 2},
                    {at.x() + gap, at.y() - gap - size.height()},
                    {at.x() + gap, at.y() + gap},
                    {at.x() - gap - size.width(), at.y() - gap - size.height()},
                    {at.x() - gap - size.width(), at.y() + gap},
                };
                for (const QPointF &corner : corners)
                    if (const QRectF rect(corner, size); free(rect, offLines))
                        return rect;
            }
            return QRectF();
        };
        // Off the lines if it can be, else only off the other labels and the markers.
        QRectF chosen = search(true);
        if (!chosen.isValid())
            chosen = search(false);
        if (!chosen.isValid())
            chosen = QRectF(QPointF(at.x() + markerRadius + 2, at.y() - size.height() / 2), size);
        item->setPos(chosen.topLeft());
        placed.append(chosen);
    }
}

QList<QRectF> MarkerLabels::labelRects() const
{
    QList<QRectF> rects;
    for (const Label &label : m_labels)
        rects.append(QRectF(label.item->pos(), label.item->boundingRect().size()));
    return rects;
}

QStringList MarkerLabels::texts() const
{
    QStringList texts;
    for (const Label &label : m_labels)
        texts.append(label.item->text());
    return texts;
}

} // namespace archscope
