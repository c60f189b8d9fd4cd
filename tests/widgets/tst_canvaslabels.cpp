#include "testsupport.h"

#include "canvas/diagramscene.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "render/diagrampainter.h"

#include <QFileInfo>
#include <QTest>

using namespace archscope;

// Labels on the canvas read whole: every example's node labels fit on two lines in the normal
// and in the workshop style, and the node is as large as its text (DESIGN.md, Presentation).
class TestCanvasLabels : public QObject
{
    Q_OBJECT

private slots:
    void nodeLabelsAreWhole_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("workshop");
        for (const QString &path : testsupport::examplePaths()) {
            const QString name = QFileInfo(path).completeBaseName();
            QTest::newRow(qPrintable(name)) << path << false;
            QTest::newRow(qPrintable(name + " workshop")) << path << true;
        }
    }

    void nodeLabelsAreWhole()
    {
        QFETCH(QString, path);
        QFETCH(bool, workshop);
        Document doc;
        doc.reset(testsupport::loadFile(path), QString());
        DiagramScene scene(&doc, Catalog::builtin());
        scene.setDiagramStyle(workshop ? DiagramStyle::workshop() : DiagramStyle::light());
        QVERIFY(!doc.data().nodes.isEmpty());
        const QFontMetricsF fm(scene.painter().style().labelFont);
        for (const Node &n : doc.data().nodes) {
            NodeItem *item = scene.nodeItem(n.id);
            QVERIFY(item);
            QVERIFY2(!item->isLabelElided(), qPrintable(n.label));
            const NodeLabel label = scene.painter().nodeLabel(n.label);
            QVERIFY2(label.lines.size() <= 2, qPrintable(n.label));
            QCOMPARE(label.lines.join(' '), n.label.simplified());
            // The node holds its lines: beside the icon, inside its height.
            for (const QString &line : label.lines)
                QVERIFY2(fm.horizontalAdvance(line) <= item->nodeRect().width() - 62, qPrintable(line));
            QVERIFY(label.lines.size() * fm.lineSpacing() < item->nodeRect().height());
            QCOMPARE(item->nodeRect().size(), label.nodeSize);
        }
    }

    // A label too long for two lines at the widest node is cut, and only then.
    void overlongLabelIsElided()
    {
        const DiagramPainter painter;
        const NodeLabel shortLabel = painter.nodeLabel(QStringLiteral("Send confirmation emails"));
        QVERIFY(!shortLabel.elided);
        QCOMPARE(shortLabel.lines.size(), 2);
        QVERIFY(shortLabel.nodeSize.height() > DiagramPainter::nodeSize().height());
        const NodeLabel longLabel = painter.nodeLabel(QString("Resize every uploaded product photograph into "
                                                              "three thumbnail sizes for the catalogue pages"));
        QVERIFY(longLabel.elided);
        QCOMPARE(longLabel.lines.size(), 2);
        QCOMPARE(longLabel.nodeSize.width(), DiagramPainter::maxNodeWidth);
    }
};

QTEST_MAIN(TestCanvasLabels)
#include "tst_canvaslabels.moc"
