// Saturation is a live problem: when a run finishes, its findings join the Problems dock and
// the node's badge, and the next run that no longer finds them takes them away.
#include "canvas/diagramscene.h"
#include "canvas/nodeitem.h"
#include "catalog/catalog.h"
#include "commands/changeproperty.h"
#include "mainwindow.h"
#include "model/document.h"
#include "problemswidget.h"
#include "render/diagrampainter.h"
#include "simulationcontroller.h"

#include <QGraphicsSceneHoverEvent>
#include <QTest>
#include <QUndoStack>

using namespace archscope;

namespace {

bool hasSaturation(const ProblemsWidget *problems, const QString &id)
{
    const QList<Problem> &list = problems->problems();
    return std::any_of(list.cbegin(), list.cend(), [&](const Problem &p) { return p.code == "saturated" && p.id == id; });
}

} // namespace

class TestLiveProblems : public QObject
{
    Q_OBJECT

private slots:
    void saturationComesAndGoesWithTheRun()
    {
        MainWindow w(Catalog::builtin());
        QVERIFY(w.openExample(QStringLiteral(":/examples/fan-out.archscope")));
        auto *problems = w.findChild<ProblemsWidget *>();
        QVERIFY(problems);
        w.simulation()->runNow();
        QTRY_VERIFY_WITH_TIMEOUT(hasSaturation(problems, "workers"), 20000);
        const auto found = std::find_if(problems->problems().cbegin(), problems->problems().cend(),
                                        [](const Problem &p) { return p.code == "saturated"; });
        QVERIFY(!found->isError());
        QVERIFY(found->message.contains("Fulfilment workers (workers)"));

        // The badge says it.
        NodeItem *item = w.scene()->nodeItem("workers");
        QVERIFY(item->visual().hasWarning);
        QGraphicsSceneHoverEvent hover(QEvent::GraphicsSceneHoverMove);
        hover.setScenePos(DiagramPainter::badgeRect(item->nodeRect()).center());
        w.scene()->sendEvent(item, &hover);
        QVERIFY2(item->toolTip().contains(found->message.toHtmlEscaped()), qPrintable(item->toolTip()));

        // Fifty times the capacity per task: the next run finds room, and the warning goes.
        w.document()->undoStack()->push(new ChangePropertyCommand(w.document(), ChangePropertyCommand::Target::Node,
                                                                  "workers", {"capacityPerTask"}, 1000.0));
        QTRY_VERIFY_WITH_TIMEOUT(!hasSaturation(problems, "workers"), 20000);
        QVERIFY(!item->visual().hasWarning);
    }
};

QTEST_MAIN(TestLiveProblems)
#include "tst_liveproblems.moc"
