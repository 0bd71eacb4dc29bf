// The "next word" view of the N-grams lesson: a context box (the lecture's "el señorial
// chalet se encontraba a la izquierda de la"), the next-word distribution as bars, and for
// the selected or hovered word the counts behind it and the smoothing formula filled in
// (NgramModel::estimate). Words the model never saw get suggestions (ClosestWords).
#pragma once

#include "NgramModelRef.h"
#include "count/NgramEstimate.h"

#include <QWidget>

#include <optional>

class NextWordChart;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTextBrowser;
class QTimer;

class NextWordView : public QWidget {
    Q_OBJECT
public:
    explicit NextWordView(QWidget* parent = nullptr);

    void setModel(NgramModelRef model);
    // Applied at once (typing waits for a pause).
    void setContext(const QString& text);
    QString context() const;

    NextWordChart* chart() const { return m_chart; }
    // The formula box's rich text and the unknown-word message ("" when every word is known).
    QString formulaHtml() const;
    QString unknownMessage() const;
    // The estimate behind the selected (or hovered) word, when there is one.
    const std::optional<lengua::NgramEstimate>& shownEstimate() const { return m_estimate; }
    // The ids the model is asked with (the words of the context box).
    const std::vector<lengua::TokenId>& contextIds() const { return m_contextIds; }

    void retranslate();

private:
    void refresh();
    void showWord(int index);

    NgramModelRef m_model;
    QLabel* m_contextLabel = nullptr;
    QLineEdit* m_context = nullptr;
    QLabel* m_shownLabel = nullptr;
    QSpinBox* m_shown = nullptr;
    QTimer* m_timer = nullptr;
    QLabel* m_unknown = nullptr;
    NextWordChart* m_chart = nullptr;
    QTextBrowser* m_formula = nullptr;
    std::vector<lengua::TokenId> m_contextIds;
    std::optional<lengua::NgramEstimate> m_estimate;
};
