// Colour maps for matrix views: viridis (perceptually uniform, for magnitudes such as
// attention weights) and a blue–white–red diverging map (for signed values, white at 0);
// and a categorical palette for series that must be told apart (one colour per head).
#pragma once

#include <QColor>

#include <array>

class ColorMap {
public:
    enum class Kind { Viridis, Diverging };

    explicit ColorMap(Kind kind = Kind::Viridis);

    Kind kind() const { return m_kind; }
    // The colour at t in [0, 1]; t outside is clamped, NaN gives the bottom colour.
    QRgb map(double t) const;
    // The 256-entry table map() reads from (index 0 is t = 0).
    const std::array<QRgb, 256>& table() const;

    static QRgb viridis(double t);
    // t = 0 is dark blue, t = 0.5 near white, t = 1 dark red.
    static QRgb diverging(double t);
    // Ten distinct colours (matplotlib's tab10), repeating after the tenth.
    static QRgb categorical(int index);

private:
    Kind m_kind;
};
