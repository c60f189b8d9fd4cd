#include "questionnairepanel.h"

#include "rankingchart.h"
#include "rankingtree.h"

#include "catalog/catalog.h"
#include "commands/changedecision.h"
#include "commands/placerecommendation.h"
#include "decision/questionbank.h"
#include "decision/recommender.h"
#include "model/document.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

// Secondary text (help, captions): the text colour of `from` blended towards its background, so
// it stays readable in light and dark palettes alike.
void useSecondaryText(QWidget *w, const QPalette &from)
{
    QPalette p = w->palette();
    const QColor text = from.color(QPalette::WindowText);
    const QColor window = from.color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF(0.72 * text.redF() + 0.28 * window.redF(), 0.72 * text.greenF() + 0.28 * window.greenF(),
                  0.72 * text.blueF() + 0.28 * window.blueF());
    p.setColor(QPalette::WindowText, mixed);
    w->setPalette(p);
}

} // namespace

QuestionnairePanel::QuestionnairePanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_bank(QuestionBank::builtin())
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_questionPicker(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_caption(new QLabel(this))
    , m_questionText(new QLabel(this))
    , m_help(new QLabel(this))
    , m_group(new QButtonGroup(this))
    , m_skip(new QPushButton(this))
    , m_chart(new RankingChart(this))
    , m_tree(new RankingTree(this))
    , m_orderRule(new QLabel(this))
    , m_whatIf(new QLabel(this))
    , m_addButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("questionnairePanel"));
    // One scrolling column, in the order a user reads it: the question and its answers, the
    // ranking with "Add to canvas", then the reasons and the help. On a laptop the first three
    // show together; a shorter dock scrolls instead of asking the window for more height.
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("questionPage"));
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(6);
    buildQuestionPage(column);
    buildResults(column);
    scroll->setWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Digits answer whenever the advisor is on screen, wherever the keyboard is in its window
    // (a shortcut on a hidden widget never fires; text fields keep their digits).
    for (int i = 0; i < 9; ++i) {
        auto *sc = new QShortcut(QKeySequence(Qt::Key_1 + i), this, nullptr, nullptr, Qt::WindowShortcut);
        connect(sc, &QShortcut::activated, this, [this, i] { answerByIndex(i, true); });
        m_answerKeys.append(sc);
    }
    auto *skipKey = new QShortcut(QKeySequence(Qt::Key_0), this, nullptr, nullptr, Qt::WindowShortcut);
    connect(skipKey, &QShortcut::activated, this, [this] { step(+1); });
    m_answerKeys.append(skipKey);
    auto *nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, this, [this] { step(+1); });
    auto *prevKey = new QShortcut(QKeySequence(Qt::Key_PageUp), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(prevKey, &QShortcut::activated, this, [this] { step(-1); });

    for (QWidget *w : std::as_const(m_secondary))
        useSecondaryText(w, palette());
    refresh();
}

QuestionnairePanel::~QuestionnairePanel() = default;

void QuestionnairePanel::setAnswerKeysEnabled(bool enabled)
{
    for (QShortcut *key : std::as_const(m_answerKeys))
        key->setEnabled(enabled);
}

void QuestionnairePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // A theme switch: re-derive the blended and greyed colours from the new palette.
        for (QWidget *w : std::as_const(m_secondary))
            useSecondaryText(w, palette());
        refreshRanking();
    }
}

void QuestionnairePanel::buildQuestionPage(QVBoxLayout *layout)
{
    m_progressLabel->setObjectName(QStringLiteral("questionnaireProgress"));
    m_progressLabel->setAccessibleName(tr("Questions answered"));
    m_progressBar->setObjectName(QStringLiteral("questionnaireProgressBar"));
    m_progressBar->setAccessibleName(tr("Questions answered"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(6);
    m_progressBar->setRange(0, int(m_bank.questions().size()));

    m_questionPicker->setObjectName(QStringLiteral("questionPicker"));
    m_questionPicker->setAccessibleName(tr("Question"));
    m_questionPicker->setToolTip(tr("Jump to any question; answered ones are ticked."));
    m_questionPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_questionPicker->setMinimumContentsLength(12);
    for (int i = 0; i < m_bank.questions().size(); ++i)
        m_questionPicker->addItem(QString());
    connect(m_questionPicker, &QComboBox::activated, this, &QuestionnairePanel::setCurrentQuestion);

    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous question"));
    m_previous->setToolTip(tr("Previous question (Page Up)"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next question"));
    m_next->setToolTip(tr("Next question (Page Down)"));
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });

    m_caption->setObjectName(QStringLiteral("questionCaption"));
    m_caption->setWordWrap(true);
    m_secondary.append(m_caption);
    m_questionText->setObjectName(QStringLiteral("questionText"));
    m_questionText->setWordWrap(true);
    QFont bold = m_questionText->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_questionText->setFont(bold);
    m_help->setObjectName(QStringLiteral("questionHelp"));
    m_help->setWordWrap(true);
    m_help->setAccessibleName(tr("About this question"));
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secondary.append(m_help);

    int maxAnswers = 0;
    for (const QuestionSpec &q : m_bank.questions())
        maxAnswers = std::max(maxAnswers, int(q.answers.size()));
    auto *answersLayout = new QVBoxLayout;
    answersLayout->setSpacing(2);
    for (int i = 0; i < maxAnswers; ++i) {
        auto *b = new QRadioButton(this);
        b->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        m_group->addButton(b, i);
        m_answerButtons.append(b);
        answersLayout->addWidget(b);
    }
    // Clicks and arrow keys (which click the next radio button) both answer.
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { answerByIndex(id, false); });

    m_skip->setObjectName(QStringLiteral("skipQuestion"));
    m_skip->setText(tr("Skip"));
    m_skip->setAccessibleName(tr("Skip this question"));
    m_skip->setToolTip(tr("Leave this question unanswered (0) and go to the next one. "
                          "An unanswered question counts for no option and against none."));
    connect(m_skip, &QPushButton::clicked, this, [this] {
        const QuestionSpec &q = m_bank.questions().at(m_current);
        answer(q.id, QString());
        step(+1);
    });

    auto *nav = new QHBoxLayout;
    nav->setSpacing(4);
    nav->addWidget(m_previous);
    nav->addWidget(m_questionPicker, 1);
    nav->addWidget(m_next);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    m_keysHint = new QLabel(this);
    m_keysHint->setObjectName(QStringLiteral("keysHint"));
    m_keysHint->setWordWrap(true);
    m_keysHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_secondary.append(m_keysHint);
    buttons->addWidget(m_keysHint, 1, Qt::AlignRight);

    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addLayout(nav);
    layout->addSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_questionText);
    layout->addLayout(answersLayout);
    layout->addLayout(buttons);
}

void QuestionnairePanel::buildResults(QVBoxLayout *layout)
{
    auto *heading = new QLabel(tr("<b>Ranking</b>"), this);
    m_chart->setObjectName(QStringLiteral("rankingChart"));
    // The list grows with the dock but keeps a few rows when the dock is short.
    m_tree->setMinimumHeight(140);

    // Equal scores are not left to guess: the rule that orders them is said under the list.
    m_orderRule->setObjectName(QStringLiteral("orderRule"));
    m_orderRule->setWordWrap(true);
    m_orderRule->setText(Recommender(m_bank).orderRule());
    m_secondary.append(m_orderRule);

    m_whatIf->setObjectName(QStringLiteral("whatWouldChange"));
    m_whatIf->setAccessibleName(tr("What would change the answer"));
    m_whatIf->setWordWrap(true);
    m_whatIf->setTextFormat(Qt::RichText);
    m_whatIf->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addButton->setObjectName(QStringLiteral("addRecommendation"));
    m_addButton->setAccessibleName(tr("Add the recommended compute to the canvas"));
    m_addButton->setToolTip(tr("Adds the leading option as a node with settings taken from your answers "
                               "(memory, timeout, sizes), in one undoable step."));
    connect(m_addButton, &QPushButton::clicked, this, &QuestionnairePanel::addToCanvas);

    layout->addSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(m_chart);
    layout->addWidget(m_addButton);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_orderRule);
    layout->addWidget(m_whatIf);
    layout->addWidget(m_help);
}

void QuestionnairePanel::setDocument(Document *doc)
{
    if (m_doc == doc)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc) {
        connect(doc, &Document::decisionChanged, this, &QuestionnairePanel::refresh);
        connect(doc, &Document::documentReset, this, &QuestionnairePanel::refresh);
        connect(doc, &QObject::destroyed, this, [this] { refresh(); });
    }
    refresh();
}

Document *QuestionnairePanel::document() const
{
    return m_doc;
}

Answers QuestionnairePanel::currentAnswers() const
{
    return m_doc ? m_doc->data().decision.answers : Answers();
}

void QuestionnairePanel::setCurrentQuestion(int index)
{
    if (index < 0 || index >= m_bank.questions().size())
        return;
    m_current = index;
    showQuestion();
}

void QuestionnairePanel::step(int delta)
{
    const int count = int(m_bank.questions().size());
    setCurrentQuestion(std::clamp(m_current + delta, 0, count - 1));
    // Keep the keyboard on the answers so arrows and digits go on working.
    QAbstractButton *target = m_group->checkedButton() ? m_group->checkedButton() : m_answerButtons.value(0);
    if (target && isVisible())
        target->setFocus(Qt::OtherFocusReason);
}

bool QuestionnairePanel::answer(const QString &question, const QString &answerId)
{
    const QuestionSpec *q = m_bank.question(question);
    if (!m_doc || !q || (!answerId.isEmpty() && !q->answer(answerId)))
        return false;
    if (m_doc->data().decision.answers.answer(question) == answerId)
        return false;
    m_doc->undoStack()->push(ChangeDecisionCommand::answer(m_doc, question, answerId));
    return true;
}

void QuestionnairePanel::answerByIndex(int index, bool advance)
{
    const QuestionSpec &q = m_bank.questions().at(m_current);
    if (index < 0 || index >= q.answers.size())
        return;
    answer(q.id, q.answers.at(index).id);
    if (advance && m_current + 1 < m_bank.questions().size())
        step(+1);
}

QString QuestionnairePanel::addToCanvas()
{
    if (!m_doc || m_recommendation.answered == 0 || m_recommendation.ranking.isEmpty())
        return {};
    auto *cmd = new PlaceRecommendationCommand(m_doc, m_bank, m_catalog, m_recommendation.top(),
                                               PlaceRecommendationCommand::freeSpot(*m_doc));
    if (!cmd->isValid()) {
        delete cmd;
        return {};
    }
    const QString id = cmd->nodeId();
    m_doc->undoStack()->push(cmd);
    emit recommendationPlaced(id);
    return id;
}

void QuestionnairePanel::refresh()
{
    const Answers answers = currentAnswers();
    const int answered = answers.answeredIn(m_bank);
    const int total = int(m_bank.questions().size());
    m_progressLabel->setText(tr("%1 of %2 answered").arg(answered).arg(total));
    m_progressBar->setValue(answered);
    for (int i = 0; i < total; ++i) {
        const QuestionSpec &q = m_bank.questions().at(i);
        const AnswerSpec *a = q.answer(answers.answer(q.id));
        m_questionPicker->setItemText(i, a ? tr("%1. %2 ✓").arg(i + 1).arg(q.title) : tr("%1. %2").arg(i + 1).arg(q.title));
        m_questionPicker->setItemData(i, a ? tr("%1: %2").arg(q.text, a->label) : q.text, Qt::ToolTipRole);
    }
    const bool enabled = m_doc;
    for (QRadioButton *b : m_answerButtons)
        b->setEnabled(enabled);
    m_skip->setEnabled(enabled);
    showQuestion();
    refreshRanking();
}

void QuestionnairePanel::showQuestion()
{
    const QuestionSpec &q = m_bank.questions().at(m_current);
    const int total = int(m_bank.questions().size());
    m_questionPicker->setCurrentIndex(m_current);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < total);
    m_caption->setText(tr("Question %1 of %2 · criterion: %3").arg(m_current + 1).arg(total).arg(q.criterion));
    m_questionText->setText(q.text);
    m_help->setText(q.help);
    m_keysHint->setText(tr("Keys: 1–%1 answer, 0 skips").arg(q.answers.size()));
    const QString current = currentAnswers().answer(q.id);
    // Unchecking every radio button needs a non-exclusive group for a moment.
    m_group->setExclusive(false);
    for (int i = 0; i < m_answerButtons.size(); ++i) {
        QRadioButton *b = m_answerButtons.at(i);
        const bool used = i < q.answers.size();
        b->setVisible(used);
        if (!used)
            continue;
        const AnswerSpec &a = q.answers.at(i);
        b->setText(tr("&%1  %2").arg(i + 1).arg(a.label));
        b->setAccessibleName(a.label);
        QStringList effects;
        for (const AnswerEffect &e : a.effects) {
            const OptionSpec *o = m_bank.option(e.option);
            const QString name = o ? o->name : e.option;
            effects.append(e.exclude ? tr("rules out %1").arg(name)
                                     : tr("%1 %2").arg(e.weight > 0 ? QStringLiteral("+%1").arg(e.weight)
                                                                    : QStringLiteral("−%1").arg(-e.weight),
                                                       name));
        }
        b->setToolTip(effects.isEmpty() ? tr("Neutral: no option gains or loses.") : effects.join(QStringLiteral(", ")));
        b->setChecked(a.id == current);
    }
    m_group->setExclusive(true);
}

void QuestionnairePanel::refreshRanking()
{
    m_recommendation = Recommender(m_bank).recommend(currentAnswers());
    m_chart->setRecommendation(m_recommendation);

    m_tree->setRecommendation(m_recommendation, m_bank);
    m_orderRule->setVisible(m_recommendation.hasTie());

    // What would change the answer.
    if (m_recommendation.answered == 0) {
        m_whatIf->setText(tr("Answer a question to see a ranking. Every option starts at 50; each answer "
                             "adds or removes points, and a hard limit rules an option out."));
    } else if (m_recommendation.whatWouldChange.isEmpty()) {
        m_whatIf->setText(tr("<b>What would change the answer:</b> no change of one or two answers puts %1 first.")
                              .arg(m_recommendation.ranking.value(1).name.toHtmlEscaped()));
    } else {
        QString html = tr("<b>What would change the answer:</b>");
        html += QStringLiteral("<ul style=\"margin-left:12px; -qt-list-indent:0\">");
        for (int i = 0; i < std::min<qsizetype>(2, m_recommendation.whatWouldChange.size()); ++i)
            html += QStringLiteral("<li>%1</li>").arg(m_recommendation.whatWouldChange.at(i).text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_whatIf->setText(html);
    }


    const OptionFit *top = m_recommendation.ranking.isEmpty() ? nullptr : &m_recommendation.ranking.first();
    const bool canAdd = m_doc && top && m_recommendation.answered > 0 && !top->excluded;
    m_addButton->setEnabled(canAdd);
    m_addButton->setText(top && m_recommendation.answered > 0 ? tr("Add %1 to the canvas").arg(top->shortName)
                                                              : tr("Add to the canvas"));
}

} // namespace archscope
