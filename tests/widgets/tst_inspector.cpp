#include "catalog/catalog.h"
#include "commands/changeproperty.h"
#include "commands/editing.h"
#include "inspectorwidget.h"
#include "sim/chartspanel.h"
#include "model/document.h"
#include "text/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace archscope;

namespace {

const Catalog &cat()
{
    return Catalog::builtin();
}

QJsonObject propsOf(const Document &doc, const QString &id)
{
    return doc.node(id)->props;
}

// Commits a line edit the way a user does: type, then press Enter.
void typeAndCommit(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->setText(text);
    edit->setModified(true);
    emit edit->editingFinished();
}

} // namespace

// The inspector: each edit is one command, values follow the model in place.
class TestInspector : public QObject
{
    Q_OBJECT

private:
    Document *m_doc = nullptr;
    InspectorWidget *m_inspector = nullptr;
    QString m_fn;
    QString m_queue;
    QString m_bucket;
    QString m_wire;

private slots:
    void init()
    {
        m_doc = new Document;
        m_fn = editing::addNode(m_doc, cat(), QStringLiteral("lambda"), {240, 0});
        m_queue = editing::addNode(m_doc, cat(), QStringLiteral("sqs"), {480, 0});
        m_bucket = editing::addNode(m_doc, cat(), QStringLiteral("s3"), {0, 0});
        QVERIFY(editing::addWire(m_doc, cat(), m_fn, m_queue, std::nullopt, &m_wire).allowed);
        m_doc->undoStack()->clear();
        m_inspector = new InspectorWidget(cat());
        m_inspector->resize(320, 700);
        m_inspector->setDocument(m_doc);
    }

    void cleanup()
    {
        delete m_inspector;
        delete m_doc;
    }

    void nodeView()
    {
        m_inspector->setSelection({m_fn}, {});
        QCOMPARE(m_inspector->view(), InspectorWidget::View::Node);
        QCOMPARE(m_inspector->headline(), cat().kind(QStringLiteral("lambda"))->name);
        for (const PropertySpec &spec : cat().kind(QStringLiteral("lambda"))->properties)
            QVERIFY2(m_inspector->editorFor(spec.key), qPrintable(spec.key));
        auto *memory = qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("memoryMb")));
        QVERIFY(memory);
        QCOMPARE(memory->minimum(), 128);
        QCOMPARE(memory->maximum(), 10240);
        QCOMPARE(memory->value(), 128);
        QCOMPARE(memory->suffix(), QStringLiteral(" MB"));
        QCOMPARE(memory->accessibleName(), cat().kind(QStringLiteral("lambda"))->property(QStringLiteral("memoryMb"))->label);
        QVERIFY(memory->toolTip().contains(QStringLiteral("1,769")));
        QVERIFY(qobject_cast<QComboBox *>(m_inspector->editorFor(QStringLiteral("arch"))));
        QVERIFY(
            qobject_cast<QCheckBox *>(m_inspector->editorFor(QStringLiteral("singleThreaded"))));
        QVERIFY(
            qobject_cast<QDoubleSpinBox *>(m_inspector->editorFor(QStringLiteral("durationMs"))));

        const QString learn = m_inspector->learnBrowser()->toPlainText();
        QVERIFY(learn.contains(cat().kind(QStringLiteral("lambda"))->summary));
        QVERIFY(learn.contains(QStringLiteral("Wiring in")));
        QVERIFY(learn.contains(QStringLiteral("Wiring out")));
        QVERIFY(learn.contains(QStringLiteral("us-east-1")));
        // Prices as money::usd writes them: a sub-cent price keeps four significant digits.
        const PriceSpec *gbSecond = cat().kind(QStringLiteral("lambda"))->price(QStringLiteral("gbSecondX86"));
        QVERIFY2(learn.contains(money::usd(gbSecond->usd) + " " + gbSecond->unit), qPrintable(learn));
    }

    void editMemoryIsOneUndoStep()
    {
        m_inspector->setSelection({m_fn}, {});
        auto *memory = qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("memoryMb")));
        memory->setValue(512);
        QCOMPARE(propsOf(*m_doc, m_fn).value(QStringLiteral("memoryMb")).toInt(), 512);
        QCOMPARE(m_doc->undoStack()->count(), 1);

        m_doc->undoStack()->undo();
        QVERIFY(!propsOf(*m_doc, m_fn).contains(QStringLiteral("memoryMb")));
        // Updated in place: the same editor now shows the default again.
        QCOMPARE(m_inspector->editorFor(QStringLiteral("memoryMb")), memory);
        QCOMPARE(memory->value(), 128);

        m_doc->undoStack()->redo();
        QCOMPARE(memory->value(), 512);
    }

    // The history names what changed the way the Inspector shows it, not by its JSON key.
    void historyNamesThePropertyAndTheService()
    {
        editing::renameNode(m_doc, m_fn, QStringLiteral("Resize images"));
        m_doc->undoStack()->clear();
        m_inspector->setSelection({m_fn}, {});
        qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("memoryMb")))->setValue(512);
        QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Change Memory of Resize images"));
        m_inspector->resetButtonFor(QStringLiteral("memoryMb"))->click();
        QCOMPARE(m_doc->undoStack()->text(1), QStringLiteral("Reset Memory of Resize images"));

        m_inspector->setSelection({m_bucket}, {});
        qobject_cast<QDoubleSpinBox *>(m_inspector->editorFor(QStringLiteral("traffic.rate")))->setValue(3);
        QCOMPARE(m_doc->undoStack()->text(2), QStringLiteral("Change Mean rate of Bucket"));

        m_inspector->setSelection({}, {m_wire});
        qobject_cast<QDoubleSpinBox *>(m_inspector->editorFor(QStringLiteral("ratio")))->setValue(2);
        QCOMPARE(m_doc->undoStack()->text(3), QStringLiteral("Change Ratio of Resize images → Queue"));
    }

    // A bucket that services only write to takes no traffic: the Inspector says so instead of
    // offering a rate; wired as a trigger, it is a source again.
    void writeOnlyStoresShowNoTraffic()
    {
        m_inspector->setSelection({m_bucket}, {});
        QVERIFY(m_inspector->editorFor(QStringLiteral("traffic.rate")));  // unwired: may become a source
        QString write;
        QVERIFY(editing::addWire(m_doc, cat(), m_fn, m_bucket, EdgeKind::Write, &write).allowed);
        QVERIFY(!m_inspector->editorFor(QStringLiteral("traffic.rate")));
        QVERIFY(m_inspector->findChild<QLabel *>(QStringLiteral("inspectorNoTraffic")));
        const QString reader = editing::addNode(m_doc, cat(), QStringLiteral("lambda"), {0, 200});
        QString trigger;
        QVERIFY(editing::addWire(m_doc, cat(), m_bucket, reader, EdgeKind::Trigger, &trigger).allowed);
        QVERIFY(m_inspector->editorFor(QStringLiteral("traffic.rate")));
        m_doc->undoStack()->undo();  // the trigger goes: write-only again
        QVERIFY(!m_inspector->editorFor(QStringLiteral("traffic.rate")));

        // A table the same way.
        const QString table = editing::addNode(m_doc, cat(), QStringLiteral("dynamodb"), {0, 400});
        QVERIFY(editing::addWire(m_doc, cat(), m_fn, table, EdgeKind::Write, nullptr).allowed);
        m_inspector->setSelection({table}, {});
        QVERIFY(!m_inspector->editorFor(QStringLiteral("traffic.rate")));
        // A rate set before stays visible, so it can be seen and reset.
        m_doc->undoStack()->push(new ChangePropertyCommand(m_doc, ChangePropertyCommand::Target::Node, table,
                                                           {QStringLiteral("traffic"), QStringLiteral("rate")}, 5));
        QVERIFY(m_inspector->editorFor(QStringLiteral("traffic.rate")));
    }

    void repeatedEditsMerge()
    {
        m_inspector->setSelection({m_fn}, {});
        auto *memory = qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("memoryMb")));
        for (int mb : {256, 512, 1024, 1769})
            memory->setValue(mb);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(propsOf(*m_doc, m_fn).value(QStringLiteral("memoryMb")).toInt(), 1769);
        m_doc->undoStack()->undo();
        QVERIFY(!propsOf(*m_doc, m_fn).contains(QStringLiteral("memoryMb")));
    }

    void optionalNoneWritesNull()
    {
        m_inspector->setSelection({m_fn}, {});
        auto *reserved =
            qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("reservedConcurrency")));
        QVERIFY(reserved);
        // Not set: the special "none" value below the minimum.
        QCOMPARE(reserved->value(), reserved->minimum());
        QCOMPARE(reserved->text(), QStringLiteral("none"));

        reserved->setValue(50);
        QCOMPARE(propsOf(*m_doc, m_fn).value(QStringLiteral("reservedConcurrency")).toInt(), 50);
        reserved->setValue(reserved->minimum());
        const QJsonObject props = propsOf(*m_doc, m_fn);
        QVERIFY(props.contains(QStringLiteral("reservedConcurrency")));
        QVERIFY(props.value(QStringLiteral("reservedConcurrency")).isNull());
    }

    void resetRemovesTheKey()
    {
        m_inspector->setSelection({m_fn}, {});
        QToolButton *reset = m_inspector->resetButtonFor(QStringLiteral("timeoutS"));
        QVERIFY(reset);
        QVERIFY(reset->isHidden());
        QCOMPARE(reset->toolTip(), QStringLiteral("Reset to default"));

        qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("timeoutS")))->setValue(60);
        QVERIFY(!reset->isHidden());
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(!propsOf(*m_doc, m_fn).contains(QStringLiteral("timeoutS")));
        QVERIFY(reset->isHidden());
        QCOMPARE(
            qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("timeoutS")))->value(),
            3);
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void choiceAndBoolean()
    {
        m_inspector->setSelection({m_fn}, {});
        auto *arch = qobject_cast<QComboBox *>(m_inspector->editorFor(QStringLiteral("arch")));
        arch->setCurrentIndex(arch->findData(QStringLiteral("arm64")));
        QCOMPARE(propsOf(*m_doc, m_fn).value(QStringLiteral("arch")).toString(),
                 QStringLiteral("arm64"));
        auto *single =
            qobject_cast<QCheckBox *>(m_inspector->editorFor(QStringLiteral("singleThreaded")));
        single->setChecked(!single->isChecked());
        QCOMPARE(propsOf(*m_doc, m_fn).value(QStringLiteral("singleThreaded")).toBool(), false);
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void objectFields()
    {
        m_inspector->setSelection({m_bucket}, {});
        QVERIFY(qobject_cast<QGroupBox *>(m_inspector->editorFor(QStringLiteral("traffic"))));
        auto *rate =
            qobject_cast<QDoubleSpinBox *>(m_inspector->editorFor(QStringLiteral("traffic.rate")));
        QVERIFY(rate);
        rate->setValue(1.1574);
        const QJsonObject traffic =
            propsOf(*m_doc, m_bucket).value(QStringLiteral("traffic")).toObject();
        QCOMPARE(traffic.value(QStringLiteral("rate")).toDouble(), 1.1574);
        QCOMPARE(traffic.size(), 1); // only what was set; the other fields keep their defaults
        QCOMPARE(rate->text(), QStringLiteral("1.1574 events/s"));
        QVERIFY(!m_inspector->resetButtonFor(QStringLiteral("traffic.rate"))->isHidden());
        QVERIFY(m_inspector->resetButtonFor(QStringLiteral("traffic.shape"))->isHidden());
        QVERIFY(m_inspector->editorFor(QStringLiteral("traffic.series")));
    }

    void labelRenames()
    {
        m_inspector->setSelection({m_fn}, {});
        auto *label = qobject_cast<QLineEdit *>(m_inspector->editorFor(QStringLiteral("label")));
        QVERIFY(label);
        typeAndCommit(label, QStringLiteral("Thumbnailer"));
        QCOMPARE(m_doc->node(m_fn)->label, QStringLiteral("Thumbnailer"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(label->text(), m_doc->node(m_fn)->label);
        QCOMPARE(m_inspector->editorFor(QStringLiteral("label")), label);
    }

    void wireKindSwitch()
    {
        m_inspector->setSelection({}, {m_wire});
        QCOMPARE(m_inspector->view(), InspectorWidget::View::Wire);
        QVERIFY(m_inspector->headline().contains(QStringLiteral("→")));
        auto *kind = qobject_cast<QComboBox *>(m_inspector->editorFor(QStringLiteral("edgeKind")));
        QVERIFY(kind);
        QCOMPARE(kind->count(), 2);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("write"));
        QVERIFY(m_inspector->editorFor(QStringLiteral("ratio")));

        kind->setCurrentIndex(kind->findData(QStringLiteral("failure")));
        QCOMPARE(m_doc->edge(m_wire)->kind, EdgeKind::Failure);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QTest::qWait(0); // the old form is deleted later
        kind = qobject_cast<QComboBox *>(m_inspector->editorFor(QStringLiteral("edgeKind")));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("failure"));
        QVERIFY(m_inspector->learnBrowser()->toPlainText().contains(
            invocationModelHelp(InvocationModel::OnFailure)));

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->edge(m_wire)->kind, EdgeKind::Write);
        kind = qobject_cast<QComboBox *>(m_inspector->editorFor(QStringLiteral("edgeKind")));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("write"));
    }

    void wireProperties()
    {
        QString trigger;
        QVERIFY(editing::addWire(m_doc, cat(), m_queue, m_fn, std::nullopt, &trigger).allowed);
        m_inspector->setSelection({}, {trigger});
        QVERIFY(!m_inspector->editorFor(QStringLiteral("edgeKind"))); // only one kind allowed
        auto *batch = qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("batchSize")));
        QVERIFY(batch);
        QCOMPARE(batch->value(), 10); // the SQS default, not the streams' 100
        batch->setValue(25);
        QCOMPARE(m_doc->edge(trigger)->props.value(QStringLiteral("batchSize")).toInt(), 25);
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->edge(trigger)->props.contains(QStringLiteral("batchSize")));
        QCOMPARE(batch->value(), 10);
    }

    void settingsWithNothingSelected()
    {
        m_inspector->setSelection({}, {});
        QCOMPARE(m_inspector->view(), InspectorWidget::View::Document);
        auto *horizon =
            qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("horizonS")));
        QVERIFY(horizon);
        QCOMPARE(horizon->value(), 720);
        horizon->setValue(24);
        QCOMPARE(m_doc->data().settings.horizonS, 86400.0);
        auto *scaling =
            qobject_cast<QComboBox *>(m_inspector->editorFor(QStringLiteral("scaling")));
        scaling->setCurrentIndex(scaling->findData(QStringLiteral("legacy")));
        QCOMPARE(m_doc->data().settings.scaling, QStringLiteral("legacy"));
        QCOMPARE(m_doc->undoStack()->count(), 1); // settings edits merge by design

        auto *title = qobject_cast<QLineEdit *>(m_inspector->editorFor(QStringLiteral("title")));
        typeAndCommit(title, QStringLiteral("Thumbnail pipeline"));
        QCOMPARE(m_doc->data().title, QStringLiteral("Thumbnail pipeline"));

        m_doc->undoStack()->undo();
        QCOMPARE(title->text(), QString());
        m_doc->undoStack()->undo();
        QCOMPARE(horizon->value(), 720);
        QCOMPARE(scaling->currentData().toString(), QStringLiteral("2023"));
        QCOMPARE(m_inspector->editorFor(QStringLiteral("horizonS")), horizon);
    }

    // The horizon reads the same in the Inspector and in the Simulation dock ("30 days"), and
    // typing days or hours both work.
    void horizonReadsAsTheDockWritesIt()
    {
        ChartsPanel panel(cat());
        panel.setDocument(m_doc);
        QComboBox *dock = nullptr;
        for (QComboBox *c : panel.findChildren<QComboBox *>())
            if (c->accessibleName() == QStringLiteral("Simulated horizon"))
                dock = c;
        QVERIFY(dock);
        m_inspector->setSelection({}, {});
        auto *horizon = qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("horizonS")));
        QCOMPARE(horizon->text(), QStringLiteral("30 days"));
        QCOMPARE(dock->currentText(), horizon->text());

        horizon->show();
        horizon->selectAll();
        QTest::keyClicks(horizon, QStringLiteral("36 h"));
        QTest::keyClick(horizon, Qt::Key_Return);
        QCOMPARE(m_doc->data().settings.horizonS, 36 * 3600.0);
        QCOMPARE(horizon->text(), QStringLiteral("36 hours"));
        QCOMPARE(dock->currentText(), QStringLiteral("36 hours"));
        horizon->selectAll();
        QTest::keyClicks(horizon, QStringLiteral("2 days"));
        QTest::keyClick(horizon, Qt::Key_Return);
        QCOMPARE(m_doc->data().settings.horizonS, 48 * 3600.0);
        // From two days up the arrows step by a day.
        horizon->stepUp();
        QCOMPARE(m_doc->data().settings.horizonS, 72 * 3600.0);
        QCOMPARE(dock->currentText(), QStringLiteral("3 days"));
    }

    void severalSelected()
    {
        m_inspector->setSelection({m_fn, m_queue}, {m_wire});
        QCOMPARE(m_inspector->view(), InspectorWidget::View::Several);
        QCOMPARE(m_inspector->headline(), QStringLiteral("2 services and 1 wire selected"));
    }

    void removedSelectionShowsTheDocument()
    {
        m_inspector->setSelection({m_fn}, {});
        QVERIFY(editing::removeItems(m_doc, {m_fn}, {}));
        QCOMPARE(m_inspector->view(), InspectorWidget::View::Document);
        QVERIFY(m_inspector->editorFor(QStringLiteral("horizonS")));
    }

    void typingIsNotDisturbed()
    {
        m_inspector->show();
        m_inspector->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_inspector));
        m_inspector->setSelection({m_fn}, {});
        auto *label = qobject_cast<QLineEdit *>(m_inspector->editorFor(QStringLiteral("label")));
        label->setFocus();
        QTest::keyClicks(label, QStringLiteral("abc"));
        // Another change to the same node while the user types: the text stays.
        qobject_cast<QSpinBox *>(m_inspector->editorFor(QStringLiteral("memoryMb")))->setValue(256);
        QCOMPARE(m_inspector->editorFor(QStringLiteral("label")), label);
        QVERIFY(label->text().endsWith(QStringLiteral("abc")));
        QVERIFY(label->hasFocus());
    }

    void documentClosedUnderTheInspector()
    {
        m_inspector->setSelection({m_fn}, {});
        delete m_doc;
        m_doc = nullptr;
        QCOMPARE(m_inspector->view(), InspectorWidget::View::NoDocument);
        QVERIFY(!m_inspector->editorFor(QStringLiteral("memoryMb")));
        m_doc = new Document;  // for cleanup()
    }

    void seriesImport()
    {
        m_inspector->setSelection({m_bucket}, {});
        auto *import = m_inspector->findChild<QPushButton *>(QStringLiteral("import_traffic.series"));
        QVERIFY(import);
        const PropertySpec *series = cat().kind(QStringLiteral("s3"))->property(QStringLiteral("traffic"))->field(QStringLiteral("series"));
        QCOMPARE(import->accessibleName(), QStringLiteral("Import %1 from CSV").arg(series->label));
        auto *count = qobject_cast<QLabel *>(m_inspector->editorFor(QStringLiteral("traffic.series")));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("0 points"));
    }

    void noDocument()
    {
        m_inspector->setDocument(nullptr);
        QCOMPARE(m_inspector->view(), InspectorWidget::View::NoDocument);
        m_inspector->setSelection({m_fn}, {});
        QCOMPARE(m_inspector->view(), InspectorWidget::View::NoDocument);
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
