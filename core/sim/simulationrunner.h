#pragma once

#include "partsrun.h"
#include "simulationoptions.h"
#include "simulationresults.h"

#include "model/documentdata.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace archscope {

class Catalog;

// Runs simulations off the GUI thread: one worker thread, the newest request wins (a new
// request cancels the run in progress at its next chunk of steps), and results come back
// as signals on the runner's own (GUI) thread. Charts call request() on every edit; the parts
// of the diagram an edit left alone are taken from the last run, not stepped again.
class SimulationRunner : public QObject
{
    Q_OBJECT

public:
    explicit SimulationRunner(const Catalog &catalog, QObject *parent = nullptr);
    ~SimulationRunner() override;

    // Queues a run of a snapshot of `data`; supersedes any earlier request. Returns its id.
    quint64 request(const DocumentData &data, const SimulationOptions &options);
    quint64 request(const DocumentData &data) { return request(data, SimulationOptions::fromSettings(data.settings)); }
    // Drops the pending and the running request; nothing more is emitted for them.
    void cancel();
    // Waits (blocking) until no run is in progress or queued; for tests and the CLI.
    bool waitForIdle(int timeoutMs);

    bool isBusy() const;

signals:
    void started(quint64 id);
    // 0..1, a few hundred times per run at most.
    void progress(quint64 id, double fraction);
    // Only for the newest request; never for a superseded or cancelled one.
    void finished(quint64 id, std::shared_ptr<const archscope::SimulationResults> results);

private:
    struct Job
    {
        quint64 id = 0;
        DocumentData data;
        SimulationOptions options;
    };
    void loop();

    const Catalog &m_catalog;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::optional<Job> m_pending;
    bool m_running = false;
    bool m_stop = false;
    std::atomic<quint64> m_generation{0};
    sim::PartsCache m_parts;  // the worker thread's alone
    std::thread m_thread;
};

} // namespace archscope
