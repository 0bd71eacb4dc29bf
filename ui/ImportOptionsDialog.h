// Asks how to read a table or a JSON Lines file before loading it: shows its first
// rows (from previewTable) and lets the person pick the text column and the label
// column ("(none)"). The result is LoadOptions for loadCorpus.
#pragma once

#include "text/CorpusLoader.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

class ImportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    ImportOptionsDialog(const QString& fileName, const lengua::TablePreview& preview,
                        QWidget* parent = nullptr);

    // The options for loadCorpus: format, then the chosen columns (CSV/TSV) or
    // fields (JSON Lines).
    lengua::LoadOptions options() const;

    QComboBox* textCombo() const { return m_textCombo; }
    QComboBox* labelCombo() const { return m_labelCombo; }

private:
    void highlightChosenColumns();

    lengua::TablePreview m_preview;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_textCombo = nullptr;
    QComboBox* m_labelCombo = nullptr;
};
