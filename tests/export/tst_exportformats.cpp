// Picture and diagram-text exports of the bundled examples, read back by tools that did not
// write them: QXmlStreamReader, QSvgRenderer, Graphviz, librsvg, and the PDF's own header.
#include "render/diagrampainter.h"
#include "exportsupport.h"

#include "io/export/imageexporter.h"
#include "model/wiringrules.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace testsupport;

namespace {

// Mean absolute difference per channel, 0..255.
double difference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return 255;
    qint64 sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                   + std::abs(qBlue(p[col]) - qBlue(q[col])) + std::abs(qAlpha(p[col]) - qAlpha(q[col]));
    }
    return double(sum) / (4.0 * x.width() * x.height());
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void formatsAreRegistered()
    {
        QStringList ids;
        for (const ExportFormatInfo &f : exportFormats())
            ids << f.id;
        QCOMPARE(ids, (QStringList{"png", "svg", "pdf", "drawio", "mermaid", "dot", "sam", "csv", "md", "html", "report-pdf"}));
        QByteArray out;
        QString error;
        QVERIFY(!renderExport(QStringLiteral("bmp"), DocumentData(), {}, &out, &error));
        QVERIFY(error.contains(QLatin1String("bmp")));
    }

    void drawioHasRootCellsOneVertexPerNodeOneEdgePerWire()
    {
        for (const QString &path : examplePaths()) {
            const DocumentData d = loadFile(path);
            QXmlStreamReader xml(render(QStringLiteral("drawio"), d));
            QStringList chain;
            QList<QXmlStreamAttributes> cells;
            bool sawRoot = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    chain << xml.name().toString();
                    if (xml.name() == QLatin1String("root"))
                        sawRoot = chain == QStringList({"mxfile", "diagram", "mxGraphModel", "root"});
                    if (xml.name() == QLatin1String("mxCell"))
                        cells << xml.attributes();
                } else if (xml.isEndElement()) {
                    chain.removeLast();
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(sawRoot);
            QVERIFY(cells.size() >= 2);
            QCOMPARE(cells[0].value(QStringLiteral("id")), QLatin1String("0"));
            QCOMPARE(cells[1].value(QStringLiteral("id")), QLatin1String("1"));
            QCOMPARE(cells[1].value(QStringLiteral("parent")), QLatin1String("0"));
            QSet<QString> vertexIds;
            int vertices = 0, edges = 0;
            QStringList wireLabels, expectedLabels;
            const WiringRules rules(Catalog::builtin());
            for (const Edge &e : d.edges) {
                const WireCheck c = rules.check(*d.node(e.from), *d.node(e.to), e.kind);
                expectedLabels.append(c.allowed ? invocationModelLabel(c.model) : QStringLiteral("refused"));
            }
            for (const auto &c : cells) {
                if (c.value(QStringLiteral("vertex")) == QLatin1String("1")) {
                    ++vertices;
                    vertexIds.insert(c.value(QStringLiteral("id")).toString());
                    QVERIFY(c.value(QStringLiteral("style")).contains(QLatin1String("shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.")));
                    QVERIFY(c.value(QStringLiteral("style")).contains(QLatin1String("fillColor=#")));
                    QCOMPARE(c.value(QStringLiteral("parent")), QLatin1String("1"));
                }
            }
            for (const auto &c : cells) {
                if (c.value(QStringLiteral("edge")) == QLatin1String("1")) {
                    ++edges;
                    QVERIFY(vertexIds.contains(c.value(QStringLiteral("source")).toString()));
                    QVERIFY(vertexIds.contains(c.value(QStringLiteral("target")).toString()));
                    wireLabels.append(c.value(QStringLiteral("value")).toString());
                }
            }
            QCOMPARE(vertices, d.nodes.size());
            QCOMPARE(edges, d.edges.size());
            // Each wire is labelled with its invocation model.
            wireLabels.sort();
            expectedLabels.sort();
            QCOMPARE(wireLabels, expectedLabels);
        }
    }

    // Each icon stands at the top centre of its node as the canvas draws it: a node grown for
    // a long label moves its icon over, and the icons keep the canvas's spacing.
    void drawioIconsSitOnTheGrownNodes()
    {
        DocumentData d;
        d.nodes = {node("short", "lambda", {}, "Resize"),
                   node("long", "lambda", {}, "Resize every uploaded photograph into three thumbnail sizes")};
        d.nodes[0].pos = QPointF(0, 0);
        d.nodes[1].pos = QPointF(0, 200);
        QXmlStreamReader xml(render(QStringLiteral("drawio"), d));
        QList<QPointF> topCentres;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("mxGeometry") && topCentres.size() < 2) {
                const QXmlStreamAttributes a = xml.attributes();
                topCentres.append(QPointF(a.value("x").toDouble() + a.value("width").toDouble() / 2, a.value("y").toDouble()));
            }
        }
        QCOMPARE(topCentres.size(), 2);
        const DiagramPainter painter;
        const QRectF shortRect = painter.nodeRect(d.nodes[0].pos, d.nodes[0].label);
        const QRectF longRect = painter.nodeRect(d.nodes[1].pos, d.nodes[1].label);
        QVERIFY(longRect.width() > shortRect.width());
        const QPointF expected = QPointF(longRect.center().x(), longRect.top()) - QPointF(shortRect.center().x(), shortRect.top());
        QVERIFY2(QLineF(topCentres[1] - topCentres[0], expected).length() < 0.2,
                 qPrintable(QStringLiteral("%1,%2").arg((topCentres[1] - topCentres[0]).x()).arg((topCentres[1] - topCentres[0]).y())));
    }

    void drawioStylesFollowTheInvocationModel()
    {
        const DocumentData d = loadExample("fan-out");
        const QString xml = QString::fromUtf8(render(QStringLiteral("drawio"), d));
        QVERIFY(xml.contains(QLatin1String("resIcon=mxgraph.aws4.lambda;")));
        QVERIFY(xml.contains(QLatin1String("resIcon=mxgraph.aws4.sns;")));
        QVERIFY(xml.contains(QLatin1String("fillColor=#ED7100")));
        // SNS → Lambda is an asynchronous push: dashed, labelled "async".
        QVERIFY(xml.contains(QRegularExpression(QStringLiteral("value=\"async\" style=\"[^\"]*dashed=1"))));
    }

    void mermaidAndDotHaveEveryNodeAndWire()
    {
        const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot"));
        for (const QString &path : examplePaths()) {
            const DocumentData d = loadFile(path);
            const QString mermaid = QString::fromUtf8(render(QStringLiteral("mermaid"), d));
            QVERIFY(mermaid.contains(QLatin1String("\nflowchart LR\n")));
            QCOMPARE(int(mermaid.count(QRegularExpression(QStringLiteral("\\n    n\\d+\\[")))), d.nodes.size());
            QCOMPARE(int(mermaid.count(QRegularExpression(QStringLiteral("\\n    n\\d+ (-->|-\\.->|==>)\\|")))), d.edges.size());

            const QByteArray dot = render(QStringLiteral("dot"), d);
            if (dotTool.isEmpty())
                continue;
            QProcess p;
            p.start(dotTool, {QStringLiteral("-Tsvg")});
            p.write(dot);
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const QByteArray svg = p.readAllStandardOutput();
            QCOMPARE(int(svg.count("class=\"node\"")), d.nodes.size());
            QCOMPARE(int(svg.count("class=\"edge\"")), d.edges.size());
        }
    }

    void svgIsPlainSvg11()
    {
        const DocumentData d = loadExample("fan-out");
        const QByteArray svg = render(QStringLiteral("svg"), d);
        QXmlStreamReader xml(svg);
        QHash<QString, int> elements;
        QString version;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                elements[xml.name().toString()]++;
                if (xml.name() == QLatin1String("svg"))
                    version = xml.attributes().value(QStringLiteral("version")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(version, QStringLiteral("1.1"));
        QCOMPARE(elements.value(QStringLiteral("foreignObject")), 0);
        QCOMPARE(elements.value(QStringLiteral("script")), 0);
        QVERIFY(!svg.contains("baseProfile"));
        QVERIFY(!svg.contains("vector-effect"));
        // Every label is real text, whole, on the lines the node shows it.
        for (const Node &n : d.nodes) {
            const NodeLabel label = DiagramPainter().nodeLabel(n.label);
            QVERIFY2(!label.elided, qPrintable(n.label));
            QCOMPARE(label.lines.join(' '), n.label.simplified());
            for (const QString &line : label.lines)
                QVERIFY2(svg.contains(QStringLiteral(">%1<").arg(line.toHtmlEscaped()).toUtf8()), qPrintable(line));
        }
        QVERIFY(elements.value(QStringLiteral("text")) >= d.nodes.size() * 2);
        // No external references: images are embedded.
        QVERIFY(!svg.contains("xlink:href=\"http"));
        QVERIFY(!svg.contains("href=\"file:"));
    }

    void exportsAreVectorAllTheWay()
    {
        for (const QString &path : examplePaths()) {
            const DocumentData d = loadFile(path);
            const QByteArray svg = render(QStringLiteral("svg"), d);
            QVERIFY2(!svg.contains("<image"), qPrintable(path));
            // Each kind's icon is defined once and used by every node of that kind.
            QSet<QString> kinds;
            for (const Node &n : d.nodes)
                kinds.insert(n.kind);
            QCOMPARE(int(svg.count("<use ")), d.nodes.size());
            QCOMPARE(int(svg.count("<defs>")), kinds.size());
            const QByteArray pdf = render(QStringLiteral("pdf"), d);
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY2(pdfImageCount(pdf) == 0, qPrintable(path));
            // Its text is real text, letter by letter (no ligatures): every word of every label.
            const QString text = pdfText(pdf);
            if (text.isNull())
                continue;
            const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const Node &n : d.nodes)
                for (const QString &word : n.label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    QVERIFY2(words.contains(word), qPrintable(path + ": " + word));
        }
    }

    void pngMatchesTheSvg()
    {
        for (const QString &path : examplePaths()) {
            const DocumentData d = loadFile(path);
            const QImage png = QImage::fromData(render(QStringLiteral("png"), d), "PNG");
            QVERIFY(!png.isNull());
            QSvgRenderer renderer(render(QStringLiteral("svg"), d));
            QVERIFY(renderer.isValid());
            QCOMPARE(renderer.defaultSize(), png.size());
            QImage fromSvg(png.size(), QImage::Format_ARGB32_Premultiplied);
            fromSvg.fill(Qt::transparent);
            QPainter p(&fromSvg);
            renderer.render(&p);
            p.end();
            const double diff = difference(png, fromSvg);
            QVERIFY2(diff < 4.0, qPrintable(QStringLiteral("%1: mean difference %2").arg(path).arg(diff)));
        }
    }

    void svgRendersInLibrsvg()
    {
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty())
            QSKIP("librsvg2-bin (rsvg-convert) is not installed");
        const DocumentData d = loadExample("fan-out");
        QTemporaryDir dir;
        QProcess p;
        p.start(rsvg, {QStringLiteral("-o"), dir.filePath(QStringLiteral("out.png"))});
        p.write(render(QStringLiteral("svg"), d));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage viaRsvg(dir.filePath(QStringLiteral("out.png")));
        const QImage png = QImage::fromData(render(QStringLiteral("png"), d), "PNG");
        QCOMPARE(viaRsvg.size(), png.size());
        // Different rasterisers and font hinting: a looser bound than QSvgRenderer's.
        QVERIFY(difference(viaRsvg, png) < 8.0);
    }

    void pngScalesAndTransparency()
    {
        const DocumentData d = loadExample("fan-out");
        const QSizeF natural = ImageExporter::pictureBounds(d).size();
        for (double scale : {1.0, 2.0, 4.0}) {
            ExportOptions o;
            o.scale = scale;
            const QImage img = QImage::fromData(render(QStringLiteral("png"), d, o), "PNG");
            QCOMPARE(img.width(), int(std::ceil(natural.width() * scale)));
            QCOMPARE(img.height(), int(std::ceil(natural.height() * scale)));
            QCOMPARE(qAlpha(img.pixel(1, 1)), 255);
        }
        ExportOptions transparent;
        transparent.transparent = true;
        const QImage img = QImage::fromData(render(QStringLiteral("png"), d, transparent), "PNG");
        QCOMPARE(qAlpha(img.pixel(1, 1)), 0);
        ExportOptions bad;
        bad.scale = 100;
        QByteArray out;
        QString error;
        QVERIFY(!renderExport(QStringLiteral("png"), d, bad, &out, &error));
        QVERIFY2(error.startsWith(QLatin1String("the scale must be between 0.25 and 8")), qPrintable(error));
    }

    void pdfIsVectorWithTitleBlockAndPageSize()
    {
        const DocumentData d = loadExample("fan-out");
        for (const auto &[size, points] : {std::pair{ExportPageSize::A4, QSize(842, 595)},
                                           {ExportPageSize::Letter, QSize(792, 612)},
                                           {ExportPageSize::A3, QSize(1191, 842)}}) {
            ExportOptions o;
            o.pageSize = size;
            o.author = QStringLiteral("Jane Reviewer");
            const QByteArray pdf = render(QStringLiteral("pdf"), d, o);
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY(pdf.trimmed().endsWith("%%EOF"));
            // Landscape page of the chosen size (the diagram is wider than tall).
            const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const QRegularExpressionMatch m = box.match(QString::fromLatin1(pdf));
            QVERIFY(m.hasMatch());
            QCOMPARE(qRound(m.captured(1).toDouble()), points.width());
            QCOMPARE(qRound(m.captured(2).toDouble()), points.height());
            // Text is embedded as fonts, not pixels.
            QVERIFY(pdf.contains("/FontFile2"));
        }
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        ExportOptions o;
        o.author = QStringLiteral("Jane Reviewer");
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("d.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(render(QStringLiteral("pdf"), d, o));
        f.close();
        QProcess p;
        p.start(pdftotext, {f.fileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Order events fan-out")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Jane Reviewer")));
        QVERIFY(text.contains(QLatin1String("Create invoice")));
    }
};

QTEST_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
