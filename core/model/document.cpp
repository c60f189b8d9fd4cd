#include "document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

namespace archscope {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    // Clearing the stack emits indexChanged; listeners must not hear it from a document
    // that is half destroyed (its data goes right after this body).
    m_undoStack->blockSignals(true);
    delete m_undoStack;
}

QString Document::displayName() const
{
    if (m_filePath.isEmpty())
        return m_data.title.isEmpty() ? QCoreApplication::translate("Document", "Untitled") : m_data.title;
    return QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::rebuildIndex() const
{
    if (m_indexValid)
        return;
    m_nodeIndex.clear();
    m_edgeIndex.clear();
    for (int i = 0; i < m_data.nodes.size(); ++i)
        m_nodeIndex.insert(m_data.nodes.at(i).id, i);
    for (int i = 0; i < m_data.edges.size(); ++i)
        m_edgeIndex.insert(m_data.edges.at(i).id, i);
    m_indexValid = true;
}

int Document::nodeIndex(const QString &id) const
{
    rebuildIndex();
    return m_nodeIndex.value(id, -1);
}

int Document::edgeIndex(const QString &id) const
{
    rebuildIndex();
    return m_edgeIndex.value(id, -1);
}

const Node *Document::node(const QString &id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &m_data.nodes.at(i);
}

const Edge *Document::edge(const QString &id) const
{
    const int i = edgeIndex(id);
    return i < 0 ? nullptr : &m_data.edges.at(i);
}

QList<Edge> Document::edgesOf(const QString &nodeId) const
{
    QList<Edge> result;
    for (const Edge &e : m_data.edges)
        if (e.from == nodeId || e.to == nodeId)
            result.append(e);
    return result;
}

QString Document::newId(const QString &base, const QSet<QString> &alsoTaken) const
{
    QString stem;
    for (QChar c : base.toLower())
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') || c == QLatin1Char('-'))
            stem.append(c);
    // Strip a copy suffix, so a copy of "lambda-2" becomes "lambda-3", not "lambda-2-2".
    static const QRegularExpression copySuffix(QStringLiteral("-\\d+$"));
    stem.remove(copySuffix);
    if (stem.isEmpty())
        stem = QStringLiteral("node");
    auto taken = [&](const QString &id) {
        return nodeIndex(id) >= 0 || edgeIndex(id) >= 0 || alsoTaken.contains(id);
    };
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString id = stem + QLatin1Char('-') + QString::number(n);
        if (!taken(id))
            return id;
    }
}

QString Document::newEdgeId(const QSet<QString> &alsoTaken) const
{
    for (int n = int(m_data.edges.size()) + 1;; ++n) {
        const QString id = QStringLiteral("e%1").arg(n);
        if (nodeIndex(id) < 0 && edgeIndex(id) < 0 && !alsoTaken.contains(id))
            return id;
    }
}

void Document::reset(const DocumentData &data, const QString &filePath)
{
    m_data = data;
    m_indexValid = false;
    m_undoStack->clear();
    m_undoStack->setClean();
    m_filePath = filePath;
    emit documentReset();
    emit filePathChanged();
    emit titleChanged();
    emit modifiedChanged(false);
    emit contentChanged();
}

void Document::markSaved(const QString &filePath)
{
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    m_undoStack->setClean();
    if (pathChanged)
        emit filePathChanged();
}

void Document::markUnsaved()
{
    m_undoStack->resetClean();
}

void Document::insertNode(int index, const Node &node)
{
    m_data.nodes.insert(qBound(0, index, int(m_data.nodes.size())), node);
    m_indexValid = false;
    emit nodeAdded(node.id);
    emit contentChanged();
}

void Document::removeNode(const QString &id)
{
    const int i = nodeIndex(id);
    if (i < 0)
        return;
    emit nodeAboutToBeRemoved(id);
    m_data.nodes.removeAt(i);
    m_indexValid = false;
    emit nodeRemoved(id);
    emit contentChanged();
}

void Document::insertEdge(int index, const Edge &edge)
{
    m_data.edges.insert(qBound(0, index, int(m_data.edges.size())), edge);
    m_indexValid = false;
    emit edgeAdded(edge.id);
    emit contentChanged();
}

void Document::removeEdge(const QString &id)
{
    const int i = edgeIndex(id);
    if (i < 0)
        return;
    emit edgeAboutToBeRemoved(id);
    m_data.edges.removeAt(i);
    m_indexValid = false;
    emit edgeRemoved(id);
    emit contentChanged();
}

void Document::setNodePos(const QString &id, QPointF pos)
{
    const int i = nodeIndex(id);
    if (i < 0 || m_data.nodes[i].pos == pos)
        return;
    m_data.nodes[i].pos = pos;
    emit nodeChanged(id);
    emit contentChanged();
}

void Document::setNodeLabel(const QString &id, const QString &label)
{
    const int i = nodeIndex(id);
    if (i < 0 || m_data.nodes[i].label == label)
        return;
    m_data.nodes[i].label = label;
    emit nodeChanged(id);
    emit contentChanged();
}

void Document::setNodeProps(const QString &id, const QJsonObject &props)
{
    const int i = nodeIndex(id);
    if (i < 0 || m_data.nodes[i].props == props)
        return;
    m_data.nodes[i].props = props;
    emit nodeChanged(id);
    // A table's stream switch changes which wires are legal, so wires re-sync too.
    for (const Edge &e : edgesOf(id))
        emit edgeChanged(e.id);
    emit contentChanged();
}

void Document::setEdgeKind(const QString &id, EdgeKind kind)
{
    const int i = edgeIndex(id);
    if (i < 0 || m_data.edges[i].kind == kind)
        return;
    m_data.edges[i].kind = kind;
    emit edgeChanged(id);
    emit contentChanged();
}

void Document::setEdgeProps(const QString &id, const QJsonObject &props)
{
    const int i = edgeIndex(id);
    if (i < 0 || m_data.edges[i].props == props)
        return;
    m_data.edges[i].props = props;
    emit edgeChanged(id);
    emit contentChanged();
}

void Document::setSettings(const Settings &settings)
{
    if (m_data.settings == settings)
        return;
    m_data.settings = settings;
    emit settingsChanged();
    emit contentChanged();
}

void Document::setTitle(const QString &title)
{
    if (m_data.title == title)
        return;
    m_data.title = title;
    emit titleChanged();
    emit contentChanged();
}

void Document::setDecision(const Decision &decision)
{
    if (m_data.decision == decision)
        return;
    m_data.decision = decision;
    emit decisionChanged();
    emit contentChanged();
}

} // namespace archscope
