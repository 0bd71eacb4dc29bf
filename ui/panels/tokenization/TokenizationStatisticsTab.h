// The Tokenization panel's Statistics tab: every tokenizer measured as a job on the held-out
// documents of the panel's corpus (tokens per word, bytes per token, unknown tokens).
#pragma once

#include "tokenize/TokenizerStatistics.h"

#include <QPointer>
#include <QWidget>

#include <utility>
#include <vector>

class JobHandle;
class QLabel;
class QPushButton;
class QTableWidget;
class TokenizerCatalog;

class TokenizationStatisticsTab : public QWidget {
    Q_OBJECT
public:
    explicit TokenizationStatisticsTab(TokenizerCatalog& catalog, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void retranslate();
    // Measures every tokenizer of the workspace (and the built-ins in use) on the held-out
    // documents of the current corpus.
    JobHandle* computeStatistics();
    // Fills the table with the last measurement and explains it.
    void showStatistics();

private:
    TokenizerCatalog& m_catalog;
    QPointer<JobHandle> m_job;
    std::vector<std::pair<QString, lengua::TokenizerStatistics>> m_statistics;
    QString m_corpus;

    QLabel* m_hint = nullptr;
    QPushButton* m_measureButton = nullptr;
    QPushButton* m_export = nullptr;
    QTableWidget* m_table = nullptr;
};
