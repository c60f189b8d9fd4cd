#include "canvas/diagramscene.h"
#include "catalog/catalog.h"
#include "decision/questionnairepanel.h"
#include "mainwindow.h"
#include "model/document.h"
#include "sim/chartspanel.h"
#include "sim/exactcheckview.h"
#include "sim/whatifview.h"
#include "simulationcontroller.h"
#include "theme.h"

#include "charttexts.h"


#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace archscope;

namespace {

// True when `w` sits in the scrolled content of a scroll area: it may lie outside the window
// and is reached by scrolling.
bool isScrolledContent(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return true;
    return false;
}

// Every visible widget in `dock`: inside the window and at least its minimum size hint.
QStringList misfits(const QMainWindow &w, QDockWidget *dock)
{
    QStringList out;
    const QRect window = w.rect();
    for (QWidget *c : dock->findChildren<QWidget *>()) {
        if (!c->isVisible() || c->isWindow())
            continue;
        const QString name = QStringLiteral("%1/%2(%3)").arg(dock->objectName(), c->objectName(),
                                                             QString::fromLatin1(c->metaObject()->className()));
        // Content a scroll area will not scroll that way must fit its viewport; and no dock
        // scrolls sideways (a row of controls wider than the dock wraps instead).
        if (auto *area = qobject_cast<QScrollArea *>(c); area && area->widget()) {
            const QSize content = area->widget()->size(), room = area->viewport()->size();
            if (content.width() > room.width())
                out.append(QStringLiteral("%1 scrolls sideways: %2 px of content in %3 px")
                               .arg(name).arg(content.width()).arg(room.width()));
            if ((area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && content.width() > room.width())
                || (area->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && content.height() > room.height()))
                out.append(QStringLiteral("%1 holds %2×%3 in %4×%5 and cannot scroll there")
                               .arg(name).arg(content.width()).arg(content.height()).arg(room.width()).arg(room.height()));
        }
        const QRect r(c->mapTo(&w, QPoint()), c->size());
        if (!isScrolledContent(c) && !window.contains(r))
            out.append(QStringLiteral("%1 at %2,%3 %4×%5 is outside the %6×%7 window")
                           .arg(name).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                           .arg(window.width()).arg(window.height()));
        // Parts of composite controls (a spin box's editor, a view's header, a dock's title
        // buttons) are sized by their owner, not by a layout.
        QWidget *parent = c->parentWidget();
        if (c->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QAbstractSpinBox *>(parent)
            || qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractScrollArea *>(parent)
            || qobject_cast<QTabBar *>(parent))
            continue;
        // A deliberate maximum (a thin progress bar) wins over the style's hint.
        const QSize hint = c->minimumSizeHint().boundedTo(c->maximumSize());
        if (!hint.isValid())
            continue;
        const QSizePolicy policy = c->sizePolicy();
        const bool narrow = policy.horizontalPolicy() != QSizePolicy::Ignored && c->width() < hint.width();
        // Wrapped text is as tall as its width needs, which is less than its narrowest form.
        const int neededHeight = c->hasHeightForWidth() ? std::min(c->heightForWidth(c->width()), hint.height()) : hint.height();
        const bool flat = policy.verticalPolicy() != QSizePolicy::Ignored && c->height() < neededHeight;
        if (narrow || flat)
            out.append(QStringLiteral("%1 is %2×%3, below its minimum %4×%5")
                           .arg(name).arg(c->width()).arg(c->height()).arg(hint.width()).arg(neededHeight));
    }
    return out;
}

// True when no ancestor (a scroll area's viewport, the dock, the window) clips `w`.
bool fullyShown(const QWidget *w)
{
    if (!w->isVisible())
        return false;
    const QWidget *window = w->window();
    const QRect own(w->mapTo(window, QPoint()), w->size());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (!QRect(p->mapTo(window, QPoint()), p->size()).contains(own))
            return false;
    return true;
}

// The row's language (none: English) installed, and its theme applied; null when the
// language's translations do not load.
std::unique_ptr<QTranslator> useLanguageAndTheme(const QString &language, bool dark)
{
    auto translator = std::make_unique<QTranslator>();
    if (!language.isEmpty()) {
        if (!translator->load(QStringLiteral(":/i18n/archscope_%1.qm").arg(language)))
            return nullptr;
        QApplication::installTranslator(translator.get());
    }
    applyTheme(*qApp, dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
    return translator;
}

} // namespace

// The main window fits every screen from 1024×640 up, in every language and theme, and every
// dock's controls are laid out whole (DESIGN.md, Presentation).
class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void fitsTheScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1024x640 en light") << QSize(1024, 640) << QString() << false;
        QTest::newRow("1024x640 de light") << QSize(1024, 640) << QString("de") << false;
        QTest::newRow("1024x640 es dark") << QSize(1024, 640) << QString("es") << true;
        QTest::newRow("1024x768 de light") << QSize(1024, 768) << QString("de") << false;
        QTest::newRow("1366x768 en light") << QSize(1366, 768) << QString() << false;
        QTest::newRow("1366x768 de light") << QSize(1366, 768) << QString("de") << false;
        QTest::newRow("1366x768 es dark") << QSize(1366, 768) << QString("es") << true;
        QTest::newRow("3840x2160 de dark") << QSize(3840, 2160) << QString("de") << true;
        QTest::newRow("3840x2160 es light") << QSize(3840, 2160) << QString("es") << false;
    }

    void fitsTheScreen()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        QFETCH(bool, dark);
        // Uninstalled when it goes out of scope.
        const std::unique_ptr<QTranslator> translator = useLanguageAndTheme(language, dark);
        QVERIFY(translator);

        MainWindow w(Catalog::builtin());
        w.applyDefaultLayout(screen);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openExample(QStringLiteral(":/examples/fan-out.archscope")));
        const QSize size = w.size();
        QVERIFY2(size.width() <= screen.width() && size.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));

        // The minimum holds whatever the Inspector shows: each service, each wire, the diagram.
        QList<QPair<QStringList, QStringList>> selections;
        for (const Node &n : w.document()->data().nodes)
            selections.append(qMakePair(QStringList{n.id}, QStringList()));
        for (const Edge &e : w.document()->data().edges)
            selections.append(qMakePair(QStringList(), QStringList{e.id}));
        selections.append(qMakePair(QStringList(), QStringList()));
        for (const auto &[nodes, edges] : selections) {
            w.scene()->selectItems(nodes, edges);
            QApplication::processEvents();
            const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
            QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
                     qPrintable(QStringLiteral("minimum %1×%2 with %3 selected").arg(minimum.width()).arg(minimum.height())
                                    .arg((nodes + edges).join(','))));
            QCOMPARE(w.size(), size);
        }

        // Every dock, raised in turn, lays out its visible controls whole and inside the window.
        QStringList problems;
        for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
            QVERIFY2(dock->isVisible() || !w.tabifiedDockWidgets(dock).isEmpty(), qPrintable(dock->objectName()));
            QVERIFY2(!dock->isFloating(), qPrintable(dock->objectName()));
            dock->raise();
            // A new total or tab posts layout requests that post more: what stays once they
            // settle is a misfit.
            (void)QTest::qWaitFor([&] { return misfits(w, dock).isEmpty(); }, 2000);
            problems += misfits(w, dock);
        }
        // Every tab of the Simulation dock, with a function selected so the what-if and the
        // power tuning show their controls.
        w.scene()->selectItems({QStringLiteral("email")}, {});
        QDockWidget *simulationDock = w.findChild<QDockWidget *>(QStringLiteral("SimulationDock"));
        simulationDock->raise();
        for (int tab = 0; tab < w.charts()->tabs()->count(); ++tab) {
            w.charts()->tabs()->setCurrentIndex(tab);
            // Here only what reads across: no tab makes the dock scroll sideways or reaches
            // outside the window. (A tab's first layout after a selection may still be under
            // way; heights are checked above, with each dock raised.)
            const auto across = [&] {
                QStringList out = misfits(w, simulationDock);
                out.removeIf([](const QString &p) { return !p.contains(QLatin1String("sideways")) && !p.contains(QLatin1String("outside")); });
                return out;
            };
            (void)QTest::qWaitFor([&] { return across().isEmpty(); }, 2000);
            for (const QString &p : across())
                problems.append(w.charts()->tabs()->tabText(tab) + ": " + p);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

        // The advisor's question, answers, ranking and "Add to canvas" show together from
        // 1366×768 up; on a smaller screen they are reached by scrolling its dock.
        QuestionnairePanel *advisor = w.questionnaire();
        qobject_cast<QDockWidget *>(advisor->parentWidget())->raise();
        QApplication::processEvents();
        QList<QWidget *> parts{advisor->findChild<QLabel *>("questionText"), advisor->addButton(),
                               advisor->findChild<QWidget *>("rankingChart")};
        for (QRadioButton *b : advisor->answerButtons())
            if (!b->isHidden())
                parts.append(b);
        for (QWidget *part : std::as_const(parts)) {
            QVERIFY(part);
            QVERIFY2(part->isVisible(), qPrintable(part->objectName()));
            if (screen.height() >= 768)
                QVERIFY2(fullyShown(part), qPrintable(part->objectName()));
        }
        // Pictures for looking at: ARCHSCOPE_SHOTS=/dir writes the window with the advisor up.
        if (const QString dir = qEnvironmentVariable("ARCHSCOPE_SHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(w.grab().save(QStringLiteral("%1/window-%2.png").arg(dir, QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'))));
        }
    }

    // On a laptop, in every language: no chart's title, axis label or legend entry is cut to
    // "..." (QtCharts' way when a chart is too small for its text).
    void chartsReadWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en light") << QString() << false;
        QTest::newRow("de light") << QString("de") << false;
        QTest::newRow("es dark") << QString("es") << true;
    }

    void chartsReadWhole()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        // Uninstalled when it goes out of scope.
        const std::unique_ptr<QTranslator> translator = useLanguageAndTheme(language, dark);
        QVERIFY(translator);
        MainWindow w(Catalog::builtin());
        w.applyDefaultLayout(QSize(1366, 768));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openExample(QStringLiteral(":/examples/fan-out.archscope")));
        w.simulation()->runNow();
        QTRY_VERIFY_WITH_TIMEOUT(w.charts()->results() != nullptr, 20000);
        QDockWidget *dock = w.findChild<QDockWidget *>(QStringLiteral("SimulationDock"));
        QVERIFY(dock);
        dock->raise();
        QTabWidget *tabs = w.charts()->tabs();
        QStringList problems;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab) == static_cast<QWidget *>(w.charts()->exactCheckView()))
                continue;  // no chart
            // As the window opens, nothing selected; the what-if and power tuning need a function.
            if (tabs->widget(tab) == static_cast<QWidget *>(w.charts()->whatIfView()))
                w.scene()->selectItems({"email"}, {});
            QSignalSpy compared(w.charts()->whatIfView(), &WhatIfView::comparisonShown);
            tabs->setCurrentIndex(tab);
            if (tabs->currentWidget() == w.charts()->whatIfView())
                QVERIFY(compared.wait(30000));
            QList<QChartView *> views = tabs->currentWidget()->findChildren<QChartView *>();
            if (auto *view = qobject_cast<QChartView *>(tabs->currentWidget()))
                views.append(view);
            for (QChartView *view : std::as_const(views)) {
                if (!view->isVisible())
                    continue;
                // Charts lay out their text on the event loop: a text still cut then stays cut.
                (void)QTest::qWaitFor([view] { return cutTexts(view).isEmpty(); }, 2000);
                if (!cutTexts(view).isEmpty())
                    problems.append(tabs->tabText(tab) + ": " + cutTexts(view).join(", "));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
