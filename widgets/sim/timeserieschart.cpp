#include "timeserieschart.h"

#include <QApplication>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace archscope {

TimeSeriesChart::TimeSeriesChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
    , m_unit(unit)
{
    // The view's own chart: setChart() would orphan it (a replaced chart is never deleted).
    chart()->setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(title);
    // Two share the throttles tab; a laptop's bottom dock must hold them without scrolling.
    setMinimumHeight(110);
}

void TimeSeriesChart::clear()
{
    chart()->removeAllSeries();
    deleteAxes(chart());
    m_maxY = 0;
}

void TimeSeriesChart::setHorizon(double horizonS)
{
    m_horizonS = horizonS;
    m_xScale = horizonS > 2 * 86400 ? 86400 : 3600;
}

void TimeSeriesChart::addLine(const QString &name, const QList<QPointF> &pointsInSeconds)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QList<QPointF> scaled;
    scaled.reserve(pointsInSeconds.size());
    for (const QPointF &p : pointsInSeconds) {
        scaled.append(QPointF(p.x() / m_xScale, p.y()));
        m_maxY = std::max(m_maxY, p.y());
    }
    line->replace(scaled);
    const QString unit = m_unit;
    const bool days = m_xScale >= 86400;
    connect(line, &QLineSeries::hovered, this, [name, unit, days](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%2 %3 at %4 %5")
                               .arg(name)
                               .arg(point.y(), 0, 'g', 4)
                               .arg(unit)
                               .arg(point.x(), 0, 'f', days ? 2 : 1)
                               .arg(days ? tr("d") : tr("h")));
    });
    chart()->addSeries(line);
}

int TimeSeriesChart::lineCount() const
{
    return int(chart()->series().size());
}

void TimeSeriesChart::finish()
{
    auto *x = new QValueAxis;
    x->setRange(0, m_horizonS / m_xScale);
    x->setTitleText(m_xScale >= 86400 ? tr("days") : tr("hours"));
    x->setLabelFormat(QStringLiteral("%g"));
    auto *y = new QValueAxis;
    y->setRange(0, m_maxY > 0 ? m_maxY * 1.05 : 1);
    y->applyNiceNumbers();
    x->setTickCount(m_horizonS / m_xScale <= 8 ? int(m_horizonS / m_xScale) + 1 : 7);
    y->setTitleText(m_unit);
    y->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart()->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart()->legend()->setVisible(!chart()->series().isEmpty());
    applyPalette(chart());
}

void TimeSeriesChart::deleteAxes(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;  // removeAxis hands ownership back instead of deleting (removeAllSeries does delete)
    }
}

void TimeSeriesChart::applyPalette(QChart *chart)
{
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setMinorGridLineColor(palette.color(QPalette::Midlight));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

void TimeSeriesChart::setTimeCursor(double tS)
{
    const double cursor = tS >= 0 ? tS : -1;
    if (cursor == m_timeCursorS)
        return;
    m_timeCursorS = cursor;
    // Painted over the scene rather than as a series: it moves 20 times a second, and the
    // lines (and lineCount) stay the data's.
    viewport()->update();
}

void TimeSeriesChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_timeCursorS < 0 || chart()->axes(Qt::Horizontal).isEmpty() || chart()->series().isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapToPosition(QPointF(m_timeCursorS / m_xScale, 0));
    if (at.x() < plot.left() - 0.5 || at.x() > plot.right() + 0.5)
        return;
    const QPointF top = chart()->mapToScene(QPointF(at.x(), plot.top()));
    const QPointF bottom = chart()->mapToScene(QPointF(at.x(), plot.bottom()));
    painter->save();
    // Text colour, dashed: distinct from every series colour, in light and dark themes.
    QPen pen(QApplication::palette().color(QPalette::Text), 1.5, Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(top, bottom);
    painter->restore();
}

} // namespace archscope
