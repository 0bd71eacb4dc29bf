// Weights between two lists of tokens drawn as lines (bertviz's "head view"): tokens in a
// left and a right column, a line from left token i to right token j whose thickness
// (linearly) and opacity (as the square root) grow with weight(i, j). Several weight sets (one per attention head) share the
// columns, each in its own colour. Hovering a token keeps only its lines; a click pins it.
// Generic on purpose: a GPT's self-attention (queries left, keys right), a seq2seq
// decoder attending to the encoder, BERT. It only displays; the engine computes.
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class TokenLinkView : public QWidget {
    Q_OBJECT
public:
    enum class Side { None, Left, Right };

    struct WeightSet {
        QString name;               // "Head 3", shown in the legend when there are several
        QColor color;               // invalid: the palette's highlight colour
        std::vector<float> weights; // left × right, row-major, in [0, 1]
    };

    explicit TokenLinkView(QWidget* parent = nullptr);

    // Clears the weights and the hovered token.
    void setTokens(const QStringList& left, const QStringList& right);
    QStringList leftTokens() const { return m_left; }
    QStringList rightTokens() const { return m_right; }
    // Column headings ("Query", "Key"); empty: none.
    void setHeadings(const QString& left, const QString& right);
    // Sets whose size is not left × right are dropped.
    void setWeightSets(std::vector<WeightSet> sets);
    int weightSetCount() const { return int(m_sets.size()); }
    // The weight of a link in a set; NaN outside.
    float weight(int set, int left, int right) const;
    // Lines lighter than this are not drawn (a 200-token text has 40,000 of them).
    void setMinimumWeight(float weight);

    // The token whose lines alone are shown (hovered or pinned); Side::None when none.
    Side highlightedSide() const { return m_side; }
    int highlightedIndex() const { return m_index; }
    void setHighlightedToken(Side side, int index);
    // Whether a link is drawn emphasised: it touches the highlighted token. With no
    // highlighted token every link is drawn and none is emphasised.
    bool isLinkHighlighted(int left, int right) const;
    // Whether a link of a set is drawn at all (weight above the minimum and, while a token
    // is highlighted, touching it).
    bool isLinkDrawn(int set, int left, int right) const;
    bool isPinned() const { return m_pinned; }

    // Where a token's label is drawn, and the token under a point.
    QRectF tokenRect(Side side, int index) const;
    std::pair<Side, int> tokenAt(const QPointF& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A token became highlighted (Side::None, -1 when none is).
    void highlightChanged(TokenLinkView::Side side, int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        double leftTextRight = 0; // the left labels end here (right-aligned)
        double rightTextLeft = 0; // the right labels start here
        double labelWidth = 0;
        double top = 0;           // the first row's top
        double rowHeight = 0;
    };
    Geometry geometry() const;
    QFont tokenFont() const;
    int labelWidth() const;
    int headingHeight() const;
    int legendHeight() const;
    QColor colorOf(int set) const;
    QString tokenTooltip(Side side, int index) const;
    void drawLegend(QPainter& painter) const;

    QStringList m_left;
    QStringList m_right;
    QString m_leftHeading;
    QString m_rightHeading;
    std::vector<WeightSet> m_sets;
    float m_minimumWeight = 0.01f;
    Side m_side = Side::None;
    int m_index = -1;
    bool m_pinned = false;
};
