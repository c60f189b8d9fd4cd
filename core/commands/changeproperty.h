#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUndoCommand>

namespace archscope {

class Document;

// Sets one property of a node or wire; `path` reaches into objects ({"traffic", "rate"}).
// An undefined value removes the key, so the catalog default applies again. Repeated edits of
// the same property (a spin box held down, a slider dragged) merge into one undo step.
class ChangePropertyCommand : public QUndoCommand
{
public:
    enum class Target { Node, Edge };

    ChangePropertyCommand(Document *doc, Target target, const QString &id, const QStringList &path,
                          const QJsonValue &value, QUndoCommand *parent = nullptr);

    // Names the edit in the history by the property's label and the service's (or wire's) name:
    // "Change Memory of Resize images", "Reset Memory of Resize images" for a reset.
    void describe(const QString &propertyLabel);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // `props` with `value` set at `path` (undefined removes it; empty objects are pruned).
    static QJsonObject withValue(QJsonObject props, const QStringList &path, const QJsonValue &value);

private:
    void apply(const QJsonObject &props);

    Document *m_doc;
    Target m_target;
    QString m_id;
    QStringList m_path;
    QJsonObject m_old;
    QJsonObject m_new;
    bool m_reset = false;
};

} // namespace archscope
