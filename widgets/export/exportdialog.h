#pragma once

#include "io/export/exportregistry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace archscope {

class Catalog;
struct DocumentData;

// File → Export: picks a format and its options, shows a live preview (the picture for PNG,
// SVG and PDF, the text for the others) and writes the file through exportDiagram. Holds no
// export logic of its own.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `data` is copied: the dialog exports the diagram as it was when opened.
    ExportDialog(const DocumentData &data, const Catalog &catalog, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString format() const;
    void setFormat(const QString &formatId);
    ExportOptions options() const;
    // The author for the PDF title block and the report; remembered in QSettings
    // ("export/author") unless set here.
    void setAuthor(const QString &author);
    // Extra report sections (questionnaire, or simulation results the caller already has; then
    // untick "Include the simulation" or it runs again) passed on to md/html exports.
    void setReportSections(const QList<std::shared_ptr<const ReportSection>> &sections);
    // Where the file dialog starts and what it suggests.
    void setSuggestedPath(const QString &path);

    // Exports to `path` with a progress dialog; false with the reason in `error` on failure or
    // cancellation (the dialog shows nothing itself; File → Export's button shows the reason).
    bool exportTo(const QString &path, QString *error);
    // The preview's current text (text formats) or picture (image formats); for tests.
    QString previewText() const;
    QImage previewImage() const;

public slots:
    void updatePreview();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void chooseFileAndExport();
    void showImage();
    void syncOptionWidgets();
    QImage renderPreviewImage(const ExportFormatInfo &format, QString *error) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace archscope
