// The Graphviz export keeps the canvas layout: every node's position and size (grown to hold
// its label), in Graphviz's units, and neato -n2 draws the nodes where the canvas has them.
#include "testsupport.h"

#include "io/export/dotexporter.h"
#include "render/diagrampainter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace testsupport;

namespace {

QByteArray dotOf(const DocumentData &d)
{
    QByteArray out;
    QString error;
    if (!DotExporter::write(d, {}, &out, &error))
        qWarning() << error;
    return out;
}

// Each node statement's attributes as the DOT text gives them: "n3" → {pos, width, height, …}.
QHash<QString, QHash<QString, QString>> nodeAttributes(const QString &dot)
{
    QHash<QString, QHash<QString, QString>> nodes;
    static const QRegularExpression statement(QStringLiteral("^    (n\\d+) \\[(.*)\\];$"), QRegularExpression::MultilineOption);
    // name=value or name="quoted value" (with \" inside the quotes).
    static const QRegularExpression attribute(QStringLiteral("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|[^,\\s]+)"));
    for (auto s = statement.globalMatch(dot); s.hasNext();) {
        const QRegularExpressionMatch m = s.next();
        QHash<QString, QString> attributes;
        for (auto a = attribute.globalMatch(m.captured(2)); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            QString value = am.captured(2);
            if (value.startsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            attributes.insert(am.captured(1), value);
        }
        nodes.insert(m.captured(1), attributes);
    }
    return nodes;
}

// The bounding box of a node's shape in an SVG from Graphviz: the numbers of its path or
// polygon, in the drawing's own coordinates (y down, as on the canvas).
QHash<QString, QRectF> svgNodeBoxes(const QByteArray &svg)
{
    QHash<QString, QRectF> boxes;
    QXmlStreamReader xml(svg);
    QString node;
    bool inNode = false, readTitle = false;
    static const QRegularExpression number(QStringLiteral("-?\\d+(?:\\.\\d+)?"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("g") && xml.attributes().hasAttribute(QStringLiteral("class"))) {
            // node, edge or graph; the link groups inside a node (its tooltip) have no class.
            inNode = xml.attributes().value(QStringLiteral("class")) == QLatin1String("node");
            node.clear();
        } else if (inNode && xml.isStartElement() && xml.name() == QLatin1String("title")) {
            readTitle = true;
        } else if (readTitle && xml.isCharacters()) {
            node = xml.text().toString();
            readTitle = false;
        } else if (inNode && !node.isEmpty() && !boxes.contains(node) && xml.isStartElement()
                   && (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polygon"))) {
            const QString shape = xml.attributes().value(xml.name() == QLatin1String("path") ? QStringLiteral("d")
                                                                                              : QStringLiteral("points")).toString();
            QList<double> values;
            for (auto it = number.globalMatch(shape); it.hasNext();)
                values.append(it.next().captured().toDouble());
            QRectF box;
            for (qsizetype i = 0; i + 1 < values.size(); i += 2)
                box = box.united(QRectF(values[i], values[i + 1], 0, 0).normalized().adjusted(0, 0, 1e-9, 1e-9));
            boxes.insert(node, box);
        }
    }
    return boxes;
}

} // namespace

class TestDotExporter : public QObject
{
    Q_OBJECT

private slots:
    // pos is the node's centre in points with y up (the canvas's y flipped); width and height
    // are the drawn size in inches.
    void everyNodeHasItsCanvasPlaceAndSize()
    {
        for (const QString &path : examplePaths()) {
            const DocumentData d = loadFile(path);
            const QString dot = QString::fromUtf8(dotOf(d));
            const auto nodes = nodeAttributes(dot);
            QCOMPARE(nodes.size(), d.nodes.size());
            for (qsizetype i = 0; i < d.nodes.size(); ++i) {
                const QHash<QString, QString> a = nodes.value(QStringLiteral("n%1").arg(i));
                const Node &n = d.nodes[i];
                const QStringList pos = a.value(QStringLiteral("pos")).chopped(1).split(QLatin1Char(','));
                QVERIFY2(a.value(QStringLiteral("pos")).endsWith('!') && pos.size() == 2, qPrintable(n.id));
                const QRectF rect = DiagramPainter().nodeRect(n.pos, n.label);
                QCOMPARE(pos[0].toDouble(), rect.center().x());
                QCOMPARE(pos[1].toDouble(), -rect.center().y());
                QVERIFY(qAbs(a.value(QStringLiteral("width")).toDouble() * 72 - rect.width()) < 1e-6);
                QVERIFY(qAbs(a.value(QStringLiteral("height")).toDouble() * 72 - rect.height()) < 1e-6);
            }
            QVERIFY(dot.contains(QLatin1String("fixedsize=true")));
        }
    }

    // A long label makes the node wider and taller on the canvas; Graphviz gets that size.
    void grownNodesKeepTheirSize()
    {
        DocumentData d;
        Node n = node("a", "lambda", {}, QStringLiteral("Resize every uploaded photograph into three thumbnail sizes"));
        n.pos = QPointF(100, 200);
        d.nodes = {n};
        const QRectF rect = DiagramPainter().nodeRect(n.pos, n.label);
        QVERIFY(rect.width() > DiagramPainter::nodeSize().width());
        QVERIFY(rect.height() > DiagramPainter::nodeSize().height());
        const auto nodes = nodeAttributes(QString::fromUtf8(dotOf(d)));
        QCOMPARE(nodes.value("n0").value("pos"), QStringLiteral("%1,%2!").arg(rect.center().x()).arg(-rect.center().y()));
        QVERIFY(qAbs(nodes.value("n0").value("width").toDouble() * 72 - rect.width()) < 1e-6);
        QVERIFY(qAbs(nodes.value("n0").value("height").toDouble() * 72 - rect.height()) < 1e-6);
    }

    void hostileLabelsDoNotHideThePosition()
    {
        DocumentData d;
        Node n = node("a", "lambda", {}, QStringLiteral("x\", pos=\"1,2!\", width=9, y"));
        n.pos = QPointF(-400.5, 1234.25);
        d.nodes = {n};
        const auto nodes = nodeAttributes(QString::fromUtf8(dotOf(d)));
        const QRectF rect = DiagramPainter().nodeRect(n.pos, n.label);
        QCOMPARE(nodes.value("n0").value("pos"), QStringLiteral("%1,%2!").arg(rect.center().x()).arg(-rect.center().y()));
        QVERIFY(qAbs(nodes.value("n0").value("width").toDouble() * 72 - rect.width()) < 1e-6);
    }

    // Graphviz itself, given the file: neato -n2 keeps the positions, so each node's box in its
    // SVG is the node's rectangle on the canvas.
    void neatoDrawsTheCanvasLayout()
    {
        const QString neato = QStandardPaths::findExecutable(QStringLiteral("neato"));
        if (neato.isEmpty())
            QSKIP("Graphviz's neato is not installed");
        for (const char *name : {"fan-out", "clickstream"}) {
            const DocumentData d = loadExample(name);
            QProcess p;
            p.start(neato, {QStringLiteral("-n2"), QStringLiteral("-Tsvg")});
            p.write(dotOf(d));
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const QHash<QString, QRectF> boxes = svgNodeBoxes(p.readAllStandardOutput());
            QCOMPARE(boxes.size(), d.nodes.size());
            for (qsizetype i = 0; i < d.nodes.size(); ++i) {
                const QRectF canvas = DiagramPainter().nodeRect(d.nodes[i].pos, d.nodes[i].label);
                const QRectF drawn = boxes.value(QStringLiteral("n%1").arg(i));
                const QString where = QStringLiteral("%1: canvas (%2, %3), Graphviz (%4, %5)")
                                          .arg(d.nodes[i].id).arg(canvas.center().x()).arg(canvas.center().y())
                                          .arg(drawn.center().x()).arg(drawn.center().y());
                QVERIFY2(QLineF(drawn.center(), canvas.center()).length() < 0.5, qPrintable(where));
                QVERIFY2(qAbs(drawn.width() - canvas.width()) < 0.5 && qAbs(drawn.height() - canvas.height()) < 0.5,
                         qPrintable(where));
            }
        }
    }
};

QTEST_MAIN(TestDotExporter)  // node sizes come from the label's fonts
#include "tst_dotexporter.moc"
