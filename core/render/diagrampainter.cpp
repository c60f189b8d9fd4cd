#include "diagrampainter.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "model/wiringrules.h"
#include "wirelabellayout.h"

#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace archscope {

DiagramPainter::DiagramPainter(const DiagramStyle &style)
    : m_style(style)
{
}

QPainterPath DiagramPainter::wirePath(QPointF from, QPointF to)
{
    const double dx = std::max(40.0, std::abs(to.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

Qt::PenStyle DiagramPainter::penStyle(InvocationModel model)
{
    switch (model) {
    case InvocationModel::SyncPush: return Qt::SolidLine;
    case InvocationModel::AsyncPush: return Qt::DashLine;
    case InvocationModel::StreamPoll: return Qt::DashDotLine;
    case InvocationModel::QueuePoll: return Qt::DotLine;
    case InvocationModel::Write: return Qt::SolidLine;
    case InvocationModel::OnFailure: return Qt::DashDotDotLine;
    }
    return Qt::SolidLine;
}

namespace {
// Space a node keeps around its text: the icon column on the left, padding elsewhere.
constexpr double textInsetLeft = 54;
constexpr double textInsetRight = 8;
constexpr double textInsetTop = 7;
constexpr double textGap = 1;

// Greedy word wrap at `width`; a word wider than the width gets a line of its own.
QStringList wrapWords(const QStringList &words, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
        } else {
            lines.append(line);
            line = word;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}
} // namespace

NodeLabel DiagramPainter::nodeLabel(const QString &label) const
{
    const QFontMetricsF fm(m_style.labelFont);
    const QFontMetricsF small(m_style.smallFont);
    const QStringList words = label.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    NodeLabel out;
    double width = nodeSize().width();
    // Widen in steps until the label fits two lines, or the node is as wide as it gets.
    for (;; width = std::min(maxNodeWidth, width + 32)) {
        const double textWidth = width - textInsetLeft - textInsetRight;
        out.lines = wrapWords(words, fm, textWidth);
        const bool fits = out.lines.size() <= 2
                          && std::all_of(out.lines.cbegin(), out.lines.cend(),
                                         [&](const QString &l) { return fm.horizontalAdvance(l) <= textWidth; });
        if (fits)
            break;
        if (width >= maxNodeWidth) {
            // Two lines at the widest: the rest of the label goes, elided, on the second line.
            const QString first = fm.elidedText(out.lines.value(0), Qt::ElideRight, textWidth);
            const QString rest = out.lines.mid(1).join(QLatin1Char(' '));
            out.lines = {first};
            if (!rest.isEmpty())
                out.lines.append(fm.elidedText(rest, Qt::ElideRight, textWidth));
            out.elided = true;
            break;
        }
    }
    const double textHeight = std::max<qsizetype>(1, out.lines.size()) * fm.lineSpacing() + textGap + small.height();
    out.nodeSize = QSizeF(width, std::max(nodeSize().height(), std::ceil(textHeight + 2 * textInsetTop)));
    return out;
}

QImage DiagramPainter::icon(const QString &path, int size) const
{
    const QString key = path + QLatin1Char('@') + QString::number(size);
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return *it;
    QImageReader reader(path);
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    m_icons.insert(key, image);
    return image;
}

void DiagramPainter::paintNode(QPainter *p, const QRectF &rect, const NodeVisual &v, double levelOfDetail) const
{
    if (levelOfDetail < detailThreshold) {
        p->fillRect(rect, v.selected ? m_style.selection : v.categoryColor);
        return;
    }
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QColor border = m_style.nodeBorder;
    double borderWidth = 1.2;
    if (v.refusedTarget) {
        border = m_style.refusedTarget;
        borderWidth = 2.6;
    } else if (v.legalTarget) {
        border = m_style.legalTarget;
        borderWidth = 2.6;
    } else if (v.selected) {
        border = m_style.selection;
        borderWidth = 2.6;
    }
    p->setPen(QPen(border, borderWidth));
    p->setBrush(m_style.nodeFill);
    p->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    // Category stripe along the left edge, then the kind's icon.
    const double iconSize = 36;
    const QRectF iconRect(rect.left() + 9, rect.center().y() - iconSize / 2, iconSize, iconSize);
    bool drawn = false;
    if (m_iconPainter) {
        drawn = m_iconPainter(p, iconRect, v.iconPath);
    } else {
        const QImage img = icon(v.iconPath, int(iconSize * std::max(1.0, p->device() ? p->device()->devicePixelRatioF() : 1.0) * 2));
        if (!img.isNull()) {
            p->setRenderHint(QPainter::SmoothPixmapTransform);
            p->drawImage(iconRect, img);
            drawn = true;
        }
    }
    if (!drawn) {
        p->setPen(Qt::NoPen);
        p->setBrush(v.categoryColor);
        p->drawRoundedRect(iconRect, 4, 4);
    }

    // The label's lines and the kind under them, centred as a block beside the icon.
    const double textLeft = rect.left() + textInsetLeft;
    const double textWidth = rect.right() - textInsetRight - textLeft;
    const QFontMetricsF labelMetrics(m_style.labelFont);
    const QFontMetricsF smallMetrics(m_style.smallFont);
    const NodeLabel label = nodeLabel(v.label.isEmpty() ? v.kindName : v.label);
    const double blockHeight = label.lines.size() * labelMetrics.lineSpacing() + textGap + smallMetrics.height();
    double y = rect.center().y() - blockHeight / 2;
    p->setPen(m_style.text);
    p->setFont(m_style.labelFont);
    for (const QString &line : label.lines) {
        p->drawText(QRectF(textLeft, y, textWidth, labelMetrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += labelMetrics.lineSpacing();
    }
    p->setPen(m_style.mutedText);
    p->setFont(m_style.smallFont);
    p->drawText(QRectF(textLeft, y + textGap, textWidth, smallMetrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(v.kindName, Qt::ElideRight, textWidth));

    if (v.hasError || v.hasWarning) {
        const QRectF badge = badgeRect(rect);
        p->setPen(QPen(m_style.nodeFill, 1.5));
        p->setBrush(v.hasError ? m_style.error : m_style.warning);
        p->drawEllipse(badge);
        QFont f = m_style.smallFont;
        f.setBold(true);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }

    if (!v.overlay.isEmpty()) {
        QFont f = m_style.smallFont;
        f.setBold(true);
        const QRectF pill = overlayRect(rect, v.overlay);
        const QColor level = v.overlayLevel >= 2 ? m_style.error : v.overlayLevel == 1 ? m_style.warning : m_style.mutedText;
        p->setPen(QPen(level, v.overlayLevel > 0 ? 1.6 : 1));
        p->setBrush(v.overlayLevel > 0 ? QColor(level.red(), level.green(), level.blue(), 40) : m_style.nodeFill);
        p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        p->setFont(f);
        p->setPen(v.overlayLevel > 0 ? level : m_style.text);
        p->drawText(pill, Qt::AlignCenter, v.overlay);
    }

    // Ports: in on the left, out on the right.
    p->setPen(QPen(border, 1.2));
    p->setBrush(m_style.nodeFill);
    p->drawEllipse(inPort(rect), portRadius - 1, portRadius - 1);
    p->setBrush(v.categoryColor);
    p->drawEllipse(outPort(rect), portRadius, portRadius);
    p->restore();
}

QRectF DiagramPainter::overlayRect(const QRectF &rect, const QString &overlay) const
{
    QFont f = m_style.smallFont;
    f.setBold(true);
    const QFontMetricsF fm(f);
    const QSizeF size(fm.horizontalAdvance(overlay) + 12, fm.height() + 3);
    return {QPointF(rect.center().x() - size.width() / 2, rect.bottom() + 4), size};
}

QRectF DiagramPainter::nodeExtent(const QRectF &rect, const QString &overlay, bool overlayRoom) const
{
    // The badge reaches 7 px above the node and beyond its right edge, inside the ports' room.
    QRectF extent = rect.adjusted(-portHitRadius, -8, portHitRadius, 1);
    if (overlay.isEmpty() && !overlayRoom)
        return extent;
    const QRectF pill = overlayRect(rect, overlay).adjusted(-1, 0, 1, 1);
    extent |= QRectF(rect.left(), pill.top(), rect.width(), pill.height());
    return overlay.isEmpty() ? extent : extent | pill;
}

QRectF DiagramPainter::wireBounds(const QPainterPath &path)
{
    return path.boundingRect().adjusted(-16, -16, 16, 16);
}

QColor DiagramPainter::wireColor(const WireVisual &v) const
{
    if (v.selected)
        return m_style.selection;
    if (!v.allowed)
        return m_style.error;
    return v.model == InvocationModel::OnFailure ? m_style.failureWire : m_style.wire;
}

double DiagramPainter::wireWidth(const WireVisual &v) const
{
    return m_style.wireWidth * (v.selected ? 1.6 : 1.0) * (v.model == InvocationModel::Write ? 0.8 : 1.0);
}

WireLabelRequest DiagramPainter::labelRequest(const QPainterPath &path, const WireVisual &visual) const
{
    WireVisual selected = visual;
    selected.selected = true;
    return {path, visual.labelParts, wireWidth(selected)};
}

QPolygonF DiagramPainter::arrowHead(const QPainterPath &path, double wireWidth)
{
    // Read the direction off the cubic's control points: QPainterPath's *AtPercent() measure
    // the whole curve's length, far too slow per frame.
    const QPointF tip = path.currentPosition();
    QPointF dir(1, 0);
    if (path.elementCount() == 4) {
        const QPointF tangent = tip - QPointF(path.elementAt(2));
        const double length = std::hypot(tangent.x(), tangent.y());
        if (length > 0)
            dir = tangent / length;
    }
    const QPointF normal(-dir.y(), dir.x());
    const double len = 10 + wireWidth * 2, half = 4.5 + wireWidth;
    return QPolygonF{tip, tip - dir * len + normal * half, tip - dir * len - normal * half};
}

void DiagramPainter::paintWire(QPainter *p, const QPainterPath &path, const WireVisual &v, double levelOfDetail) const
{
    if (levelOfDetail < detailThreshold) {
        p->setPen(QPen(v.allowed ? m_style.wire : m_style.error, 0));
        p->drawLine(path.elementAt(0), path.currentPosition());
        return;
    }
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor color = wireColor(v);
    const double width = wireWidth(v);
    QPen pen(color, width, penStyle(v.model), Qt::FlatCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->setPen(QPen(color, 1));
    p->setBrush(color);
    p->drawPolygon(arrowHead(path, width));
    p->restore();
}

void DiagramPainter::paintWireLabel(QPainter *p, const QRectF &pill, const QStringList &lines, const WireVisual &v,
                                    double levelOfDetail) const
{
    if (levelOfDetail < detailThreshold || lines.isEmpty())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor color = wireColor(v);
    p->setFont(m_style.smallFont);
    p->setPen(QPen(color, 1));
    p->setBrush(m_style.background);
    const double radius = std::min(pill.height(), QFontMetricsF(m_style.smallFont).height() + 2) / 2;
    p->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    p->setPen(color);
    p->drawText(pill, Qt::AlignCenter, lines.join(QLatin1Char('\n')));
    p->restore();
}

QRectF DiagramPainter::diagramBounds(const DocumentData &data) const
{
    QRectF bounds;
    for (const Node &n : data.nodes)
        bounds = bounds.united(nodeRect(n.pos, n.label));
    return bounds.adjusted(-24, -24, 24, 24);
}

void DiagramPainter::paintDiagram(QPainter *p, const DocumentData &data, const Catalog &catalog) const
{
    paintDiagram(p, data, catalog, {});
}

namespace {
// A diagram's geometry as files show it: every node's rect, and each drawable wire.
struct DiagramGeometry
{
    QList<QRectF> nodeRects;
    QList<QPainterPath> wirePaths;
    QList<WireVisual> wireVisuals;
};

DiagramGeometry diagramGeometry(const DiagramPainter &painter, const DocumentData &data, const Catalog &catalog)
{
    DiagramGeometry g;
    const WiringRules rules(catalog);
    QHash<QString, qsizetype> index;
    index.reserve(data.nodes.size());
    // Sizing a node sets its label in the fonts: once per node.
    g.nodeRects.reserve(data.nodes.size());
    for (const Node &n : data.nodes) {
        index.insert(n.id, g.nodeRects.size());
        g.nodeRects.append(painter.nodeRect(n.pos, n.label));
    }
    for (const Edge &e : data.edges) {
        const qsizetype from = index.value(e.from, -1), to = index.value(e.to, -1);
        if (from < 0 || to < 0)
            continue;
        const WireCheck c = rules.check(data.nodes[from], data.nodes[to], e.kind);
        WireVisual wv;
        wv.model = c.allowed ? c.model
                             : (e.kind == EdgeKind::Failure ? InvocationModel::OnFailure
                                                            : InvocationModel::SyncPush);
        wv.allowed = c.allowed;
        wv.labelParts = {c.allowed ? invocationModelLabel(wv.model) : QStringLiteral("✗")};
        g.wirePaths.append(DiagramPainter::wirePath(DiagramPainter::outPort(g.nodeRects[from]),
                                                    DiagramPainter::inPort(g.nodeRects[to])));
        g.wireVisuals.append(wv);
    }
    return g;
}

QList<WireLabelPlacement> placeLabels(const DiagramPainter &painter, const DiagramGeometry &g)
{
    QList<QRectF> extents;
    extents.reserve(g.nodeRects.size());
    for (const QRectF &rect : g.nodeRects)
        extents.append(painter.nodeExtent(rect));
    QList<WireLabelRequest> requests;
    requests.reserve(g.wirePaths.size());
    for (qsizetype i = 0; i < g.wirePaths.size(); ++i)
        requests.append(painter.labelRequest(g.wirePaths[i], g.wireVisuals[i]));
    return WireLabelLayout(painter).place(extents, requests);
}
} // namespace

QList<WireLabelPlacement> DiagramPainter::wireLabels(const DocumentData &data, const Catalog &catalog) const
{
    return placeLabels(*this, diagramGeometry(*this, data, catalog));
}

bool DiagramPainter::paintDiagram(QPainter *p, const DocumentData &data, const Catalog &catalog,
                                  const std::function<bool(int done, int total)> &progress, double levelOfDetail) const
{
    const int total = int(data.edges.size() + data.nodes.size());
    const int every = std::max(1, total / 100);
    int done = 0;
    auto advance = [&] {
        ++done;
        return !progress || done % every != 0 || progress(done, total);
    };
    const DiagramGeometry g = diagramGeometry(*this, data, catalog);
    for (qsizetype i = 0; i < g.wirePaths.size(); ++i) {
        paintWire(p, g.wirePaths[i], g.wireVisuals[i], levelOfDetail);
        if (!advance())
            return false;
    }
    // Labels above every wire and below the nodes, as on the canvas.
    if (levelOfDetail >= detailThreshold) {
        const QList<WireLabelPlacement> labels = placeLabels(*this, g);
        for (qsizetype i = 0; i < labels.size(); ++i)
            paintWireLabel(p, labels[i].rect, labels[i].lines, g.wireVisuals[i], levelOfDetail);
    }
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const Node &n = data.nodes[i];
        const KindSpec *kind = catalog.kind(n.kind);
        NodeVisual nv;
        nv.label = n.label;
        nv.kindName = kind ? kind->subtitle(n.props) : n.kind;
        nv.iconPath = kind ? kind->iconPath() : QString();
        nv.categoryColor = catalog.categoryColor(n.kind);
        paintNode(p, g.nodeRects[i], nv, levelOfDetail);
        if (!advance())
            return false;
    }
    return !progress || progress(total, total);
}

} // namespace archscope
