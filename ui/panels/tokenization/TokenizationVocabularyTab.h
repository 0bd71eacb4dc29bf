// The Tokenization panel's Vocabulary tab: every token of one tokenizer in a table (id,
// token, how it shows, special, frequency in the training corpus), searchable and sortable.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TokenizerCatalog;
class VocabularyTableModel;

class TokenizationVocabularyTab : public QWidget {
    Q_OBJECT
public:
    explicit TokenizationVocabularyTab(TokenizerCatalog& catalog, QWidget* parent = nullptr);

    VocabularyTableModel* model() const { return m_model; }
    // The table as shown (filtered and sorted), for export.
    QSortFilterProxyModel* shownModel() const { return m_proxy; }
    void retranslate();
    // The workspace's tokenizers changed.
    void rebuildCombo();
    // Chooses the tokenizer listed (workspace id or the bytes key).
    void showVocabularyOf(const QString& key);
    void updateCount();

private:
    TokenizerCatalog& m_catalog;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    VocabularyTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
};
