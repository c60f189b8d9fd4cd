#include "whatifview.h"

#include "catalog/catalog.h"
#include "sim/whatif.h"
#include "text/money.h"
#include "text/numbers.h"
#include "model/document.h"
#include "markerlabels.h"
#include "timeserieschart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

QString rate(double perS)
{
    return numbers::compact(perS, perS < 1 ? 2 : 3);
}

// The break-even chart is log-log: a cent to a fortune a month over six decades of rate.
constexpr double minRate = 0.01;
constexpr double maxRate = 10000;

} // namespace

struct WhatIfView::Result
{
    WhatIf::Comparison comparison;
};

WhatIfView::WhatIfView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_debounce(new QTimer(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_costChart(new TimeSeriesChart(tr("Cumulative cost of the same arrivals"), tr("USD")))
    , m_breakEvenChart(new QChartView(this))
    , m_content(new QWidget(this))
    , m_breakEvenLabels(new MarkerLabels(m_breakEvenChart->chart()))
{
    // Edits come in bursts (a spin box held down); the comparison runs four simulations.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &WhatIfView::startWorker);

    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setText(tr("Select one compute node (Lambda, Fargate, ECS, EKS or EC2) to compare its arrivals "
                       "on Lambda, Fargate and EC2."));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_breakEvenChart->setRenderHint(QPainter::Antialiasing);
    // Below this QtCharts cuts the axes' labels to "...".
    m_breakEvenChart->setMinimumHeight(220);
    m_costChart->setValues(TimeSeriesChart::Values::Usd);
    m_breakEvenChart->setAccessibleName(tr("Monthly cost against steady request rate, with break-even rates"));
    m_costChart->setParent(this);

    auto *totals = new QHBoxLayout;
    const QStringList accessible = {tr("Lambda totals"), tr("Fargate totals"), tr("EC2 totals")};
    for (const QString &name : accessible) {
        auto *label = new QLabel(this);
        label->setAccessibleName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        // No word wrap: the lines are explicit, and a wrapped label gets squeezed to one line
        // when the dock is short.
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(4);
        m_totals.append(label);
        totals->addWidget(label, 1);
    }
    // Side by side at equal widths: the break-even chart needs room for its log axes.
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_costChart, 1);
    charts->addWidget(m_breakEvenChart, 1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_status);
    content->addLayout(totals);
    content->addLayout(charts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_content, 1);
    requestUpdate();
}

WhatIfView::~WhatIfView()
{
    // The worker holds only copies and the catalog, but must not outlive the program's objects.
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->wait();
        delete m_worker.data();
    }
}

void WhatIfView::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc) {
        // Any edit can change the node's arrivals (an upstream rate, a ratio), so all count.
        connect(m_doc, &Document::contentChanged, this, &WhatIfView::requestUpdate);
        connect(m_doc, &Document::documentReset, this, &WhatIfView::requestUpdate);
        connect(m_doc, &QObject::destroyed, this, [this] {
            m_doc = nullptr;
            requestUpdate();
        });
    }
    requestUpdate();
}

void WhatIfView::setSelectedNodes(const QStringList &ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    requestUpdate();
}

QString WhatIfView::hintText() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

QString WhatIfView::statusText() const
{
    return m_status->text();
}

QString WhatIfView::comparisonError() const
{
    return m_comparison ? m_comparison->comparison.error : QString();
}

QStringList WhatIfView::optionKinds() const
{
    QStringList kinds;
    if (m_comparison)
        for (const WhatIf::Option &o : m_comparison->comparison.options)
            kinds.append(o.kind);
    return kinds;
}

QList<double> WhatIfView::optionTotals() const
{
    QList<double> totals;
    if (m_comparison)
        for (const WhatIf::Option &o : m_comparison->comparison.options)
            totals.append(o.totalUsd);
    return totals;
}

int WhatIfView::breakEvenPointCount() const
{
    return m_comparison ? int(m_comparison->comparison.breakEven.size()) : 0;
}

int WhatIfView::breakEvenRateCount() const
{
    return m_comparison ? int(m_comparison->comparison.lambdaFargateBreakEvenRate > 0)
                              + int(m_comparison->comparison.lambdaEc2BreakEvenRate > 0)
                        : 0;
}

QString WhatIfView::optionName(const QString &kind) const
{
    if (kind == QLatin1String("lambda"))
        return tr("Lambda");
    if (kind == QLatin1String("fargate"))
        return tr("Fargate");
    return tr("EC2");
}

void WhatIfView::requestUpdate()
{
    ++m_generation;
    m_nodeId.clear();
    const Node *node = m_doc && m_selected.size() == 1 ? m_doc->node(m_selected.first()) : nullptr;
    const KindSpec *kind = node ? m_catalog.kind(node->kind) : nullptr;
    if (kind && kind->is(KindSpec::Compute))
        m_nodeId = node->id;
    m_hint->setVisible(m_nodeId.isEmpty());
    m_content->setVisible(!m_nodeId.isEmpty());
    if (m_nodeId.isEmpty()) {
        m_debounce->stop();
        m_dirty = false;
        return;
    }
    if (m_comparedNodeId != m_nodeId) {
        // Another node's figures must never pass for this one's, even for a moment.
        m_comparison.reset();
        m_comparedNodeId.clear();
        showComparison();
    }
    m_status->setText(tr("Computing…"));
    if (!isVisible()) {
        m_dirty = true;  // the tab is not shown: compute when it is
        return;
    }
    m_debounce->start();
}

void WhatIfView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && !m_nodeId.isEmpty()) {
        m_dirty = false;
        m_debounce->start();
    }
}

void WhatIfView::startWorker()
{
    // A running worker restarts us when it finds its result stale; an up-to-date result needs
    // no second run.
    if (m_worker || !m_doc || m_nodeId.isEmpty() || m_shownGeneration == m_generation)
        return;
    const quint64 generation = m_generation;
    const QString nodeId = m_nodeId;
    const DocumentData data = m_doc->data();
    const Catalog *catalog = &m_catalog;
    auto result = std::make_shared<Result>();
    m_horizonS = data.settings.horizonS;
    m_worker = QThread::create([data, nodeId, catalog, result] {
        result->comparison = WhatIf::compare(data, nodeId, *catalog, SimulationOptions::fromSettings(data.settings));
    });
    QThread *worker = m_worker;
    connect(worker, &QThread::finished, this, [this, worker, generation, nodeId, result] {
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
        workerFinished(generation, nodeId, result);
    });
    m_status->setText(tr("Computing…"));
    worker->start(QThread::LowPriority);
    emit computationStarted(nodeId);
}

void WhatIfView::workerFinished(quint64 generation, const QString &nodeId, std::shared_ptr<Result> result)
{
    if (generation != m_generation) {
        // The selection or the document moved on while this ran: its figures are not shown.
        ++m_staleIgnored;
        if (!m_nodeId.isEmpty() && !m_debounce->isActive()) {
            if (isVisible())
                startWorker();
            else
                m_dirty = true;
        }
        return;
    }
    m_comparison = std::move(result);
    m_comparedNodeId = nodeId;
    m_shownGeneration = generation;
    const SimulationResults::NodeSummary *summary = nullptr;
    if (!m_comparison->comparison.options.isEmpty())
        summary = &m_comparison->comparison.options.first().summary;
    m_nodeRatePerS = summary && m_horizonS > 0 ? summary->arrivals / m_horizonS : -1;
    showComparison();
    emit comparisonShown(nodeId);
}

void WhatIfView::showComparison()
{
    m_costChart->clear();
    const WhatIf::Comparison *c = m_comparison ? &m_comparison->comparison : nullptr;
    if (!c || !c->error.isEmpty() || c->options.isEmpty()) {
        for (QLabel *label : m_totals)
            label->clear();
        if (c)
            m_status->setText(c->error.isEmpty() ? tr("Nothing to compare.") : tr("Not compared: %1").arg(c->error));
        m_costChart->finish();
        rebuildBreakEven();
        return;
    }
    m_costChart->setHorizon(m_horizonS);
    for (const WhatIf::Option &o : c->options)
        m_costChart->addLine(optionName(o.kind), o.cumulativeCost);
    m_costChart->finish();

    int cheapest = 0;
    for (int i = 1; i < c->options.size(); ++i)
        if (c->options[i].totalUsd < c->options[cheapest].totalUsd)
            cheapest = i;
    const QString horizon = m_horizonS >= 2 * 86400 ? tr("%1 days").arg(QLocale().toString(m_horizonS / 86400, 'g', 3))
                            : m_horizonS >= 86400    ? tr("a day")
                                                     : tr("%1 hours").arg(QLocale().toString(m_horizonS / 3600, 'g', 3));
    for (int i = 0; i < m_totals.size(); ++i) {
        if (i >= c->options.size()) {
            m_totals[i]->clear();
            continue;
        }
        const WhatIf::Option &o = c->options[i];
        const SimulationResults::NodeSummary &s = o.summary;
        auto prop = [&](const char *key) { return m_catalog.nodeValue(o.kind, o.props, QLatin1String(key)); };
        QString unit, shape;
        if (o.kind == QLatin1String("lambda")) {
            unit = tr("environments");
            shape = tr("%1 MB, %2 ms").arg(prop("memoryMb").toInt()).arg(numbers::compact(prop("durationMs").toDouble(), 4));
        } else if (o.kind == QLatin1String("fargate")) {
            unit = tr("tasks");
            shape = tr("%1 vCPU tasks, %2 req/s each").arg(QLocale().toString(prop("vcpu").toDouble(), 'g', 3), rate(prop("capacityPerTask").toDouble()));
        } else {
            unit = tr("instances");
            shape = tr("%1, %2 req/s each").arg(prop("instanceType").toString(), rate(prop("capacityPerInstance").toDouble()));
        }
        QString text = tr("<b>%1</b>%2<br>%3 over %4 · about %5 a month<br>peak %6 %7")
                           .arg(optionName(o.kind), i == cheapest ? tr(" — cheapest") : QString(), money::usd(o.totalUsd), horizon,
                                money::usd(o.monthlyUsd),
                                QLocale().toString(s.peakConcurrency, 'f',
                                                   s.peakConcurrency >= 10 || s.peakConcurrency == std::floor(s.peakConcurrency) ? 0 : 1),
                                unit);
        if (s.throttled >= 1)
            text += tr(" · %1 throttled").arg(numbers::compact(s.throttled));
        text += QStringLiteral("<br><small>") + shape + QStringLiteral("</small>");
        m_totals[i]->setText(text);
    }
    QStringList breakEven;
    if (c->lambdaFargateBreakEvenRate > 0)
        breakEven.append(tr("Lambda costs more than Fargate above about %1 req/s").arg(rate(c->lambdaFargateBreakEvenRate)));
    if (c->lambdaEc2BreakEvenRate > 0)
        breakEven.append(tr("more than EC2 above about %1 req/s").arg(rate(c->lambdaEc2BreakEvenRate)));
    QString status = m_nodeRatePerS >= 0 ? tr("This node averages %1 req/s.").arg(rate(m_nodeRatePerS)) : QString();
    if (!breakEven.isEmpty())
        status += QLatin1Char(' ') + breakEven.join(tr(", ")) + QLatin1Char('.');
    else
        status += QLatin1Char(' ') + tr("No break-even between 0.01 and 10,000 req/s.");
    m_status->setText(status.trimmed());
    rebuildBreakEven();
}

void WhatIfView::rebuildBreakEven()
{
    QChart *chart = m_breakEvenChart->chart();
    m_breakEvenLabels->clear();
    chart->removeAllSeries();
    TimeSeriesChart::deleteAxes(chart);
    chart->setTitle(tr("Monthly cost at a steady rate"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    const WhatIf::Comparison *c = m_comparison ? &m_comparison->comparison : nullptr;
    if (!c || c->breakEven.isEmpty()) {
        chart->legend()->setVisible(false);
        TimeSeriesChart::applyPalette(chart);
        return;
    }
    chart->legend()->setVisible(true);

    double lo = 1e300, hi = 0;
    for (const WhatIf::BreakEvenPoint &p : c->breakEven)
        for (double v : {p.lambdaMonthlyUsd, p.fargateMonthlyUsd, p.ec2MonthlyUsd})
            if (v > 0) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (hi <= 0) {
        lo = 0.01;
        hi = 1;
    }
    // Log-log, drawn on log10 of rate and cost, with labels at whole decades written as
    // people read them ("0.01", "10 k", "$1", "$100 k").
    auto *x = TimeSeriesChart::decadeAxis(minRate, maxRate, 7, TimeSeriesChart::Values::Count);
    x->setTitleText(tr("requests per second (steady)"));
    // As many decades as the chart's least height holds.
    auto *y = TimeSeriesChart::decadeAxis(std::max(lo, 0.001), std::max(hi, lo * 10), 4, TimeSeriesChart::Values::Usd);
    y->setTitleText(tr("USD per month"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)})
        axis->setTitleFont(font());
    const double yMin = y->min(), yMax = y->max();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const QList<std::pair<QString, double WhatIf::BreakEvenPoint::*>> lines = {
        {optionName(QStringLiteral("lambda")), &WhatIf::BreakEvenPoint::lambdaMonthlyUsd},
        {optionName(QStringLiteral("fargate")), &WhatIf::BreakEvenPoint::fargateMonthlyUsd},
        {optionName(QStringLiteral("ec2")), &WhatIf::BreakEvenPoint::ec2MonthlyUsd},
    };
    auto logPoint = [&](double ratePerS, double usd) {
        return QPointF(std::log10(ratePerS), std::clamp(std::log10(std::max(usd, 1e-12)), yMin, yMax));
    };
    for (const auto &[name, member] : lines) {
        auto *line = new QLineSeries;
        line->setName(name);
        for (const WhatIf::BreakEvenPoint &p : c->breakEven)
            line->append(logPoint(p.ratePerS, p.*member));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }

    auto mark = [&](double ratePerS, const QString &name, const QString &label, QScatterSeries::MarkerShape shape) {
        double cost = -1;
        for (const WhatIf::BreakEvenPoint &p : c->breakEven)
            if (p.ratePerS == ratePerS)
                cost = p.lambdaMonthlyUsd;
        if (cost <= 0)
            return;
        auto *marker = new QScatterSeries;
        marker->setName(name);
        marker->setMarkerShape(shape);
        marker->setMarkerSize(12);
        const QPointF at = logPoint(ratePerS, cost);
        marker->append(at);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
        // The labels beside the markers say it all; the legend keeps to the lines.
        for (QLegendMarker *legend : chart->legend()->markers(marker))
            legend->setVisible(false);
        m_breakEvenLabels->add(marker, at, label);
    };
    if (c->lambdaFargateBreakEvenRate > 0)
        mark(c->lambdaFargateBreakEvenRate, tr("Break-even: Fargate"),
             tr("= Fargate"), QScatterSeries::MarkerShapeCircle);
    if (c->lambdaEc2BreakEvenRate > 0)
        mark(c->lambdaEc2BreakEvenRate, tr("Break-even: EC2"),
             tr("= EC2"), QScatterSeries::MarkerShapeRectangle);

    // Where the node is today, as a dashed vertical line: which side of break-even it sits on.
    if (m_nodeRatePerS > 0) {
        auto *now = new QLineSeries;
        now->setName(tr("This node (%1 req/s)").arg(rate(m_nodeRatePerS)));
        const double r = std::log10(std::clamp(m_nodeRatePerS, minRate, maxRate));
        now->append(r, yMin);
        now->append(r, yMax);
        QPen pen(QApplication::palette().color(QPalette::Text));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        now->setPen(pen);
        chart->addSeries(now);
        now->attachAxis(x);
        now->attachAxis(y);
    }
    TimeSeriesChart::applyPalette(chart);
    m_breakEvenLabels->place();
}

} // namespace archscope
