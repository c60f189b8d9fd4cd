// A node's problem badge says what the problem is: hovering the "!" shows the problems' text,
// and the node's own tooltip lists them after its summary.
#include "testsupport.h"

#include "canvas/diagramscene.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "render/diagrampainter.h"

#include <QGraphicsSceneHoverEvent>
#include <QTest>

using namespace testsupport;

namespace {

void hover(DiagramScene *scene, NodeItem *item, QPointF scenePos)
{
    QGraphicsSceneHoverEvent event(QEvent::GraphicsSceneHoverMove);
    event.setScenePos(scenePos);
    event.setPos(item->mapFromScene(scenePos));
    scene->sendEvent(item, &event);
}

Problem problem(Problem::Severity severity, const QString &id, const QString &message)
{
    return Problem{severity, Problem::Subject::Node, id, QStringLiteral("test"), message};
}

} // namespace

class TestNodeProblems : public QObject
{
    Q_OBJECT

private slots:
    void badgeTooltipIsTheProblem()
    {
        DocumentData d;
        d.nodes = {node("workers", "fargate", {}, "Fulfilment workers"), node("q", "sqs")};
        Document doc;
        doc.reset(d, QString());
        DiagramScene scene(&doc, Catalog::builtin());
        NodeItem *item = scene.nodeItem("workers");
        QVERIFY(item);
        const QString saturated = "Fulfilment workers (workers) is saturated: it runs at its limit of 20 tasks.";
        const QString untriggered = "Fulfilment workers (workers): nothing triggers this <Fargate>.";
        scene.setProblems({problem(Problem::Severity::Warning, "workers", saturated),
                           problem(Problem::Severity::Warning, "workers", untriggered),
                           problem(Problem::Severity::Warning, "q", "about the queue")});
        QVERIFY(item->visual().hasWarning);

        const QRectF badge = DiagramPainter::badgeRect(item->nodeRect());
        hover(&scene, item, badge.center());
        const QString tip = item->toolTip();
        QVERIFY2(tip.contains(saturated.toHtmlEscaped()), qPrintable(tip));
        QVERIFY2(tip.contains(untriggered.toHtmlEscaped()), qPrintable(tip));
        QVERIFY2(!tip.contains("about the queue"), qPrintable(tip));
        // The badge's tooltip is the problems only, not the kind's generic summary.
        const QString summary = Catalog::builtin().kind("fargate")->summary;
        QVERIFY(!tip.contains(summary.toHtmlEscaped()));

        // Away from the badge, the node's tooltip is its summary, then its problems.
        hover(&scene, item, item->nodeRect().center());
        QVERIFY(item->toolTip().contains(summary.toHtmlEscaped()));
        QVERIFY(item->toolTip().contains(saturated.toHtmlEscaped()));

        // Once solved, the problems leave the tooltip, and a node without any has no badge to hover.
        scene.setProblems({});
        QVERIFY(!item->toolTip().contains(saturated.toHtmlEscaped()));
        QVERIFY(!item->isOnBadge(badge.center()));
    }
};

QTEST_MAIN(TestNodeProblems)
#include "tst_nodeproblems.moc"
