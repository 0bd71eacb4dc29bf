// The Frequencies tab of the Corpus panel: every word with its count, most frequent
// first, sortable, filtered by a search box, exportable as CSV. Its texts belong to
// the CorpusPanel translation context.
#pragma once

#include <QWidget>

#include <memory>

namespace lengua {
struct CorpusStatistics;
}

class FrequencyProxyModel;
class FrequencyTableModel;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class FrequencyView : public QWidget {
    Q_OBJECT
public:
    explicit FrequencyView(QWidget* parent = nullptr);

    // The table of these statistics (nullptr empties it); call updateCount() after.
    void setStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics);
    // "N words", or "n of N words" while filtering.
    void updateCount();
    // Ctrl+F: puts the focus in the search box, its text selected.
    void focusSearch();
    // The table as shown (filtered and sorted), for export.
    const QAbstractItemModel* shownModel() const;
    void retranslate();

private:
    void applyFilter();

    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    FrequencyTableModel* m_model = nullptr;
    FrequencyProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
};
