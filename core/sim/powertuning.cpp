#include "powertuning.h"

#include "costmodel.h"

#include "catalog/catalog.h"
#include "model/node.h"

#include <algorithm>
#include <cmath>

namespace archscope {

PowerTuning::Cpu PowerTuning::cpuOf(const Catalog &catalog, const QString &kindId)
{
    Cpu cpu;
    if (const KindSpec *k = catalog.kind(kindId)) {
        cpu.memoryPerVcpuMb = k->simulationValue(QStringLiteral("memoryPerVcpuMb"), {}).value_or(cpu.memoryPerVcpuMb);
        cpu.maxVcpus = k->simulationValue(QStringLiteral("maxVcpu"), {}).value_or(cpu.maxVcpus);
    }
    return cpu;
}

double PowerTuning::vcpusAt(const Cpu &cpu, int memoryMb, bool singleThreaded)
{
    return std::min(memoryMb / cpu.memoryPerVcpuMb, singleThreaded ? 1.0 : cpu.maxVcpus);
}

double PowerTuning::durationAt(const Cpu &cpu, double durationMs, int baseMemoryMb, int memoryMb, double cpuBoundShare,
                               bool singleThreaded)
{
    const double share = std::clamp(cpuBoundShare, 0.0, 1.0);
    const double speedup = vcpusAt(cpu, memoryMb, singleThreaded) / vcpusAt(cpu, baseMemoryMb, singleThreaded);
    return durationMs * ((1 - share) + share / speedup);
}

PowerTuning::Curve PowerTuning::evaluate(const Catalog &catalog, const Node &function, int stepMb)
{
    const KindSpec *k = catalog.kind(function.kind);
    if (!k || k->simulation.model != SimulationSpec::Model::Function)
        return {};
    // A role reads a property, or a number the kind fixes (an edge function: always single-threaded).
    auto value = [&](const char *role) -> QJsonValue {
        if (const PropertySpec *p = k->simulationProperty(QLatin1String(role)))
            return k->value(function.props, p->key);
        const std::optional<double> v = k->simulationValue(QLatin1String(role), function.props);
        return v ? QJsonValue(*v) : QJsonValue();
    };
    const PropertySpec *memory = k->simulationProperty(QStringLiteral("memoryMb"));
    const int minMemoryMb = memory ? static_cast<int>(memory->minimum) : 128;
    const int maxMemoryMb = memory ? static_cast<int>(memory->maximum) : 10240;
    const Cpu cpu = cpuOf(catalog, function.kind);
    const int baseMemory = std::clamp(value("memoryMb").toInt(128), minMemoryMb, maxMemoryMb);
    const double duration = std::max(0.001, value("durationMs").toDouble(100));
    const double share = value("cpuBoundShare").toDouble(0.5);
    const QJsonValue single = value("singleThreaded");
    const bool singleThreaded = single.isDouble() ? single.toDouble() != 0 : single.toBool(true);
    // Request and on-demand duration prices as the cost model reads them (x86 or Arm).
    const CostModel::Usage rate = CostModel::ratePerBasis(CostModel::lines(catalog, function.kind, function.props));
    const double gbPrice = rate[CostModel::GbSeconds];
    const double requestPrice = rate[CostModel::Requests];

    QList<int> memories;
    for (int m = minMemoryMb; m <= maxMemoryMb; m += std::max(1, stepMb))
        memories.append(m);
    memories.append(maxMemoryMb);
    memories.append(static_cast<int>(cpu.memoryPerVcpuMb));
    memories.append(baseMemory);
    std::sort(memories.begin(), memories.end());
    memories.erase(std::unique(memories.begin(), memories.end()), memories.end());

    Curve c;
    for (int m : memories) {
        Point p;
        p.memoryMb = m;
        p.vcpus = vcpusAt(cpu, m, singleThreaded);
        p.durationMs = durationAt(cpu, duration, baseMemory, m, share, singleThreaded);
        p.costPerInvocationUsd = requestPrice + std::ceil(p.durationMs) / 1000.0 * (m / 1024.0) * gbPrice;
        p.costPerMillionUsd = p.costPerInvocationUsd * 1e6;
        c.points.append(p);
        if (m == baseMemory)
            c.current = static_cast<int>(c.points.size()) - 1;
    }
    // Ties go to the smaller memory (the first found).
    for (int i = 0; i < c.points.size(); ++i) {
        if (c.cheapest < 0 || c.points[i].costPerInvocationUsd < c.points[c.cheapest].costPerInvocationUsd)
            c.cheapest = i;
        if (c.fastest < 0 || c.points[i].durationMs < c.points[c.fastest].durationMs)
            c.fastest = i;
    }
    double best = 0;
    for (int i = 0; i < c.points.size(); ++i) {
        const double score = c.points[i].costPerInvocationUsd / c.points[c.cheapest].costPerInvocationUsd
                             + c.points[i].durationMs / c.points[c.fastest].durationMs;
        if (c.balanced < 0 || score < best) {
            c.balanced = i;
            best = score;
        }
    }
    return c;
}

} // namespace archscope
