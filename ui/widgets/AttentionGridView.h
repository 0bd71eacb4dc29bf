// A grid of small heatmaps (bertviz's "model view": layers × heads of a transformer), one
// thumbnail per cell, all of the same matrix size, masked cells grey. Clicking a thumbnail
// selects it and emits its cell, so a panel can open it large. Reused by the BERT and
// seq2seq lessons. It only displays; the engine computes.
#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QStringList>
#include <QWidget>

#include <span>
#include <vector>

class AttentionGridView : public QWidget {
    Q_OBJECT
public:
    explicit AttentionGridView(QWidget* parent = nullptr);

    // gridRows × gridColumns matrices (row-major order of the grid), each matrixRows ×
    // matrixColumns values, row-major, read during the call only. mask: matrixRows ×
    // matrixColumns, non-zero = masked, shared by every thumbnail (empty: none). A size
    // mismatch shows nothing. A thumbnail keeps at most maxThumbnailCells × maxThumbnailCells
    // values: a larger matrix is pooled by the maximum of each block, so that a sharp head
    // stays visible (and 144 heads of a 1,024-token text fit in memory).
    void setMatrices(int gridRows, int gridColumns, const std::vector<std::span<const float>>& matrices,
                     int matrixRows, int matrixColumns, std::span<const unsigned char> mask = {});
    static constexpr int maxThumbnailCells = 128;
    int gridRows() const { return m_gridRows; }
    int gridColumns() const { return m_gridCols; }
    // One label per grid row / column ("Layer 0", "Head 3"), and what they count.
    void setRowLabels(const QStringList& labels);
    void setColumnLabels(const QStringList& labels);
    void setAxisTitles(const QString& rowTitle, const QString& columnTitle);
    // Colours from 0 to each thumbnail's own maximum (patterns of weak heads show), or
    // from 0 to 1 for all (heads compare). Default: own maximum.
    void setScaledPerThumbnail(bool on);
    bool scaledPerThumbnail() const { return m_perThumbnail; }

    // The rendered thumbnail of a cell: one pixel per matrix cell (per pooled block).
    QImage thumbnail(int row, int column) const;
    QRect thumbnailRect(int row, int column) const;
    // The grid cell (x = column, y = row) under a point, or (-1, -1).
    QPoint cellAt(const QPointF& point) const;
    void setSelectedCell(int row, int column); // (-1, -1) for none
    QPoint selectedCell() const { return m_selected; }

    QSize sizeHint() const override { return {640, 560}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

Q_SIGNALS:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout {
        int left = 0;  // x of the first thumbnail
        int top = 0;   // y of the first thumbnail
        int size = 0;  // thumbnail side
        int gap = 0;
    };
    Layout layout() const;
    QFont labelFont() const;
    void renderThumbnails();
    QString rowLabel(int row) const;
    QString columnLabel(int column) const;

    int m_gridRows = 0;
    int m_gridCols = 0;
    int m_thumbRows = 0; // pooled size
    int m_thumbCols = 0;
    std::vector<std::vector<float>> m_pooled;   // per cell, m_thumbRows × m_thumbCols
    std::vector<unsigned char> m_pooledMask;    // masked only where the whole block is
    std::vector<QImage> m_thumbnails;
    QStringList m_rowLabels;
    QStringList m_colLabels;
    QString m_rowTitle;
    QString m_columnTitle;
    bool m_perThumbnail = true;
    QPoint m_selected{-1, -1};
    QPoint m_hovered{-1, -1};
};
