// The next-token picture: one row per candidate token, most probable first, with two
// bars each: the model's own probability (softmax at temperature 1) and the probability
// after temperature and truncation (renormalised over the kept tokens). Tokens cut by
// top-k or top-p are greyed, and marked lines show where a cut falls (top-p's
// cumulative cut-off). It only draws what it is given; the panel computes the numbers.
// Hover shows the exact values; a click on a row emits barClicked (the generation
// panel appends that token); the context menu exports PNG/SVG and CSV.
#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QAbstractItemModel;

struct ProbabilityBar {
    enum class Cut { Kept, TopK, TopP, Greedy }; // why a token is outside the kept set

    QString label;         // the token as shown: spaces and newlines made visible
    int id = -1;           // token id
    double before = 0.0;      // softmax(logits), temperature 1
    double temperature = 0.0; // softmax(logits / T), before truncation
    double after = 0.0;       // after top-k / top-p, renormalised (0 when cut)
    double cumulative = 0.0;  // cumulative probability up to this rank (what top-p reads)
    Cut cut = Cut::Kept;
};

// A marked line drawn below bar afterIndex (between it and the next one).
struct ProbabilityCutLine {
    int afterIndex = -1;
    QString label; // "top-p 0.90 — cumulative 0.93"
    QColor color;  // invalid: the palette's warning red
};

class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);

    void setBars(std::vector<ProbabilityBar> bars);
    const std::vector<ProbabilityBar>& bars() const { return m_bars; }
    void setCutLines(std::vector<ProbabilityCutLine> lines);
    const std::vector<ProbabilityCutLine>& cutLines() const { return m_cutLines; }
    // A line under the last row ("49 990 more tokens share 3.1 %"); the legend's titles.
    void setFootnote(const QString& text);
    QString footnote() const { return m_footnote; }
    void setLegend(const QString& beforeTitle, const QString& afterTitle);
    // Shown in the middle when there are no bars ("Type a prompt").
    void setEmptyText(const QString& text);
    // Rows can be clicked (step-by-step mode); off while a generation runs.
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

    // How many rows the current height shows at a readable size (the panel asks for no more).
    int rowsThatFit() const;

    // The row under a point, or -1; the rectangle of row index (for tests and hovering).
    int barAt(const QPoint& point) const;
    QRect rowRect(int index) const;
    // Exact values of row index, rich text.
    QString tooltip(int index) const;

    // The rows as a table: rank, id, token, the three probabilities, cumulative, kept.
    std::unique_ptr<QAbstractItemModel> tableModel() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barClicked(int index);
    // The height changed so that rowsThatFit() changed.
    void rowsThatFitChanged(int rows);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRect legend;    // top strip: swatches and titles
        QRect axis;      // tick labels above the plot
        int labelLeft = 0, labelWidth = 0; // token column
        int plotLeft = 0, plotWidth = 0;   // bars
        int valueLeft = 0, valueWidth = 0; // "12.3 % → 25.1 %"
        int top = 0;     // first row
        int rowHeight = 0;
        QRect footnote;
    };
    Geometry geometry() const;
    double scaleMaximum() const; // the axis end: a round number above every bar

    std::vector<ProbabilityBar> m_bars;
    std::vector<ProbabilityCutLine> m_cutLines;
    QString m_footnote;
    QString m_beforeTitle;
    QString m_afterTitle;
    QString m_emptyText;
    bool m_clickable = true;
    int m_hovered = -1;
    int m_rowsThatFit = 0;
};
