#include "catalog/catalog.h"
#include "palettetree.h"
#include "palettewidget.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace archscope;

namespace {

QTreeWidgetItem *kindItem(QTreeWidget *tree, const QString &kindId)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, PaletteTree::KindIdRole).toString() == kindId)
                return group->child(i);
    }
    return nullptr;
}

// Visible in the tree: neither it nor its category is hidden.
bool shown(QTreeWidgetItem *item)
{
    return item && !item->isHidden() && !(item->parent() && item->parent()->isHidden());
}

} // namespace

// The service palette: grouping, search, activation and drag data.
class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void groupsEveryKindByCategory()
    {
        const Catalog &catalog = Catalog::builtin();
        PaletteWidget palette(catalog);
        QTreeWidget *tree = palette.tree();
        int kinds = 0;
        int previousCategory = -1;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            QVERIFY(group->isExpanded());
            QVERIFY(group->font(0).bold());
            QVERIFY(!(group->flags() & Qt::ItemIsDragEnabled));
            // Categories appear in catalog order.
            int index = -1;
            for (int c = 0; c < catalog.categories().size(); ++c)
                if (catalog.categories().at(c).name == group->text(0))
                    index = c;
            QVERIFY2(index > previousCategory, qPrintable(group->text(0)));
            previousCategory = index;
            kinds += group->childCount();
        }
        QCOMPARE(kinds, catalog.kinds().size());

        QTreeWidgetItem *lambda = kindItem(tree, QStringLiteral("lambda"));
        QVERIFY(lambda);
        QCOMPARE(lambda->text(0), catalog.kind(QStringLiteral("lambda"))->shortName);
        QVERIFY(
            lambda->toolTip(0).contains(catalog.kind(QStringLiteral("lambda"))->summary.left(20)));
        QVERIFY(!lambda->icon(0).isNull());
    }

    void searchFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("summary word") << QStringLiteral("queue");
        QTest::newRow("id") << QStringLiteral("sqs");
        QTest::newRow("upper case") << QStringLiteral("SQS");
    }

    void searchFilters()
    {
        QFETCH(QString, text);
        PaletteWidget palette(Catalog::builtin());
        QTreeWidget *tree = palette.tree();
        QTest::keyClicks(palette.searchField(), text);
        QVERIFY(shown(kindItem(tree, QStringLiteral("sqs"))));
        QVERIFY(!shown(kindItem(tree, QStringLiteral("lambda"))));

        palette.searchField()->clear();
        QVERIFY(shown(kindItem(tree, QStringLiteral("lambda"))));
    }

    // "RDS" finds nothing (Kinesis's summary says "records"), "function" finds Lambda and not
    // the ALB that routes to "Lambda functions"; the best match leads its category and is
    // what Enter adds.
    void searchRanksByNameAndKeywords()
    {
        PaletteWidget palette(Catalog::builtin());
        QTreeWidget *tree = palette.tree();
        palette.setFilterText(QStringLiteral("RDS"));
        QVERIFY(!shown(kindItem(tree, QStringLiteral("kinesis"))));
        palette.setFilterText(QStringLiteral("function"));
        QVERIFY(shown(kindItem(tree, QStringLiteral("lambda"))));
        QVERIFY(!shown(kindItem(tree, QStringLiteral("alb"))));

        palette.setFilterText(QStringLiteral("stream"));
        QTreeWidgetItem *kinesis = kindItem(tree, QStringLiteral("kinesis"));
        QTreeWidgetItem *dynamodb = kindItem(tree, QStringLiteral("dynamodb"));
        QVERIFY(shown(kinesis) && shown(dynamodb));
        QCOMPARE(tree->currentItem(), kinesis);
        QSignalSpy spy(&palette, &PaletteWidget::kindActivated);
        QTest::keyClick(palette.searchField(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("kinesis"));

        // "s": the kinds whose short name begins so come before a word inside a name.
        palette.setFilterText(QStringLiteral("s"));
        QTreeWidgetItem *group = kindItem(tree, QStringLiteral("sqs"))->parent();
        QCOMPARE(group->child(0)->isHidden(), false);
        QVERIFY(QStringList({"sns", "sqs"}).contains(group->child(0)->data(0, PaletteTree::KindIdRole).toString()));

        // Cleared, the catalog's order is back: Lambda leads Compute again.
        QTreeWidgetItem *compute = kindItem(tree, QStringLiteral("lambda"))->parent();
        QVERIFY(compute->child(0) != kindItem(tree, QStringLiteral("lambda")));
        palette.setFilterText(QString());
        QCOMPARE(compute->child(0), kindItem(tree, QStringLiteral("lambda")));
        QVERIFY(shown(compute->child(0)));
    }

    void noMatchHidesEveryCategory()
    {
        PaletteWidget palette(Catalog::builtin());
        palette.setFilterText(QStringLiteral("no such service zzz"));
        for (int g = 0; g < palette.tree()->topLevelItemCount(); ++g)
            QVERIFY(palette.tree()->topLevelItem(g)->isHidden());
    }

    // Category headings read whole in a narrow dock: a long one wraps and its row is as tall
    // as its lines ("Networking & content delivery" used to end in "deli…").
    void headingsReadWhole_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow dock") << 170;
        QTest::newRow("wide dock") << 340;
    }

    void headingsReadWhole()
    {
        QFETCH(int, width);
        PaletteWidget palette(Catalog::builtin());
        palette.resize(width, 700);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QTreeWidget *tree = palette.tree();
        bool wrapped = false;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            const QFontMetrics fm(group->font(0));
            const QString text = group->text(0);
            // Room for the text, wrapped at the row's width less a few pixels of margin.
            QTRY_VERIFY2(tree->visualItemRect(group).height()
                             >= fm.boundingRect(QRect(0, 0, tree->visualItemRect(group).width() - 8, 1000),
                                                Qt::TextWordWrap, text).height(),
                         qPrintable(text));
            wrapped = wrapped || tree->visualItemRect(group).height() >= 2 * fm.height();
        }
        // The narrow dock is narrower than the longest heading: it wraps there.
        QCOMPARE(wrapped, width < 200);
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            QCOMPARE(tree->topLevelItem(g)->toolTip(0), tree->topLevelItem(g)->text(0));
    }

    void doubleClickActivates()
    {
        PaletteWidget palette(Catalog::builtin());
        palette.resize(340, 700);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QTreeWidget *tree = palette.tree();
        QTreeWidgetItem *sqs = kindItem(tree, QStringLiteral("sqs"));
        tree->scrollToItem(sqs);
        QSignalSpy spy(&palette, &PaletteWidget::kindActivated);
        const QPoint at = tree->visualItemRect(sqs).center();
        // QTest's widget double-click is only the second press: send the first click too.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("sqs"));

        // A category heading is not a kind.
        spy.clear();
        const QPoint heading = tree->visualItemRect(sqs->parent()).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, heading);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, heading);
        QCOMPARE(spy.count(), 0);
    }

    void enterActivatesAndDownFocusesTheList()
    {
        PaletteWidget palette(Catalog::builtin());
        palette.show();
        palette.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&palette));
        QSignalSpy spy(&palette, &PaletteWidget::kindActivated);

        palette.searchField()->setFocus();
        QTest::keyClicks(palette.searchField(), QStringLiteral("kinesis"));
        QTest::keyClick(palette.searchField(), Qt::Key_Down);
        QTreeWidget *tree = palette.tree();
        QVERIFY(tree->hasFocus());
        QCOMPARE(tree->currentItem(), kindItem(tree, QStringLiteral("kinesis")));

        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("kinesis"));

        // Return in the search field adds the first match.
        palette.searchField()->setFocus();
        QTest::keyClick(palette.searchField(), Qt::Key_Enter);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("kinesis"));
    }

    void dragCarriesTheKindId()
    {
        PaletteWidget palette(Catalog::builtin());
        auto *tree = static_cast<PaletteTree *>(palette.tree());
        QTreeWidgetItem *lambda = kindItem(tree, QStringLiteral("lambda"));
        const QString type = QString::fromLatin1(PaletteWidget::kindMimeType);
        QCOMPARE(type, QStringLiteral("application/x-archscope-kind"));
        QVERIFY(tree->mimeTypes().contains(type));
        QCOMPARE(tree->model()->supportedDragActions(), Qt::DropActions(Qt::CopyAction));

        std::unique_ptr<QMimeData> mime(tree->mimeData({lambda}));
        QVERIFY(mime);
        QCOMPARE(mime->data(type), QByteArray("lambda"));

        // The same through the model, as QAbstractItemView::startDrag asks for it.
        tree->setCurrentItem(lambda);
        std::unique_ptr<QMimeData> viaModel(tree->model()->mimeData({tree->currentIndex()}));
        QVERIFY(viaModel);
        QCOMPARE(viaModel->data(type), QByteArray("lambda"));

        // Headings carry nothing.
        std::unique_ptr<QMimeData> heading(tree->mimeData({lambda->parent()}));
        QVERIFY(!heading);
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
