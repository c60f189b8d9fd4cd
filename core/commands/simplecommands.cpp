#include "simplecommands.h"

#include "commandids.h"
#include "model/document.h"

#include <QCoreApplication>

namespace archscope {

RenameNodeCommand::RenameNodeCommand(Document *doc, const QString &id, const QString &label, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Commands", "Rename"), parent)
    , m_doc(doc)
    , m_id(id)
    , m_old(doc->node(id) ? doc->node(id)->label : QString())
    , m_new(label)
{
}

void RenameNodeCommand::redo()
{
    m_doc->setNodeLabel(m_id, m_new);
}

void RenameNodeCommand::undo()
{
    m_doc->setNodeLabel(m_id, m_old);
}

ChangeEdgeKindCommand::ChangeEdgeKindCommand(Document *doc, const QString &id, EdgeKind kind, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Commands", "Change wire kind"), parent)
    , m_doc(doc)
    , m_id(id)
    , m_old(doc->edge(id) ? doc->edge(id)->kind : kind)
    , m_new(kind)
{
}

void ChangeEdgeKindCommand::redo()
{
    m_doc->setEdgeKind(m_id, m_new);
}

void ChangeEdgeKindCommand::undo()
{
    m_doc->setEdgeKind(m_id, m_old);
}

ChangeSettingsCommand::ChangeSettingsCommand(Document *doc, const Settings &settings, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Commands", "Change settings"), parent)
    , m_doc(doc)
    , m_old(doc->data().settings)
    , m_new(settings)
{
}

void ChangeSettingsCommand::redo()
{
    m_doc->setSettings(m_new);
}

void ChangeSettingsCommand::undo()
{
    m_doc->setSettings(m_old);
}

int ChangeSettingsCommand::id() const
{
    return ChangeSettingsId;
}

bool ChangeSettingsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeSettingsCommand *>(other);
    if (change->m_doc != m_doc)
        return false;
    m_new = change->m_new;
    setObsolete(m_new == m_old);
    return true;
}

ChangeTitleCommand::ChangeTitleCommand(Document *doc, const QString &title, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Commands", "Change title"), parent)
    , m_doc(doc)
    , m_old(doc->data().title)
    , m_new(title)
{
}

void ChangeTitleCommand::redo()
{
    m_doc->setTitle(m_new);
}

void ChangeTitleCommand::undo()
{
    m_doc->setTitle(m_old);
}

int ChangeTitleCommand::id() const
{
    return ChangeTitleId;
}

bool ChangeTitleCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeTitleCommand *>(other);
    if (change->m_doc != m_doc)
        return false;
    m_new = change->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace archscope
