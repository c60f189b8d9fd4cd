#include "appsettings.h"

#include "model/settings.h"

#include <QSettings>

namespace archscope {

QString AppSettings::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromId(const QString &id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.theme = themeFromId(s.value(QStringLiteral("appearance/theme")).toString());
    a.snapToGrid = s.value(QStringLiteral("canvas/snapToGrid"), a.snapToGrid).toBool();
    // Stored values are checked: a hand-edited settings file must not break new documents.
    const double horizon = s.value(QStringLiteral("simulation/horizonS"), a.defaultHorizonS).toDouble();
    if (horizon >= Settings::minHorizonS && horizon <= Settings::maxHorizonS)
        a.defaultHorizonS = horizon;
    const double step = s.value(QStringLiteral("simulation/stepS"), a.defaultStepS).toDouble();
    if (step >= Settings::minStepS && step <= Settings::maxStepS)
        a.defaultStepS = step;
    a.language = s.value(QStringLiteral("general/language")).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("appearance/theme"), themeId(theme));
    s.setValue(QStringLiteral("canvas/snapToGrid"), snapToGrid);
    s.setValue(QStringLiteral("simulation/horizonS"), defaultHorizonS);
    s.setValue(QStringLiteral("simulation/stepS"), defaultStepS);
    s.setValue(QStringLiteral("general/language"), language);
}

} // namespace archscope
