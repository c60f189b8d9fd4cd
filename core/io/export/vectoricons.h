#pragma once

#include "render/diagrampainter.h"

#include <QHash>
#include <QString>

#include <memory>

class QPainter;
class QRectF;
class QSvgRenderer;

namespace archscope {

// Draws icons as vector paths through QSvgRenderer, each file parsed once: for PDF pages and
// printers, where an image would be a raster. Lives as long as the export that uses it.
class VectorIcons
{
public:
    VectorIcons();
    ~VectorIcons();

    bool paint(QPainter *painter, const QRectF &rect, const QString &iconPath);
    // An IconPainter drawing through this object.
    IconPainter painter();

private:
    QHash<QString, std::shared_ptr<QSvgRenderer>> m_renderers;  // null: not a usable SVG
};

} // namespace archscope
