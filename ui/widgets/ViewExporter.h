// Saves what a view shows: a widget as PNG (rendered at twice its size, for
// projectors and slides) or SVG, and a table model as CSV (RFC 4180, UTF-8).
// The *WithDialog functions ask for the file; the write* functions are for tests.
#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QWidget;

class ViewExporter {
    Q_DECLARE_TR_FUNCTIONS(ViewExporter)
public:
    // Asks for a .png or .svg file name and writes the picture; shows a message on failure.
    static void exportPictureWithDialog(QWidget* view, QWidget* parent);
    // Asks for a .csv file name and writes the table (header row first).
    static void exportTableWithDialog(const QAbstractItemModel* model, QWidget* parent);

    // Renders the view at devicePixelRatio 2 into a PNG file.
    static bool writePng(QWidget* view, const QString& path, QString* error = nullptr);
    // Renders the view as vector drawing commands into an SVG file.
    static bool writeSvg(QWidget* view, const QString& path, QString* error = nullptr);
    // Writes the model's DisplayRole text: one header row from headerData, then one
    // line per row, fields quoted when they hold a comma, a quote or a line break.
    static bool writeCsv(const QAbstractItemModel* model, const QString& path,
                         QString* error = nullptr);

    // One CSV field, quoted and with doubled quotes when RFC 4180 requires it.
    static QString csvField(const QString& text);
};
