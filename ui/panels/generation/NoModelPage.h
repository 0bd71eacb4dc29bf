// The generation lesson's empty state: no language model in the workspace yet, and the
// button that trains the lecture's small model.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

class NoModelPage : public QWidget {
    Q_OBJECT
public:
    explicit NoModelPage(QWidget* parent = nullptr);

    QPushButton* trainButton() const { return m_trainButton; }
    // While the lecture model trains the button is off and says so.
    void setTraining(bool training);
    // Replaces the explanation (e.g. with why the training could not start).
    void setMessage(const QString& text);
    void retranslate();

private:
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_trainButton;
    bool m_training = false;
    QString m_message;
};
