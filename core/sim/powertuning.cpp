#include "powertuning.h"

#include "catalog/catalog.h"
#include "model/node.h"

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {
constexpr double maxVcpus = 6;
constexpr int minMemoryMb = 128;
constexpr int maxMemoryMb = 10240;
} // namespace

double PowerTuning::vcpusAt(int memoryMb, bool singleThreaded)
{
    return std::min(memoryMb / memoryPerVcpuMb, singleThreaded ? 1.0 : maxVcpus);
}

double PowerTuning::durationAt(double durationMs, int baseMemoryMb, int memoryMb, double cpuBoundShare,
                               bool singleThreaded)
{
    const double share = std::clamp(cpuBoundShare, 0.0, 1.0);
    const double speedup = vcpusAt(memoryMb, singleThreaded) / vcpusAt(baseMemoryMb, singleThreaded);
    return durationMs * ((1 - share) + share / speedup);
}

PowerTuning::Curve PowerTuning::evaluate(const Catalog &catalog, const Node &lambda, int stepMb)
{
    auto value = [&](const char *key) { return catalog.nodeValue(lambda.kind, lambda.props, QLatin1String(key)); };
    const int baseMemory = std::clamp(value("memoryMb").toInt(128), minMemoryMb, maxMemoryMb);
    const double duration = std::max(0.001, value("durationMs").toDouble(100));
    const double share = value("cpuBoundShare").toDouble(0.5);
    const bool singleThreaded = value("singleThreaded").toBool(true);
    const bool arm = value("arch").toString() == QLatin1String("arm64");
    const KindSpec *k = catalog.kind(QStringLiteral("lambda"));
    const PriceSpec *gb = k ? k->price(arm ? QStringLiteral("gbSecondArm") : QStringLiteral("gbSecondX86")) : nullptr;
    const PriceSpec *req = k ? k->price(QStringLiteral("requests")) : nullptr;
    const double gbPrice = gb ? gb->usd : 0;
    const double requestPrice = req ? req->usd / 1e6 : 0;

    QList<int> memories;
    for (int m = minMemoryMb; m <= maxMemoryMb; m += std::max(1, stepMb))
        memories.append(m);
    memories.append(maxMemoryMb);
    memories.append(static_cast<int>(memoryPerVcpuMb));
    memories.append(baseMemory);
    std::sort(memories.begin(), memories.end());
    memories.erase(std::unique(memories.begin(), memories.end()), memories.end());

    Curve c;
    for (int m : memories) {
        Point p;
        p.memoryMb = m;
        p.vcpus = vcpusAt(m, singleThreaded);
        p.durationMs = durationAt(duration, baseMemory, m, share, singleThreaded);
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
