#include "exactcheckview.h"

#include "catalog/catalog.h"
#include "model/document.h"
#include "sim/exact/exactcheck.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>
#include <iterator>

namespace archscope {

// What the worker thread and the view share: the view asks it to stop and reads its progress;
// the worker writes the results before it finishes.
struct ExactCheckView::Job
{
    std::atomic<bool> cancel{false};
    std::atomic<double> fraction{0};
    quint64 edits = 0;
    // The fast run the check started from; once the exact run is done, the same run with its
    // peaks counted within the window it ran (ExactCheck::fastOptions).
    std::shared_ptr<const SimulationResults> fast;
    ExactResults result;
};

ExactCheckView::ExactCheckView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_check(new QPushButton(tr("Check the busiest hour request by request"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_poll(new QTimer(this))
{
    m_check->setToolTip(tr("Simulate every request of the busiest hour of the simulation (Poisson arrivals, "
                           "lognormal durations, every cap, pool and queue) and compare it with the fast model"));
    m_cancel->setAccessibleName(tr("Cancel the request-by-request check"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress of the request-by-request check"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAccessibleName(tr("Fast model and exact engine side by side"));
    m_table->setColumnCount(8);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setMinimumSectionSize(40);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_check);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_cancel);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    // The engine reports every 65,536 events; the bar reads the latest fraction five times
    // a second, so a fast run sends the GUI no flood of events.
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExactCheckView::pollProgress);
    connect(m_check, &QPushButton::clicked, this, &ExactCheckView::start);
    connect(m_cancel, &QPushButton::clicked, this, &ExactCheckView::cancel);
    rebuild();
    updateControls();
}

ExactCheckView::~ExactCheckView()
{
    // The engine stops at its next progress report (every 65,536 events, a few milliseconds).
    if (m_worker) {
        m_job->cancel = true;
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->wait();
        delete m_worker.data();
    }
}

void ExactCheckView::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc) {
        connect(m_doc, &Document::contentChanged, this, &ExactCheckView::markStale);
        connect(m_doc, &Document::documentReset, this, &ExactCheckView::markStale);
        connect(m_doc, &QObject::destroyed, this, [this] {
            m_doc = nullptr;
            updateControls();
        });
    }
    markStale();
}

void ExactCheckView::setSelectedNodes(const QStringList &ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    rebuild();
}

void ExactCheckView::setFastResults(std::shared_ptr<const SimulationResults> results)
{
    m_fast = std::move(results);
    updateControls();
}

bool ExactCheckView::start()
{
    if (m_worker || !m_doc || !m_fast || !m_fast->ok())
        return false;
    auto job = std::make_shared<Job>();
    job->edits = m_edits;
    job->fast = m_fast;
    const DocumentData data = m_doc->data();
    const auto [from, to] = ExactCheck::busiestWindow(*m_fast);
    const SimulationOptions fastOptions = SimulationOptions::fromSettings(data.settings);
    ExactOptions options = ExactCheck::options(fastOptions, from, to);
    options.cutToBudget = true;  // the busiest hour is our choice: shorten it rather than refuse
    const Catalog *catalog = &m_catalog;
    m_job = job;
    m_worker = QThread::create([job, data, catalog, options, fastOptions] {
        job->result = ExactEngine::run(data, *catalog, options, [job](double fraction) {
            job->fraction = fraction;
            return !job->cancel.load();
        });
        if (!job->result.ok())
            return;
        SimulationResults windowed = ExactCheck::fastRun(data, *catalog, fastOptions, job->result,
                                                         [job](double) { return !job->cancel.load(); });
        if (windowed.cancelled)
            job->result.cancelled = true;
        else
            job->fast = std::make_shared<const SimulationResults>(std::move(windowed));
    });
    QThread *worker = m_worker;
    connect(worker, &QThread::finished, this, [this, worker, job] {
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
        workerDone(job);
    });
    m_status->setText(tr("Checking %1 to %2 request by request…").arg(clock(from, m_fast->horizonS), clock(to, m_fast->horizonS)));
    m_progress->setValue(0);
    worker->start(QThread::LowPriority);
    m_poll->start();
    updateControls();
    emit started();
    return true;
}

void ExactCheckView::cancel()
{
    if (!m_worker)
        return;
    m_job->cancel = true;
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ExactCheckView::pollProgress()
{
    if (!m_job)
        return;
    const double fraction = m_job->fraction.load();
    m_progress->setValue(qRound(fraction * m_progress->maximum()));
    emit progressChanged(fraction);
}

void ExactCheckView::workerDone(const std::shared_ptr<Job> &job)
{
    m_poll->stop();
    if (m_job == job)
        m_job.reset();
    const ExactResults &r = job->result;
    const bool completed = r.ok();
    if (r.cancelled) {
        m_status->setText(m_exact ? tr("Cancelled; the table shows the previous check.") : tr("Cancelled."));
    } else if (!r.error.isEmpty()) {
        m_status->setText(tr("Not checked: %1").arg(r.error));
    } else {
        m_exact = std::make_shared<const ExactResults>(std::move(job->result));
        m_checkedFast = job->fast;
        m_stale = job->edits != m_edits;  // edited while it ran
        QString text = tr("%1 to %2 of the simulation, request by request: %3 events (seed %4). "
                          "Each cell: fast model / exact engine, over the same hour.")
                           .arg(clock(r.fromS, job->fast->horizonS), clock(r.toS, job->fast->horizonS), QLocale().toString(r.events))
                           .arg(r.seed);
        if (!r.warnings.isEmpty())
            text += QLatin1Char(' ') + r.warnings.join(QLatin1Char(' '));
        m_status->setText(text);
    }
    rebuild();
    updateControls();
    emit finished(completed);
}

void ExactCheckView::markStale()
{
    ++m_edits;
    if (m_exact && !m_stale) {
        m_stale = true;
        rebuild();
    }
    updateControls();
}

void ExactCheckView::updateControls()
{
    const bool running = m_worker != nullptr;
    m_check->setEnabled(!running && m_doc && m_fast && m_fast->ok());
    m_check->setText(m_exact ? tr("Check the busiest hour again") : tr("Check the busiest hour request by request"));
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_job->cancel.load());
    m_progress->setVisible(running);
    if (!running && !m_exact && m_status->text().isEmpty())
        m_status->setText(tr("Runs every request of the busiest hour and compares the figures with the fast model's."));
}

QString ExactCheckView::statusText() const
{
    return m_status->text();
}

QString ExactCheckView::clock(double tS, double horizonS) const
{
    const qint64 s = qint64(tS);
    const QString hhmm = QStringLiteral("%1:%2").arg((s % 86400) / 3600, 2, 10, QLatin1Char('0')).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return horizonS > 86400 ? tr("day %1, %2").arg(s / 86400 + 1).arg(hhmm) : hhmm;
}

QStringList ExactCheckView::shownNodes() const
{
    QStringList ids;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        ids.append(m_table->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return ids;
}

QStringList ExactCheckView::figureNames()
{
    return {tr("Peak concurrency"), tr("Throttled %"), tr("Cold starts"), tr("Peak backlog"),
            tr("Wait p99 (ms)"), tr("Latency p50 (ms)"), tr("Latency p99 (ms)")};
}

void ExactCheckView::rebuild()
{
    m_table->clear();
    const QString node = m_stale ? tr("Node (stale: the diagram changed since this check)") : tr("Node");
    m_table->setHeaderLabels(QStringList{node} + figureNames());
    QTreeWidgetItem *header = m_table->headerItem();
    header->setToolTip(0, node);
    for (int c = 1; c < header->columnCount(); ++c) {
        header->setToolTip(c, tr("%1: fast model / exact engine").arg(header->text(c)));
        header->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!m_exact || !m_checkedFast)
        return;
    QStringList ids;
    for (const ExactResults::NodeResult &n : m_exact->nodes)
        if (m_selected.contains(n.summary.id))
            ids.append(n.summary.id);
    if (ids.isEmpty())
        for (const ExactResults::NodeResult &n : m_exact->nodes) {
            const KindSpec *kind = m_catalog.kind(n.summary.kind);
            if (kind && kind->is(KindSpec::Compute))
                ids.append(n.summary.id);
        }

    const QLocale locale;
    const auto format = [&](double v, int decimals) { return std::isnan(v) ? QStringLiteral("—") : locale.toString(v, 'f', decimals); };
    const auto ms = [](double s) { return s * 1000; };
    for (const QString &id : ids) {
        const ExactResults::NodeResult *n = m_exact->node(id);
        const ExactCheck::Figures f = ExactCheck::fast(*m_checkedFast, m_checkedFast->nodeIndex(id), m_exact->fromS, m_exact->toS);
        const ExactCheck::Figures e = ExactCheck::exact(*m_exact, id);
        auto *item = new QTreeWidgetItem(m_table);
        const QString name = n->summary.label.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(n->summary.label, id);
        item->setText(0, name);
        item->setToolTip(0, name);
        item->setData(0, Qt::UserRole, id);
        struct Pair
        {
            double fast, exact;
            int decimals;
        };
        // In the order of figureNames().
        const Pair pairs[] = {
            {f.peakConcurrency, e.peakConcurrency, 1}, {f.throttledPercent(), e.throttledPercent(), 2},
            {f.coldStarts, e.coldStarts, 0},           {f.peakBacklog, e.peakBacklog, 0},
            {f.waitP99S, ms(e.waitP99S), 0},           {f.latencyP50S, ms(e.latencyP50S), 0},
            {f.latencyP99S, ms(e.latencyP99S), 0},
        };
        for (int c = 1; c <= int(std::size(pairs)); ++c) {
            const Pair &p = pairs[c - 1];
            const QString fast = format(p.fast, p.decimals), exact = format(p.exact, p.decimals);
            item->setText(c, fast + QStringLiteral(" / ") + exact);
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            // The whole cell in words, for a narrow dock that elides it and for what a dash means.
            QString tip = tr("%1 of %2\nFast model: %3\nExact engine: %4").arg(m_table->headerItem()->text(c), name, fast, exact);
            if (std::isnan(p.fast))
                tip += QLatin1Char('\n') + tr("The fast model gives no percentiles.");
            if (std::isnan(p.exact))
                tip += QLatin1Char('\n') + tr("The exact engine saw nothing of this kind in the window.");
            item->setToolTip(c, tip);
        }
    }
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
}

} // namespace archscope
