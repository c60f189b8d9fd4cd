#include "graphvizlayout.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "model/wiringrules.h"
#include "render/diagrampainter.h"

#include <QCoreApplication>

#include <QMutex>
#include <QSet>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <numeric>
#include <vector>

#include <cmath>

namespace archscope {

namespace {

char *cstr(const char *s)
{
    return const_cast<char *>(s);  // cgraph's API takes char* but does not modify them
}

void set(void *obj, const char *name, const QByteArray &value)
{
    agsafeset(obj, cstr(name), const_cast<char *>(value.constData()), cstr(""));
}

// One context for the whole process, never freed: libgvc 2.42's gvContext() reads the plugin
// configuration into a buffer that gvFreeContext() does not free (gvconfig.c keeps pointers
// into it), so a context per layout lost 3.6 KB on every auto-layout. The shared context
// keeps that one buffer referenced for the process's life.
GVC_t *context()
{
    static GVC_t *const gvc = gvContext();
    return gvc;
}

// Graphviz keeps global state besides the context: one layout at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// The gap between columns: the widest wire label on one line, as it reads after a run
// ("async · 250/s"), between the source's port and the target's arrowhead.
double rankGap(const DocumentData &data, const Catalog &catalog, const DiagramPainter &painter)
{
    const WireLabelLayout labels(painter);
    const QString rate = QCoreApplication::translate("Canvas", "%1/s", "events per second on a wire").arg(250);
    double widest = 0;
    const WiringRules rules(catalog);
    QHash<QString, const Node *> byId;
    for (const Node &n : data.nodes)
        byId.insert(n.id, &n);
    for (const Edge &e : data.edges) {
        const Node *from = byId.value(e.from);
        const Node *to = byId.value(e.to);
        if (!from || !to)
            continue;
        const WireCheck c = rules.check(*from, *to, e.kind);
        const QString model = c.allowed ? invocationModelLabel(c.model) : QStringLiteral("✗");
        widest = std::max(widest, labels.pillSize(labels.forms({model, rate}).constFirst()).width());
    }
    WireVisual selected;
    selected.selected = true;
    const double arrow = DiagramPainter::arrowHead(QPainterPath(), painter.wireWidth(selected)).boundingRect().width();
    return std::max(80.0, widest + 2 * DiagramPainter::portHitRadius + arrow + 8);
}

} // namespace

QString graphvizVersion()
{
    const QMutexLocker lock(&graphvizMutex());
    return QString::fromLatin1(gvcVersion(context()));
}

namespace {

// What Graphviz is given: the wires that close a loop (a failure route back to a topic) are
// left out, so every wire it sees runs left to right; and every node nothing then feeds
// lines up in the first column. (libgvc 2.42 leaks virtual edges when it breaks loops
// itself, or when a node nothing feeds is outside the rank=min group.)
struct LayoutGraph
{
    std::vector<bool> edgeKept;  // per data.edges
    QSet<QString> firstColumn;
};

LayoutGraph layoutGraph(const DocumentData &data)
{
    const int n = int(data.nodes.size());
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(data.nodes[i].id, i);
    LayoutGraph g;
    g.edgeKept.assign(size_t(data.edges.size()), false);
    std::vector<std::vector<std::pair<int, int>>> out(static_cast<size_t>(n));  // (target, edge index)
    std::vector<bool> fed(size_t(n), false);
    for (int e = 0; e < int(data.edges.size()); ++e) {
        const Edge &edge = data.edges[e];
        const int from = index.value(edge.from, -1), to = index.value(edge.to, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        out[size_t(from)].push_back({to, e});
        fed[size_t(to)] = true;
    }
    // Depth first, from the nodes nothing feeds and then from the rest, in document order: a
    // wire into a node still on the path closes a loop.
    enum : char { unseen, onPath, done };
    std::vector<char> state(size_t(n), unseen);
    std::vector<std::pair<int, size_t>> path;  // (node, next out-wire to follow)
    const auto walk = [&](int start) {
        if (state[size_t(start)] != unseen)
            return;
        state[size_t(start)] = onPath;
        path.push_back({start, size_t(0)});
        while (!path.empty()) {
            auto &[node, next] = path.back();
            if (next == out[size_t(node)].size()) {
                state[size_t(node)] = done;
                path.pop_back();
                continue;
            }
            const auto [to, e] = out[size_t(node)][next++];
            if (state[size_t(to)] == onPath)
                continue;  // closes a loop: left out
            g.edgeKept[size_t(e)] = true;
            if (state[size_t(to)] == unseen) {
                state[size_t(to)] = onPath;
                path.push_back({to, size_t(0)});
            }
        }
    };
    for (int i = 0; i < n; ++i)
        if (!fed[size_t(i)])
            walk(i);
    for (int i = 0; i < n; ++i)
        walk(i);
    std::vector<bool> fedKept(size_t(n), false);
    for (int e = 0; e < int(data.edges.size()); ++e)
        if (g.edgeKept[size_t(e)])
            fedKept[size_t(index.value(data.edges[e].to))] = true;
    for (int i = 0; i < n; ++i)
        if (!fedKept[size_t(i)])
            g.firstColumn.insert(data.nodes[i].id);
    return g;
}

} // namespace

QHash<QString, QPointF> layeredLayout(const DocumentData &data, const Catalog &catalog, const DiagramPainter &painter)
{
    QHash<QString, QPointF> result;
    if (data.nodes.isEmpty())
        return result;

    const QMutexLocker lock(&graphvizMutex());
    GVC_t *gvc = context();
    Agraph_t *graph = agopen(cstr("archscope"), Agdirected, nullptr);
    // We draw the labels ourselves on fixed-size boxes. An empty label keeps Graphviz from
    // measuring text through its pango plugin (whose font caches are never freed) and makes
    // the layout independent of the installed fonts.
    agattr(graph, AGNODE, cstr("label"), cstr(""));
    set(graph, "rankdir", "LR");
    // Between two nodes of a column: room for the simulation overlay under the upper one and
    // the badge over the lower one.
    const QRectF rect = painter.nodeRect({}, QString());
    const double columnGap = painter.nodeExtent(rect, {}, true).height() - rect.height() + 6;
    set(graph, "nodesep", QByteArray::number(std::max(32.0, columnGap) / 72.0));
    set(graph, "ranksep", QByteArray::number(rankGap(data, catalog, painter) / 72.0));
    set(graph, "splines", "false");
    // Graphviz's newer ranking (one network simplex over the whole graph, subgraph ranks as
    // constraints) gives the same columns here in well under half the time on large imports.
    set(graph, "newrank", "true");

    QHash<QString, QSizeF> sizes;
    QHash<QString, Agnode_t *> nodes;
    const LayoutGraph layout = layoutGraph(data);
    Agraph_t *sources = agsubg(graph, cstr("sources"), 1);
    set(sources, "rank", "min");
    for (const Node &n : data.nodes) {
        const QByteArray name = n.id.toUtf8();
        Agnode_t *node = agnode(layout.firstColumn.contains(n.id) ? sources : graph, const_cast<char *>(name.constData()), 1);
        const QSizeF size = painter.nodeRect(n.pos, n.label).size();
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "width", QByteArray::number(size.width() / 72.0));
        set(node, "height", QByteArray::number(size.height() / 72.0));
        nodes.insert(n.id, node);
        sizes.insert(n.id, size);
    }
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        if (!layout.edgeKept[size_t(i)])
            continue;
        const Edge &e = data.edges[i];
        Agnode_t *from = nodes.value(e.from);
        Agnode_t *to = nodes.value(e.to);
        Agedge_t *edge = agedge(graph, from, to, nullptr, 1);
        // Failure routes hang below the main flow instead of stretching it.
        if (e.kind == EdgeKind::Failure)
            set(edge, "weight", "0");
    }

    if (gvLayout(gvc, graph, "dot") == 0) {
        for (auto it = nodes.begin(); it != nodes.end(); ++it) {
            const pointf c = ND_coord(it.value());
            const QSizeF size = sizes.value(it.key());
            // Graphviz's y axis points up; ours points down. Positions are top-left corners.
            result.insert(it.key(), QPointF(std::round(c.x - size.width() / 2),
                                            std::round(-c.y - size.height() / 2)));
        }
    }
    gvFreeLayout(gvc, graph);  // also what a failed layout allocated
    agclose(graph);

    // Anchor the layout at the old top-left corner so the diagram does not jump away.
    if (!result.isEmpty()) {
        QPointF oldMin(1e18, 1e18), newMin(1e18, 1e18);
        for (const Node &n : data.nodes) {
            oldMin = QPointF(std::min(oldMin.x(), n.pos.x()), std::min(oldMin.y(), n.pos.y()));
            const QPointF p = result.value(n.id);
            newMin = QPointF(std::min(newMin.x(), p.x()), std::min(newMin.y(), p.y()));
        }
        for (auto it = result.begin(); it != result.end(); ++it)
            it.value() += oldMin - newMin;
    }
    return result;
}

} // namespace archscope
