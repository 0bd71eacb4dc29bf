// The Corrections tab of the Preprocessing panel: every spelling correction made in
// a processed corpus, with how often and where, sortable and exportable as CSV. A
// double-clicked row asks the panel to show its document. Its texts belong to the
// PreprocessingPanel translation context.
#pragma once

#include <QWidget>

#include <memory>

namespace lengua {
struct ProcessedCorpus;
}

class CorrectionsTableModel;
class QAbstractItemModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class CorrectionsView : public QWidget {
    Q_OBJECT
public:
    explicit CorrectionsView(QWidget* parent = nullptr);

    // The corrections of this processed corpus (nullptr: none yet).
    void setResult(std::shared_ptr<const lengua::ProcessedCorpus> result);
    CorrectionsTableModel* model() const { return m_model; }
    // The table as shown (sorted), for export.
    const QAbstractItemModel* shownModel() const;
    void retranslate();

signals:
    // A row was activated: the id of the document of its correction.
    void documentRequested(const QString& id);

private:
    void updateStatus();

    std::shared_ptr<const lengua::ProcessedCorpus> m_result;
    QLabel* m_status = nullptr;
    CorrectionsTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_export = nullptr;
};
