// Bounded pictures from the command line (issue 17): a diagram whose 5,004 nodes are scattered
// over ±9 million pixels exports a PNG and an HTML report of bounded size.
#include "../export/scattereddiagram.h"
#include "clirunner.h"

#include "io/archscopeformat.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// ImageExporter's bounds, as the contract states them: 16,384 pixels a side, 32 Mi in all.
constexpr int maxSide = 16384;
constexpr qint64 maxPixels = 32LL * 1024 * 1024;

bool withinBounds(int width, int height)
{
    return width >= 1 && height >= 1 && width <= maxSide && height <= maxSide && qint64(width) * height <= maxPixels;
}

} // namespace

class TestCliPictures : public QObject
{
    Q_OBJECT

private slots:
    void scatteredDiagramExportsBoundedPictures()
    {
        QTemporaryDir dir;
        const QString input = writeTestFile(dir, QStringLiteral("scattered.archscope"),
                                            archscope::ArchscopeFormat::write(scatteredDiagram()));
        // The largest scale; tst_picturebounds renders every one.
        const QString png = dir.filePath(QStringLiteral("out.png"));
        CliRun r = runCli({"export", input, "--format", "png", "--scale", "4", "-o", png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(withinBounds(image.width(), image.height()), qPrintable(QStringLiteral("%1 × %2").arg(image.width()).arg(image.height())));

        const QString html = dir.filePath(QStringLiteral("review.html"));
        r = runCli({"export", input, "--format", "html", "--no-simulation", "-o", html});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        static const QRegularExpression svg(QStringLiteral("<svg width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
        int figures = 0;
        for (auto it = svg.globalMatch(text); it.hasNext(); ++figures) {
            const QRegularExpressionMatch m = it.next();
            const int width = int(std::ceil(m.captured(1).toDouble())), height = int(std::ceil(m.captured(2).toDouble()));
            QVERIFY2(withinBounds(width, height), qPrintable(m.captured()));
        }
        QVERIFY(figures > 0);
        // At that scale the nodes are specks: no icon is embedded 5,004 times.
        QVERIFY(!text.contains(QLatin1String("<image")));
    }
};

QTEST_GUILESS_MAIN(TestCliPictures)
#include "tst_cli_pictures.moc"
