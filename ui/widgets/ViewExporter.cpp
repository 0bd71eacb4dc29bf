// Picture and table export shared by every panel (see ViewExporter.h).
#include "ViewExporter.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace {

// The directory of the last export, so a series of exports lands in one place.
QString& lastDirectory()
{
    static QString directory =
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return directory;
}

QString suggestedPath(QWidget* view, const QString& suffix)
{
    QString base = view ? view->windowTitle() : QString();
    if (base.isEmpty() && view)
        base = view->objectName();
    if (base.isEmpty())
        base = QStringLiteral("lengua");
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    return QDir(lastDirectory()).filePath(base + QLatin1Char('.') + suffix);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

QString ViewExporter::csvField(const QString& text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool ViewExporter::writePng(QWidget* view, const QString& path, QString* error)
{
    if (!view || view->size().isEmpty()) {
        setError(error, tr("There is nothing to export: the view is empty."));
        return false;
    }
    // Twice the widget's size in pixels: sharp on a projector and in slides, while
    // the layout stays the one the person saw.
    constexpr qreal ratio = 2.0;
    QPixmap pixmap(view->size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(view->palette().window().color());
    view->render(&pixmap);
    if (!pixmap.save(path, "PNG")) {
        setError(error, tr("%1: the picture could not be written (check the folder exists "
                           "and is writable).").arg(QFileInfo(path).fileName()));
        return false;
    }
    return true;
}

bool ViewExporter::writeSvg(QWidget* view, const QString& path, QString* error)
{
    if (!view || view->size().isEmpty()) {
        setError(error, tr("There is nothing to export: the view is empty."));
        return false;
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(view->windowTitle().isEmpty() ? QStringLiteral("Lengua")
                                                     : view->windowTitle());
    generator.setDescription(tr("Exported from Lengua"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        setError(error, tr("%1: the drawing could not be written (check the folder exists "
                           "and is writable).").arg(QFileInfo(path).fileName()));
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), view->size()), view->palette().window());
    view->render(&painter);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        setError(error, tr("%1: the drawing could not be written.").arg(QFileInfo(path).fileName()));
        return false;
    }
    return true;
}

bool ViewExporter::writeCsv(const QAbstractItemModel* model, const QString& path, QString* error)
{
    if (!model) {
        setError(error, tr("There is no table to export."));
        return false;
    }
    // QSaveFile: a failed or interrupted export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("%1: the file could not be opened for writing (%2).")
                            .arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    QString line;
    auto writeLine = [&] {
        line += QLatin1String("\r\n"); // RFC 4180 line ending
        file.write(line.toUtf8());
        line.clear();
    };
    for (int c = 0; c < columns; ++c) {
        if (c)
            line += QLatin1Char(',');
        line += csvField(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    writeLine();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c)
                line += QLatin1Char(',');
            line += csvField(model->data(model->index(r, c), Qt::DisplayRole).toString());
        }
        writeLine();
    }
    if (!file.commit()) {
        setError(error, tr("%1: the file could not be written (%2).")
                            .arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return true;
}

void ViewExporter::exportPictureWithDialog(QWidget* view, QWidget* parent)
{
    QString selectedFilter;
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(parent, tr("Export picture"),
                                                suggestedPath(view, QStringLiteral("png")),
                                                pngFilter + QLatin1String(";;") + svgFilter,
                                                &selectedFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool svg = suffix == QLatin1String("svg");
    if (suffix != QLatin1String("png") && !svg) {
        svg = selectedFilter == svgFilter;
        path += svg ? QLatin1String(".svg") : QLatin1String(".png");
    }
    lastDirectory() = QFileInfo(path).absolutePath();
    QString error;
    const bool ok = svg ? writeSvg(view, path, &error) : writePng(view, path, &error);
    if (!ok)
        QMessageBox::warning(parent, tr("Export picture"), error);
}

void ViewExporter::exportTableWithDialog(const QAbstractItemModel* model, QWidget* parent)
{
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export table"),
        QDir(lastDirectory()).filePath(QStringLiteral("lengua-table.csv")),
        tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".csv");
    lastDirectory() = QFileInfo(path).absolutePath();
    QString error;
    if (!writeCsv(model, path, &error))
        QMessageBox::warning(parent, tr("Export table"), error);
}
