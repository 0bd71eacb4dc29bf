// Evaluation of the shown vectors, as a job: a word-similarity file (WordSim-353 format:
// Spearman's ρ between the cosines and the human ratings, and the coverage) and an analogy
// file (Google's questions-words format: accuracy per section, semantic, syntactic and in
// total, and the coverage), both chosen in file dialogs; the results in one table that
// exports as CSV.
#pragma once

#include "embed/AnalogyReport.h"
#include "embed/SimilarityReport.h"
#include "embed/WordVectors.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class JobHandle;
class JobRunner;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class RunControls;

// The evaluation job's result.
struct EmbeddingEvaluationResult {
    std::optional<lengua::SimilarityReport> similarity;
    std::optional<lengua::AnalogyReport> analogies;
    QString similarityFile;
    QString analogyFile;
};

class EmbeddingEvaluationView : public QWidget {
    Q_OBJECT
public:
    EmbeddingEvaluationView(JobRunner& jobs, QWidget* parent = nullptr);
    ~EmbeddingEvaluationView() override;

    void setVectors(std::shared_ptr<const lengua::WordVectors> vectors, const QString& name);
    void setSimilarityFile(const QString& path);
    void setAnalogyFile(const QString& path);
    // Starts the job on the files chosen; nullptr when there is nothing to evaluate.
    JobHandle* evaluate();
    JobHandle* job() const { return m_job; }

    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    void retranslate();

private:
    void chooseSimilarityFile();
    void chooseAnalogyFile();
    void showResult(const EmbeddingEvaluationResult& result);
    void updateCanRun();

    JobRunner& m_jobs;
    std::shared_ptr<const lengua::WordVectors> m_vectors;
    QString m_name;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_similarityPath = nullptr;
    QPushButton* m_similarityChoose = nullptr;
    QLineEdit* m_analogyPath = nullptr;
    QPushButton* m_analogyChoose = nullptr;
    QComboBox* m_method = nullptr;
    QSpinBox* m_searchLimit = nullptr;
    QCheckBox* m_lowercase = nullptr;
    RunControls* m_run = nullptr;
    QPushButton* m_export = nullptr;
    QTableWidget* m_table = nullptr;
    QPointer<JobHandle> m_job;
};
