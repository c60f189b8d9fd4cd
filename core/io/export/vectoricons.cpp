#include "vectoricons.h"

#include <QPainter>
#include <QSvgRenderer>

namespace archscope {

VectorIcons::VectorIcons() = default;
VectorIcons::~VectorIcons() = default;

bool VectorIcons::paint(QPainter *painter, const QRectF &rect, const QString &iconPath)
{
    auto found = m_renderers.constFind(iconPath);
    if (found == m_renderers.constEnd()) {
        auto renderer = std::make_shared<QSvgRenderer>(iconPath);
        found = m_renderers.insert(iconPath, renderer->isValid() ? renderer : nullptr);
    }
    if (!*found)
        return false;
    (*found)->render(painter, rect);
    return true;
}

IconPainter VectorIcons::painter()
{
    return [this](QPainter *p, const QRectF &rect, const QString &path) { return paint(p, rect, path); };
}

} // namespace archscope
