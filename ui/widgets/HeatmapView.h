// A matrix drawn as a heatmap (attention weights, positional encodings, confusion
// counts): rendered once into an image of rows × cols pixels, then drawn scaled, so a
// 5,000 × 5,000 view pans and zooms smoothly. It only displays; the engine computes.
#pragma once

#include "ColorMap.h"

#include <QImage>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <vector>

class HeatmapView : public QWidget {
    Q_OBJECT
public:
    enum class ColorScale { Sequential, Diverging };

    explicit HeatmapView(QWidget* parent = nullptr);

    // values is row-major, rows × cols; a size mismatch shows nothing.
    void setMatrix(std::vector<float> values, int rows, int cols);
    int rows() const { return m_rows; }
    int columns() const { return m_cols; }
    float value(int row, int col) const;
    void setRowLabels(const QStringList& labels);
    void setColumnLabels(const QStringList& labels);
    // What the rows and the columns are ("Query i", "Key j"): the row title is written
    // upwards at the left edge, the column title above the column labels. Empty: none.
    void setAxisTitles(const QString& rowTitle, const QString& columnTitle);
    QString rowTitle() const { return m_rowTitle; }
    QString columnTitle() const { return m_columnTitle; }
    // Cells that do not take part (a causal mask's future): rows × cols, row-major, non-zero
    // = masked; empty = none (a size mismatch is ignored). Masked cells are drawn in a neutral
    // grey with a hatch, keep their value, and their tooltip says maskedText.
    void setMask(std::vector<unsigned char> mask, const QString& maskedText = {});
    bool isMasked(int row, int col) const;
    // The colour a masked cell gets in matrixImage().
    static QRgb maskColor();
    // Outlines one row of the matrix (the token a linked view hovers); -1 for none.
    void setHighlightedRow(int row);
    int highlightedRow() const { return m_highlightedRow; }
    // Sequential uses viridis over [min, max]; Diverging uses blue–white–red with white
    // at 0 and, when the range is automatic, a range symmetric around 0.
    void setColorScale(ColorScale scale);
    ColorScale colorScale() const { return m_scale; }
    // Log scale (sequential only): colours follow log10 of the value; values ≤ 0 get the
    // bottom colour. The automatic range then starts at the smallest positive value.
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    void setValueRange(double minimum, double maximum); // fixed range
    void setAutoValueRange();                           // from the data (the default)
    double rangeMinimum() const { return m_min; }
    double rangeMaximum() const { return m_max; }

    // The rendered matrix: one pixel per cell, transparent where the value is NaN,
    // maskColor() where masked.
    const QImage& matrixImage() const { return m_image; }
    // The widget as it looks now, for ViewExporter and slides.
    QImage grabImage();

    // Cells shown, in cell coordinates (x = column, y = row, may be fractional).
    QRectF visibleCells() const { return m_view; }
    // Where the matrix is drawn inside the widget.
    QRect plotRect() const;
    // The cell (x = column, y = row) under a widget point, or (-1, -1).
    QPoint cellAt(const QPointF& point) const;
    // Only every k-th label is drawn when cells are smaller than a line of text; 0 when
    // there are no labels to draw.
    int visibleRowLabelStep() const;
    int visibleColumnLabelStep() const;
    // The hover text of a cell: "row label × column label: value" (integers exactly, other
    // values to four significant digits), or the masked text; empty outside the matrix.
    QString cellText(int row, int col) const;
    // Zooms by a factor (> 1 enlarges) keeping the cell under the anchor point still.
    void zoomBy(double factor, const QPointF& anchor);
    void resetView();

    QSize sizeHint() const override { return {480, 420}; }
    QSize minimumSizeHint() const override { return {160, 140}; }

Q_SIGNALS:
    void cellHovered(int row, int col); // (-1, -1) when the mouse leaves the matrix
    void cellClicked(int row, int col); // a click that did not drag the view

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Margins {
        int left = 0, top = 0, right = 0, bottom = 0;
    };
    Margins margins() const;
    QFont labelFont() const;
    void updateRange();
    void renderImage();
    void buildLevels();
    double normalised(double value) const;
    void clampView();
    int labelStep(double cellPixels) const;
    QString formatValue(double value) const;
    QString rowLabel(int row) const;
    QString columnLabel(int col) const;
    void drawLabels(QPainter& painter, const QRect& plot) const;
    void drawLegend(QPainter& painter, const QRect& plot) const;
    void drawTitles(QPainter& painter, const QRect& plot) const;
    void drawMaskHatch(QPainter& painter, const QRect& plot) const;
    void setHovered(const QPoint& cell);
    // The widest label of each edge (capped), measured once when labels or font change:
    // measuring 5,000 labels on every paint would cost more than the painting.
    void measureLabels();

    std::vector<float> m_values; // rows × cols, row-major
    int m_rows = 0;
    int m_cols = 0;
    QStringList m_rowLabels;
    QStringList m_colLabels;
    int m_rowLabelExtent = 0;
    int m_colLabelExtent = 0;
    QString m_rowTitle;
    QString m_columnTitle;
    std::vector<unsigned char> m_mask; // rows × cols or empty
    QString m_maskedText;
    int m_highlightedRow = -1;
    ColorScale m_scale = ColorScale::Sequential;
    bool m_log = false;
    bool m_autoRange = true;
    double m_min = 0.0;
    double m_max = 1.0;
    QImage m_image;
    // m_image subsampled by 2, 4, 8…: a zoomed-out frame reads a small image that stays in
    // the cache instead of striding through the whole matrix (5,000² cells = 100 MB).
    std::vector<QImage> m_levels;
    QRectF m_view;
    bool m_dragging = false;
    QPointF m_dragStart;
    bool m_dragMoved = false;
    QRectF m_dragView;
    QPoint m_hovered{-1, -1};
};
