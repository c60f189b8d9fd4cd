#include "wirelabellayout.h"

#include "diagrampainter.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace archscope {

namespace {

// Room kept between a label and a node, and between two labels.
constexpr double nodeClearance = 1;
constexpr double labelSpacing = 2;
// Costs of a clear position: distance from the wire's middle (as a fraction of its length),
// each other wire the label would hide, and each step away from reading on one line.
constexpr double offCentreCost = 2;
constexpr double hiddenWireCost = 0.35;
// How far a label reaches from its wire: half the widest label, stacked labels are narrower.
constexpr double maxLabelReach = 160;
// Beyond a few, more hidden wires only mean a busy spot: not worth sliding further for.
constexpr int hiddenWireCap = 4;
constexpr double stackedCost = 1.5;

// A uniform grid of cells over an area, each cell listing the items that touch it. Whatever
// lies outside the area counts in the border cells, so answers stay right, only slower.
class CellGrid
{
public:
    CellGrid(const QRectF &area, double cellSize)
        : m_origin(area.topLeft())
    {
        // Coarser cells over a huge area, so the grid keeps to about 100,000 cells.
        m_cell = std::max(cellSize, std::sqrt(area.width() * area.height() / 1e5));
        m_columns = std::max(1, int(std::ceil(area.width() / m_cell)));
        m_rows = std::max(1, int(std::ceil(area.height() / m_cell)));
        m_cells.resize(size_t(m_columns) * size_t(m_rows));
    }

    // Calls `f(cell)` for each cell under `rect`.
    template <typename F>
    void forCells(const QRectF &rect, F &&f)
    {
        forIndices(rect, [&](size_t i) { f(m_cells[i]); });
    }
    template <typename F>
    void forCells(const QRectF &rect, F &&f) const
    {
        forIndices(rect, [&](size_t i) { f(std::as_const(m_cells[i])); });
    }
    size_t cellOf(QPointF p) const { return size_t(row(p.y())) * size_t(m_columns) + size_t(column(p.x())); }
    std::vector<int> &cell(size_t index) { return m_cells[index]; }

private:
    int column(double x) const { return std::clamp(int(std::floor((x - m_origin.x()) / m_cell)), 0, m_columns - 1); }
    int row(double y) const { return std::clamp(int(std::floor((y - m_origin.y()) / m_cell)), 0, m_rows - 1); }

    template <typename F>
    void forIndices(const QRectF &rect, F &&f) const
    {
        const int x0 = column(rect.left()), x1 = column(rect.right());
        const int y0 = row(rect.top()), y1 = row(rect.bottom());
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f(size_t(y) * size_t(m_columns) + size_t(x));
    }

    QPointF m_origin;
    double m_cell = 1;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<std::vector<int>> m_cells;
};

// Rectangles in a CellGrid, so "what is near here" does not test everything.
class RectGrid
{
public:
    explicit RectGrid(const QRectF &area)
        : m_grid(area, 96)
    {
    }

    void add(const QRectF &rect)
    {
        const int index = int(m_rects.size());
        m_rects.push_back(rect);
        m_seen.push_back(0);
        m_grid.forCells(rect, [&](std::vector<int> &cell) { cell.push_back(index); });
    }

    // Calls `f(other)` once for each stored rectangle that intersects `rect`.
    template <typename F>
    void visit(const QRectF &rect, F &&f) const
    {
        ++m_stamp;
        m_grid.forCells(rect, [&](const std::vector<int> &cell) {
            for (int index : cell) {
                const size_t i = size_t(index);
                if (m_seen[i] == m_stamp)
                    continue;
                m_seen[i] = m_stamp;
                if (m_rects[i].intersects(rect))
                    f(m_rects[i]);
            }
        });
    }

    bool intersects(const QRectF &rect) const
    {
        bool hit = false;
        visit(rect, [&](const QRectF &) { hit = true; });
        return hit;
    }

    double overlapArea(const QRectF &rect) const
    {
        double area = 0;
        visit(rect, [&](const QRectF &other) {
            const QRectF common = other.intersected(rect);
            area += common.width() * common.height();
        });
        return area;
    }

private:
    CellGrid m_grid;
    std::vector<QRectF> m_rects;
    mutable std::vector<int> m_seen;
    mutable int m_stamp = 0;
};

// Which wires pass through each cell of a fine grid: how many other wires a label would hide.
class WireGrid
{
public:
    explicit WireGrid(const QRectF &area)
        : m_grid(area, 32)
    {
    }

    void add(const QList<QPointF> &points, int wire)
    {
        size_t last = ~size_t(0);
        for (const QPointF &p : points) {
            const size_t cell = m_grid.cellOf(p);
            if (cell != last)
                m_grid.cell(cell).push_back(wire);
            last = cell;
        }
    }

    // Passes of wires other than `wire` through the cells under `rect`, counted up to `cap`.
    int countOthers(const QRectF &rect, int wire, int cap) const
    {
        int count = 0;
        m_grid.forCells(rect, [&](const std::vector<int> &cell) {
            for (auto it = cell.cbegin(); it != cell.cend() && count < cap; ++it)
                count += *it != wire;
        });
        return count;
    }

private:
    CellGrid m_grid;
};

// A wire as points at roughly even spacing, with the distance along the wire to each.
struct Polyline
{
    QList<QPointF> points;
    QList<double> along;

    double length() const { return along.isEmpty() ? 0 : along.last(); }

    // The point at fraction `s` of the length.
    QPointF at(double s) const
    {
        const double target = s * length();
        const auto it = std::lower_bound(along.cbegin(), along.cend(), target);
        const qsizetype i = std::clamp<qsizetype>(it - along.cbegin(), 1, points.size() - 1);
        const double span = along[i] - along[i - 1];
        const double f = span > 0 ? (target - along[i - 1]) / span : 0;
        return points[i - 1] + (points[i] - points[i - 1]) * f;
    }
};

Polyline sample(const QPainterPath &path)
{
    Polyline line;
    if (path.elementCount() == 0)
        return line;
    // Read the cubic off its control points: QPainterPath::pointAtPercent measures the whole
    // curve each call.
    const bool cubic = path.elementCount() == 4 && path.elementAt(1).type == QPainterPath::CurveToElement;
    const QPointF p0 = path.elementAt(0), p3 = path.currentPosition();
    const QPointF c1 = cubic ? QPointF(path.elementAt(1)) : p0, c2 = cubic ? QPointF(path.elementAt(2)) : p3;
    auto distance = [](QPointF a, QPointF b) { return std::sqrt(QPointF::dotProduct(b - a, b - a)); };
    const double hull = distance(p0, c1) + distance(c1, c2) + distance(c2, p3);
    const int count = std::clamp(int(hull / 12), 16, 256);
    line.points.reserve(count + 1);
    line.along.reserve(count + 1);
    double along = 0;
    for (int i = 0; i <= count; ++i) {
        const double t = double(i) / count, u = 1 - t;
        const QPointF p = cubic ? u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p3
                                : path.pointAtPercent(t);
        if (i > 0)
            along += distance(line.points.last(), p);
        line.points.append(p);
        line.along.append(along);
    }
    return line;
}

// Word-wraps `part` onto two lines as even as they can be.
QStringList splitInTwo(const QString &part, const QFontMetricsF &fm)
{
    const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {part};
    QStringList best;
    double bestWidth = 0;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QStringList lines{words.mid(0, i).join(QLatin1Char(' ')), words.mid(i).join(QLatin1Char(' '))};
        const double width = std::max(fm.horizontalAdvance(lines[0]), fm.horizontalAdvance(lines[1]));
        if (best.isEmpty() || width < bestWidth) {
            best = lines;
            bestWidth = width;
        }
    }
    return best;
}

// A wire being labelled: its shape, the label's readings and their sizes, and where along
// the wire a label may go (fractions of its length, from the middle outwards).
struct Wire
{
    Polyline line;
    QList<QStringList> readings;
    QList<QSizeF> sizes;
    int positions = 0;
    double step = 0;

    // Position `k` of the sequence 0.5, 0.5 - step, 0.5 + step, 0.5 - 2 step, ...
    double offCentre(int k) const { return step * ((k + 1) / 2); }
    QRectF rect(int form, int k) const
    {
        const double off = offCentre(k);
        const QPointF centre = line.at(k % 2 ? 0.5 - off : 0.5 + off);
        const QSizeF size = sizes[form];
        return {centre - QPointF(size.width() / 2, size.height() / 2), size};
    }
};

} // namespace

bool WireLabelLayout::runsThrough(const QPainterPath &path, const QRectF &area)
{
    if (!path.controlPointRect().intersects(area))
        return false;
    const Polyline line = sample(path);
    return std::any_of(line.points.cbegin(), line.points.cend(), [&](QPointF p) { return area.contains(p); });
}

WireLabelLayout::WireLabelLayout(const DiagramPainter &painter)
    : m_painter(painter)
{
}

QList<QStringList> WireLabelLayout::forms(const QStringList &parts) const
{
    QList<QStringList> out;
    if (parts.isEmpty())
        return out;
    out.append({parts.join(QStringLiteral(" · "))});
    if (parts.size() > 1)
        out.append(parts);
    const QFontMetricsF fm(m_painter.style().smallFont);
    QStringList split;
    for (const QString &part : parts)
        split.append(splitInTwo(part, fm));
    if (split != out.last())
        out.append(split);
    return out;
}

QSizeF WireLabelLayout::pillSize(const QStringList &lines) const
{
    const QFontMetricsF fm(m_painter.style().smallFont);
    double width = 0;
    for (const QString &line : lines)
        width = std::max(width, fm.horizontalAdvance(line));
    return {std::ceil(width) + 10, std::ceil(fm.height() + (lines.size() - 1) * fm.lineSpacing()) + 2};
}

QList<WireLabelPlacement> WireLabelLayout::place(const QList<QRectF> &nodes, const QList<WireLabelRequest> &requests,
                                                 const QList<QRectF> &keepClear) const
{
    if (requests.isEmpty())
        return {};
    // Labels go along the wires: only what lies near them matters.
    QList<Wire> wires(requests.size());
    QRectF area;
    for (qsizetype w = 0; w < requests.size(); ++w) {
        wires[w].line = sample(requests[w].path);
        area |= requests[w].path.boundingRect();
    }
    area.adjust(-maxLabelReach, -maxLabelReach, maxLabelReach, maxLabelReach);
    RectGrid nodeGrid(area), arrowGrid(area), labelGrid(area);
    WireGrid wireGrid(area);
    for (const QRectF &rect : nodes)
        if (rect.intersects(area))
            nodeGrid.add(rect);
    for (const QRectF &rect : keepClear)
        if (rect.intersects(area))
            labelGrid.add(rect);

    // Setting text is slow and many wires read the same ("async · 25/s"): once per label.
    QHash<QStringList, std::pair<QList<QStringList>, QList<QSizeF>>> known;
    for (qsizetype w = 0; w < requests.size(); ++w) {
        const WireLabelRequest &request = requests[w];
        Wire &wire = wires[w];
        if (wire.line.points.isEmpty())
            continue;
        arrowGrid.add(DiagramPainter::arrowHead(request.path, request.wireWidth).boundingRect());
        // Where the wire runs, so other labels can keep off it.
        wireGrid.add(wire.line.points, int(w));
        if (request.parts.isEmpty())
            continue;
        auto it = known.constFind(request.parts);
        if (it == known.constEnd()) {
            const QList<QStringList> texts = forms(request.parts);
            QList<QSizeF> sizes;
            for (const QStringList &text : texts)
                sizes.append(pillSize(text));
            it = known.insert(request.parts, {texts, sizes});
        }
        wire.readings = it->first;
        wire.sizes = it->second;
        // Every few pixels along the middle 96 % of the wire, at most 64 positions.
        wire.step = std::max(1.0 / 64, 6 / std::max(wire.line.length(), 1.0));
        wire.positions = 1 + 2 * int(0.48 / wire.step);
    }

    auto hitsFixed = [&](const QRectF &rect) {
        return nodeGrid.intersects(rect.adjusted(-nodeClearance, -nodeClearance, nodeClearance, nodeClearance))
               || arrowGrid.intersects(rect);
    };

    // The most hemmed-in wires choose first, while there is still room for them.
    QList<int> order(wires.size());
    std::iota(order.begin(), order.end(), 0);
    QList<int> room(wires.size(), 0);
    for (qsizetype w = 0; w < wires.size(); ++w)
        for (int k = 0; k < wires[w].positions; ++k)
            room[w] += !hitsFixed(wires[w].rect(0, k));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return room[a] < room[b]; });

    QList<WireLabelPlacement> out(wires.size());
    for (int w : std::as_const(order)) {
        const Wire &wire = wires[w];
        if (wire.positions == 0)
            continue;
        int bestForm = -1, bestK = 0;
        double bestCost = 0;
        for (int form = 0; form < wire.sizes.size(); ++form) {
            for (int k = 0; k < wire.positions; ++k) {
                const double lowerBound = offCentreCost * wire.offCentre(k) + stackedCost * form;
                if (bestForm >= 0 && lowerBound >= bestCost)
                    break;  // the rest of this form lies further from the middle
                const QRectF rect = wire.rect(form, k);
                if (hitsFixed(rect) || labelGrid.intersects(rect.adjusted(-labelSpacing, -labelSpacing, labelSpacing, labelSpacing)))
                    continue;
                const double cost = lowerBound + hiddenWireCost * wireGrid.countOthers(rect, w, hiddenWireCap);
                if (bestForm < 0 || cost < bestCost) {
                    bestForm = form;
                    bestK = k;
                    bestCost = cost;
                }
            }
        }
        const bool clear = bestForm >= 0;
        if (!clear) {
            // Nowhere clear: the position that covers the least, preferring fewer lines.
            for (int form = 0; form < wire.sizes.size(); ++form)
                for (int k = 0; k < wire.positions; ++k) {
                    const QRectF rect = wire.rect(form, k);
                    const double cost = nodeGrid.overlapArea(rect) + arrowGrid.overlapArea(rect)
                                        + labelGrid.overlapArea(rect) + 20 * wire.offCentre(k) + 10 * form;
                    if (bestForm < 0 || cost < bestCost) {
                        bestForm = form;
                        bestK = k;
                        bestCost = cost;
                    }
                }
        }
        out[w] = {wire.rect(bestForm, bestK), wire.readings[bestForm], clear};
        labelGrid.add(out[w].rect);
    }
    return out;
}

} // namespace archscope
