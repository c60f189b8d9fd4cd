#pragma once

#include "appsettings.h"

class QApplication;

namespace archscope {

// Applies the Fusion style with a light or dark palette that keeps the canvas readable, or
// leaves the platform's own for "system". Returns whether the result is dark.
bool applyTheme(QApplication &app, AppSettings::Theme theme);

} // namespace archscope
