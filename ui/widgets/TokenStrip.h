// A text shown as coloured token chips, each with its id underneath, wrapping like
// text: the tokenization lessons' picture, reused wherever tokens are shown (GPT's
// prompts, BERT's masks). It only draws what it is given; the panel decides the
// text, colour and tooltip of each chip.
#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

struct TokenChip {
    QString text;        // as shown: spaces made visible, bytes as <0xE2>
    int id = -1;         // shown under the chip; -1 shows nothing
    QString tooltip;     // rich text allowed
    bool special = false; // [CLS], <|endoftext|>: drawn with a dashed border
    bool unknown = false; // [UNK]: drawn in the warning colour
};

class TokenStrip : public QWidget {
    Q_OBJECT
public:
    explicit TokenStrip(QWidget* parent = nullptr);

    void setTokens(std::vector<TokenChip> tokens);
    const std::vector<TokenChip>& tokens() const { return m_tokens; }
    void setShowIds(bool show);
    // The chip under a point, or -1.
    int chipAt(const QPoint& point) const;
    // The background colour of chip i (a cycling qualitative palette).
    QColor chipColor(int index) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void chipClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    // Lays the chips out for a width; returns the total height.
    int layoutChips(int width, std::vector<QRect>* rects) const;

    std::vector<TokenChip> m_tokens;
    std::vector<QRect> m_rects;
    bool m_showIds = true;
};
