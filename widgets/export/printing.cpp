#include "printing.h"

#include "io/export/vectoricons.h"
#include "model/documentdata.h"
#include "render/diagrampainter.h"
#include "render/titleblock.h"

#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace archscope {

bool DiagramPrinting::print(QPrinter *printer, const DocumentData &data, const Catalog &catalog, const QString &author)
{
    QPainter p;
    if (!p.begin(printer))
        return false;
    p.setRenderHint(QPainter::Antialiasing);
    const int dpi = printer->resolution();
    const QRectF page(QPointF(0, 0), printer->pageLayout().paintRectPixels(dpi).size());
    // Printers have their own resolution: pixel-sized fonts keep text in proportion to shapes.
    VectorIcons icons;
    TitleBlock::paintPage(&p, page, data, catalog, TitleBlock::infoFor(data, author, QDateTime::currentDateTime()),
                          dpi / 72.0, {}, DiagramStyle::light().withPixelFonts().withPlainLetters(), icons.painter());
    p.end();
    return true;
}

int DiagramPrinting::previewAndPrint(const DocumentData &data, const Catalog &catalog, const QString &author,
                                     QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    const QRectF bounds = DiagramPainter().diagramBounds(data);
    printer.setPageOrientation(bounds.width() > bounds.height() * 1.1 ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(data.title.isEmpty() ? QStringLiteral("Archscope diagram") : data.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *target) { print(target, data, catalog, author); });
    return dialog.exec();
}

} // namespace archscope
