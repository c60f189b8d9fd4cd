#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QStringList>

namespace archscope {

class DiagramPainter;

// One wire whose label is to be placed.
struct WireLabelRequest
{
    QPainterPath path;   // the wire, as DiagramPainter::wirePath draws it
    QStringList parts;   // "async", "25/s": read on one line as "async · 25/s", or stacked
    double wireWidth = 1.6;  // sizes the arrowhead the label keeps clear of
};

// Where a label goes and how it reads.
struct WireLabelPlacement
{
    QRectF rect;        // the pill
    QStringList lines;  // its text, one line or stacked
    bool clear = false; // false when every position along the wire touched a node, an arrowhead or a label
};

// Places wire labels along their wires, clear of nodes, arrowheads and each other: each label
// centred on its own wire as near the middle as it can be, sliding along the wire away from
// collisions and from other wires, stacked on two or more lines where one line has no room.
// Shared by the canvas and the exporters, so both show the same picture.
class WireLabelLayout
{
public:
    explicit WireLabelLayout(const DiagramPainter &painter);

    // The ways a label can read, widest first: one line; its parts stacked; each part of more
    // than one word split over two lines.
    QList<QStringList> forms(const QStringList &parts) const;
    QSizeF pillSize(const QStringList &lines) const;
    // True when the wire passes through `area` (not merely its bounding box).
    static bool runsThrough(const QPainterPath &path, const QRectF &area);

    // `nodes`: what each node covers (DiagramPainter::nodeExtent); `keepClear`: what else the
    // labels keep clear of (labels already in place, arrowheads of wires not placed now).
    // One placement per wire.
    QList<WireLabelPlacement> place(const QList<QRectF> &nodes, const QList<WireLabelRequest> &wires,
                                    const QList<QRectF> &keepClear = {}) const;

private:
    const DiagramPainter &m_painter;
};

} // namespace archscope
