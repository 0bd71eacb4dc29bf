// The documents of a corpus as a table (number, id, label, first 80 characters),
// read straight from the shared corpus: nothing is copied, so a corpus of 720,000
// documents costs the model nothing until rows are shown.
#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace lengua {
struct Corpus;
}

class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, IdColumn, LabelColumn, StartColumn, ColumnCount };
    static constexpr int previewCharacters = 80;

    explicit DocumentListModel(QObject* parent = nullptr);

    void setCorpus(std::shared_ptr<const lengua::Corpus> corpus);
    const std::shared_ptr<const lengua::Corpus>& corpus() const { return m_corpus; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The first characters of a text on one line (line breaks and tabs as spaces).
    static QString preview(const std::string& text, int characters = previewCharacters);

private:
    std::shared_ptr<const lengua::Corpus> m_corpus;
};
