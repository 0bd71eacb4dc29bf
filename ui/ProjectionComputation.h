// The Projection lesson's jobs: a layout of N points (PCA, t-SNE or UMAP) that publishes
// ProjectionFrame partials while it runs, its quality (trustworthiness and k-NN recall),
// and k-means clusters of the original vectors. The jobs only call the engine.
#pragma once

#include "core/Job.h"
#include "embed/DocumentVectors.h"
#include "manifold/ProjectionFrame.h"
#include "manifold/TsneSettings.h"

#include <QCoreApplication>
#include <QString>

#include <armadillo>

#include <cstdint>
#include <memory>
#include <vector>

struct ProjectionRequest {
    arma::mat points; // N × D, a point per row
    lengua::ProjectionMethod method = lengua::ProjectionMethod::Pca;
    lengua::TsneSettings tsne;
    int umapNeighbours = 15;
    double umapMinimumDistance = 0.1;
    int umapEpochs = 200;
    std::uint64_t seed = 1;
    bool normaliseRows = true; // cosine geometry for word vectors
};

namespace lengua {
struct Corpus;
}

// The documents of a corpus as points (DocumentVectors), with their length in tokens.
struct DocumentPoints {
    lengua::DocumentVectorSet set;
    std::vector<std::uint64_t> lengths; // tokens per row
};

struct ProjectionQualityResult {
    double trustworthiness = 0.0;
    double recall = 0.0;
    int k = 10;
};

class ProjectionComputation {
    Q_DECLARE_TR_FUNCTIONS(ProjectionComputation)
public:
    // Result and partials: lengua::ProjectionFrame.
    static lengua::Job::Function job(ProjectionRequest request);
    // Result: ProjectionQualityResult (k reduced for small N so that k < N / 2).
    static lengua::Job::Function qualityJob(arma::mat original, arma::mat layout, int k = 10);
    // Result: std::vector<int>, a cluster per row.
    static lengua::Job::Function clusterJob(arma::mat points, int clusters, std::uint64_t seed);
    // Result: std::shared_ptr<const DocumentPoints>; the first maxDocuments documents.
    static lengua::Job::Function documentJob(std::shared_ptr<const lengua::Corpus> corpus,
                                             std::size_t maxDocuments = 20000);
    static QString methodName(lengua::ProjectionMethod method);
};
