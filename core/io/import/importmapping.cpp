#include "importmapping.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <set>

namespace archscope::importmapping {

QString runtimeChoice(const QString &runtime, bool image, bool *exact)
{
    *exact = true;
    if (image)
        return QStringLiteral("container-image");
    const QString r = runtime.trimmed().toLower();
    static const QList<std::pair<QString, QString>> families = {
        {QStringLiteral("python"), QStringLiteral("python3.12")},
        {QStringLiteral("nodejs"), QStringLiteral("nodejs20.x")},
        {QStringLiteral("java"), QStringLiteral("java21")},
        {QStringLiteral("dotnet"), QStringLiteral("dotnet8")},
        {QStringLiteral("ruby"), QStringLiteral("ruby3.3")},
        {QStringLiteral("provided"), QStringLiteral("go-provided.al2023")},
        {QStringLiteral("go"), QStringLiteral("go-provided.al2023")}};
    for (const auto &[prefix, choice] : families) {
        if (!r.startsWith(prefix))
            continue;
        // provided.al2023 is how Go runs today (and what the SAM export writes for it).
        *exact =
            r == choice || (choice == QLatin1String("go-provided.al2023") && r == QLatin1String("provided.al2023"));
        return choice;
    }
    *exact = false;
    return {};
}

namespace {

// How many of the values lo..hi a cron field selects: *, ?, lists, ranges, steps and names.
std::optional<int> cronCount(QString field, int lo, int hi, const QStringList &names = {})
{
    field = field.toUpper();
    for (int i = 0; i < names.size(); ++i)
        field.replace(names.at(i), QString::number(lo + i));
    if (field == QLatin1String("*") || field == QLatin1String("?"))
        return hi - lo + 1;
    std::set<int> values;
    int single = 0; // L, W and # each pick one day of their kind
    for (const QString &part : field.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return std::nullopt;
            range = part.left(slash);
        }
        int from = lo, to = hi;
        if (range.contains(QLatin1Char('L')) || range.contains(QLatin1Char('W')) || range.contains(QLatin1Char('#'))) {
            ++single;
            continue;
        }
        if (range != QLatin1String("*")) {
            bool ok1 = false, ok2 = true;
            const QStringList ends = range.split(QLatin1Char('-'));
            if (ends.size() > 2)
                return std::nullopt;
            from = ends.at(0).toInt(&ok1);
            to = ends.size() == 2 ? ends.at(1).toInt(&ok2) : (part.contains(QLatin1Char('/')) ? hi : from);
            if (!ok1 || !ok2 || from < lo || to > hi || from > to)
                return std::nullopt;
        }
        for (int v = from; v <= to; v += step)
            values.insert(v);
    }
    return int(values.size()) + single;
}

} // namespace

std::optional<double> scheduleRate(const QString &expression)
{
    const QString e = expression.trimmed();
    static const QRegularExpression rate(
        QStringLiteral("^rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|day|days)\\s*\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = rate.match(e); m.hasMatch()) {
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2).toLower();
        const double seconds = unit.startsWith(QLatin1String("minute")) ? 60
                               : unit.startsWith(QLatin1String("hour")) ? 3600
                                                                        : 86400;
        return n > 0 ? std::optional(1.0 / (n * seconds)) : std::nullopt;
    }
    if (e.startsWith(QLatin1String("at("), Qt::CaseInsensitive))
        return 0.0;
    static const QRegularExpression cron(QStringLiteral("^cron\\((.*)\\)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = cron.match(e);
    if (!m.hasMatch())
        return std::nullopt;
    const QStringList f = m.captured(1).simplified().split(QLatin1Char(' '));
    if (f.size() != 6)
        return std::nullopt;
    static const QStringList months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                       "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    static const QStringList days = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    const auto minutes = cronCount(f.at(0), 0, 59);
    const auto hours = cronCount(f.at(1), 0, 23);
    const auto monthDays = cronCount(f.at(2), 1, 31);
    const auto monthCount = cronCount(f.at(3), 1, 12, months);
    const auto weekDays = cronCount(f.at(4), 1, 7, days);
    if (!minutes || !hours || !monthDays || !monthCount || !weekDays)
        return std::nullopt;
    const bool anyMonthDay = f.at(2) == QLatin1String("*") || f.at(2) == QLatin1String("?");
    const bool anyWeekDay = f.at(4) == QLatin1String("*") || f.at(4) == QLatin1String("?");
    // The share of days it fires on: a day-of-month field counts against a mean month, a
    // day-of-week field against a week.
    double dayShare = 1;
    if (!anyMonthDay)
        dayShare = *monthDays / (365.25 / 12);
    else if (!anyWeekDay)
        dayShare = *weekDays / 7.0;
    const double perDay = double(*minutes) * *hours * std::min(1.0, dayShare) * (*monthCount / 12.0);
    return perDay / 86400;
}

std::optional<double> ecsVcpu(const QString &cpu)
{
    const QString c = cpu.trimmed().toLower();
    bool ok = false;
    if (c.endsWith(QLatin1String("vcpu"))) {
        const double v = c.chopped(4).trimmed().toDouble(&ok);
        return ok && v > 0 ? std::optional(v) : std::nullopt;
    }
    const double units = c.toDouble(&ok);
    return ok && units > 0 ? std::optional(units / 1024) : std::nullopt;
}

std::optional<double> ecsMemoryGb(const QString &memory)
{
    QString m = memory.trimmed().toLower();
    bool ok = false;
    if (m.endsWith(QLatin1String("gb"))) {
        const double v = m.chopped(2).trimmed().toDouble(&ok);
        return ok && v > 0 ? std::optional(v) : std::nullopt;
    }
    if (m.endsWith(QLatin1String("mb")) || m.endsWith(QLatin1String("mib")))
        m = m.left(m.indexOf(QLatin1Char('m'))).trimmed();
    const double mib = m.toDouble(&ok);
    return ok && mib > 0 ? std::optional(mib / 1024) : std::nullopt;
}

OutsideResource outsideResource(const QString &reference, const QString &expectedKind)
{
    OutsideResource r;
    r.kind = expectedKind.isEmpty() ? QStringLiteral("external") : expectedKind;
    r.name = reference;
    r.resourceType = QStringLiteral("outside the source");
    const QStringList arn = reference.split(QLatin1Char(':'));
    if (reference.startsWith(QLatin1String("https://sqs.")) || reference.startsWith(QLatin1String("https://queue."))) {
        r.kind = QStringLiteral("sqs");
        r.name = reference.section(QLatin1Char('/'), -1);
        return r;
    }
    if (arn.size() < 6 || arn.at(0) != QLatin1String("arn")) {
        r.name = reference.section(QLatin1Char('/'), -1);
        if (r.name.isEmpty())
            r.name = reference;
        return r;
    }
    const QString service = arn.at(2);
    const QString resource = arn.mid(5).join(QLatin1Char(':'));
    // The resource part's last meaningful name: "function:orders:live" → "orders",
    // "table/Orders/stream/2024…" → "Orders", "stream/clicks" → "clicks".
    const QStringList pieces = resource.split(QRegularExpression(QStringLiteral("[:/]")), Qt::SkipEmptyParts);
    auto after = [&](const char *word) {
        const qsizetype i = pieces.indexOf(QLatin1String(word));
        return i >= 0 && i + 1 < pieces.size() ? pieces.at(i + 1) : QString();
    };
    r.name = pieces.isEmpty() ? reference : pieces.size() == 1 ? pieces.first() : pieces.at(1);
    struct Service
    {
        const char *service;
        const char *kind;
        const char *type;
        const char *invokes;
    };
    static const Service services[] = {
        {"lambda", "lambda", "", ""},
        {"sqs", "sqs", "", ""},
        {"sns", "sns", "", ""},
        {"kinesis", "kinesis", "", ""},
        {"dynamodb", "dynamodb", "", ""},
        {"s3", "s3", "", ""},
        {"es", "opensearch", "", ""},
        {"aoss", "external", "AWS::OpenSearchServerless::Collection", ""},
        {"execute-api", "apigw", "", ""},
        {"iot", "iot", "", ""},
        {"states", "external", "AWS::StepFunctions::StateMachine", "async"},
        {"kafka", "external", "AWS::MSK::Cluster", "stream"},
        {"mq", "external", "AWS::AmazonMQ::Broker", "queue"},
        {"rds", "external", "AWS::DocDB::DBCluster", "stream"},
        {"logs", "external", "AWS::Logs::LogGroup", "async"},
        {"firehose", "external", "AWS::KinesisFirehose::DeliveryStream", "async"},
        {"cognito-idp", "external", "AWS::Cognito::UserPool", "sync"},
    };
    r.kind = QStringLiteral("external");
    r.resourceType = QStringLiteral("AWS ARN (%1)").arg(service);
    for (const Service &s : services) {
        if (service != QLatin1String(s.service))
            continue;
        r.kind = QLatin1String(s.kind);
        if (*s.type)
            r.resourceType = QLatin1String(s.type);
        r.invokes = QLatin1String(s.invokes);
    }
    if (service == QLatin1String("s3") || service == QLatin1String("sqs") || service == QLatin1String("sns"))
        r.name = pieces.isEmpty() ? reference : pieces.last();
    if (service == QLatin1String("dynamodb")) {
        r.name = after("table").isEmpty() ? r.name : after("table");
        r.stream = pieces.contains(QLatin1String("stream"));
    }
    if (service == QLatin1String("lambda"))
        r.name = after("function").isEmpty() ? r.name : after("function");
    if (service == QLatin1String("events")) {
        if (resource.startsWith(QLatin1String("rule/"))) {
            r.kind = QStringLiteral("eventbridge");
        } else {
            r.resourceType = QStringLiteral("AWS::Events::EventBus");
            r.invokes = QStringLiteral("async");
        }
        r.name = pieces.isEmpty() ? reference : pieces.last();
    }
    if (service == QLatin1String("elasticloadbalancing") && resource.contains(QLatin1String("loadbalancer/app/")))
        r.kind = QStringLiteral("alb");
    return r;
}

} // namespace archscope::importmapping
