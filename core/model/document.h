#pragma once

#include "documentdata.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace archscope {

// One open diagram: owns its content, undo stack, path and modified state; emits
// fine-grained change signals. Only commands (core/commands) call the mutators.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const DocumentData &data() const { return m_data; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const;

    const Node *node(const QString &id) const;
    const Edge *edge(const QString &id) const;
    int nodeIndex(const QString &id) const;
    int edgeIndex(const QString &id) const;
    // Wires that start or end at `nodeId`, in document order.
    QList<Edge> edgesOf(const QString &nodeId) const;

    // A fresh id derived from `base` ("lambda", "lambda-2", ...), unique among nodes and edges.
    QString newId(const QString &base, const QSet<QString> &alsoTaken = {}) const;
    // A fresh wire id: "e1", "e2", ...
    QString newEdgeId(const QSet<QString> &alsoTaken = {}) const;

    // Replaces the whole content (new, open, revert): clears the undo history.
    void reset(const DocumentData &data, const QString &filePath);
    // Records that the content now matches the file at `filePath`.
    void markSaved(const QString &filePath);
    // Records that the content differs from any file (a copy recovered after a crash).
    void markUnsaved();

    // Low-level mutators for commands. Each assumes valid arguments (commands check first).
    void insertNode(int index, const Node &node);
    void removeNode(const QString &id);
    void insertEdge(int index, const Edge &edge);
    void removeEdge(const QString &id);
    void setNodePos(const QString &id, QPointF pos);
    void setNodeLabel(const QString &id, const QString &label);
    void setNodeProps(const QString &id, const QJsonObject &props);
    void setEdgeKind(const QString &id, EdgeKind kind);
    void setEdgeProps(const QString &id, const QJsonObject &props);
    void setSettings(const Settings &settings);
    void setTitle(const QString &title);
    void setDecision(const Decision &decision);

signals:
    void nodeAdded(const QString &id);
    void nodeAboutToBeRemoved(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id);
    void edgeAdded(const QString &id);
    void edgeAboutToBeRemoved(const QString &id);
    void edgeRemoved(const QString &id);
    void edgeChanged(const QString &id);
    void settingsChanged();
    void titleChanged();
    void decisionChanged();
    void documentReset();
    void filePathChanged();
    void modifiedChanged(bool modified);
    // Any change of content; views that recompute everything (problems, simulation) listen here.
    void contentChanged();

private:
    void rebuildIndex() const;

    DocumentData m_data;
    QUndoStack *m_undoStack;
    QString m_filePath;
    mutable QHash<QString, int> m_nodeIndex;
    mutable QHash<QString, int> m_edgeIndex;
    mutable bool m_indexValid = false;
};

} // namespace archscope
