#include "preferencesdialog.h"

#include "model/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace archscope {

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_theme(new QComboBox(this))
    , m_snap(new QCheckBox(tr("Snap services to the grid"), this))
    , m_horizonDays(new QDoubleSpinBox(this))
    , m_stepS(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_theme->addItem(tr("Follow the system"), AppSettings::themeId(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeId(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeId(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(AppSettings::themeId(settings.theme)));
    m_theme->setAccessibleName(tr("Theme"));
    m_snap->setChecked(settings.snapToGrid);
    m_horizonDays->setRange(Settings::minHorizonS / 86400, Settings::maxHorizonS / 86400);
    m_horizonDays->setDecimals(2);
    m_horizonDays->setSuffix(tr(" days"));
    m_horizonDays->setValue(settings.defaultHorizonS / 86400);
    m_horizonDays->setAccessibleName(tr("Default simulated horizon"));
    m_stepS->setRange(int(Settings::minStepS), int(Settings::maxStepS));
    m_stepS->setSuffix(tr(" s"));
    m_stepS->setValue(int(settings.defaultStepS));
    m_stepS->setAccessibleName(tr("Default simulation step"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_snap);
    form->addRow(tr("New diagrams simulate &for:"), m_horizonDays);
    form->addRow(tr("in &steps of:"), m_stepS);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Archscope starts."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings s = m_settings;
    s.theme = AppSettings::themeFromId(m_theme->currentData().toString());
    s.snapToGrid = m_snap->isChecked();
    s.defaultHorizonS = std::round(m_horizonDays->value() * 86400);
    s.defaultStepS = m_stepS->value();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace archscope
