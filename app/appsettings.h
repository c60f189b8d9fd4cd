#pragma once

#include <QString>

namespace archscope {

// The application's persistent preferences (QSettings), with their defaults in one place.
struct AppSettings
{
    enum class Theme { System, Light, Dark };

    Theme theme = Theme::System;
    bool snapToGrid = true;
    double defaultHorizonS = 7 * 86400;
    double defaultStepS = 60;
    QString language;  // empty: the system's

    static AppSettings load();
    void save() const;

    static QString themeId(Theme theme);
    static Theme themeFromId(const QString &id);
};

} // namespace archscope
