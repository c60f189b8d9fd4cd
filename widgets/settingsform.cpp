#include "settingsform.h"

#include "commands/simplecommands.h"
#include "horizonspinbox.h"
#include "model/document.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

#include <climits>
#include <cmath>

namespace archscope {

namespace {

constexpr int secondsPerHour = 3600;

QString tip(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

// Names and describes an editor for screen readers, and gives it the same help as a tooltip.
void describe(QWidget *editor, const char *objectName, const QString &name, const QString &help)
{
    editor->setObjectName(QString::fromLatin1(objectName));
    editor->setAccessibleName(name);
    editor->setAccessibleDescription(help);
    editor->setToolTip(tip(help));
}

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const QString &suffix, QSpinBox *box = nullptr)
{
    if (!box)
        box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false); // one command per committed number, not per keystroke
    box->setAccelerated(true);
    box->setGroupSeparatorShown(true);
    WheelGuard::install(box);
    return box;
}

} // namespace

SettingsForm::SettingsForm(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    // One form for all rows keeps every editor in one column; a bold caption opens each part.
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget *simulation = this;

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Untitled"));
    describe(m_title, "settings_title", tr("Title"),
             tr("Shown in the title block of exports and reports."));
    form->addRow(tr("&Title"), m_title);

    auto *caption = new QLabel(tr("Simulation"), this);
    caption->setObjectName(QStringLiteral("settings_simulationCaption"));
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    caption->setContentsMargins(0, 8, 0, 0);
    form->addRow(caption);

    auto *region = new QLabel(QStringLiteral("us-east-1"), simulation);
    describe(region, "settings_region", tr("Region"),
             tr("Prices and limits are the us-east-1 list prices."));
    region->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Region"), region);

    static_assert(Settings::minHorizonS == 3600 && Settings::maxHorizonS == 744 * 3600 && Settings::minStepS == 1
                      && Settings::maxStepS == 3600,
                  "the help texts below name the ranges");
    // In days and hours as the Simulation dock writes it ("30 days"), not "720 h".
    m_horizonHours = spinBox(simulation, int(Settings::minHorizonS / secondsPerHour), int(Settings::maxHorizonS / secondsPerHour),
                             QString(), new HorizonSpinBox(simulation));
    describe(m_horizonHours, "settings_horizonS", tr("Horizon"),
             tr("How much time the simulation covers: 1 hour to 31 days. Type a number of hours, "
                "or of days followed by \"days\"."));
    form->addRow(tr("&Horizon"), m_horizonHours);

    m_step = spinBox(simulation, int(Settings::minStepS), int(Settings::maxStepS), tr(" s", "seconds"));
    describe(m_step, "settings_stepS", tr("Step"),
             tr("The simulated time between two samples: 1 s to 1 hour. Smaller steps show "
                "short bursts and cold starts; larger steps simulate long horizons faster."));
    form->addRow(tr("&Step"), m_step);

    m_seed = spinBox(simulation, 0, INT_MAX, QString());
    m_seed->setGroupSeparatorShown(false);
    describe(m_seed, "settings_seed", tr("Seed"),
             tr("Random traffic (Poisson noise) is the same for the same seed: change it to see "
                "another sample."));
    form->addRow(tr("S&eed"), m_seed);

    // Named in the label column: a check box's own text cannot wrap in a narrow dock.
    m_freeTier = new QCheckBox(simulation);
    describe(m_freeTier, "settings_freeTier", tr("Free tier"),
             tr("Subtract the monthly free tier (for Lambda: 1 million requests and 400,000 "
                "GB-seconds) from the cost."));
    form->addRow(tr("Free tier"), m_freeTier);

    m_accountConcurrency = spinBox(simulation, Settings::minAccountConcurrency, Settings::maxAccountConcurrency, QString());
    describe(m_accountConcurrency, "settings_accountConcurrency", tr("Account concurrency"),
             tr("Concurrent Lambda executions allowed in the Region: 1,000 by default, raised "
                "on request. Functions without reserved concurrency share what is left."));
    form->addRow(tr("Account &concurrency"), m_accountConcurrency);

    m_scaling = new QComboBox(simulation);
    m_scaling->addItem(tr("2023 (per function)"), QStringLiteral("2023"));
    m_scaling->addItem(tr("Legacy (per account)"), QStringLiteral("legacy"));
    m_scaling->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scaling->setMinimumContentsLength(10);
    describe(m_scaling, "settings_scaling", tr("Lambda scaling"),
             tr("How fast Lambda adds execution environments. Since November 2023 each function "
                "adds up to 1,000 every 10 seconds; before, an account had a burst of 500 to "
                "3,000, then 500 more per minute."));
    WheelGuard::install(m_scaling);
    form->addRow(tr("Lambda sc&aling"), m_scaling);

    sync();

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        m_title->setModified(false);
        if (m_doc && m_title->text() != m_doc->data().title)
            m_doc->undoStack()->push(new ChangeTitleCommand(m_doc, m_title->text()));
    });
    connect(m_horizonHours, &QSpinBox::valueChanged, this, [this](int hours) {
        changeSettings([hours](Settings &s) { s.horizonS = double(hours) * secondsPerHour; });
    });
    connect(m_step, &QSpinBox::valueChanged, this,
            [this](int seconds) { changeSettings([seconds](Settings &s) { s.stepS = seconds; }); });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this](int seed) { changeSettings([seed](Settings &s) { s.seed = seed; }); });
    connect(m_freeTier, &QCheckBox::toggled, this,
            [this](bool on) { changeSettings([on](Settings &s) { s.freeTier = on; }); });
    connect(m_accountConcurrency, &QSpinBox::valueChanged, this,
            [this](int n) { changeSettings([n](Settings &s) { s.accountConcurrency = n; }); });
    connect(m_scaling, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = m_scaling->itemData(index).toString();
        changeSettings([id](Settings &s) { s.scaling = id; });
    });
}

void SettingsForm::changeSettings(const std::function<void(Settings &)> &change)
{
    if (!m_doc)
        return;
    Settings settings = m_doc->data().settings;
    change(settings);
    if (settings != m_doc->data().settings)
        m_doc->undoStack()->push(new ChangeSettingsCommand(m_doc, settings));
}

void SettingsForm::sync()
{
    if (!m_doc)
        return;
    const Settings &s = m_doc->data().settings;
    if (!(m_title->hasFocus() && m_title->isModified()) && m_title->text() != m_doc->data().title)
        m_title->setText(m_doc->data().title);

    auto show = [](QSpinBox *box, double value) {
        const int v =
            int(std::clamp(std::round(value), double(box->minimum()), double(box->maximum())));
        if (box->value() != v) {
            const QSignalBlocker blocker(box);
            box->setValue(v);
        }
    };
    show(m_horizonHours, s.horizonS / secondsPerHour);
    show(m_step, s.stepS);
    show(m_seed, double(s.seed));
    show(m_accountConcurrency, s.accountConcurrency);
    {
        const QSignalBlocker blocker(m_freeTier);
        m_freeTier->setChecked(s.freeTier);
    }
    const int scaling = m_scaling->findData(s.scaling);
    if (m_scaling->currentIndex() != scaling) {
        const QSignalBlocker blocker(m_scaling);
        m_scaling->setCurrentIndex(scaling);
    }
}

QWidget *SettingsForm::editorFor(const QString &key) const
{
    const QString name = QStringLiteral("settings_") + key;
    for (QWidget *editor : std::initializer_list<QWidget *>{
             m_title, m_horizonHours, m_step, m_seed, m_freeTier, m_accountConcurrency, m_scaling})
        if (editor->objectName() == name)
            return editor;
    return nullptr;
}

} // namespace archscope
