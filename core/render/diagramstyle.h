#pragma once

#include <QColor>
#include <QFont>

namespace archscope {

// Colours and fonts of a rendered diagram; one for light backgrounds, one for dark, one for
// projectors (large type, heavy wires).
struct DiagramStyle
{
    QColor background;
    QColor nodeFill;
    QColor nodeBorder;
    QColor text;
    QColor mutedText;
    QColor wire;
    QColor failureWire;
    QColor selection;
    QColor legalTarget;
    QColor refusedTarget;
    QColor error;
    QColor warning;
    QFont labelFont;
    QFont smallFont;
    double wireWidth = 1.6;

    static DiagramStyle light();
    static DiagramStyle dark();
    // For projectors: larger type, heavier wires, stronger contrast on a light background.
    static DiagramStyle workshop();

    // A copy whose fonts are sized in pixels of a 96 dpi page instead of points, so text keeps
    // its size relative to the shapes on devices of any resolution (printers).
    DiagramStyle withPixelFonts() const;
    // A copy whose fonts set no ligatures, so text in a PDF reads back and searches letter
    // by letter ("confirmation", not "con\uFB01rmation").
    DiagramStyle withPlainLetters() const;
};

} // namespace archscope
