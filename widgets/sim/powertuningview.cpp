#include "powertuningview.h"

#include "catalog/catalog.h"
#include "flowlayout.h"
#include "commands/changeproperty.h"
#include "model/document.h"
#include "text/money.h"
#include "markerlabels.h"
#include "timeserieschart.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QToolTip>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

QString megabytes(int mb)
{
    return QCoreApplication::translate("archscope::PowerTuningView", "%1 MB").arg(QLocale().toString(mb));
}

} // namespace

PowerTuningView::PowerTuningView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_hint(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_summary(new QLabel(this))
    , m_applyBalanced(new QPushButton(this))
    , m_applyCheapest(new QPushButton(this))
    , m_applyFastest(new QPushButton(this))
    , m_content(new QWidget(this))
    , m_markerLabels(new MarkerLabels(m_chart->chart()))
{
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setText(tr("Select one Lambda function to see its duration and cost against memory."));
    m_chart->setRenderHint(QPainter::Antialiasing);
    // Below this QtCharts cuts the axes' labels to "...".
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("Duration and cost per million invocations against memory"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applyBalanced->setAccessibleName(tr("Apply the balanced memory"));
    m_applyCheapest->setAccessibleName(tr("Apply the cheapest memory"));
    m_applyFastest->setAccessibleName(tr("Apply the fastest memory"));

    // The three choices wrap in a narrow dock instead of making it scroll sideways.
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_applyBalanced);
    buttons->addWidget(m_applyCheapest);
    buttons->addWidget(m_applyFastest);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_chart, 1);
    content->addWidget(m_summary);
    content->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_content, 1);

    connect(m_applyBalanced, &QPushButton::clicked, this, [this] { apply(Choice::Balanced); });
    connect(m_applyCheapest, &QPushButton::clicked, this, [this] { apply(Choice::Cheapest); });
    connect(m_applyFastest, &QPushButton::clicked, this, [this] { apply(Choice::Fastest); });
    refresh();
}

void PowerTuningView::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc) {
        // Memory, duration, CPU share or threading edited in the inspector move the curve.
        connect(m_doc, &Document::nodeChanged, this, [this](const QString &id) {
            if (id == m_nodeId)
                refresh();
        });
        connect(m_doc, &Document::nodeRemoved, this, &PowerTuningView::refresh);
        connect(m_doc, &Document::documentReset, this, &PowerTuningView::refresh);
        connect(m_doc, &QObject::destroyed, this, [this] {
            m_doc = nullptr;
            refresh();
        });
    }
    refresh();
}

void PowerTuningView::setSelectedNodes(const QStringList &ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    refresh();
}

QString PowerTuningView::hintText() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

int PowerTuningView::indexOf(Choice choice) const
{
    switch (choice) {
    case Choice::Balanced: return m_curve.balanced;
    case Choice::Cheapest: return m_curve.cheapest;
    case Choice::Fastest: return m_curve.fastest;
    }
    return -1;
}

QString PowerTuningView::choiceName(Choice choice) const
{
    switch (choice) {
    case Choice::Balanced: return tr("balanced");
    case Choice::Cheapest: return tr("cheapest");
    case Choice::Fastest: return tr("fastest");
    }
    return QString();
}

QPushButton *PowerTuningView::applyButton(Choice choice) const
{
    switch (choice) {
    case Choice::Balanced: return m_applyBalanced;
    case Choice::Cheapest: return m_applyCheapest;
    case Choice::Fastest: return m_applyFastest;
    }
    return nullptr;
}

bool PowerTuningView::apply(Choice choice)
{
    const int index = indexOf(choice);
    if (!m_doc || m_nodeId.isEmpty() || index < 0 || index == m_curve.current)
        return false;
    const int memory = m_curve.points[index].memoryMb;
    // A parent command of its own, so the apply never merges with a memory edit made just
    // before in the inspector: one undo takes back exactly this choice.
    auto *command = new QUndoCommand(tr("Apply %1 memory (%2)").arg(choiceName(choice), megabytes(memory)));
    new ChangePropertyCommand(m_doc, ChangePropertyCommand::Target::Node, m_nodeId, {QStringLiteral("memoryMb")},
                              memory, command);
    m_doc->undoStack()->push(command);
    return true;
}

QStringList PowerTuningView::markerNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->chart()->series())
        if (qobject_cast<QScatterSeries *>(s))
            names.append(s->name());
    return names;
}

void PowerTuningView::refresh()
{
    auto describe = [this](const PowerTuning::Point &p) {
        return tr("%1, %2 ms, %3 per million").arg(megabytes(p.memoryMb),
                                                   QLocale().toString(p.durationMs, 'f', p.durationMs < 10 ? 1 : 0),
                                                   money::usd(p.costPerMillionUsd));
    };
    m_nodeId.clear();
    m_curve = PowerTuning::Curve();
    const Node *node = m_doc && m_selected.size() == 1 ? m_doc->node(m_selected.first()) : nullptr;
    if (node && node->kind == QLatin1String("lambda")) {
        m_nodeId = node->id;
        m_curve = PowerTuning::evaluate(m_catalog, *node);
    }
    const bool shown = !m_nodeId.isEmpty() && !m_curve.points.isEmpty();
    m_hint->setVisible(!shown);
    m_content->setVisible(shown);
    rebuildChart();
    for (Choice choice : {Choice::Balanced, Choice::Cheapest, Choice::Fastest}) {
        QPushButton *button = applyButton(choice);
        const int index = indexOf(choice);
        const bool valid = shown && index >= 0;
        button->setEnabled(valid && index != m_curve.current);
        button->setText(valid ? tr("Apply %1: %2").arg(choiceName(choice), describe(m_curve.points[index]))
                              : tr("Apply %1").arg(choiceName(choice)));
        button->setToolTip(valid && index == m_curve.current ? tr("The function already has this memory.") : QString());
    }
    if (!shown) {
        m_summary->clear();
        return;
    }
    // The buttons carry the choices' figures; the summary only needs where the function is now.
    const QString now = m_curve.current >= 0 ? tr("<b>Now</b>: %1.").arg(describe(m_curve.points[m_curve.current]))
                                             : QString();
    const QJsonValue share = m_catalog.nodeValue(QStringLiteral("lambda"), m_doc->node(m_nodeId)->props, QStringLiteral("cpuBoundShare"));
    const QJsonValue single = m_catalog.nodeValue(QStringLiteral("lambda"), m_doc->node(m_nodeId)->props, QStringLiteral("singleThreaded"));
    m_summary->setText(now + QLatin1Char(' ')
                       + tr("Model: %1 % of the duration is CPU-bound, %2; edit both in the inspector. "
                            "One vCPU at 1,769 MB, at most 6. List prices, no free tier.")
                             .arg(qRound(share.toDouble(0.5) * 100))
                             .arg(single.toBool(true) ? tr("single-threaded") : tr("multi-threaded")));
}

void PowerTuningView::rebuildChart()
{
    QChart *chart = m_chart->chart();
    m_markerLabels->clear();
    chart->removeAllSeries();
    TimeSeriesChart::deleteAxes(chart);
    if (m_curve.points.isEmpty())
        return;
    const Node *node = m_doc ? m_doc->node(m_nodeId) : nullptr;
    chart->setTitle(tr("Power tuning: %1").arg(node && !node->label.isEmpty() ? node->label : m_nodeId));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    auto *duration = new QLineSeries;
    duration->setName(tr("Duration (ms)"));
    auto *cost = new QLineSeries;
    cost->setName(tr("Cost per million (USD)"));
    double maxDuration = 0, maxCost = 0;
    for (const PowerTuning::Point &p : m_curve.points) {
        duration->append(std::log2(p.memoryMb), p.durationMs);
        cost->append(std::log2(p.memoryMb), p.costPerMillionUsd);
        maxDuration = std::max(maxDuration, p.durationMs);
        maxCost = std::max(maxCost, p.costPerMillionUsd);
    }
    chart->addSeries(duration);
    chart->addSeries(cost);
    // Hover either line: the figures of the nearest evaluated memory.
    for (QLineSeries *line : {duration, cost}) {
        connect(line, &QLineSeries::hovered, this, [this](const QPointF &at, bool state) {
            if (!state || m_curve.points.isEmpty()) {
                QToolTip::hideText();
                return;
            }
            const double mb = std::exp2(at.x());
            const auto nearest = std::min_element(m_curve.points.cbegin(), m_curve.points.cend(),
                                                  [&](const PowerTuning::Point &a, const PowerTuning::Point &b) {
                                                      return std::abs(a.memoryMb - mb) < std::abs(b.memoryMb - mb);
                                                  });
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 ms, %3 per million, %4 vCPU")
                                   .arg(megabytes(nearest->memoryMb),
                                        QLocale().toString(nearest->durationMs, 'f', nearest->durationMs < 10 ? 1 : 0),
                                        money::usd(nearest->costPerMillionUsd), QLocale().toString(nearest->vcpus, 'f', 2)));
        });
    }

    // Memory buys CPU geometrically: drawn on log2 of the memory, so 128 MB has as much room
    // as 8 GB, with the ticks at the doublings written as memory is ("512 MB", "2 GB").
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(7 - 1e-6);
    for (int mb = 128; mb <= 8192; mb *= 2)
        x->append(mb < 1024 ? megabytes(mb) : tr("%1 GB").arg(mb / 1024), std::log2(mb));
    x->setRange(7, std::log2(10240));
    x->setTitleText(tr("memory"));
    auto *yDuration = TimeSeriesChart::valueAxis(0, maxDuration > 0 ? maxDuration : 1, 5, TimeSeriesChart::Values::Count);
    yDuration->setTitleText(tr("duration (ms)"));
    auto *yCost = TimeSeriesChart::valueAxis(0, maxCost > 0 ? maxCost : 1, 5, TimeSeriesChart::Values::Usd);
    yCost->setTitleText(tr("USD per million"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(yDuration), static_cast<QAbstractAxis *>(yCost)})
        axis->setTitleFont(font());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yDuration, Qt::AlignLeft);
    chart->addAxis(yCost, Qt::AlignRight);
    duration->attachAxis(x);
    duration->attachAxis(yDuration);
    cost->attachAxis(x);
    cost->attachAxis(yCost);

    // Each marked memory gets a marker on its line and a label placed clear of the others;
    // marks that coincide share one label ("cheapest, balanced (512 MB)").
    struct Mark
    {
        QString name;
        int index;
        bool onCost;
        QScatterSeries::MarkerShape shape;
    };
    const QList<Mark> marks = {
        {tr("current"), m_curve.current, false, QScatterSeries::MarkerShapeRectangle},
        {tr("cheapest"), m_curve.cheapest, true, QScatterSeries::MarkerShapeCircle},
        {tr("balanced"), m_curve.balanced, true, QScatterSeries::MarkerShapeStar},
        {tr("fastest"), m_curve.fastest, false, QScatterSeries::MarkerShapeTriangle},
    };
    for (int i = 0; i < marks.size(); ++i) {
        const Mark &m = marks[i];
        if (m.index < 0)
            continue;
        bool labelledEarlier = false;
        QStringList together{m.name};
        for (int j = 0; j < marks.size(); ++j) {
            if (j == i || marks[j].index != m.index || marks[j].onCost != m.onCost)
                continue;
            if (j < i)
                labelledEarlier = true;
            else
                together.append(marks[j].name);
        }
        const PowerTuning::Point &p = m_curve.points[m.index];
        auto *marker = new QScatterSeries;
        marker->setName(tr("%1 (%2)").arg(m.name, megabytes(p.memoryMb)));
        marker->setMarkerShape(m.shape);
        marker->setMarkerSize(m.shape == QScatterSeries::MarkerShapeStar ? 16 : 11);
        const QPointF at(std::log2(p.memoryMb), m.onCost ? p.costPerMillionUsd : p.durationMs);
        marker->append(at);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(m.onCost ? yCost : yDuration);
        // The label on the chart names the memory; the legend keeps to the two lines, as six
        // entries in one row were cut to "..." in a dock that no longer scrolls sideways.
        if (!chart->legend()->markers(marker).isEmpty())
            chart->legend()->markers(marker).first()->setVisible(false);
        if (!labelledEarlier)
            m_markerLabels->add(marker, at, tr("%1 (%2)").arg(together.join(QStringLiteral(", ")), megabytes(p.memoryMb)));
    }
    TimeSeriesChart::applyPalette(chart);
    yDuration->setLinePenColor(duration->color());
    yCost->setLinePenColor(cost->color());
    m_markerLabels->place();
}

} // namespace archscope
