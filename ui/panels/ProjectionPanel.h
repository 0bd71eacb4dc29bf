// Lesson: Projection. Word vectors (the top N words of an embedding, or a typed list) drawn
// in 2-D by PCA, t-SNE or UMAP, the layout animating while the job runs and, with "follow
// training", re-projected after every word2vec epoch of the Embeddings lesson (aligned to
// the previous picture so points do not jump). Hovering a point compares its neighbours in
// the original space and in the picture; the layout's trustworthiness and k-NN recall are
// measured after it finishes. Points coloured by frequency, by k-means cluster or, for the
// documents of a corpus (DocumentVectors), by their label.
//
// showView names: "scatter" (the picture, projecting the selected embedding if nothing is
// shown yet), "documents" (the documents of the first corpus as TF-IDF + SVD vectors,
// coloured by their label), "example" (the lecture example: word2vec on the Spanish sample,
// t-SNE, casa / escuela / zapatería highlighted).
#pragma once

#include "EmbeddingSnapshot.h"
#include "LessonPanel.h"
#include "manifold/LayoutNeighbours.h"

#include <QPointer>
#include <QString>
#include <QStringList>

#include <armadillo>

#include <memory>
#include <optional>
#include <vector>

class CorpusImporter;
class JobHandle;
class LessonBox;
class NeighbourComparisonView;
class ProjectionForm;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class ScatterView;

namespace lengua {
class WordVectors;
}

class ProjectionPanel : public LessonPanel {
    Q_OBJECT
public:
    ProjectionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
                    QWidget* parent = nullptr);
    ~ProjectionPanel() override;

    void exportCurrentView() override;
    void loadLectureExample() override;
    bool showView(const QString& view) override;

    // Projects the selected embedding with the current settings; returns the job (null when
    // there is nothing to project).
    JobHandle* project();
    JobHandle* projectionJob() const { return m_projectJob; }
    JobHandle* qualityJob() const { return m_qualityJob; }
    JobHandle* exampleJob() const { return m_exampleJob; }
    ScatterView* scatter() const { return m_scatter; }
    NeighbourComparisonView* neighbours() const { return m_neighbours; }
    ProjectionForm* form() const { return m_form; }
    QComboBox* methodCombo() const;
    QSpinBox* topWords() const;
    QLineEdit* searchField() const;
    QCheckBox* followTraining() const;
    int framesReceived() const { return m_framesReceived; }
    QString qualityText() const;
    // Shows the hovered point's neighbours (as hovering over it does).
    void showNeighbours(int index);
    bool writeCoordinatesCsv(const QString& path, QString* error = nullptr) const;

protected:
    void retranslate() override;

private:
    void buildUi();
    void rebuildEmbeddingCombo();
    void rebuildCorpusCombo();
    // Projects rows of vectors: the typed words or the top N (allRows: every row, for documents).
    void startProjection(std::shared_ptr<const lengua::WordVectors> vectors, std::vector<std::uint64_t> counts,
                         bool isSnapshot, bool allRows = false);
    JobHandle* projectDocuments();
    void showFrame(arma::mat coordinates);
    void measureQuality();
    void applyColours();
    void runClusters();
    void search();
    void importFile();
    void exportCsv();
    void followSnapshot(const EmbeddingSnapshot& snapshot);
    void trainExample();
    void projectExample();
    void setStatus(const QString& text, bool error = false);
    void setEmptyText();

    CorpusImporter* m_importer = nullptr;

    ProjectionForm* m_form = nullptr;
    ScatterView* m_scatter = nullptr;
    QLabel* m_quality = nullptr;
    NeighbourComparisonView* m_neighbours = nullptr;
    LessonBox* m_lesson = nullptr;

    // What is shown: the vectors of the displayed points (a store of their own, so that
    // neighbours in the original space are searched among the same points as in 2-D).
    std::shared_ptr<const lengua::WordVectors> m_shown;
    std::vector<std::uint64_t> m_counts;
    QStringList m_labels;
    arma::mat m_original;
    arma::mat m_layout;
    arma::mat m_reference; // the previous finished layout of the same points, for alignment
    lengua::LayoutNeighbours m_layoutNeighbours;
    std::vector<int> m_clusterLabels;
    std::vector<std::string> m_documentLabels; // per point when documents are shown
    std::vector<QString> m_pendingHighlights;
    std::optional<EmbeddingSnapshot> m_pendingSnapshot;
    double m_trustworthiness = -1;
    double m_recall = -1;
    int m_qualityK = 10;
    int m_framesReceived = 0;
    bool m_examplePending = false;
    QString m_followingRun;

    QPointer<JobHandle> m_projectJob;
    QPointer<JobHandle> m_qualityJob;
    QPointer<JobHandle> m_clusterJob;
    QPointer<JobHandle> m_exampleJob;
    QPointer<JobHandle> m_importJob;
    QPointer<JobHandle> m_documentJob;
};
