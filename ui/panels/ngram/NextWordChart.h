// The n-gram lesson's next-word picture: one row per candidate word, most probable first,
// with the model's (smoothed) probability as a bar and the counts alone, C(h w) / C(h), as a
// thin bar under it, so the teacher can show what smoothing moves. Hover and click select a
// row (the panel then shows the counts and the formula behind it). It only draws.
#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QAbstractItemModel;

struct NextWordBar {
    QString word;
    int id = -1;
    double probability = 0.0;       // the model's P(w | h) (a score for stupid backoff)
    double relativeFrequency = 0.0; // C(h w) / C(h) of the full context (0 when unseen)
    quint64 ngramCount = 0;         // C(h w)
};

class NextWordChart : public QWidget {
    Q_OBJECT
public:
    explicit NextWordChart(QWidget* parent = nullptr);

    void setBars(std::vector<NextWordBar> bars);
    const std::vector<NextWordBar>& bars() const { return m_bars; }
    void setTitles(const QString& title, const QString& modelTitle, const QString& countsTitle);
    void setFootnote(const QString& text);
    QString footnote() const { return m_footnote; }
    void setEmptyText(const QString& text);

    // The selected row (clicked), or -1.
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);

    int barAt(const QPoint& point) const;
    QRect rowRect(int index) const;
    // The rows as a table: rank, word, P, C(h w), C(h w) / C(h).
    std::unique_ptr<QAbstractItemModel> tableModel() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The row under the mouse (-1 when it leaves), and a clicked row.
    void rowHovered(int index);
    void rowSelected(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Geometry {
        int titleHeight = 0;
        int legendTop = 0;
        int labelLeft = 0, labelWidth = 0;
        int plotLeft = 0, plotWidth = 0;
        int valueLeft = 0;
        int top = 0, rowHeight = 0;
        int footnoteTop = 0;
        int visibleRows = 0;
    };
    Geometry geometry() const;
    double scaleMaximum() const;

    std::vector<NextWordBar> m_bars;
    QString m_title;
    QString m_modelTitle;
    QString m_countsTitle;
    QString m_footnote;
    QString m_emptyText;
    int m_hovered = -1;
    int m_selected = -1;
};
