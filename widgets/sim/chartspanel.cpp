#include "chartspanel.h"

#include "catalog/catalog.h"
#include "commands/simplecommands.h"
#include "io/libraryinfo.h"
#include "model/document.h"
#include "text/money.h"
#include "text/numbers.h"
#include "exactcheckview.h"
#include "flowlayout.h"
#include "horizonspinbox.h"
#include "powertuningview.h"
#include "timeserieschart.h"
#include "whatifview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace archscope {

namespace {

using Series = SimulationResults::Series;

// The slider's resolution: one step per play tick, so a sweep takes playDurationMs.
constexpr int sliderMax = ChartsPanel::playDurationMs / ChartsPanel::playTickMs * 10;
constexpr int sliderStepPerTick = 10;

enum class Media { Play, Pause, Stop };

// Play, pause and stop in the palette's button text colour, with a greyed disabled mode: the
// style's media icons are fixed grey pixmaps that all but vanish on a dark palette.
QIcon mediaIcon(Media media, const QPalette &palette)
{
    QIcon icon;
    for (const auto &[mode, group] : {std::pair{QIcon::Normal, QPalette::Active}, std::pair{QIcon::Disabled, QPalette::Disabled}})
        for (const qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(16, 16) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.color(group, QPalette::ButtonText));
            switch (media) {
            case Media::Play: painter.drawPolygon(QPolygonF({QPointF(4, 2.5), QPointF(13.5, 8), QPointF(4, 13.5)})); break;
            case Media::Pause:
                painter.drawRect(QRectF(4, 3, 3, 10));
                painter.drawRect(QRectF(9, 3, 3, 10));
                break;
            case Media::Stop: painter.drawRoundedRect(QRectF(3.5, 3.5, 9, 9), 1, 1); break;
            }
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    return icon;
}

} // namespace

ChartsPanel::ChartsPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_horizon(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_seed(new QSpinBox(this))
    , m_freeTier(new QCheckBox(tr("Free tier"), this))
    , m_progress(new QProgressBar(this))
    , m_play(new QToolButton(this))
    , m_stop(new QToolButton(this))
    , m_time(new QSlider(Qt::Horizontal, this))
    , m_timeLabel(new QLabel(this))
    , m_playTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_pricesNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_concurrency(new TimeSeriesChart(concurrencyTitle(), tr("in use")))
    , m_throttles(new TimeSeriesChart(throttlesTitle(), tr("events/s")))
    , m_backlog(new TimeSeriesChart(backlogTitle(), tr("events")))
    , m_coldStarts(new TimeSeriesChart(coldStartsTitle(), tr("starts/s")))
    , m_cost(new TimeSeriesChart(tr("Cumulative cost (list price)"), tr("USD")))
    , m_costTable(new QTreeWidget(this))
    , m_whatIf(new WhatIfView(catalog, this))
    , m_powerTuning(new PowerTuningView(catalog, this))
    , m_exactCheck(new ExactCheckView(catalog, this))
{
    // Written as the Inspector writes the horizon.
    for (int hours : {1, 6, 24, 7 * 24, 30 * 24})
        m_horizon->addItem(HorizonSpinBox::text(hours), hours * 3600.0);
    for (const auto &[label, seconds] : QList<std::pair<QString, double>>{
             {tr("1 s"), 1}, {tr("10 s"), 10}, {tr("1 min"), 60}, {tr("5 min"), 300}, {tr("1 h"), 3600}})
        m_step->addItem(label, seconds);
    m_seed->setRange(0, 999999);
    m_horizon->setAccessibleName(tr("Simulated horizon"));
    m_step->setAccessibleName(tr("Simulation step"));
    m_seed->setAccessibleName(tr("Random seed"));
    m_freeTier->setAccessibleName(tr("Apply the monthly free tier"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line of its own: wrapped beside the controls it read "$0.00 over 30 / days · about".
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_play->setCheckable(true);
    m_play->setToolTip(tr("Play: move a time cursor through the simulated horizon; the canvas shows each "
                          "node's value at that time"));
    m_play->setAccessibleName(tr("Play the simulation"));
    updateMediaIcons();
    m_stop->setToolTip(tr("Stop: the canvas shows the peaks again"));
    m_stop->setAccessibleName(tr("Stop playing and show the peaks"));
    m_time->setRange(0, sliderMax);
    m_time->setSingleStep(sliderStepPerTick);
    m_time->setPageStep(sliderMax / 20);
    m_time->setMinimumWidth(100);
    m_time->setMaximumWidth(220);
    m_time->setAccessibleName(tr("Simulated time"));
    m_time->setToolTip(tr("Drag to see the canvas at a moment of the simulation"));
    m_timeLabel->setMinimumWidth(m_timeLabel->fontMetrics().horizontalAdvance(tr("day 30, 23:59")));
    m_timeLabel->setAccessibleName(tr("Simulated time shown"));
    m_playTimer->setInterval(playTickMs);
    m_pricesNote->setObjectName(QStringLiteral("pricesNote"));
    m_pricesNote->setWordWrap(true);  // a long language's note would widen the dock
    m_pricesNote->setEnabled(false);

    // The controls wrap onto a second row in a narrow dock (a laptop, a longer language)
    // rather than making it scroll sideways; each label stays with its control.
    auto *toolbar = new FlowLayout;
    const auto group = [this, toolbar](std::initializer_list<QWidget *> parts) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : parts)
            row->addWidget(w);
        toolbar->addWidget(box);
    };
    group({new QLabel(tr("Horizon:"), this), m_horizon});
    group({new QLabel(tr("Step:"), this), m_step});
    group({new QLabel(tr("Seed:"), this), m_seed});
    group({m_freeTier, m_progress});
    group({m_play, m_stop, m_time, m_timeLabel});
    toolbar->addWidget(m_summary);

    // Side by side: stacked, a laptop's dock left each too short to read its axes.
    auto *throttleSplit = new QSplitter(Qt::Horizontal, this);
    throttleSplit->addWidget(m_throttles);
    throttleSplit->addWidget(m_backlog);
    m_cost->setValues(TimeSeriesChart::Values::Usd);
    m_costTable->setColumnCount(3);
    m_costTable->setHeaderLabels({tr("Service and item"), tr("Quantity"), tr("Cost")});
    m_costTable->header()->setStretchLastSection(false);
    m_costTable->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_costTable->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_costTable->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_costTable->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_costTable->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_costTable->setAccessibleName(tr("Cost breakdown by service and item"));
    m_tabs->addTab(m_concurrency, tr("Concurrency"));
    m_tabs->addTab(throttleSplit, tr("Throttles and backlog"));
    m_tabs->addTab(m_coldStarts, tr("Cold starts"));
    m_tabs->addTab(m_cost, tr("Cost over time"));
    m_tabs->addTab(m_costTable, tr("Cost breakdown"));
    m_tabs->addTab(m_whatIf, tr("What if"));
    m_tabs->addTab(m_powerTuning, tr("Power tuning"));
    m_tabs->addTab(m_exactCheck, tr("Request by request"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_pricesNote);

    connect(m_horizon, &QComboBox::currentIndexChanged, this, &ChartsPanel::applySettings);
    connect(m_step, &QComboBox::currentIndexChanged, this, &ChartsPanel::applySettings);
    connect(m_seed, &QSpinBox::editingFinished, this, &ChartsPanel::applySettings);
    connect(m_freeTier, &QCheckBox::toggled, this, &ChartsPanel::applySettings);
    connect(m_play, &QToolButton::toggled, this, &ChartsPanel::setPlaying);
    connect(m_stop, &QToolButton::clicked, this, &ChartsPanel::stopPlaying);
    connect(m_time, &QSlider::valueChanged, this, &ChartsPanel::sliderMoved);
    connect(m_playTimer, &QTimer::timeout, this, &ChartsPanel::playTick);
    rebuild();
    syncTimeCursor();
}

bool ChartsPanel::isPlaying() const
{
    return m_playTimer->isActive();
}

void ChartsPanel::setPlaying(bool playing)
{
    playing = playing && m_results && m_results->ok();
    {
        const QSignalBlocker blocker(m_play);
        m_play->setChecked(playing);
    }
    updateMediaIcons();
    m_play->setAccessibleName(playing ? tr("Pause the simulation") : tr("Play the simulation"));
    if (!playing) {
        m_playTimer->stop();
        return;
    }
    if (m_time->value() >= sliderMax) {
        const QSignalBlocker blocker(m_time);
        m_time->setValue(0);  // played to the end: play again from the start
    }
    sliderMoved(m_time->value());
    m_playTimer->start();
}

void ChartsPanel::playTick()
{
    const int next = std::min(sliderMax, m_time->value() + sliderStepPerTick);
    m_time->setValue(next);
    if (next >= sliderMax)
        setPlaying(false);
}

void ChartsPanel::stopPlaying()
{
    setPlaying(false);
    const QSignalBlocker blocker(m_time);
    m_time->setValue(0);
    setTimeCursor(-1);
}

void ChartsPanel::sliderMoved(int value)
{
    if (m_results && m_results->ok())
        setTimeCursor(m_results->horizonS * value / sliderMax);
}

void ChartsPanel::setTimeCursor(double tS)
{
    const bool ok = m_results && m_results->ok();
    const double cursor = ok && tS >= 0 ? std::min(tS, m_results->horizonS) : -1;
    if (cursor >= 0) {
        const QSignalBlocker blocker(m_time);
        m_time->setValue(m_results->horizonS > 0 ? qRound(cursor / m_results->horizonS * sliderMax) : 0);
    }
    // Day and time of day from the start of the run; hours alone for short horizons.
    if (cursor < 0) {
        m_timeLabel->setText(tr("peaks"));
    } else {
        const qint64 s = qint64(cursor);
        const QString clock = QStringLiteral("%1:%2").arg((s % 86400) / 3600, 2, 10, QLatin1Char('0')).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
        m_timeLabel->setText(m_results->horizonS > 86400 ? tr("day %1, %2").arg(s / 86400 + 1).arg(clock) : clock);
    }
    // The what-if replays run over the same horizon, so the cursor reads there too.
    for (TimeSeriesChart *chart : {m_concurrency, m_throttles, m_backlog, m_coldStarts, m_cost, m_whatIf->costChart()})
        chart->setTimeCursor(cursor);
    if (cursor == m_timeCursorS)
        return;
    m_timeCursorS = cursor;
    emit timeCursorChanged(cursor);
}

void ChartsPanel::syncTimeCursor()
{
    const bool ok = m_results && m_results->ok();
    for (QWidget *w : {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_time)})
        w->setEnabled(ok);
    if (!ok) {
        stopPlaying();
        return;
    }
    // A new run (an edit, another horizon): the cursor keeps its place along the horizon.
    if (m_timeCursorS >= 0)
        sliderMoved(m_time->value());
    else
        setTimeCursor(-1);
}

void ChartsPanel::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_whatIf->setDocument(doc);
    m_powerTuning->setDocument(doc);
    m_exactCheck->setDocument(doc);
    if (m_doc) {
        connect(m_doc, &Document::settingsChanged, this, &ChartsPanel::syncSettingsControls);
        connect(m_doc, &Document::documentReset, this, &ChartsPanel::syncSettingsControls);
        connect(m_doc, &QObject::destroyed, this, [this] { m_doc = nullptr; });
    }
    syncSettingsControls();
}

void ChartsPanel::syncSettingsControls()
{
    if (!m_doc)
        return;
    const Settings &s = m_doc->data().settings;
    const QSignalBlocker b1(m_horizon), b2(m_step), b3(m_seed), b4(m_freeTier);
    auto select = [this](QComboBox *combo, double value) {
        int index = combo->findData(value);
        if (index < 0) {  // a value from the file that the presets lack: show it as it is
            combo->addItem(combo == m_horizon && std::fmod(value, 3600) == 0 ? HorizonSpinBox::text(int(value / 3600)) : QString::number(value), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    select(m_horizon, s.horizonS);
    select(m_step, s.stepS);
    m_seed->setValue(int(std::clamp<qint64>(s.seed, 0, m_seed->maximum())));
    m_freeTier->setChecked(s.freeTier);
}

void ChartsPanel::applySettings()
{
    if (!m_doc)
        return;
    Settings s = m_doc->data().settings;
    s.horizonS = m_horizon->currentData().toDouble();
    s.stepS = m_step->currentData().toDouble();
    s.seed = m_seed->value();
    s.freeTier = m_freeTier->isChecked();
    if (s == m_doc->data().settings)
        return;
    m_doc->undoStack()->push(new ChangeSettingsCommand(m_doc, s));
}

void ChartsPanel::setResults(std::shared_ptr<const SimulationResults> results)
{
    m_results = std::move(results);
    m_exactCheck->setFastResults(m_results);
    m_progress->hide();
    rebuild();
    syncTimeCursor();
}

void ChartsPanel::setSelectedNodes(const QStringList &ids)
{
    m_whatIf->setSelectedNodes(ids);
    m_powerTuning->setSelectedNodes(ids);
    m_exactCheck->setSelectedNodes(ids);
    if (ids == m_selected)
        return;
    m_selected = ids;
    rebuild();
}

void ChartsPanel::setProgress(double fraction)
{
    m_progress->setVisible(fraction < 1);
    m_progress->setValue(int(fraction * 100));
}

QString ChartsPanel::summaryText() const
{
    return m_summary->text();
}

int ChartsPanel::lineCount(int tab) const
{
    switch (tab) {
    case 0: return m_concurrency->lineCount();
    case 1: return m_throttles->lineCount() + m_backlog->lineCount();
    case 2: return m_coldStarts->lineCount();
    case 3: return m_cost->lineCount();
    default: return m_costTable->topLevelItemCount();
    }
}

QList<int> ChartsPanel::nodesToPlot(Series rankBy, bool computeOnly) const
{
    QList<int> indices;
    if (!m_results)
        return indices;
    const auto &nodes = m_results->nodes;
    auto peak = [&](int i) {
        const auto &max = m_results->series(i, rankBy).max;
        return max.empty() ? 0.f : *std::max_element(max.begin(), max.end());
    };
    for (int i = 0; i < nodes.size(); ++i) {
        const KindSpec *kind = m_catalog.kind(nodes[i].kind);
        const bool compute = kind && kind->is(KindSpec::Compute);
        // Unless asked for by a selection, a node that never rose above 0 is no line to read.
        if (!m_selected.isEmpty() ? m_selected.contains(nodes[i].id) : ((!computeOnly || compute) && peak(i) > 0))
            indices.append(i);
    }
    if (m_selected.isEmpty() && indices.size() > maxLines) {
        // The busiest first, so the lines that matter are the ones shown.
        std::stable_sort(indices.begin(), indices.end(), [&](int a, int b) { return peak(a) > peak(b); });
        indices = indices.mid(0, maxLines);
    }
    return indices;
}

QStringList ChartsPanel::nodeNames() const
{
    QStringList names;
    if (!m_results)
        return names;
    for (const SimulationResults::NodeSummary &n : m_results->nodes)
        names.append(n.label.isEmpty() ? n.id : n.label);
    // Two services of one name ("S3" and "S3") are told apart by their ids.
    const QStringList labels = names;
    for (int i = 0; i < names.size(); ++i)
        if (labels.count(labels[i]) > 1 && labels[i] != m_results->nodes[i].id)
            names[i] = tr("%1 (%2)", "a service's label and its id").arg(labels[i], m_results->nodes[i].id);
    return names;
}

void ChartsPanel::rebuild()
{
    for (TimeSeriesChart *chart : {m_concurrency, m_throttles, m_backlog, m_coldStarts, m_cost})
        chart->clear();
    m_costTable->clear();
    m_cost->setTitle(tr("Cumulative cost (list price)"));
    if (!m_results || !m_results->ok()) {
        m_summary->setText(m_results && !m_results->error.isEmpty() ? tr("Not simulated: %1").arg(m_results->error)
                                                                     : tr("No simulation yet"));
        for (TimeSeriesChart *chart : {m_concurrency, m_throttles, m_backlog, m_coldStarts, m_cost})
            chart->finish();
        return;
    }
    const SimulationResults &r = *m_results;
    const QStringList names = nodeNames();
    // `legend` names node i's line; `shown` is the series drawn for it (else `series`, which
    // also ranks the nodes).
    using Legend = std::function<QString(int)>;
    auto plot = [&](TimeSeriesChart *chart, const QString &title, const QString &none, Series series, bool computeOnly,
                    const Legend &legend, const std::function<Series(int)> &shown = {}) {
        chart->setHorizon(r.horizonS);
        const QList<int> nodes = nodesToPlot(series, computeOnly);
        for (int i : nodes)
            chart->addBand(legend(i), r.series(i, shown ? shown(i) : series), r.bucketS);
        // An empty chart says why: nothing of the kind happened.
        chart->setTitle(nodes.isEmpty() && m_selected.isEmpty() ? none : title);
        chart->finish();
    };
    const QLocale locale;
    // Beside each name, the node's figure as CloudWatch names it, where it has one.
    const Legend withDuration = [&](int i) {
        const SimulationResults::NodeSummary &n = r.nodes[i];
        return n.duration.count > 0 ? tr("%1 · Duration p99 %2", "a node's name and its p99 duration").arg(names[i], numbers::duration(n.duration.p99S))
                                    : names[i];
    };
    const Legend withThrottles = [&](int i) {
        const SimulationResults::NodeSummary &n = r.nodes[i];
        return tr("%1 · Throttles %2 · Invocations %3", "a node's name, its throttles and invocations over the run")
            .arg(names[i], numbers::compact(n.throttled, 3, locale), numbers::compact(n.invocations, 3, locale));
    };
    const Legend withAges = [&](int i) {
        QStringList parts{names[i]};
        for (const SimulationResults::NodeSummary::Age &age : r.nodes[i].ages())
            parts << tr("%1 up to %2", "an age metric and its largest value: IteratorAge up to 12 s").arg(age.metric, numbers::duration(age.seconds));
        return parts.join(QStringLiteral(" · "));
    };
    plot(m_concurrency, concurrencyTitle(), tr("Concurrency: no compute service ran"), Series::Concurrency, true, withDuration,
         [&](int i) { return r.peakConcurrencySeries(i); });
    plot(m_throttles, throttlesTitle(), tr("Throttles: none in this run"), Series::Throttled, false, withThrottles);
    plot(m_backlog, backlogTitle(), tr("Backlog: none in this run"), Series::Backlog, false, withAges);
    plot(m_coldStarts, coldStartsTitle(), tr("Cold starts: none in this run"), Series::ColdStarts, true,
         [&](int i) { return names[i]; });

    // The whole diagram's line always, beside the selected services or the costliest ones, each
    // named with its total, so the chart and the header's total read together.
    m_cost->setHorizon(r.horizonS);
    const auto last = [](const QList<QPointF> &points) { return points.isEmpty() ? 0.0 : points.last().y(); };
    // A bucket's highest cumulative cost is the cost at its end: the last one is the total.
    const QList<QPointF> whole = r.points(-1, Series::CumulativeCost, SimulationResults::Statistic::Max);
    m_cost->addLine(tr("Whole diagram: %1").arg(money::usd(last(whole))), whole);
    const QList<int> costly = nodesToPlot(Series::CumulativeCost, false);
    for (int i : costly) {
        const QList<QPointF> points = r.points(i, Series::CumulativeCost, SimulationResults::Statistic::Max);
        m_cost->addLine(tr("%1: %2").arg(names[i], money::usd(last(points))), points);
    }
    QString costTitle;
    if (m_selected.isEmpty())
        costTitle = tr("Cumulative cost at list price: the whole diagram and its %n costliest services", nullptr, int(costly.size()));
    else if (costly.size() == 1)
        costTitle = tr("Cumulative cost at list price: the whole diagram and the selected %1").arg(names[costly.first()]);
    else
        costTitle = tr("Cumulative cost at list price: the whole diagram and the %n selected services", nullptr, int(costly.size()));
    // The header's total is after the free tier; the lines are not.
    if (r.freeTier)
        costTitle += tr(" (before the free tier)");
    m_cost->setTitle(costTitle);
    m_cost->finish();

    for (int n = 0; n < r.nodes.size(); ++n) {
        const SimulationResults::NodeSummary &node = r.nodes[n];
        if (node.items.isEmpty() && node.costUsd == 0)
            continue;
        const KindSpec *kind = m_catalog.kind(node.kind);
        // The service's name and its kind, so two buckets' identical lines are told apart.
        const QString service = kind ? tr("%1 · %2", "a service's label and its kind").arg(names[n], kind->shortName) : names[n];
        auto *item = new QTreeWidgetItem(m_costTable, {service, QString(), money::usd(node.costUsd)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFont(2, bold);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        for (const SimulationResults::CostItem &c : node.items) {
            auto *line = new QTreeWidgetItem(item, {c.label, numbers::quantity(c.quantity, c.unit), money::usd(c.usd)});
            line->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            line->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            line->setToolTip(0, tr("%1: %2").arg(names[n], c.label));
            line->setToolTip(1, QLocale().toString(c.quantity, 'f', c.quantity == std::floor(c.quantity) ? 0 : 2) + QLatin1Char(' ') + c.unit);
        }
    }
    m_costTable->expandAll();
    auto *total = new QTreeWidgetItem(m_costTable, {tr("Total"), QString(), money::usd(r.totalCostUsd)});
    QFont bold = total->font(0);
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(2, bold);
    total->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);

    const double days = r.horizonS / 86400;
    m_summary->setText(tr("<b>%1</b> over %2 days · about <b>%3</b> a month")
                           .arg(money::usd(r.totalCostUsd), QLocale().toString(days, 'g', 3), money::usd(r.monthlyProjectionUsd)));
    // A run that priced nothing (an empty canvas, free services only) names the catalog's date.
    const QString asOf = r.pricesAsOf.isEmpty() ? pricesAsOf(m_catalog) : r.pricesAsOf;
    QString note = tr("Simulated with %1 list prices as of %2%3. Series are decimated to %4 buckets of %5 s.")
                       .arg(r.region, asOf, r.freeTier ? tr(", free tier applied") : QString())
                       .arg(r.bucketCount)
                       .arg(r.bucketS);
    if (const QString finer = r.finerStepNote(); !finer.isEmpty())
        note += QLatin1Char(' ') + finer;
    m_pricesNote->setText(note);
}

// The charts' titles: CloudWatch's metric names, kept as AWS writes them, with a few plain
// words for a newcomer.
QString ChartsPanel::concurrencyTitle()
{
    return tr("ConcurrentExecutions (Maximum per minute): environments busy; fleets: tasks or instances");
}

QString ChartsPanel::throttlesTitle()
{
    return tr("Throttles per second: events refused or made to wait");
}

QString ChartsPanel::backlogTitle()
{
    return tr("Backlog: events waiting, with the oldest one's age");
}

QString ChartsPanel::coldStartsTitle()
{
    return tr("Cold starts: new execution environments per second");
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateMediaIcons();
    QWidget::changeEvent(event);
}

void ChartsPanel::updateMediaIcons()
{
    m_play->setIcon(mediaIcon(m_play->isChecked() ? Media::Pause : Media::Play, palette()));
    m_stop->setIcon(mediaIcon(Media::Stop, palette()));
}

} // namespace archscope
