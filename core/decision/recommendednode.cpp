#include "recommendednode.h"

#include "answers.h"
#include "catalog/catalog.h"
#include "questionbank.h"

namespace archscope {

namespace {

bool is(const Answers &answers, const char *question, const char *answer)
{
    return answers.answer(QString::fromLatin1(question)) == QLatin1String(answer);
}

QJsonObject lambdaProps(const Answers &a)
{
    QJsonObject p;
    // Memory buys CPU too (one vCPU at 1,769 MB), so a "small" function still gets a useful share.
    if (is(a, "footprint", "small"))
        p.insert(QStringLiteral("memoryMb"), 1024);
    if (is(a, "run_duration", "subsecond")) {
        p.insert(QStringLiteral("durationMs"), 200);
        p.insert(QStringLiteral("timeoutS"), 3);
    } else if (is(a, "run_duration", "under_15_min")) {
        p.insert(QStringLiteral("durationMs"), 60000);
        p.insert(QStringLiteral("timeoutS"), 900);
    }
    // Keep one environment initialised for latency-sensitive work: the cold-start answer.
    if (is(a, "latency", "cold_start_sensitive"))
        p.insert(QStringLiteral("provisionedConcurrency"), 1);
    return p;
}

QJsonObject fargateProps(const Answers &a)
{
    QJsonObject p;
    if (is(a, "footprint", "large")) {
        p.insert(QStringLiteral("vcpu"), 4);
        p.insert(QStringLiteral("memoryGb"), 16);
    } else if (is(a, "footprint", "small")) {
        p.insert(QStringLiteral("vcpu"), 0.5);
        p.insert(QStringLiteral("memoryGb"), 1);
    }
    if (is(a, "traffic", "steady"))
        p.insert(QStringLiteral("minTasks"), 2);  // two tasks: one can fail without an outage
    else if (is(a, "traffic", "mostly_idle") || is(a, "traffic", "scheduled_batch")
             || is(a, "idle_cost", "avoid_paying_for_idle"))
        p.insert(QStringLiteral("minTasks"), 0);
    return p;
}

QJsonObject instanceProps(const QString &option, const Answers &a)
{
    QJsonObject p;
    if (is(a, "footprint", "large"))
        p.insert(QStringLiteral("instanceType"), QStringLiteral("m5.large"));
    else if (is(a, "footprint", "small"))
        p.insert(QStringLiteral("instanceType"), QStringLiteral("t3.medium"));
    if (is(a, "traffic", "steady"))
        p.insert(QStringLiteral("minInstances"), 2);
    else if (is(a, "traffic", "mostly_idle") || is(a, "traffic", "scheduled_batch"))
        p.insert(QStringLiteral("minInstances"), 1);
    if (option == QLatin1String("eks") && is(a, "ops", "fully_managed") && !is(a, "gpu", "needs_gpu"))
        p.insert(QStringLiteral("nodeType"), QStringLiteral("fargate"));
    return p;
}

} // namespace

Node RecommendedNode::make(const QuestionBank &bank, const Catalog &catalog, const QString &option,
                           const Answers &answers)
{
    Node n;
    const OptionSpec *spec = bank.option(option);
    const KindSpec *kind = spec ? catalog.kind(spec->kind) : nullptr;
    if (!kind)
        return n;
    n.kind = kind->id;
    n.label = kind->shortName;
    if (n.kind == QLatin1String("lambda"))
        n.props = lambdaProps(answers);
    else if (n.kind == QLatin1String("fargate"))
        n.props = fargateProps(answers);
    else
        n.props = instanceProps(n.kind, answers);
    // Only keys the catalog knows for this kind, so a renamed property cannot slip in unnoticed.
    for (const QString &key : n.props.keys())
        if (!kind->property(key))
            n.props.remove(key);
    return n;
}

} // namespace archscope
