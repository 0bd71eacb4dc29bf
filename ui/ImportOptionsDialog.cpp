// The import options dialog (see ImportOptionsDialog.h).
#include "ImportOptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

bool isJsonLines(const lengua::TablePreview& preview)
{
    return preview.format == lengua::CorpusFormat::JsonLines;
}

// The column a person most likely wants as text: a header called "text" (or a
// translation of it), else the one with the longest fields in the preview.
int likelyTextColumn(const lengua::TablePreview& preview)
{
    for (std::size_t c = 0; c < preview.columns.size(); ++c) {
        const QString name = QString::fromStdString(preview.columns[c]).toLower();
        if (name == QLatin1String("text") || name == QLatin1String("texto")
            || name == QLatin1String("review") || name == QLatin1String("content"))
            return int(c);
    }
    return -1;
}

int likelyLabelColumn(const lengua::TablePreview& preview)
{
    for (std::size_t c = 0; c < preview.columns.size(); ++c) {
        const QString name = QString::fromStdString(preview.columns[c]).toLower();
        if (name == QLatin1String("label") || name == QLatin1String("etiqueta")
            || name == QLatin1String("class") || name == QLatin1String("category")
            || name == QLatin1String("sentiment") || name == QLatin1String("lang"))
            return int(c);
    }
    return -1;
}

} // namespace

ImportOptionsDialog::ImportOptionsDialog(const QString& fileName,
                                         const lengua::TablePreview& preview, QWidget* parent)
    : QDialog(parent), m_preview(preview)
{
    setObjectName(QStringLiteral("importOptionsDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    const bool json = isJsonLines(preview);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    // Whole sentences per format, so that translations can agree in gender and number.
    const QString encoding = QString::fromStdString(preview.decoding.encoding);
    QString summary;
    if (json)
        summary = tr("%1 is read as JSON Lines (one object per line), encoding %2. The first "
                     "objects are shown below: choose which field holds the text of each "
                     "document and which, if any, its label.").arg(fileName, encoding);
    else if (preview.format == lengua::CorpusFormat::Tsv)
        summary = tr("%1 is read as a tab-separated table, encoding %2. The first rows are shown "
                     "below: choose which column holds the text of each document and which, if "
                     "any, its label.").arg(fileName, encoding);
    else
        summary = tr("%1 is read as a comma-separated table, encoding %2. The first rows are "
                     "shown below: choose which column holds the text of each document and "
                     "which, if any, its label.").arg(fileName, encoding);
    if (!json && !preview.hasHeader)
        summary += QLatin1Char(' ') + tr("The file has no header row: columns are numbered.");
    m_summary->setText(summary);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setColumnCount(int(preview.columns.size()));
    m_table->setRowCount(int(preview.rows.size()));
    QStringList headers;
    for (const auto& column : preview.columns)
        headers << QString::fromStdString(column);
    m_table->setHorizontalHeaderLabels(headers);
    for (std::size_t r = 0; r < preview.rows.size(); ++r) {
        for (std::size_t c = 0; c < preview.rows[r].size() && c < preview.columns.size(); ++c) {
            const QString cell = QString::fromStdString(preview.rows[r][c]);
            auto* item = new QTableWidgetItem(cell.simplified().left(200));
            item->setToolTip(cell.left(1000));
            m_table->setItem(int(r), int(c), item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));

    m_textCombo = new QComboBox(this);
    m_textCombo->setObjectName(QStringLiteral("textColumnCombo"));
    m_textCombo->setToolTip(tr("The column whose cells become the documents' text"));
    if (!json)
        m_textCombo->addItem(tr("(automatic: the column with the longest texts)"), QString());
    m_labelCombo = new QComboBox(this);
    m_labelCombo->setObjectName(QStringLiteral("labelColumnCombo"));
    m_labelCombo->setToolTip(tr("An optional class or topic label for each document"));
    m_labelCombo->addItem(tr("(none)"), QString());
    for (const QString& header : headers) {
        m_textCombo->addItem(header, header);
        m_labelCombo->addItem(header, header);
    }
    const int text = likelyTextColumn(preview);
    if (text >= 0)
        m_textCombo->setCurrentIndex(m_textCombo->findData(headers[text]));
    const int label = likelyLabelColumn(preview);
    if (label >= 0 && label != text)
        m_labelCombo->setCurrentIndex(m_labelCombo->findData(headers[label]));

    auto* form = new QFormLayout;
    form->addRow(json ? tr("Text field:") : tr("Text column:"), m_textCombo);
    form->addRow(json ? tr("Label field:") : tr("Label column:"), m_labelCombo);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_textCombo, &QComboBox::currentIndexChanged, this,
            &ImportOptionsDialog::highlightChosenColumns);
    connect(m_labelCombo, &QComboBox::currentIndexChanged, this,
            &ImportOptionsDialog::highlightChosenColumns);
    highlightChosenColumns();
    resize(820, 520);
}

void ImportOptionsDialog::highlightChosenColumns()
{
    // Show the choice in the preview itself: the text column bold, the label italic.
    const QString text = m_textCombo->currentData().toString();
    const QString label = m_labelCombo->currentData().toString();
    for (int c = 0; c < m_table->columnCount(); ++c) {
        const QString name = m_table->horizontalHeaderItem(c)->text();
        QFont font = m_table->font();
        font.setBold(!text.isEmpty() && name == text);
        font.setItalic(!label.isEmpty() && name == label);
        m_table->horizontalHeaderItem(c)->setFont(font);
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (auto* item = m_table->item(r, c))
                item->setFont(font);
    }
}

lengua::LoadOptions ImportOptionsDialog::options() const
{
    lengua::LoadOptions options;
    options.format = m_preview.format;
    const std::string text = m_textCombo->currentData().toString().toStdString();
    const std::string label = m_labelCombo->currentData().toString().toStdString();
    if (isJsonLines(m_preview)) {
        if (!text.empty())
            options.textField = text;
        options.labelField = label;
    } else {
        options.textColumn = text;
        options.labelColumn = label;
    }
    return options;
}
