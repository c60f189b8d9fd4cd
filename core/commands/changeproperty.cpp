#include "changeproperty.h"

#include "commandids.h"
#include "model/document.h"

#include <QCoreApplication>

namespace archscope {

ChangePropertyCommand::ChangePropertyCommand(Document *doc, Target target, const QString &id,
                                             const QStringList &path, const QJsonValue &value,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_target(target)
    , m_id(id)
    , m_path(path)
{
    if (target == Target::Node) {
        const Node *n = doc->node(id);
        m_old = n ? n->props : QJsonObject();
    } else {
        const Edge *e = doc->edge(id);
        m_old = e ? e->props : QJsonObject();
    }
    m_new = withValue(m_old, path, value);
    m_reset = value.isUndefined();
    setText(QCoreApplication::translate("Commands", "Change %1").arg(path.join(QLatin1Char('.'))));
}

void ChangePropertyCommand::describe(const QString &propertyLabel)
{
    QString name = m_id;
    if (m_target == Target::Node) {
        if (const Node *n = m_doc->node(m_id); n && !n->label.isEmpty())
            name = n->label;
    } else if (const Edge *e = m_doc->edge(m_id)) {
        const Node *from = m_doc->node(e->from), *to = m_doc->node(e->to);
        name = QCoreApplication::translate("Commands", "%1 → %2", "a wire by its two ends")
                   .arg(from ? from->label : e->from, to ? to->label : e->to);
    }
    setText(m_reset ? QCoreApplication::translate("Commands", "Reset %1 of %2", "a property of a service").arg(propertyLabel, name)
                    : QCoreApplication::translate("Commands", "Change %1 of %2", "a property of a service").arg(propertyLabel, name));
}

QJsonObject ChangePropertyCommand::withValue(QJsonObject props, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return props;
    const QString key = path.first();
    if (path.size() == 1) {
        if (value.isUndefined())
            props.remove(key);
        else
            props.insert(key, value);
        return props;
    }
    const QJsonObject inner = withValue(props.value(key).toObject(), path.mid(1), value);
    if (inner.isEmpty())
        props.remove(key);
    else
        props.insert(key, inner);
    return props;
}

void ChangePropertyCommand::apply(const QJsonObject &props)
{
    if (m_target == Target::Node)
        m_doc->setNodeProps(m_id, props);
    else
        m_doc->setEdgeProps(m_id, props);
}

void ChangePropertyCommand::redo()
{
    apply(m_new);
}

void ChangePropertyCommand::undo()
{
    apply(m_old);
}

int ChangePropertyCommand::id() const
{
    // A reset to the default is a deliberate step of its own, never folded into an edit.
    return m_reset ? -1 : ChangePropertyId;
}

bool ChangePropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangePropertyCommand *>(other);
    if (change->m_doc != m_doc || change->m_target != m_target || change->m_id != m_id
        || change->m_path != m_path)
        return false;
    m_new = change->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace archscope
