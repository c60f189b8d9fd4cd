#pragma once

#include "catalog/wirekind.h"
#include "diagramstyle.h"
#include "wirelabellayout.h"

#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QRectF>

#include <functional>

class QPainter;

namespace archscope {

class Catalog;
struct DocumentData;

// What a node looks like at a moment: content plus interaction state.
struct NodeVisual
{
    QString label;
    QString kindName;
    QString iconPath;
    QColor categoryColor;
    bool selected = false;
    bool legalTarget = false;    // while wiring: this node accepts the wire
    bool refusedTarget = false;  // while wiring: this node refuses it
    bool hasError = false;
    bool hasWarning = false;
    // Simulation overlay under the node ("peak 42", "3 tasks · 71 %"); level 1 amber
    // (near saturation), 2 red (throttling or overflowing).
    QString overlay;
    int overlayLevel = 0;
};

// What a wire looks like: its model decides dash pattern and label.
struct WireVisual
{
    InvocationModel model = InvocationModel::SyncPush;
    bool allowed = true;
    bool selected = false;
    // The label's parts ("async", "25/s"): one line, or stacked where the wire has no room.
    QStringList labelParts;
};

// A node's label as drawn: at most two lines. The node widens (up to maxNodeWidth) before a
// label would need a third line; only beyond that is the second line elided.
struct NodeLabel
{
    QStringList lines;
    bool elided = false;
    QSizeF nodeSize;
};

// Draws a kind's icon (an SVG file) into `rect` in the painter's coordinates; returns false when
// it could not, and a plain tile is drawn instead. Vector exports pass one that draws paths.
using IconPainter = std::function<bool(QPainter *painter, const QRectF &rect, const QString &iconPath)>;

// Paints nodes and wires with QPainter; shared by the canvas and the image exporters so both
// produce the same picture.
class DiagramPainter
{
public:
    explicit DiagramPainter(const DiagramStyle &style = DiagramStyle::light());

    // Icons are cached images (right for screens and PNG) unless an icon painter is set.
    void setIconPainter(IconPainter icons) { m_iconPainter = std::move(icons); }

    const DiagramStyle &style() const { return m_style; }

    // The smallest node; a longer label makes it taller (two lines) and then wider.
    static QSizeF nodeSize() { return {192, 56}; }
    static constexpr double maxNodeWidth = 320;
    static QRectF nodeRect(QPointF topLeft) { return {topLeft, nodeSize()}; }
    // The label's lines and the node's size in this style's fonts.
    NodeLabel nodeLabel(const QString &label) const;
    QRectF nodeRect(QPointF topLeft, const QString &label) const { return {topLeft, nodeLabel(label).nodeSize}; }
    static QPointF outPort(const QRectF &rect) { return {rect.right(), rect.center().y()}; }
    static QPointF inPort(const QRectF &rect) { return {rect.left(), rect.center().y()}; }
    static constexpr double portRadius = 5;
    // The problem badge ("!") at a node's top right corner.
    static QRectF badgeRect(const QRectF &nodeRect) { return {nodeRect.right() - 9, nodeRect.top() - 7, 16, 16}; }
    // How far from a port's centre a press still starts a wire.
    static constexpr double portHitRadius = 10;
    // What a node covers around its rect: its ports (with their hit area), the problem badge,
    // and the simulation overlay below it when it shows one, or keeps room for one (so that
    // labels stay put while a playing simulation shows and hides overlays). Wire labels keep
    // clear of it.
    QRectF nodeExtent(const QRectF &rect, const QString &overlay = {}, bool overlayRoom = false) const;
    // The pill of the simulation overlay under a node.
    QRectF overlayRect(const QRectF &rect, const QString &overlay) const;
    // The curve of a wire between two ports, leaving rightwards and arriving from the left.
    static QPainterPath wirePath(QPointF from, QPointF to);

    // `levelOfDetail` is the on-screen scale: below `detailThreshold` text, icons, dashes and
    // labels are too small to read, so a simplified shape is drawn instead (much faster).
    static constexpr double detailThreshold = 0.35;
    void paintNode(QPainter *painter, const QRectF &rect, const NodeVisual &visual, double levelOfDetail = 1) const;
    void paintWire(QPainter *painter, const QPainterPath &path, const WireVisual &visual, double levelOfDetail = 1) const;
    // A wire's label in its pill (placed by WireLabelLayout), in the wire's colour.
    void paintWireLabel(QPainter *painter, const QRectF &pill, const QStringList &lines, const WireVisual &visual,
                        double levelOfDetail = 1) const;
    double wireWidth(const WireVisual &visual) const;
    // What WireLabelLayout needs to place this wire's label; the arrowhead it keeps clear of is
    // the selected wire's, the larger, so selecting a wire never covers a label.
    WireLabelRequest labelRequest(const QPainterPath &path, const WireVisual &visual) const;
    // The arrowhead at a wire's end, along the curve's final direction.
    static QPolygonF arrowHead(const QPainterPath &path, double wireWidth);
    // A wire's bounds with its arrowhead, for scene items.
    static QRectF wireBounds(const QPainterPath &path);

    // The whole diagram, as files show it (no selection); `bounds` receives its extent.
    void paintDiagram(QPainter *painter, const DocumentData &data, const Catalog &catalog) const;
    // The same, reporting progress per item (`done` of `total`) to `progress`, which may return
    // false to stop; returns false when stopped (the picture is then incomplete).
    // `levelOfDetail` is the scale the picture is made at, as for paintNode.
    bool paintDiagram(QPainter *painter, const DocumentData &data, const Catalog &catalog,
                      const std::function<bool(int done, int total)> &progress, double levelOfDetail = 1) const;
    QRectF diagramBounds(const DocumentData &data) const;
    // Where paintDiagram puts the wire labels: one per wire whose two nodes exist, in order.
    QList<WireLabelPlacement> wireLabels(const DocumentData &data, const Catalog &catalog) const;

    static Qt::PenStyle penStyle(InvocationModel model);
    QColor wireColor(const WireVisual &visual) const;
    QImage icon(const QString &path, int size) const;

private:
    DiagramStyle m_style;
    IconPainter m_iconPainter;
    mutable QHash<QString, QImage> m_icons;
};

} // namespace archscope
