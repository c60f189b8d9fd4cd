#include "problemswidget.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace archscope;

namespace {

Problem problem(Problem::Severity severity, Problem::Subject subject, const QString &id,
                const QString &message)
{
    Problem p;
    p.severity = severity;
    p.subject = subject;
    p.id = id;
    p.code = QStringLiteral("test");
    p.message = message;
    return p;
}

const Problem warnNode = problem(Problem::Severity::Warning, Problem::Subject::Node,
                                 QStringLiteral("fn"), QStringLiteral("fn has no failure route"));
const Problem errEdge = problem(Problem::Severity::Error, Problem::Subject::Edge,
                                QStringLiteral("e1"), QStringLiteral("S3 cannot trigger Fargate"));
const Problem errDoc = problem(Problem::Severity::Error, Problem::Subject::Document, QString(),
                               QStringLiteral("The horizon is too long"));

} // namespace

// The problems dock: ordering, summary, activation and a stable current row.
class TestProblemsWidget : public QObject
{
    Q_OBJECT

private slots:
    void summary()
    {
        ProblemsWidget widget;
        QCOMPARE(widget.summaryLabel()->text(), QStringLiteral("No problems"));
        QCOMPARE(ProblemsWidget::summaryText(2, 1), QStringLiteral("2 errors, 1 warning"));
        QCOMPARE(ProblemsWidget::summaryText(1, 0), QStringLiteral("1 error"));
        QCOMPARE(ProblemsWidget::summaryText(0, 3), QStringLiteral("3 warnings"));
    }

    void errorsFirst()
    {
        ProblemsWidget widget;
        widget.setProblems({warnNode, errEdge, errDoc});
        QListWidget *list = widget.list();
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), errEdge.message);
        QCOMPARE(list->item(1)->text(), errDoc.message);
        QCOMPARE(list->item(2)->text(), warnNode.message);
        QVERIFY(list->item(0)->toolTip().contains(errEdge.message));
        QVERIFY(!list->item(0)->icon().isNull());
        QCOMPARE(widget.summaryLabel()->text(), QStringLiteral("2 errors, 1 warning"));

        widget.setProblems({});
        QCOMPARE(list->count(), 0);
        QCOMPARE(widget.summaryLabel()->text(), QStringLiteral("No problems"));
    }

    void activation()
    {
        ProblemsWidget widget;
        widget.resize(340, 400);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.setProblems({warnNode, errEdge});
        QSignalSpy spy(&widget, &ProblemsWidget::problemActivated);
        QListWidget *list = widget.list();

        // Row 1 is the warning (errors come first).
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(1)).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Problem::Subject>(), Problem::Subject::Node);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("fn"));

        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<Problem::Subject>(), Problem::Subject::Edge);
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("e1"));
    }

    void keepsTheCurrentRow()
    {
        ProblemsWidget widget;
        widget.setProblems({warnNode, errEdge});
        QListWidget *list = widget.list();
        list->setCurrentRow(1);
        QListWidgetItem *item = list->currentItem();

        widget.setProblems({errEdge, warnNode}); // same problems: nothing rebuilt
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(list->currentItem(), item);

        // A new error above it: the selection follows the problem it was on.
        widget.setProblems({warnNode, errEdge, errDoc});
        QCOMPARE(list->currentItem()->text(), warnNode.message);
        QCOMPARE(list->currentRow(), 2);
    }
};

QTEST_MAIN(TestProblemsWidget)
#include "tst_problemswidget.moc"
