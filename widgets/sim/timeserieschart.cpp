#include "timeserieschart.h"

#include "text/money.h"
#include "text/numbers.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QResizeEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

// Height the chart keeps for its title, legend and x axis; a y tick needs this much room.
constexpr int chromeHeight = 110;
constexpr int pixelsPerYTick = 30;
constexpr int pixelsPerXTick = 50;

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
    , m_unit(unit)
{
    // The view's own chart: setChart() would orphan it (a replaced chart is never deleted).
    setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    // Room for the title, a legend line, the x axis and three y ticks: below about 190 px
    // QtCharts cuts the x axis's labels to "...".
    setMinimumHeight(chromeHeight + 3 * pixelsPerYTick);
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
    setAccessibleName(title);
}

QString TimeSeriesChart::title() const
{
    return m_title;
}

QColor TimeSeriesChart::lineColor(int index)
{
    // Tableau 10: told apart by most readers, on white and on dark grey.
    static const QList<QColor> colors = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
                                         QColor(0xe1, 0x57, 0x59), QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2),
                                         QColor(0xed, 0xc9, 0x48), QColor(0x9c, 0x75, 0x5f), QColor(0xff, 0x9d, 0xa7),
                                         QColor(0xba, 0xb0, 0xac)};
    return colors[index % colors.size()];
}

void TimeSeriesChart::clear()
{
    chart()->removeAllSeries();
    deleteAxes(chart());
    m_lines.clear();
    m_maxY = 0;
}

void TimeSeriesChart::setHorizon(double horizonS)
{
    m_horizonS = horizonS;
    m_xScale = horizonS > 2 * 86400 ? 86400 : horizonS > 2 * 3600 ? 3600 : 60;
}

void TimeSeriesChart::addLine(const QString &name, const QList<QPointF> &pointsInSeconds)
{
    Pending line{name, {}};
    line.band.mean = pointsInSeconds;
    for (const QPointF &p : pointsInSeconds)
        m_maxY = std::max(m_maxY, p.y());
    m_lines.append(line);
}

void TimeSeriesChart::addBand(const QString &name, const SimulationResults::DecimatedSeries &series, double bucketS)
{
    Pending line{name, chartscale::band(series, bucketS, bandPoints)};
    for (const QPointF &p : std::as_const(line.band.varies ? line.band.high : line.band.mean))
        m_maxY = std::max(m_maxY, p.y());
    m_lines.append(line);
}

int TimeSeriesChart::lineCount() const
{
    int lines = 0;
    for (QAbstractSeries *s : chart()->series())
        lines += qobject_cast<QLineSeries *>(s) != nullptr;
    return lines;
}

int TimeSeriesChart::bandCount() const
{
    int bands = 0;
    for (QAbstractSeries *s : chart()->series())
        bands += qobject_cast<QAreaSeries *>(s) != nullptr;
    return bands;
}

QString TimeSeriesChart::valueText(double value) const
{
    return m_values == Values::Usd ? money::usd(value) : numbers::compact(value);
}

void TimeSeriesChart::showHover(const Pending &line, const QPointF &point, bool state)
{
    if (!state || line.band.mean.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // The point under the pointer: the nearest along x.
    const double x = point.x() * m_xScale;
    const auto nearest = std::min_element(line.band.mean.cbegin(), line.band.mean.cend(), [x](QPointF a, QPointF b) {
        return std::abs(a.x() - x) < std::abs(b.x() - x);
    });
    const qsizetype i = nearest - line.band.mean.cbegin();
    const QString when = numbers::duration(nearest->x());
    QString text = line.band.varies
                       ? tr("%1\nmean %2 %3 (lowest %4, highest %5) at %6")
                             .arg(line.name, valueText(nearest->y()), m_unit, valueText(line.band.low[i].y()),
                                  valueText(line.band.high[i].y()), when)
                       : tr("%1\n%2 %3 at %4").arg(line.name, valueText(nearest->y()), m_unit, when);
    QToolTip::showText(QCursor::pos(), text);
}

int TimeSeriesChart::yTicksForHeight() const
{
    return std::clamp((height() - chromeHeight) / pixelsPerYTick + 1, 2, 6);
}

void TimeSeriesChart::setValueTicks(QCategoryAxis *axis, double lo, double hi, int maxTicks, Values values)
{
    const QList<double> ticks = chartscale::niceTicks(lo, hi, maxTicks);
    const QStringList labels = values == Values::Usd ? numbers::usdTickLabels(ticks) : numbers::tickLabels(ticks);
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A category ends at each tick; the first, a hair wide, carries the first tick's label.
    const double step = ticks[1] - ticks[0];
    axis->setStartValue(ticks.first() - step * 1e-6);
    for (qsizetype i = 0; i < ticks.size(); ++i)
        axis->append(labels[i], ticks[i]);
    axis->setRange(ticks.first(), ticks.last());
}

QCategoryAxis *TimeSeriesChart::valueAxis(double lo, double hi, int maxTicks, Values values)
{
    auto *axis = new QCategoryAxis;
    setValueTicks(axis, lo, hi, maxTicks, values);
    return axis;
}

QCategoryAxis *TimeSeriesChart::decadeAxis(double lo, double hi, int maxTicks, Values values)
{
    const QList<double> ticks = chartscale::decades(lo, hi, maxTicks);
    const QStringList labels = values == Values::Usd ? numbers::usdTickLabels(ticks) : numbers::tickLabels(ticks);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(std::log10(ticks.first()) - 1e-6);
    for (qsizetype i = 0; i < ticks.size(); ++i)
        axis->append(labels[i], std::log10(ticks[i]));
    axis->setRange(std::log10(ticks.first()), std::log10(ticks.last()));
    return axis;
}

void TimeSeriesChart::updateXTicks()
{
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Horizontal);
    auto *x = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
    if (!x)
        return;
    // Round steps (1, 2 or 5 days, hours, minutes), as many as the width holds.
    const double span = m_horizonS / m_xScale;
    const QList<double> ticks = chartscale::niceTicks(0, span, std::clamp(width() / pixelsPerXTick, 3, 11));
    x->setTickInterval(ticks[1] - ticks[0]);
}

void TimeSeriesChart::rebuildYAxis()
{
    m_yTicks = yTicksForHeight();
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Vertical);
    // Ticks change in place: an axis removed while the chart lays itself out (a resize) can
    // leave its labels and grid drawn behind.
    if (auto *y = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first())) {
        setValueTicks(y, 0, m_maxY > 0 ? m_maxY : 1, m_yTicks, m_values);
        return;
    }
    QCategoryAxis *y = valueAxis(0, m_maxY > 0 ? m_maxY : 1, m_yTicks, m_values);
    y->setTitleText(m_unit);
    // The unit in the regular weight: the bold default cut longer units ("events waiti…").
    y->setTitleFont(font());
    chart()->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart()->series())
        s->attachAxis(y);
    applyPalette(chart());
}

void TimeSeriesChart::finish()
{
    chart()->removeAllSeries();
    deleteAxes(chart());
    // Bands first, so every mean line is drawn over every band.
    double groupS = 0;
    QList<QAbstractSeries *> bands, lines;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Pending &pending = m_lines[i];
        const QColor color = lineColor(i);
        auto scaled = [this](const QList<QPointF> &points) {
            auto *series = new QLineSeries;
            QList<QPointF> out;
            out.reserve(points.size());
            for (const QPointF &p : points)
                out.append(QPointF(p.x() / m_xScale, p.y()));
            series->replace(out);
            return series;
        };
        if (pending.band.varies) {
            QLineSeries *high = scaled(pending.band.high), *low = scaled(pending.band.low);
            auto *area = new QAreaSeries(high, low);
            // An area series does not own its edges: they go with it.
            high->setParent(area);
            low->setParent(area);
            area->setName(pending.name);
            QColor fill = color;
            fill.setAlpha(60);
            area->setColor(fill);
            area->setBorderColor(Qt::transparent);
            area->setPen(Qt::NoPen);
            bands.append(area);
            groupS = std::max(groupS, pending.band.groupS);
        }
        QLineSeries *line = scaled(pending.band.mean);
        line->setName(pending.name);
        line->setPen(QPen(color, 2));
        connect(line, &QLineSeries::hovered, this, [this, i](const QPointF &point, bool state) {
            if (i < m_lines.size())
                showHover(m_lines[i], point, state);
        });
        lines.append(line);
    }
    for (QAbstractSeries *s : bands + lines)
        chart()->addSeries(s);
    // The legend names the lines; a band is its line's.
    for (QAbstractSeries *s : bands)
        for (QLegendMarker *marker : chart()->legend()->markers(s))
            marker->setVisible(false);

    auto *x = new QValueAxis;
    x->setRange(0, m_horizonS / m_xScale);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setLabelFormat(QStringLiteral("%g"));
    const QString unit = m_xScale >= 86400 ? tr("days") : m_xScale >= 3600 ? tr("hours") : tr("minutes");
    x->setTitleText(groupS > 0 ? tr("%1 · shaded: lowest to highest in each %2").arg(unit, numbers::duration(groupS)) : unit);
    x->setTitleFont(font());
    chart()->addAxis(x, Qt::AlignBottom);
    for (QAbstractSeries *s : chart()->series())
        s->attachAxis(x);
    updateXTicks();
    rebuildYAxis();
    chart()->legend()->setVisible(!m_lines.isEmpty());
    // One row under the chart while the names fit in it; beyond, a column beside it, where
    // each name reads whole instead of ending in "…".
    const QFontMetrics fm(chart()->legend()->font());
    int row = 0;
    for (const Pending &line : std::as_const(m_lines))
        row += fm.horizontalAdvance(line.name) + 3 * fm.height();
    chart()->legend()->setAlignment(row > width() - 40 ? Qt::AlignRight : Qt::AlignBottom);
}

QStringList TimeSeriesChart::yTickLabels() const
{
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Vertical);
    if (auto *y = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first()))
        return y->categoriesLabels();
    return {};
}

QString TimeSeriesChart::xTitle() const
{
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? QString() : axes.first()->titleText();
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateXTicks();
    // As many y ticks as the height holds, so no label is squeezed to "…".
    if (!chart()->axes(Qt::Vertical).isEmpty() && yTicksForHeight() != m_yTicks)
        rebuildYAxis();
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
    const QPointF at = chart()->mapToPosition(QPointF(m_timeCursorS / m_xScale, 0), chart()->series().last());
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
