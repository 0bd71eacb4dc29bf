// The lesson box every panel shows at its side: a title, a short explanation with
// the lesson's formula (rich text, set by the panel in the current language) and a
// button that loads the lecture's own example.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTextBrowser;

class LessonBox : public QFrame {
    Q_OBJECT
public:
    explicit LessonBox(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    // Rich text (a subset of HTML): the explanation and the formula.
    void setText(const QString& html);
    QString text() const;

    QPushButton* exampleButton() const { return m_exampleButton; }

Q_SIGNALS:
    void exampleRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_exampleButton = nullptr;
    QString m_html;
};
