#pragma once

#include "decision/recommendation.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QShortcut;
class QToolButton;
class QVBoxLayout;

namespace archscope {

class Answers;
class Catalog;
class Document;
class QuestionBank;
class RankingChart;
class RankingTree;

// The compute questionnaire beside the canvas: one question at a time with the help that
// teaches its criterion, answered by click or keys (1–9 answer and move on, 0 skips,
// Page Up/Down step), and the live ranking as a bar chart, a list that expands into every
// reason, and what would change the answer. Answers are undoable edits of the document's
// decision section; "Add to canvas" places the leader as one undo step.
class QuestionnairePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePanel(const Catalog &catalog, QWidget *parent = nullptr);
    ~QuestionnairePanel() override;

    void setDocument(Document *doc);
    Document *document() const;

    // The question shown, as an index into the bank's questions.
    int currentQuestion() const { return m_current; }
    void setCurrentQuestion(int index);

    // Answers the question through an undoable command (an empty answer skips it);
    // false if there is no document, the ids are unknown, or nothing changes.
    bool answer(const QString &question, const QString &answer);

    // Places the current leader on the canvas (node + chosen option, one undo step) and
    // returns the new node's id; empty if nothing was placed.
    QString addToCanvas();

    const Recommendation &recommendation() const { return m_recommendation; }

    // The digit keys answer anywhere in the panel's window while enabled; a dock turns them
    // off while another tab covers the panel (a covered dock is moved away, not hidden).
    void setAnswerKeysEnabled(bool enabled);

    // Parts, for tests and for the main window's layout.
    RankingChart *chart() const { return m_chart; }
    RankingTree *rankingTree() const { return m_tree; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *whatIfLabel() const { return m_whatIf; }
    QLabel *orderRuleLabel() const { return m_orderRule; }
    QPushButton *addButton() const { return m_addButton; }
    QList<QRadioButton *> answerButtons() const { return m_answerButtons; }

signals:
    // After "Add to canvas": the main window may select and reveal the node.
    void recommendationPlaced(const QString &nodeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildQuestionPage(QVBoxLayout *layout);
    void buildResults(QVBoxLayout *layout);
    void showQuestion();
    void refresh();
    void refreshRanking();
    void answerByIndex(int index, bool advance);
    void step(int delta);
    Answers currentAnswers() const;

    const Catalog &m_catalog;
    const QuestionBank &m_bank;
    QPointer<Document> m_doc;
    Recommendation m_recommendation;
    int m_current = 0;

    QScrollArea *m_scroll = nullptr;
    QList<QWidget *> m_secondary;  // labels drawn in the muted text colour
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QComboBox *m_questionPicker;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_caption;
    QLabel *m_questionText;
    QLabel *m_help;
    QLabel *m_keysHint = nullptr;
    QButtonGroup *m_group;
    QList<QRadioButton *> m_answerButtons;
    QList<QShortcut *> m_answerKeys;
    QPushButton *m_skip;
    RankingChart *m_chart;
    RankingTree *m_tree;
    QLabel *m_orderRule;
    QLabel *m_whatIf;
    QPushButton *m_addButton;
};

} // namespace archscope
