#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace archscope {

// Edits AppSettings: theme, snapping, the simulation defaults for new documents, language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

private:
    AppSettings m_settings;
    QComboBox *m_theme;
    QCheckBox *m_snap;
    QDoubleSpinBox *m_horizonDays;
    QSpinBox *m_stepS;
    QComboBox *m_language;
};

} // namespace archscope
