#pragma once

#include <QSet>
#include <QTreeWidget>

namespace archscope {

class QuestionBank;
struct Recommendation;

// The ranking as a list: each option with its fit, expanding into every reason for and
// against it (with its points and the answer it comes from); excluded options greyed with
// what excluded them. Keeps what the user opened or closed across live updates.
class RankingTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit RankingTree(QWidget *parent = nullptr);

    void setRecommendation(const Recommendation &recommendation, const QuestionBank &bank);

private:
    bool m_filling = false;
    QSet<QString> m_userExpanded;
    QSet<QString> m_userCollapsed;
};

} // namespace archscope
