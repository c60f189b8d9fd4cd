#include "exportdialog.h"

#include "catalog/catalog.h"
#include "io/export/imageexporter.h"
#include "io/filewriter.h"
#include "model/documentdata.h"
#include "render/titleblock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTimer>
#include <QVBoxLayout>

namespace archscope {

namespace {

constexpr int maxPreviewTextBytes = 256 * 1024;
constexpr int previewSide = 720;

QPageSize::PageSizeId qtPageSize(ExportPageSize size)
{
    switch (size) {
    case ExportPageSize::A4: return QPageSize::A4;
    case ExportPageSize::Letter: return QPageSize::Letter;
    case ExportPageSize::A3: return QPageSize::A3;
    }
    return QPageSize::A4;
}

} // namespace

struct ExportDialog::Private
{
    DocumentData data;
    const Catalog *catalog = nullptr;
    QString suggestedPath;
    QString sourcePath;

    QComboBox *format = nullptr;
    QComboBox *scale = nullptr;
    QCheckBox *transparent = nullptr;
    QCheckBox *simulation = nullptr;
    QComboBox *pageSize = nullptr;
    QLineEdit *author = nullptr;
    QLabel *scaleLabel = nullptr, *pageSizeLabel = nullptr, *authorLabel = nullptr;
    QLabel *summary = nullptr;
    QStackedWidget *preview = nullptr;
    QLabel *image = nullptr;
    QPlainTextEdit *text = nullptr;
    QPushButton *exportButton = nullptr;
    QTimer *debounce = nullptr;
    QImage lastImage;
};

ExportDialog::ExportDialog(const DocumentData &data, const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->data = data;
    d->catalog = &catalog;
    setWindowTitle(tr("Export"));

    d->format = new QComboBox;
    for (const ExportFormatInfo &f : exportFormats())
        d->format->addItem(f.name, f.id);
    d->scale = new QComboBox;
    d->scale->addItem(tr("1× (as on screen)"), 1.0);
    d->scale->addItem(tr("2× (high DPI)"), 2.0);
    d->scale->addItem(tr("4× (print)"), 4.0);
    d->transparent = new QCheckBox(tr("Transparent background"));
    d->simulation = new QCheckBox(tr("Include the simulation (cost, concurrency)"));
    d->simulation->setChecked(true);
    d->pageSize = new QComboBox;
    for (ExportPageSize s : {ExportPageSize::A4, ExportPageSize::Letter, ExportPageSize::A3})
        d->pageSize->addItem(pageSizeId(s), int(s));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        d->pageSize->setCurrentIndex(1);
    d->author = new QLineEdit(QSettings().value(QStringLiteral("export/author")).toString());
    d->author->setPlaceholderText(tr("Shown in the title block and the report"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), d->format);
    d->scaleLabel = new QLabel(tr("&Scale:"));
    d->scaleLabel->setBuddy(d->scale);
    form->addRow(d->scaleLabel, d->scale);
    form->addRow(QString(), d->transparent);
    form->addRow(QString(), d->simulation);
    d->pageSizeLabel = new QLabel(tr("&Page size:"));
    d->pageSizeLabel->setBuddy(d->pageSize);
    form->addRow(d->pageSizeLabel, d->pageSize);
    d->authorLabel = new QLabel(tr("&Author:"));
    d->authorLabel->setBuddy(d->author);
    form->addRow(d->authorLabel, d->author);
    d->summary = new QLabel;
    d->summary->setWordWrap(true);
    d->summary->setForegroundRole(QPalette::PlaceholderText);
    auto *optionsBox = new QGroupBox(tr("Options"));
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addLayout(form);
    optionsLayout->addWidget(d->summary);
    optionsLayout->addStretch();

    d->image = new QLabel;
    d->image->setAlignment(Qt::AlignCenter);
    d->image->setBackgroundRole(QPalette::Dark);
    d->image->setAutoFillBackground(true);
    auto *imageScroll = new QScrollArea;
    imageScroll->setWidget(d->image);
    imageScroll->setWidgetResizable(true);
    d->text = new QPlainTextEdit;
    d->text->setReadOnly(true);
    d->text->setLineWrapMode(QPlainTextEdit::NoWrap);
    d->text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    d->preview = new QStackedWidget;
    d->preview->addWidget(imageScroll);
    d->preview->addWidget(d->text);
    d->preview->setMinimumSize(520, 380);
    auto *previewBox = new QGroupBox(tr("Preview"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(d->preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    d->exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    d->exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(optionsBox, 0);
    columns->addWidget(previewBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    d->debounce = new QTimer(this);
    d->debounce->setSingleShot(true);
    d->debounce->setInterval(150);
    connect(d->debounce, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto schedule = [this] { d->debounce->start(); };
    connect(d->format, &QComboBox::currentIndexChanged, this, [this, schedule] {
        syncOptionWidgets();
        schedule();
    });
    connect(d->scale, &QComboBox::currentIndexChanged, this, schedule);
    connect(d->transparent, &QCheckBox::toggled, this, schedule);
    connect(d->simulation, &QCheckBox::toggled, this, schedule);
    connect(d->pageSize, &QComboBox::currentIndexChanged, this, schedule);
    connect(d->author, &QLineEdit::textChanged, this, schedule);

    syncOptionWidgets();
    updatePreview();
    resize(1000, 620);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::format() const
{
    return d->format->currentData().toString();
}

void ExportDialog::setFormat(const QString &formatId)
{
    const int i = d->format->findData(formatId);
    if (i >= 0)
        d->format->setCurrentIndex(i);
    syncOptionWidgets();
    updatePreview();
}

void ExportDialog::setAuthor(const QString &author)
{
    d->author->setText(author);
}

void ExportDialog::setSuggestedPath(const QString &path)
{
    d->suggestedPath = path;
}

void ExportDialog::setSourcePath(const QString &path)
{
    d->sourcePath = path;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.catalog = d->catalog;
    o.scale = d->scale->currentData().toDouble();
    o.transparent = d->transparent->isChecked();
    o.pageSize = ExportPageSize(d->pageSize->currentData().toInt());
    o.author = d->author->text().trimmed();
    o.includeSimulation = d->simulation->isChecked();
    return o;
}

void ExportDialog::syncOptionWidgets()
{
    const ExportFormatInfo *f = exportFormat(format());
    if (!f)
        return;
    d->scale->setVisible(f->usesScale);
    d->scaleLabel->setVisible(f->usesScale);
    d->transparent->setVisible(f->usesTransparency);
    d->simulation->setVisible(f->usesSimulation);
    d->pageSize->setVisible(f->usesPageSize);
    d->pageSizeLabel->setVisible(f->usesPageSize);
    d->author->setVisible(f->usesAuthor);
    d->authorLabel->setVisible(f->usesAuthor);
}

QImage ExportDialog::renderPreviewImage(const ExportFormatInfo &format, QString *error) const
{
    const ExportOptions o = options();
    if (format.preview == ExportFormatInfo::Preview::Pdf) {
        // The PDF page, painted by the same code onto an image of the page's proportions.
        const QRectF bounds = ImageExporter::pictureBounds(d->data);
        const auto orientation = bounds.width() > bounds.height() * 1.1 ? QPageLayout::Landscape : QPageLayout::Portrait;
        const QPageLayout layout(QPageSize(qtPageSize(o.pageSize)), orientation, QMarginsF(15, 15, 15, 15),
                                 QPageLayout::Millimeter);
        const QSize full = layout.fullRectPixels(96).size();
        QImage page(full, QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::white);
        QPainter p(&page);
        p.setRenderHint(QPainter::Antialiasing);
        const QRect paint = layout.paintRectPixels(96);
        p.translate(paint.topLeft());
        TitleBlock::paintPage(&p, QRectF(QPointF(0, 0), paint.size()), d->data, *d->catalog,
                              TitleBlock::infoFor(d->data, o.author, o.resolvedDate()), 96 / 72.0);
        p.end();
        return page;
    }
    QByteArray bytes;
    ExportOptions previewOptions = o;
    if (format.id == QLatin1String("png")) {
        // Preview at 1×: the scale only multiplies pixels.
        previewOptions.scale = 1;
        if (!renderExport(format.id, d->data, previewOptions, &bytes, error))
            return {};
        return QImage::fromData(bytes, "PNG");
    }
    if (!renderExport(format.id, d->data, previewOptions, &bytes, error))
        return {};
    QSvgRenderer renderer(bytes);
    if (!renderer.isValid()) {
        *error = tr("the SVG could not be read back");
        return {};
    }
    QImage image(renderer.defaultSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    renderer.render(&p);
    return image;
}

void ExportDialog::updatePreview()
{
    d->debounce->stop();
    const ExportFormatInfo *f = exportFormat(format());
    if (!f)
        return;
    QString error;
    if (f->preview == ExportFormatInfo::Preview::Text) {
        QByteArray bytes;
        if (!renderExport(f->id, d->data, options(), &bytes, &error)) {
            d->text->setPlainText(tr("Cannot export: %1").arg(error));
        } else {
            QString text = QString::fromUtf8(bytes.left(maxPreviewTextBytes));
            if (bytes.size() > maxPreviewTextBytes)
                text += tr("\n… (%1 more bytes)").arg(bytes.size() - maxPreviewTextBytes);
            d->text->setPlainText(text);
        }
        d->summary->setText(tr("%1 — %2 KB").arg(f->name, QString::number((bytes.size() + 1023) / 1024)));
        d->preview->setCurrentWidget(d->text);
        d->lastImage = {};
        return;
    }
    d->lastImage = renderPreviewImage(*f, &error);
    if (d->lastImage.isNull()) {
        d->image->setPixmap({});
        d->image->setText(tr("Cannot export: %1").arg(error));
    } else {
        showImage();
    }
    QString summary = f->name;
    if (f->usesScale) {
        const QSize pixels = ImageExporter::pngSize(d->data, options().scale);
        summary += tr(" — %1 × %2 pixels").arg(QString::number(pixels.width()), QString::number(pixels.height()));
    }
    d->summary->setText(summary);
    d->preview->setCurrentIndex(0);
}

void ExportDialog::showImage()
{
    if (d->lastImage.isNull())
        return;
    // Fit the preview area (never enlarged): the whole picture or page at a glance.
    QSize room = d->preview->size() - QSize(24, 24);
    if (room.width() < 100 || room.height() < 100)
        room = QSize(previewSide, previewSide);
    QImage shown = d->lastImage;
    if (shown.width() > room.width() || shown.height() > room.height())
        shown = shown.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    d->image->setPixmap(QPixmap::fromImage(shown));
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showImage();
}

QString ExportDialog::previewText() const
{
    return d->text->toPlainText();
}

QImage ExportDialog::previewImage() const
{
    return d->lastImage;
}

void ExportDialog::chooseFileAndExport()
{
    const ExportFormatInfo *f = exportFormat(format());
    if (!f)
        return;
    QString suggestion = d->suggestedPath;
    if (suggestion.isEmpty()) {
        QString base = d->data.title.trimmed();
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 ._-]")), QStringLiteral("_"));
        if (base.isEmpty())
            base = tr("diagram");
        suggestion = QDir::home().filePath(base);
    }
    suggestion = QFileInfo(suggestion).path() + QLatin1Char('/') + QFileInfo(suggestion).completeBaseName()
                 + QLatin1Char('.') + f->extension;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as %1").arg(f->name), suggestion, f->fileFilter);
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        accept();
    else if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    if (FileWriter::wouldOverwriteInput(path, d->sourcePath, error))
        return false;
    const ExportOptions o = options();
    if (!o.author.isEmpty())
        QSettings().setValue(QStringLiteral("export/author"), o.author);
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const bool ok = exportDiagram(format(), d->data, o, path, error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!ok && cancelled && error)
        error->clear();
    return ok;
}

} // namespace archscope
