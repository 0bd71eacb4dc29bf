// The workbench's look: Fusion style with a tuned light or dark palette, and a
// text size that can grow for a projector.
#pragma once

#include <QString>

class QApplication;

class Theme {
public:
    enum class Mode { Light, Dark };

    static void apply(Mode mode);
    static Mode parse(const QString& name); // "dark" -> Dark, anything else -> Light
    static QString name(Mode mode);

    // Base point size of the application font; 0 restores the platform default.
    static void setTextSize(int pointSize);
    static int defaultTextSize();
};
