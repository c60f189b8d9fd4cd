#pragma once

#include "diagrampainter.h"
#include "diagramstyle.h"

#include <QDateTime>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace archscope {

class Catalog;
struct DocumentData;

// What a printed or PDF page says about the diagram on it.
struct TitleBlockInfo
{
    QString title;
    QString author;
    QDateTime date;
    QString subtitle;  // e.g. "7 services, 8 wires · us-east-1"
};

// Lays out a page (diagram fitted above a title block) and paints it; shared by the PDF export
// and printing so both give the same page.
class TitleBlock
{
public:
    // Page layout in the painter's units; `pointUnit` is how many units make one typographic
    // point (1 for a 72 dpi device).
    static double height(double pointUnit);
    static void paint(QPainter *painter, const QRectF &rect, const TitleBlockInfo &info, double pointUnit);

    // Paints `data` fitted into `pageRect` (title block at the bottom, diagram above, at most
    // 1.5 times its natural size). Diagram units are 96 dpi pixels: on a device of another
    // resolution pass a style with pixel fonts. Returns false when `progress` stopped it.
    static bool paintPage(QPainter *painter, const QRectF &pageRect, const DocumentData &data, const Catalog &catalog,
                          const TitleBlockInfo &info, double pointUnit,
                          const std::function<bool(int, int)> &progress = {},
                          const DiagramStyle &style = DiagramStyle::light(), const IconPainter &icons = {});

    static TitleBlockInfo infoFor(const DocumentData &data, const QString &author, const QDateTime &date);
};

} // namespace archscope
