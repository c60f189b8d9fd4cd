#pragma once

#include <QString>

class QPrinter;
class QWidget;

namespace archscope {

class Catalog;
struct DocumentData;

// Prints a diagram as one page: fitted above the same title block as the PDF export, drawn by
// DiagramPainter. `previewAndPrint` opens a QPrintPreviewDialog (orientation, page size and
// printer chosen there) and prints from it.
class DiagramPrinting
{
public:
    // Paints the page on `printer`; false if it could not be started.
    static bool print(QPrinter *printer, const DocumentData &data, const Catalog &catalog, const QString &author);
    // Modal; returns the dialog's result (QDialog::Accepted when printed).
    static int previewAndPrint(const DocumentData &data, const Catalog &catalog, const QString &author,
                               QWidget *parent);
};

} // namespace archscope
