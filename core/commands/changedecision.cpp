#include "changedecision.h"

#include "model/document.h"

#include <QCoreApplication>

namespace archscope {

ChangeDecisionCommand::ChangeDecisionCommand(Document *doc, const Decision &decision, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_old(doc->data().decision)
    , m_new(decision)
{
}

ChangeDecisionCommand *ChangeDecisionCommand::answer(Document *doc, const QString &question,
                                                     const QString &answer, QUndoCommand *parent)
{
    Decision d = doc->data().decision;
    d.answers.set(question, answer);
    const QString text = answer.isEmpty()
                             ? QCoreApplication::translate("Commands", "Skip question")
                             : QCoreApplication::translate("Commands", "Answer question");
    return new ChangeDecisionCommand(doc, d, text, parent);
}

void ChangeDecisionCommand::redo()
{
    m_doc->setDecision(m_new);
}

void ChangeDecisionCommand::undo()
{
    m_doc->setDecision(m_old);
}

} // namespace archscope
