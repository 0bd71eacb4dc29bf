// The Vocabulary tab of the Preprocessing panel: the chart of types and tokens after
// each step, a hint on how to read it, and its export. Its texts belong to the
// PreprocessingPanel translation context.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class VocabularyChart;

class VocabularyView : public QWidget {
    Q_OBJECT
public:
    explicit VocabularyView(QWidget* parent = nullptr);

    VocabularyChart* chart() const { return m_chart; }
    void retranslate();

private:
    VocabularyChart* m_chart = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_export = nullptr;
};
