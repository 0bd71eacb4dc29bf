// A labelled scatter plot painted with QPainter (no item per point), for the projections of
// thousands of words or documents: points grouped by colour and drawn in one call per
// colour, zoom with the wheel (around the cursor), pan by dragging, fit with F or a double
// click; hovering finds the point under the cursor through a 2-D grid (LayoutNeighbours);
// labels are drawn without overlap at the current zoom (LabelPlacement), points with a
// lower index first (callers put the most frequent words first); highlighted points are
// ringed and always labelled; a legend shows a colour ramp or categories.
#pragma once

#include "manifold/LayoutNeighbours.h"

#include <QColor>
#include <QElapsedTimer>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <armadillo>

#include <vector>

class QTimer;

class ScatterView : public QWidget {
    Q_OBJECT
public:
    struct LegendEntry {
        QColor colour;
        QString text;
    };

    explicit ScatterView(QWidget* parent = nullptr);

    // New points: labels and N × 2 coordinates. Fits the view.
    void setPoints(const QStringList& labels, const arma::mat& coordinates);
    // Moves the same points (an animation frame); the view keeps following the layout's
    // extent until the user zooms or pans. With animate, the points glide from where they
    // are drawn to the new places over a short time (coordinates() is the new layout at once).
    void setCoordinates(const arma::mat& coordinates, bool animate = false);
    const arma::mat& coordinates() const { return m_coordinates; }
    const QStringList& labels() const { return m_labels; }
    int pointCount() const { return m_labels.size(); }

    // One colour per point (empty: all in the default colour).
    void setColours(const std::vector<QRgb>& colours);
    // A colour ramp legend (title, low and high end texts, the map from 0 to 1) ...
    void setRampLegend(const QString& title, const QString& low, const QString& high,
                       const std::vector<QRgb>& ramp);
    // ... or a categorical one; an empty title hides the legend.
    void setCategoryLegend(const QString& title, const std::vector<LegendEntry>& entries);
    void clearLegend();

    // Rings these points and always labels them.
    void setHighlighted(const std::vector<int>& indices);
    const std::vector<int>& highlighted() const { return m_highlighted; }
    // The point with this label (exact, then case-insensitive), or -1.
    int indexOf(const QString& label) const;
    // Highlights the word's point and centres the view on it; false when absent.
    bool highlightAndCentre(const QString& label);
    // Points drawn with a second ring colour (e.g. the hovered point's neighbours).
    void setMarked(const std::vector<int>& indices);

    int hoveredIndex() const { return m_hovered; }
    // What hovering at this widget position would pick (-1 when nothing is near).
    int pointAt(const QPointF& position) const;
    // Hovers a point as if the mouse were over it (for tests and keyboard use).
    void hoverPoint(int index);

    // Labels drawn in the last paint, and how long the last paint took.
    int drawnLabelCount() const { return m_drawnLabels; }
    double lastPaintMilliseconds() const { return m_lastPaintMs; }

    // "label,x,y" lines after a header (RFC 4180 quoting).
    bool writeCsv(const QString& path, QString* error = nullptr) const;
    void setEmptyText(const QString& text);

    QPointF toScreen(double x, double y) const;

    // Zooms so that these points fill most of the view (at most to a fifth of the whole
    // layout's extent, so their surroundings stay visible).
    void zoomTo(const std::vector<int>& indices);

public Q_SLOTS:
    void fit();

Q_SIGNALS:
    void hovered(int index); // -1 when the mouse leaves the points

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPointF toData(const QPointF& screen) const;
    void paintLegend(QPainter& painter);
    void setHovered(int index);

    QStringList m_labels;
    arma::mat m_coordinates;
    // Animation between frames: drawn = from + (coordinates − from) · progress.
    arma::mat m_animationFrom;
    arma::mat m_drawn;
    QElapsedTimer m_animationClock;
    QTimer* m_animationTimer = nullptr;
    lengua::LayoutNeighbours m_grid;
    std::vector<QRgb> m_colours;
    std::vector<int> m_highlighted;
    std::vector<int> m_marked;
    int m_hovered = -1;

    // View transform: screen = centre of widget + (data − m_centre) · m_scale (y flipped).
    QPointF m_centre;
    double m_scale = 1.0;
    bool m_userMoved = false;
    bool m_dragging = false;
    QPointF m_dragStart;
    QPointF m_dragCentre;

    QString m_legendTitle;
    QString m_rampLow;
    QString m_rampHigh;
    std::vector<QRgb> m_ramp;
    std::vector<LegendEntry> m_categories;
    QString m_emptyText;

    // Label widths in the normal and bold label fonts, measured once per set of points.
    std::vector<float> m_labelWidths;
    std::vector<float> m_boldLabelWidths;
    QString m_widthsFont;

    int m_drawnLabels = 0;
    double m_lastPaintMs = 0.0;
};
