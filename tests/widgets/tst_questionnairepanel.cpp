#include "catalog/catalog.h"
#include "decision/questionnairepanel.h"
#include "decision/rankingchart.h"
#include "decision/rankingtree.h"
#include "decision/questionbank.h"
#include "decision/recommender.h"
#include "io/archscopeformat.h"
#include "model/document.h"

#include <QApplication>
#include <QBarSet>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace archscope;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x1f, 0x22, 0x26), text(0xe6, 0xe8, 0xeb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x45, 0x49, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    const QColor disabled(0x80, 0x85, 0x8c);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QString topOf(const QTreeWidget *tree)
{
    return tree->topLevelItem(0)->data(0, Qt::UserRole).toString();
}

} // namespace

// The questionnaire panel: answering drives the ranking live, the document's undo stack holds
// one step per answer, and "Add to canvas" is one undo step.
class TestQuestionnairePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void startsNeutral()
    {
        Document doc;
        QuestionnairePanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        QCOMPARE(panel.progressLabel()->text(), QStringLiteral("0 of 12 answered"));
        QCOMPARE(panel.chart()->values(), QList<qreal>({50, 50, 50, 50, 50}));
        QCOMPARE(panel.rankingTree()->topLevelItemCount(), 5);
        QVERIFY(!panel.addButton()->isEnabled());
    }

    void answeringUpdatesChartAndRanking()
    {
        Document doc;
        QuestionnairePanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        panel.setCurrentQuestion(QuestionBank::builtin().questionIndex("orchestration"));
        // Click the first answer ("Kubernetes").
        panel.answerButtons().first()->click();
        QCOMPARE(doc.data().decision.answers.answer("orchestration"), QStringLiteral("kubernetes"));
        QCOMPARE(panel.progressLabel()->text(), QStringLiteral("1 of 12 answered"));
        QCOMPARE(topOf(panel.rankingTree()), QStringLiteral("eks"));
        QCOMPARE(panel.chart()->values().first(), 80.0);
        QVERIFY(panel.chart()->categories().first().contains("EKS"));
        QVERIFY(panel.addButton()->isEnabled());
        QVERIFY(panel.addButton()->text().contains("EKS"));
        QVERIFY(panel.whatIfLabel()->text().contains("What would change"));
        // The leader's entry expands into its reasons.
        QTreeWidgetItem *top = panel.rankingTree()->topLevelItem(0);
        QVERIFY(top->childCount() >= 1);
        QVERIFY(top->child(0)->text(0).contains("Kubernetes"));
        QCOMPARE(top->child(0)->text(1), QStringLiteral("+30"));
        // The same ranking as the recommender (and so as the CLI).
        const Recommendation r = Recommender(QuestionBank::builtin()).recommend(doc.data().decision.answers);
        QCOMPARE(panel.recommendation(), r);
    }

    // An answer explains every option (neutral ones in a muted row worth ±0), and ties are
    // explained by the order rule, shown only while there is a tie.
    void neutralReasonsAndTheOrderRule()
    {
        Document doc;
        QuestionnairePanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        const QLabel *rule = panel.orderRuleLabel();
        QVERIFY(rule->isVisibleTo(&panel));  // all five at 50
        QCOMPARE(rule->text(), QStringLiteral("Equal fits are listed in a fixed order: EC2, ECS on EC2, Fargate, EKS, Lambda."));
        QVERIFY(panel.answer("traffic", "event_driven"));
        QVERIFY(rule->isVisibleTo(&panel));  // ECS on EC2 and EKS still tie
        for (int i = 0; i < panel.rankingTree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *option = panel.rankingTree()->topLevelItem(i);
            QCOMPARE(option->childCount(), 1);
            QTreeWidgetItem *reason = option->child(0);
            QVERIFY2(reason->text(0).contains("(Traffic: Event-driven (bursts of events))"), qPrintable(reason->text(0)));
            const QString id = option->data(0, Qt::UserRole).toString();
            if (id == QLatin1String("ecs_ec2") || id == QLatin1String("eks")) {
                QVERIFY2(reason->text(0).startsWith(QuestionBank::builtin().question("traffic")->neutral), qPrintable(reason->text(0)));
                QCOMPARE(reason->text(1), QStringLiteral("±0"));
            } else {
                QVERIFY2(reason->text(1) != QLatin1String("±0"), qPrintable(id));
            }
        }
        QVERIFY(panel.answer("run_duration", "under_15_min"));
        QVERIFY(!rule->isVisibleTo(&panel));  // no two options share their points
    }

    void keyboardAnswersAndAdvances()
    {
        Document doc;
        QuestionnairePanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        panel.resize(420, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        panel.answerButtons().first()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);  // run_duration = over_15_min
        QCOMPARE(doc.data().decision.answers.answer("run_duration"), QStringLiteral("over_15_min"));
        QCOMPARE(panel.currentQuestion(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);  // skip "state"
        QCOMPARE(panel.currentQuestion(), 2);
        QVERIFY(!doc.data().decision.answers.isAnswered("state"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
        QCOMPARE(panel.currentQuestion(), 1);
        // Arrow keys move between the answers and choose them.
        panel.answerButtons().first()->setFocus();
        panel.answerButtons().first()->click();
        QCOMPARE(doc.data().decision.answers.answer("state"), QStringLiteral("stateless"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(doc.data().decision.answers.answer("state"), QStringLiteral("stateful"));
        QVERIFY(panel.answerButtons().at(1)->isChecked());
        // Lambda is excluded: greyed, last, with the reason as its child.
        QTreeWidget *tree = panel.rankingTree();
        QTreeWidgetItem *last = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QCOMPARE(last->data(0, Qt::UserRole).toString(), QStringLiteral("lambda"));
        QCOMPARE(last->text(1), QStringLiteral("excluded"));
        QVERIFY(last->child(0)->text(0).contains("15 minutes"));
        QVERIFY(panel.chart()->categories().last().contains("excluded"));
    }

    void undoOfAnAnswerUpdatesThePanel()
    {
        Document doc;
        QuestionnairePanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        QVERIFY(panel.answer("migration", "lift_and_shift"));
        QVERIFY(panel.answer("control", "os_and_hardware"));
        QVERIFY(!panel.answer("control", "os_and_hardware"));  // no change, no undo step
        QVERIFY(!panel.answer("control", "telepathy"));
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(topOf(panel.rankingTree()), QStringLiteral("ec2"));
        panel.setCurrentQuestion(QuestionBank::builtin().questionIndex("control"));
        QVERIFY(panel.answerButtons().at(0)->isChecked());
        doc.undoStack()->undo();
        QCOMPARE(panel.progressLabel()->text(), QStringLiteral("1 of 12 answered"));
        for (QRadioButton *b : panel.answerButtons())
            QVERIFY(!b->isChecked());
        doc.undoStack()->redo();
        QVERIFY(panel.answerButtons().at(0)->isChecked());
        // A reset (open another file) follows too.
        DocumentData other;
        other.decision.answers.set("orchestration", "kubernetes");
        doc.reset(other, QString());
        QCOMPARE(topOf(panel.rankingTree()), QStringLiteral("eks"));
        QCOMPARE(panel.progressLabel()->text(), QStringLiteral("1 of 12 answered"));
    }

    void addToCanvasIsOneUndoStep()
    {
        Document doc;
        QuestionnairePanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        QSignalSpy placed(&panel, &QuestionnairePanel::recommendationPlaced);
        panel.answer("traffic", "event_driven");
        panel.answer("run_duration", "subsecond");
        panel.answer("footprint", "small");
        const QByteArray before = ArchscopeFormat::write(doc.data());
        const int steps = doc.undoStack()->count();
        panel.addButton()->click();
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(placed.count(), 1);
        const QString id = placed.first().first().toString();
        const Node *n = doc.node(id);
        QVERIFY(n);
        QCOMPARE(n->kind, QStringLiteral("lambda"));
        QCOMPARE(n->props.value("memoryMb").toInt(), 1024);
        QCOMPARE(n->props.value("timeoutS").toInt(), 3);
        QCOMPARE(doc.data().decision.chosen, QStringLiteral("lambda"));
        doc.undoStack()->undo();
        QCOMPARE(ArchscopeFormat::write(doc.data()), before);
        QVERIFY(doc.data().nodes.isEmpty());
    }

    void noDocumentMeansNoEdits()
    {
        QuestionnairePanel panel(Catalog::builtin());
        QVERIFY(!panel.answer("state", "stateless"));
        QVERIFY(panel.addToCanvas().isEmpty());
        QVERIFY(!panel.answerButtons().first()->isEnabled());
        auto *doc = new Document;
        panel.setDocument(doc);
        QVERIFY(panel.answerButtons().first()->isEnabled());
        delete doc;  // the panel lets go of a destroyed document
        QVERIFY(!panel.document());
        QVERIFY(!panel.answer("state", "stateless"));
    }

    void followsPaletteChanges()
    {
        QuestionnairePanel panel(Catalog::builtin());
        auto *help = panel.findChild<QLabel *>(QStringLiteral("questionHelp"));
        QVERIFY(help);
        panel.setPalette(QApplication::style()->standardPalette());
        QVERIFY(help->palette().color(QPalette::WindowText).lightness() < 128);
        panel.setPalette(darkPalette());
        QVERIFY(help->palette().color(QPalette::WindowText).lightness() > 128);
    }

    // Pictures for looking at: ARCHSCOPE_SHOTS=/dir writes light and dark screenshots.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ARCHSCOPE_SHOTS");
        if (dir.isEmpty())
            QSKIP("set ARCHSCOPE_SHOTS to a directory to save screenshots");
        QDir().mkpath(dir);
        for (bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            Document doc;
            QuestionnairePanel panel(Catalog::builtin());
            panel.setDocument(&doc);
            panel.answer("traffic", "event_driven");
            panel.answer("run_duration", "subsecond");
            panel.answer("idle_cost", "avoid_paying_for_idle");
            panel.answer("state", "stateless");
            panel.answer("gpu", "no_gpu");
            panel.answer("latency", "cold_start_sensitive");
            panel.setCurrentQuestion(QuestionBank::builtin().questionIndex("latency"));
            panel.rankingTree()->topLevelItem(4)->setExpanded(true);
            panel.resize(420, 980);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QTest::qWait(50);
            QVERIFY(panel.grab().save(dir + (dark ? "/questionnaire-dark.png" : "/questionnaire-light.png")));
            // The GPU case: two options excluded.
            panel.answer("gpu", "needs_gpu");
            panel.answer("footprint", "large");
            QTest::qWait(20);
            QVERIFY(panel.grab().save(dir + (dark ? "/questionnaire-gpu-dark.png" : "/questionnaire-gpu-light.png")));
        }
        // A fresh panel in a shorter dock.
        QApplication::setPalette(QApplication::style()->standardPalette());
        Document doc;
        QuestionnairePanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        panel.resize(420, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(dir + "/questionnaire-start.png"));
        panel.answer("run_duration", "over_15_min");
        panel.setCurrentQuestion(1);
        QTest::qWait(20);  // let the layouts settle as a user would see them
        QVERIFY(panel.grab().save(dir + "/questionnaire-one.png"));
    }
};

QTEST_MAIN(TestQuestionnairePanel)
#include "tst_questionnairepanel.moc"
