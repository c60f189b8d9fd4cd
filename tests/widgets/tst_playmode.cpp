#include "canvas/diagramscene.h"
#include "canvas/nodeitem.h"
#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "sim/chartspanel.h"
#include "sim/simulator.h"

#include "examplefixtures.h"
#include "../sim/simtesthelpers.h"

#include <QPalette>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <utility>

using namespace archscope;

class TestPlayMode : public QObject
{
    Q_OBJECT

private slots:
    // The play and stop glyphs are drawn in the palette's button text colour, so they stay
    // visible on a dark palette, and follow a palette change.
    void mediaIconsFollowThePalette()
    {
        ChartsPanel panel(Catalog::builtin());
        const QList<QToolButton *> buttons = panel.findChildren<QToolButton *>();
        QToolButton *play = nullptr;
        for (QToolButton *b : buttons)
            if (b->isCheckable())
                play = b;
        QVERIFY(play);
        auto centre = [&] { return play->icon().pixmap(QSize(16, 16), 1.0).toImage().pixelColor(7, 8); };
        for (const QColor text : {QColor(Qt::black), QColor(240, 240, 240)}) {
            QPalette palette = panel.palette();
            palette.setColor(QPalette::ButtonText, text);
            panel.setPalette(palette);
            QCOMPARE(centre().rgb(), text.rgb());
        }
    }

    void noResultsNoPlay()
    {
        ChartsPanel panel(Catalog::builtin());
        auto *slider = panel.findChild<QSlider *>();
        QVERIFY(slider);
        QVERIFY(!slider->isEnabled());
        panel.setPlaying(true);
        QVERIFY(!panel.isPlaying());
        QCOMPARE(panel.timeCursor(), -1.0);
    }

    void sliderAndPlayMoveTheCursor()
    {
        ChartsPanel panel(Catalog::builtin());
        const auto results = simulateExample(loadExample("rest-api"));
        panel.setResults(results);
        QSignalSpy cursor(&panel, &ChartsPanel::timeCursorChanged);
        auto *slider = panel.findChild<QSlider *>();
        QVERIFY(slider->isEnabled());
        slider->setValue(slider->maximum() / 2);
        QCOMPARE(cursor.size(), 1);
        QVERIFY(qAbs(cursor.last().first().toDouble() - results->horizonS / 2) < results->horizonS / 100);

        panel.setPlaying(true);
        QVERIFY(panel.isPlaying());
        const double from = panel.timeCursor();
        QTRY_VERIFY_WITH_TIMEOUT(panel.timeCursor() > from + results->horizonS / 100, 3000);
        // A whole sweep takes about playDurationMs, whatever the horizon.
        const double perTick = results->horizonS / (ChartsPanel::playDurationMs / ChartsPanel::playTickMs);
        QVERIFY(panel.timeCursor() - from < perTick * 40);

        panel.setPlaying(false);
        QVERIFY(!panel.isPlaying());
        const double paused = panel.timeCursor();
        const qsizetype moves = cursor.size();
        // Three ticks of a timer started now: a play timer still running would tick before it.
        QTimer reference;
        reference.setTimerType(Qt::PreciseTimer);
        reference.setInterval(ChartsPanel::playTickMs);
        QSignalSpy ticks(&reference, &QTimer::timeout);
        reference.start();
        QTRY_VERIFY(ticks.size() >= 3);
        QCOMPARE(panel.timeCursor(), paused);
        QCOMPARE(cursor.size(), moves);

        // Stop turns the cursor off: the canvas goes back to the peaks.
        QToolButton *stop = nullptr;
        for (QToolButton *b : panel.findChildren<QToolButton *>())
            if (b->accessibleName().startsWith("Stop"))
                stop = b;
        QVERIFY(stop);
        stop->click();
        QCOMPARE(panel.timeCursor(), -1.0);
        QCOMPARE(cursor.last().first().toDouble(), -1.0);
    }

    void playingToTheEndStops()
    {
        ChartsPanel panel(Catalog::builtin());
        const auto results = simulateExample(loadExample("rest-api"));
        panel.setResults(results);
        auto *slider = panel.findChild<QSlider *>();
        slider->setValue(slider->maximum() - 20);
        panel.setPlaying(true);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 3000);
        QCOMPARE(panel.timeCursor(), results->horizonS);
        // Playing again starts over.
        panel.setPlaying(true);
        QVERIFY(panel.timeCursor() < results->horizonS / 10);
        panel.setPlaying(false);
    }

    void aFailedRunTurnsTheCursorOff()
    {
        ChartsPanel panel(Catalog::builtin());
        panel.setResults(simulateExample(loadExample("rest-api")));
        panel.setTimeCursor(3600);
        QCOMPARE(panel.timeCursor(), 3600.0);
        QSignalSpy cursor(&panel, &ChartsPanel::timeCursorChanged);
        auto failed = std::make_shared<SimulationResults>();
        failed->error = "a cycle";
        panel.setResults(failed);
        QCOMPARE(panel.timeCursor(), -1.0);
        QCOMPARE(cursor.size(), 1);
    }

    // Records waiting moments behind a stream's batches are shown, not warned of; a stream
    // whose consumer falls behind (IteratorAge past a minute) is a warning.
    void aBacklogWarnsOnceItAges()
    {
        Document doc;
        doc.reset(loadExample("clickstream"), QString());
        DiagramScene scene(&doc, Catalog::builtin());
        scene.setSimulationResults(simulateExample(doc.data()));
        const NodeVisual &keepingUp = scene.nodeItem("clicks")->visual();
        QVERIFY2(keepingUp.overlay.startsWith("backlog"), qPrintable(keepingUp.overlay));
        QCOMPARE(keepingUp.overlayLevel, 0);

        DocumentData behind = doc.data();
        for (Node &n : behind.nodes)
            if (n.id == "enrich")
                n.props.insert("durationMs", 5000);  // 4 shards x 2 batches of 500 take 800/s at most
        doc.reset(behind, QString());
        scene.setSimulationResults(simulateExample(doc.data()));
        const NodeVisual &fallingBehind = scene.nodeItem("clicks")->visual();
        QVERIFY2(fallingBehind.overlay.startsWith("backlog"), qPrintable(fallingBehind.overlay));
        QCOMPARE(fallingBehind.overlayLevel, 1);
    }

    void sceneOverlaysFollowTheCursor()
    {
        Document doc;
        doc.reset(loadExample("rest-api"), QString());
        DiagramScene scene(&doc, Catalog::builtin());
        const auto results = simulateExample(doc.data());
        scene.setSimulationResults(results);
        const QString peak = scene.nodeItem("handler")->visual().overlay;
        QVERIFY(peak.startsWith("peak"));
        // The diurnal rate peaks at 14:00 and bottoms out twelve hours later.
        scene.setTimeCursor(14 * 3600);
        const QString busy = scene.nodeItem("handler")->visual().overlay;
        QVERIFY2(busy.startsWith("now"), qPrintable(busy));
        const int i = results->nodeIndex("handler");
        const double expected = std::ceil(results->valueAt(i, SimulationResults::Series::Concurrency, 14 * 3600));
        QVERIFY2(busy.contains(QString::number(expected)), qPrintable(busy));
        scene.setTimeCursor(2 * 3600);
        QVERIFY(scene.nodeItem("handler")->visual().overlay.startsWith("now"));
        // New results keep the cursor.
        scene.setSimulationResults(simulateExample(doc.data()));
        QVERIFY(scene.nodeItem("handler")->visual().overlay.startsWith("now"));
        scene.setTimeCursor(-1);
        QCOMPARE(scene.nodeItem("handler")->visual().overlay, peak);
    }

    void overlaysFollowTheKindsModelAndUnit()
    {
        // Kinds defined only in JSON: a function overlay needs no unit, a fleet names its own
        // (from the simulation block); Fargate says tasks.
        QTemporaryDir dir;
        QVERIFY(testsupport::copyCatalog(dir.path(), {"apprunner", "edgefn"}));
        Catalog catalog;
        QString error;
        QVERIFY2(catalog.load(dir.path(), &error), qPrintable(error));
        const QList<std::pair<QString, QString>> expected = {
            {"apprunner", "^\\d+ instances · \\d+ %$"}, {"fargate", "^\\d+ tasks · \\d+ %$"}, {"edgefn", "^peak \\d+ · \\d+ %$"}};
        for (const auto &[kind, pattern] : expected) {
            DocumentData d;
            d.nodes = {simtest::node("api", "apigw", simtest::constantTraffic(20)), simtest::node("svc", kind)};
            d.edges = {simtest::edge("api", "svc")};
            Document doc;
            doc.reset(d, QString());
            DiagramScene scene(&doc, catalog);
            scene.setSimulationResults(std::make_shared<SimulationResults>(Simulator::run(d, catalog, simtest::options(3600, 60))));
            const QString overlay = scene.nodeItem("svc")->visual().overlay;
            QVERIFY2(QRegularExpression(pattern).match(overlay).hasMatch(), qPrintable(kind + ": " + overlay));
        }
    }
};

QTEST_MAIN(TestPlayMode)
#include "tst_playmode.moc"
