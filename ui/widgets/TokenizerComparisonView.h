// Two to four tokenizers on the same text, one row each: a tokenizer chooser, a summary
// (tokens, characters per token) and the text as a TokenStrip. The view only shows what
// the panel gives it; choosing a tokenizer, adding or removing a row emits rowsChanged().
#pragma once

#include "TokenStrip.h"

#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

class TokenizerComparisonView : public QWidget {
    Q_OBJECT
public:
    static constexpr int minimumRows = 1;
    static constexpr int maximumRows = 4;

    struct Choice {
        QString id;      // the panel's key ("builtin:bytes", a workspace tokenizer id)
        QString name;
        QString tooltip;
        bool separatorBefore = false;
    };

    explicit TokenizerComparisonView(QWidget* parent = nullptr);

    // Refills every chooser; a row keeps its choice while it is still offered.
    void setChoices(const std::vector<Choice>& choices);
    int rowCount() const { return int(m_rows.size()); }
    // Adds a row choosing id (or the first choice no row shows yet).
    void addRow(const QString& id = {});
    void removeRow(int row);
    QString rowChoice(int row) const;
    void setRowChoice(int row, const QString& id);
    void setRowResult(int row, std::vector<TokenChip> chips, const QString& summary);
    // A message instead of chips ("Training…", an error).
    void setRowMessage(int row, const QString& message);
    TokenStrip* strip(int row) const;
    QLabel* summaryLabel(int row) const;

    void retranslate();

Q_SIGNALS:
    void rowsChanged();

private:
    struct Row {
        QFrame* frame = nullptr;
        QComboBox* combo = nullptr;
        QToolButton* remove = nullptr;
        QLabel* summary = nullptr;
        TokenStrip* strip = nullptr;
    };
    void fillCombo(QComboBox* combo, const QString& keep);
    void updateButtons();

    std::vector<Choice> m_choices;
    std::vector<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_addButton = nullptr;
};
