#pragma once

#include <QGraphicsItem>

namespace archscope {

// QGraphicsItem::type() values, so qgraphicsitem_cast can tell our items apart.
enum ItemType { NodeItemType = QGraphicsItem::UserType + 1, EdgeItemType, WireLabelItemType };

} // namespace archscope

namespace archscope {

// Drag-and-drop payload of a palette entry: the kind id as UTF-8.
inline constexpr const char *kindMimeType = "application/x-archscope-kind";

} // namespace archscope
