// Edits the stop-word list of one language: the project's default list, or the
// workspace's own version of it. One word per line; lines starting with '#' are
// comments. The caller saves the text (Workspace::setSetting).
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

class StopWordsDialog : public QDialog {
    Q_OBJECT
public:
    // languageName: shown in the title ("Spanish"); text: the list being edited;
    // defaultText: what "Restore the default list" puts back.
    StopWordsDialog(const QString& languageName, const QString& text, const QString& defaultText,
                    QWidget* parent = nullptr);

    QString text() const;
    // True when the text is the default list (then the caller stores nothing).
    bool isDefault() const;

private:
    void updateCount();

    QString m_defaultText;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_count = nullptr;
};
