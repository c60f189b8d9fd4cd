#include "drawioexporter.h"

#include "catalog/catalog.h"
#include "diagramfacts.h"
#include "model/documentdata.h"
#include "render/diagrampainter.h"
#include "textescape.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>

namespace archscope {

namespace {

constexpr double iconSize = 48;

QString number(double v)
{
    return QString::number(std::round(v * 10) / 10, 'f', 1).remove(QRegularExpression(QStringLiteral("\\.0$")));
}

} // namespace

QString DrawioExporter::resourceIcon(const QString &kindId)
{
    static const QHash<QString, QString> icons = {
        {QStringLiteral("apigw"), QStringLiteral("api_gateway")},
        {QStringLiteral("alb"), QStringLiteral("elastic_load_balancing")},
        {QStringLiteral("alexa"), QStringLiteral("alexa_for_business")},
        {QStringLiteral("s3"), QStringLiteral("s3")},
        {QStringLiteral("sns"), QStringLiteral("sns")},
        {QStringLiteral("sqs"), QStringLiteral("sqs")},
        {QStringLiteral("eventbridge"), QStringLiteral("eventbridge")},
        {QStringLiteral("config"), QStringLiteral("config")},
        {QStringLiteral("iot"), QStringLiteral("iot_core")},
        {QStringLiteral("kinesis"), QStringLiteral("kinesis_data_streams")},
        {QStringLiteral("dynamodb"), QStringLiteral("dynamodb")},
        {QStringLiteral("opensearch"), QStringLiteral("elasticsearch_service")},
        {QStringLiteral("lambda"), QStringLiteral("lambda")},
        {QStringLiteral("fargate"), QStringLiteral("fargate")},
        {QStringLiteral("ecs_ec2"), QStringLiteral("ecs")},
        {QStringLiteral("eks"), QStringLiteral("eks")},
        {QStringLiteral("ec2"), QStringLiteral("ec2")},
    };
    return icons.value(kindId, QStringLiteral("general"));
}

QString DrawioExporter::vertexStyle(const QString &kindId, const QString &fillColor)
{
    return QStringLiteral("sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;fillColor=%1;"
                          "strokeColor=#ffffff;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;"
                          "align=center;html=0;whiteSpace=wrap;fontSize=12;fontStyle=0;aspect=fixed;"
                          "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.%2;")
        .arg(fillColor, resourceIcon(kindId));
}

QString DrawioExporter::boxStyle(const QString &strokeColor)
{
    return QStringLiteral("rounded=1;whiteSpace=wrap;html=0;fillColor=#ffffff;strokeColor=%1;strokeWidth=2;"
                          "fontColor=#232F3E;fontSize=12;align=center;verticalAlign=middle;")
        .arg(strokeColor);
}

QString DrawioExporter::edgeStyle(InvocationModel model, bool allowed)
{
    QString style = QStringLiteral("edgeStyle=orthogonalEdgeStyle;rounded=1;html=0;endArrow=block;endFill=1;"
                                   "fontSize=10;labelBackgroundColor=#ffffff;");
    QString color = QStringLiteral("#3D4552");
    switch (model) {
    case InvocationModel::SyncPush: style += QStringLiteral("dashed=0;strokeWidth=2;"); break;
    case InvocationModel::AsyncPush: style += QStringLiteral("dashed=1;strokeWidth=2;"); break;
    case InvocationModel::StreamPoll: style += QStringLiteral("dashed=1;dashPattern=8 3 1 3;strokeWidth=2;"); break;
    case InvocationModel::QueuePoll: style += QStringLiteral("dashed=1;dashPattern=1 3;strokeWidth=2;"); break;
    case InvocationModel::Write: style += QStringLiteral("dashed=0;strokeWidth=1;"); break;
    case InvocationModel::OnFailure:
        style += QStringLiteral("dashed=1;dashPattern=8 3 1 3 1 3;strokeWidth=2;");
        color = QStringLiteral("#C62828");
        break;
    }
    if (!allowed)
        color = QStringLiteral("#C62828");
    style += QStringLiteral("strokeColor=%1;fontColor=%1;").arg(color);
    return style;
}

bool DrawioExporter::write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                           const ExportProgress &progress)
{
    const Catalog &catalog = options.resolvedCatalog();
    ProgressTicker ticker(progress, int(data.nodes.size() + data.edges.size()));
    const DiagramPainter painter(DiagramStyle::light());  // sizes as the exported pictures have them
    const QRectF bounds = painter.diagramBounds(data);
    const QPointF offset = QPointF(40, 40) - (bounds.isValid() ? bounds.topLeft() : QPointF());
    const QString title = textescape::xmlSafe(data.title.isEmpty() ? QStringLiteral("Archscope diagram") : data.title);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Archscope"));
    xml.writeAttribute(QStringLiteral("agent"), QStringLiteral("Archscope"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("archscope-diagram"));
    xml.writeAttribute(QStringLiteral("name"), title);
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    const QSizeF page = bounds.isValid() ? bounds.size() + QSizeF(80, 80) : QSizeF(1169, 827);
    for (const auto &[key, value] : {std::pair{"dx", QStringLiteral("0")}, {"dy", QStringLiteral("0")},
                                     {"grid", QStringLiteral("1")}, {"gridSize", QStringLiteral("8")},
                                     {"guides", QStringLiteral("1")}, {"tooltips", QStringLiteral("1")},
                                     {"connect", QStringLiteral("1")}, {"arrows", QStringLiteral("1")},
                                     {"fold", QStringLiteral("1")}, {"page", QStringLiteral("1")},
                                     {"pageScale", QStringLiteral("1")},
                                     {"pageWidth", number(std::max(1169.0, page.width()))},
                                     {"pageHeight", number(std::max(827.0, page.height()))},
                                     {"math", QStringLiteral("0")}, {"shadow", QStringLiteral("0")}})
        xml.writeAttribute(QLatin1String(key), value);
    xml.writeStartElement(QStringLiteral("root"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));

    // Cell ids are generated: the file's ids may be any text and must not collide with 0 and 1.
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const Node &n = data.nodes.at(i);
        const QString id = QStringLiteral("node-%1").arg(i);
        ids.insert(n.id, id);
        // The icon stands at the top centre of where the canvas draws the (grown) node.
        const QRectF rect = painter.nodeRect(n.pos, n.label).translated(offset);
        const KindSpec *kind = catalog.kind(n.kind);
        const bool box = kind && kind->plainBox;
        const QString color = diagramfacts::colorName(catalog.categoryColor(n.kind));
        QString value = diagramfacts::displayLabel(n, catalog);
        if (box)
            value += QLatin1Char('\n') + kind->subtitle(n.props);
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("value"), textescape::xmlSafe(value));
        xml.writeAttribute(QStringLiteral("style"), box ? boxStyle(color) : vertexStyle(n.kind, color));
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("x"), number(box ? rect.left() : rect.center().x() - iconSize / 2));
        xml.writeAttribute(QStringLiteral("y"), number(rect.top()));
        xml.writeAttribute(QStringLiteral("width"), number(box ? rect.width() : iconSize));
        xml.writeAttribute(QStringLiteral("height"), number(box ? rect.height() : iconSize));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        xml.writeEndElement();
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    int edgeIndex = 0;
    for (const ResolvedWire &w : diagramfacts::wires(data, catalog)) {
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("wire-%1").arg(edgeIndex++));
        xml.writeAttribute(QStringLiteral("value"), w.allowed ? invocationModelLabel(w.model) : QStringLiteral("refused"));
        xml.writeAttribute(QStringLiteral("style"), edgeStyle(w.model, w.allowed));
        xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("source"), ids.value(w.from->id));
        xml.writeAttribute(QStringLiteral("target"), ids.value(w.to->id));
        xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        xml.writeEndElement();
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    xml.writeEndElement();  // root
    xml.writeEndElement();  // mxGraphModel
    xml.writeEndElement();  // diagram
    xml.writeEndElement();  // mxfile
    xml.writeEndDocument();
    if (xml.hasError()) {
        *error = QStringLiteral("could not write the draw.io XML");
        return false;
    }
    *out = bytes;
    return true;
}

} // namespace archscope
