// Bounded pictures (issue 17): every picture an export rasterises, and the report's diagram,
// fits ImageExporter's bounds however far apart the nodes are.
#include "scattereddiagram.h"

#include "exportsupport.h"
#include "io/export/exportregistry.h"
#include "io/export/imageexporter.h"
#include "io/export/svgexporter.h"
#include "io/archscopeformat.h"
#include "catalog/catalog.h"

#include <QImage>
#include <QPageSize>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace archscope;

namespace {

bool withinBounds(const QSize &size)
{
    return size.width() >= 1 && size.height() >= 1 && size.width() <= ImageExporter::maxImageSide
           && size.height() <= ImageExporter::maxImageSide
           && qint64(size.width()) * size.height() <= ImageExporter::maxImagePixels;
}

// The width and height attributes of every <svg> element in `text`.
QList<QSize> svgSizes(const QByteArray &text)
{
    static const QRegularExpression svg(QStringLiteral("<svg width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
    QList<QSize> sizes;
    for (auto it = svg.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        sizes.append(QSize(int(std::ceil(m.captured(1).toDouble())), int(std::ceil(m.captured(2).toDouble()))));
    }
    return sizes;
}

DocumentData example()
{
    DocumentData d;
    QString error;
    if (!ArchscopeFormat::readFile(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/fan-out.archscope"),
                                   Catalog::builtin(), &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

} // namespace

class TestPictureBounds : public QObject
{
    Q_OBJECT

private slots:
    void fittedSizesStayWithinTheBounds()
    {
        QRandomGenerator random(1);
        for (int i = 0; i < 10000; ++i) {
            // Sizes from one unit to 20 million, at scales from ¼ to 8.
            const QSizeF size(std::pow(10.0, random.bounded(7.3)), std::pow(10.0, random.bounded(7.3)));
            const double scale = 0.25 + random.bounded(7.75);
            const double fitted = ImageExporter::fittedScale(size, scale);
            QVERIFY(fitted > 0 && fitted <= scale);
            const QSize pixels = ImageExporter::pixelSize(size, fitted);
            QVERIFY2(withinBounds(pixels), qPrintable(QStringLiteral("%1 × %2 at %3").arg(size.width()).arg(size.height()).arg(scale)));
        }
        // What fits keeps its scale exactly.
        QCOMPARE(ImageExporter::fittedScale(QSizeF(1200, 800), 4), 4.0);
        QCOMPARE(ImageExporter::pixelSize(QSizeF(1200.5, 800), 4), QSize(4802, 3200));
    }

    void pngOfAScatteredDiagramAtEveryScale()
    {
        const DocumentData d = scatteredDiagram();
        QVERIFY(ImageExporter::pictureBounds(d).width() > 1.7e7);
        for (double scale : {1.0, 2.0, 4.0}) {
            ExportOptions o;
            o.scale = scale;
            QByteArray png;
            QString error;
            QVERIFY2(renderExport(QStringLiteral("png"), d, o, &png, &error), qPrintable(error));
            const QImage image = QImage::fromData(png, "PNG");
            QVERIFY(!image.isNull());
            QVERIFY2(withinBounds(image.size()), qPrintable(QStringLiteral("%1 × %2").arg(image.width()).arg(image.height())));
            QCOMPARE(image.size(), ImageExporter::pngSize(d, scale));
        }
    }

    void pngOfAnOrdinaryDiagramIsUnchanged()
    {
        const DocumentData d = example();
        const QSizeF units = ImageExporter::pictureBounds(d).size();
        QCOMPARE(ImageExporter::pngSize(d, 4), QSize(int(std::ceil(units.width() * 4)), int(std::ceil(units.height() * 4))));
    }

    // The report's diagram is drawn at the size it is shown: a scattered diagram becomes a
    // figure within the bounds, with nodes as specks instead of 5,004 embedded icons.
    void theReportsDiagramIsFitted()
    {
        const DocumentData d = scatteredDiagram();
        QByteArray svg;
        QString error;
        QVERIFY2(SvgExporter::writeFitted(d, {}, &svg, &error), qPrintable(error));
        const QList<QSize> sizes = svgSizes(svg);
        QCOMPARE(sizes.size(), 1);
        QVERIFY2(withinBounds(sizes.first()), qPrintable(QStringLiteral("%1 × %2").arg(sizes.first().width()).arg(sizes.first().height())));
        QVERIFY(!svg.contains("<image"));

        ExportOptions o;
        o.includeSimulation = false;
        QByteArray html;
        QVERIFY2(renderExport(QStringLiteral("html"), d, o, &html, &error), qPrintable(error));
        const QList<QSize> figures = svgSizes(html);
        QVERIFY(!figures.isEmpty());
        for (const QSize &s : figures)
            QVERIFY2(withinBounds(s), qPrintable(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height())));
        QVERIFY(!html.contains("<image"));

        // A diagram that fits is the same picture as the SVG export.
        const DocumentData small = example();
        QByteArray plain, fitted;
        QVERIFY(SvgExporter::write(small, {}, &plain, &error));
        QVERIFY(SvgExporter::writeFitted(small, {}, &fitted, &error));
        QCOMPARE(fitted, plain);
    }

    // The PDF report draws its figures as vector graphics, so there is no picture to bound:
    // even the scattered diagram's report holds no raster image.
    void thePdfReportHasNoRaster()
    {
        ExportOptions o;
        o.includeSimulation = false;
        QByteArray pdf;
        QString error;
        QVERIFY2(renderExport(QStringLiteral("report-pdf"), scatteredDiagram(), o, &pdf, &error), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(testsupport::pdfImageCount(pdf), 0);
    }
};

QTEST_MAIN(TestPictureBounds)
#include "tst_picturebounds.moc"
