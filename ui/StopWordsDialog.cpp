// The stop-word list editor (see StopWordsDialog.h).
#include "StopWordsDialog.h"

#include "text/WordList.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StopWordsDialog::StopWordsDialog(const QString& languageName, const QString& text,
                                 const QString& defaultText, QWidget* parent)
    : QDialog(parent), m_defaultText(defaultText)
{
    setObjectName(QStringLiteral("stopWordsDialog"));
    setWindowTitle(tr("Stop words: %1").arg(languageName));

    auto* intro = new QLabel(tr("One word per line. Lines starting with # are comments. "
                                "Matching ignores case, so write the words in lowercase, with "
                                "their accents."),
                             this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("stopWordsEditor"));
    m_editor->setPlainText(text);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("stopWordsCount"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore the default list"),
                                              QDialogButtonBox::ResetRole);
    restore->setObjectName(QStringLiteral("restoreDefaultButton"));
    connect(restore, &QPushButton::clicked, this, [this] { m_editor->setPlainText(m_defaultText); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &StopWordsDialog::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(460, 560);
    updateCount();
}

QString StopWordsDialog::text() const
{
    return m_editor->toPlainText();
}

bool StopWordsDialog::isDefault() const
{
    return text().trimmed() == m_defaultText.trimmed();
}

void StopWordsDialog::updateCount()
{
    const auto words = lengua::parseWordList(text().toStdString());
    m_count->setText(tr("%Ln word(s)", nullptr, int(words.size())));
}
