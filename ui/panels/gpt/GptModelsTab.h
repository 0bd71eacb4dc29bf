// The workspace's language models as a table (name, kind, parameters, description),
// with rename and remove, "Import GPT-2 checkpoint..." (a Hugging Face folder, read in
// a job) and "Export..." (the same layout, written in a job).
#pragma once

#include "Workspace.h"

#include <QWidget>

#include <functional>

class JobHandle;
class JobRunner;
class QLabel;
class QPushButton;
class QTableWidget;

class GptModelsTab : public QWidget {
    Q_OBJECT
public:
    // fallbackTokenizer gives the workspace tokenizer chosen in the form (its id), used for
    // a checkpoint folder without vocab.json / merges.txt.
    GptModelsTab(Workspace& workspace, JobRunner& jobs, std::function<QString()> fallbackTokenizer,
                 QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The id of the selected model (empty when none).
    QString selectedModelId() const;
    void selectModel(const QString& id);

    // Reads a Hugging Face GPT-2 folder in a job and adds the model. Returns the job, or
    // nullptr (with the reason in statusText()) when nothing started.
    JobHandle* importCheckpoint(const QString& folder);
    // Writes the model in the Hugging Face layout in a job; nullptr when nothing started.
    JobHandle* exportModel(const QString& id, const QString& folder);
    QString statusText() const;

    void retranslate();

public Q_SLOTS:
    void importWithDialog();
    void exportWithDialog();
    void renameSelected();
    void removeSelected();

Q_SIGNALS:
    // The user chose a model (to show its loss curve).
    void modelSelected(const QString& id);

private:
    void rebuild();
    void setStatus(const QString& text, bool problem);
    void updateDetails();

    Workspace& m_workspace;
    JobRunner& m_jobs;
    std::function<QString()> m_fallbackTokenizer;
    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
};
