#include "problemchecker.h"

#include "catalog/catalog.h"
#include "documentdata.h"
#include "wiringrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace archscope {

namespace {


Problem make(Problem::Severity severity, Problem::Subject subject, const QString &id,
             const QString &code, const QString &message)
{
    return Problem{severity, subject, id, code, message};
}

QString nameOf(const Node &n)
{
    return ProblemChecker::nodeName(n.label, n.id);
}

// Range checks for every known property, recursing into objects such as `traffic`.
void checkRanges(const QList<PropertySpec> &specs, const QJsonObject &values, const QString &path,
                 QStringList *out)
{
    for (const PropertySpec &spec : specs) {
        if (!values.contains(spec.key))
            continue;
        const QJsonValue v = values.value(spec.key);
        const QString at = path + QLatin1Char('/') + spec.key;
        const QString typeError = spec.checkType(v);
        if (!typeError.isEmpty()) {
            out->append(at + QStringLiteral(": ") + typeError);
            continue;
        }
        if (spec.type == PropertySpec::Type::Object) {
            checkRanges(spec.fields, v.toObject(), at, out);
            continue;
        }
        const QString rangeError = spec.checkRange(v);
        if (!rangeError.isEmpty())
            out->append(at + QStringLiteral(": ") + rangeError);
    }
}

} // namespace

QString ProblemChecker::nodeName(const QString &label, const QString &id)
{
    return label.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(label, id);
}

ProblemChecker::ProblemChecker(const Catalog &catalog)
    : m_catalog(catalog)
{
}

QList<Problem> ProblemChecker::check(const DocumentData &data) const
{
    QList<Problem> problems;
    checkSettings(data, &problems);
    checkNodes(data, &problems);
    checkEdges(data, &problems);
    checkConcurrency(data, &problems);
    return problems;
}

void ProblemChecker::checkSettings(const DocumentData &data, QList<Problem> *out) const
{
    const Settings &s = data.settings;
    auto error = [out](const QString &message) {
        out->append(make(Problem::Severity::Error, Problem::Subject::Document, QString(),
                         QStringLiteral("setting-out-of-range"), message));
    };
    for (const QString &message : Settings::simulationErrors(s.horizonS, s.stepS))
        error(message);
    if (s.accountConcurrency < Settings::minAccountConcurrency)
        error(QCoreApplication::translate("ProblemChecker", "/settings/accountConcurrency: an account has at least %1 concurrent "
                 "executions, not %2").arg(Settings::minAccountConcurrency).arg(s.accountConcurrency));
}

void ProblemChecker::checkNodes(const DocumentData &data, QList<Problem> *out) const
{
    QSet<QString> triggered;
    QSet<QString> hasFailureWire;
    QSet<QString> asyncInvoked;
    const WiringRules rules(m_catalog);
    for (const Edge &e : data.edges) {
        const Node *from = data.node(e.from);
        const Node *to = data.node(e.to);
        if (!from || !to)
            continue;
        const WireCheck c = rules.check(*from, *to, e.kind);
        if (e.kind == EdgeKind::Trigger)
            triggered.insert(e.to);
        if (e.kind == EdgeKind::Failure)
            hasFailureWire.insert(e.from);
        if (c.allowed && c.model == InvocationModel::AsyncPush)
            asyncInvoked.insert(e.to);
    }

    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const Node &n = data.nodes.at(i);
        const KindSpec *kind = m_catalog.kind(n.kind);
        if (!kind)
            continue;
        QStringList rangeErrors;
        checkRanges(kind->properties, n.props, QStringLiteral("/nodes/%1/props").arg(i), &rangeErrors);
        for (const QString &message : rangeErrors)
            out->append(make(Problem::Severity::Error, Problem::Subject::Node, n.id,
                             QStringLiteral("value-out-of-range"),
                             QCoreApplication::translate("ProblemChecker", "%1: %2").arg(nameOf(n), message)));

        if (kind->is(KindSpec::Compute) && !triggered.contains(n.id))
            out->append(make(Problem::Severity::Warning, Problem::Subject::Node, n.id,
                             QStringLiteral("untriggered-compute"),
                             QCoreApplication::translate("ProblemChecker", "%1: nothing triggers this %2; wire an event source to it.")
                                 .arg(nameOf(n), kind->shortName)));

        if (kind->simulation.model != SimulationSpec::Model::Function)
            continue;
        if (asyncInvoked.contains(n.id) && !hasFailureWire.contains(n.id))
            out->append(make(Problem::Severity::Warning, Problem::Subject::Node, n.id,
                             QStringLiteral("no-failure-destination"),
                             QCoreApplication::translate("ProblemChecker", "%1 is invoked asynchronously but has no failure destination: "
                                "events that fail all retries are dropped after up to 6 hours. "
                                "Wire it to an SQS queue or SNS topic as an on-failure route.")
                                 .arg(nameOf(n))));
        if (hasFailureWire.contains(n.id) && !asyncInvoked.contains(n.id))
            out->append(make(Problem::Severity::Warning, Problem::Subject::Node, n.id,
                             QStringLiteral("unused-failure-destination"),
                             QCoreApplication::translate("ProblemChecker", "%1 has a failure destination but nothing invokes it "
                                "asynchronously, so the destination never receives events.")
                                 .arg(nameOf(n))));
        const QJsonValue reserved = m_catalog.nodeValue(n.kind, n.props, QStringLiteral("reservedConcurrency"));
        const double provisioned = m_catalog.nodeValue(n.kind, n.props, QStringLiteral("provisionedConcurrency")).toDouble();
        if (!reserved.isNull() && provisioned > reserved.toDouble())
            out->append(make(Problem::Severity::Error, Problem::Subject::Node, n.id,
                             QStringLiteral("provisioned-above-reserved"),
                             QCoreApplication::translate("ProblemChecker", "%1: provisioned concurrency (%2) cannot exceed reserved concurrency (%3).")
                                 .arg(nameOf(n)).arg(provisioned).arg(reserved.toDouble())));
        const double durationMs = m_catalog.nodeValue(n.kind, n.props, QStringLiteral("durationMs")).toDouble();
        const double timeoutS = m_catalog.nodeValue(n.kind, n.props, QStringLiteral("timeoutS")).toDouble();
        if (durationMs > timeoutS * 1000)
            out->append(make(Problem::Severity::Warning, Problem::Subject::Node, n.id,
                             QStringLiteral("duration-over-timeout"),
                             QCoreApplication::translate("ProblemChecker", "%1: the mean duration (%2 ms) is longer than the timeout (%3 s), "
                                "so most invocations would time out.")
                                 .arg(nameOf(n)).arg(durationMs).arg(timeoutS)));
    }
}

void ProblemChecker::checkEdges(const DocumentData &data, QList<Problem> *out) const
{
    const WiringRules rules(m_catalog);
    QSet<QString> seen;
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        const Edge &e = data.edges.at(i);
        const Node *from = data.node(e.from);
        const Node *to = data.node(e.to);
        if (!from || !to)
            continue;
        const QString name = QStringLiteral("%1 → %2").arg(nameOf(*from), nameOf(*to));
        const WireCheck c = rules.check(*from, *to, e.kind);
        if (!c.allowed) {
            out->append(make(Problem::Severity::Error, Problem::Subject::Edge, e.id,
                             QStringLiteral("refused-wire"),
                             QCoreApplication::translate("ProblemChecker", "Wire %1 (%2): %3").arg(e.id, name, c.explanation)));
            continue;
        }
        const QString key = e.from + QLatin1Char('\n') + e.to + QLatin1Char('\n') + edgeKindId(e.kind);
        if (seen.contains(key))
            out->append(make(Problem::Severity::Warning, Problem::Subject::Edge, e.id,
                             QStringLiteral("duplicate-wire"),
                             QCoreApplication::translate("ProblemChecker", "Wire %1 (%2) repeats another wire between the same services; "
                                "each event would be delivered twice.").arg(e.id, name)));
        seen.insert(key);
        QStringList rangeErrors;
        checkRanges(m_catalog.wireProperties(c.model, from->kind), e.props,
                    QStringLiteral("/edges/%1/props").arg(i), &rangeErrors);
        for (const QString &message : rangeErrors)
            out->append(make(Problem::Severity::Error, Problem::Subject::Edge, e.id,
                             QStringLiteral("value-out-of-range"),
                             QCoreApplication::translate("ProblemChecker", "Wire %1 (%2): %3").arg(e.id, name, message)));
    }
}

void ProblemChecker::checkConcurrency(const DocumentData &data, QList<Problem> *out) const
{
    double reservedTotal = 0;
    QString largest;
    double largestValue = -1;
    for (const Node &n : data.nodes) {
        // Every function kind draws on the account's pool, as in the simulator.
        const KindSpec *kind = m_catalog.kind(n.kind);
        if (!kind || kind->simulation.model != SimulationSpec::Model::Function)
            continue;
        const std::optional<double> reserved = kind->simulationValue(QStringLiteral("reservedConcurrency"), n.props);
        if (!reserved)
            continue;
        reservedTotal += *reserved;
        if (*reserved > largestValue) {
            largestValue = *reserved;
            largest = n.id;
        }
    }
    const double unreserved = data.settings.accountConcurrency - reservedTotal;
    if (!largest.isEmpty() && unreserved < 100)
        out->append(make(Problem::Severity::Error, Problem::Subject::Node, largest,
                         QStringLiteral("unreserved-pool-too-small"),
                         QCoreApplication::translate("ProblemChecker", "Reserved concurrency adds up to %1 of the account's %2, leaving %3 "
                            "unreserved; AWS keeps at least 100 for functions without a "
                            "reservation. Lower a reservation or raise the account limit.")
                             .arg(reservedTotal).arg(data.settings.accountConcurrency).arg(unreserved)));
}

} // namespace archscope
