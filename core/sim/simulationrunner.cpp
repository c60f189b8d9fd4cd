#include "simulationrunner.h"

#include "simulator.h"

#include <QElapsedTimer>

#include <chrono>

namespace archscope {

SimulationRunner::SimulationRunner(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    // Lets listeners on other threads (queued connections) and QSignalSpy carry the results.
    qRegisterMetaType<std::shared_ptr<const SimulationResults>>();
    m_thread = std::thread([this] { loop(); });
}

SimulationRunner::~SimulationRunner()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pending.reset();
        ++m_generation;  // makes the running simulation stop at its next chunk
    }
    m_wake.notify_all();
    m_thread.join();
}

quint64 SimulationRunner::request(const DocumentData &data, const SimulationOptions &options)
{
    quint64 id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = ++m_generation;
        m_pending = Job{id, data, options};
    }
    m_wake.notify_all();
    return id;
}

void SimulationRunner::cancel()
{
    std::lock_guard lock(m_mutex);
    m_pending.reset();
    ++m_generation;
}

bool SimulationRunner::isBusy() const
{
    std::lock_guard lock(m_mutex);
    return m_running || m_pending.has_value();
}

bool SimulationRunner::waitForIdle(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return !m_running && !m_pending; });
}

void SimulationRunner::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
        if (m_stop)
            return;
        Job job = std::move(*m_pending);
        m_pending.reset();
        m_running = true;
        lock.unlock();

        const quint64 id = job.id;
        QMetaObject::invokeMethod(this, [this, id] {
            if (id == m_generation.load())
                emit started(id);
        }, Qt::QueuedConnection);
        // Progress reaches the GUI at most every 50 ms: a run that ends sooner needs no bar,
        // and each report is an event the GUI thread has to process.
        QElapsedTimer sinceReport;
        sinceReport.start();
        auto onProgress = [this, id, &sinceReport](double fraction) {
            if (id != m_generation.load())
                return false;  // superseded: stop now, the newer request is waiting
            if (sinceReport.elapsed() < 50)
                return true;
            sinceReport.restart();
            QMetaObject::invokeMethod(this, [this, id, fraction] {
                if (id == m_generation.load())
                    emit progress(id, fraction);
            }, Qt::QueuedConnection);
            return true;
        };
        const std::shared_ptr<const SimulationResults> results
            = Simulator::run(job.data, m_catalog, job.options, onProgress, &m_parts);
        if (!results->cancelled && id == m_generation.load()) {
            // Checked again on the GUI thread: a request made meanwhile still wins.
            QMetaObject::invokeMethod(this, [this, id, results] {
                if (id == m_generation.load())
                    emit finished(id, results);
            }, Qt::QueuedConnection);
        }

        lock.lock();
        m_running = false;
        if (!m_pending)
            m_idle.notify_all();
    }
}

} // namespace archscope
