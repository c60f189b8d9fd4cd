#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace archscope {

namespace {

QJsonArray items(const QList<ImportReport::Item> &list, bool withReason)
{
    QJsonArray out;
    for (const ImportReport::Item &i : list) {
        QJsonObject o{{"path", i.path}, {"type", i.type}};
        o.insert("node", i.nodeId.isEmpty() ? QJsonValue() : QJsonValue(i.nodeId));
        if (!i.kind.isEmpty())
            o.insert("kind", i.kind);
        if (!i.note.isEmpty())
            o.insert(withReason ? "reason" : "note", i.note);
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray warningList;
    for (const Warning &w : warnings) {
        QJsonObject o{{"path", w.path}, {"message", w.message}};
        o.insert("node", w.nodeId.isEmpty() ? QJsonValue() : QJsonValue(w.nodeId));
        warningList.append(o);
    }
    return {{"format", format},
            {"nodes", nodes},
            {"wires", wires},
            {"mapped", items(mapped, false)},
            {"external", items(external, false)},
            {"ignored", items(ignored, true)},
            {"warnings", warningList},
            {"sourcesWithoutTraffic", QJsonArray::fromStringList(sourcesWithoutTraffic)}};
}

QStringList ImportReport::summaryLines() const
{
    QStringList lines;
    lines << QCoreApplication::translate("ImportReport",
                                         "%n node(s) and %1 wire(s): %2 resource(s) mapped, %3 external, "
                                         "%4 ignored, %5 warning(s)",
                                         nullptr, nodes)
                 .arg(wires)
                 .arg(mapped.size())
                 .arg(external.size())
                 .arg(ignored.size())
                 .arg(warnings.size());
    for (const Item &i : external)
        lines << QCoreApplication::translate("ImportReport", "external: %1 (%2)").arg(i.path, i.type);
    for (const Item &i : ignored)
        lines << QCoreApplication::translate("ImportReport", "ignored: %1 (%2): %3").arg(i.path, i.type, i.note);
    for (const Warning &w : warnings)
        lines << QCoreApplication::translate("ImportReport", "warning: %1: %2").arg(w.path, w.message);
    if (!sourcesWithoutTraffic.isEmpty())
        lines << QCoreApplication::translate("ImportReport", "no traffic yet (a template holds none): %1")
                     .arg(sourcesWithoutTraffic.join(QStringLiteral(", ")));
    return lines;
}

} // namespace archscope
