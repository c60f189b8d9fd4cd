#pragma once

#include "model/decision.h"

#include <QUndoCommand>

namespace archscope {

class Document;

// Replaces the document's decision section (questionnaire answers and the chosen option).
// Each answer is its own undo step, so undo walks back through the questionnaire one answer
// at a time; the commands deliberately never merge.
class ChangeDecisionCommand : public QUndoCommand
{
public:
    ChangeDecisionCommand(Document *doc, const Decision &decision, const QString &text,
                          QUndoCommand *parent = nullptr);

    // The command for answering (or, with an empty answer, skipping) one question.
    static ChangeDecisionCommand *answer(Document *doc, const QString &question, const QString &answer,
                                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    Decision m_old;
    Decision m_new;
};

} // namespace archscope
