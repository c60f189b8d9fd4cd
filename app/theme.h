#pragma once

class QApplication;

namespace archscope {

// Applies the Fusion style with a light or dark palette that keeps the canvas readable.
void applyTheme(QApplication &app, bool dark);

} // namespace archscope
