// What the Co-occurrence & TF-IDF lesson asks the engine to do, as jobs: turn a corpus (run
// through the preprocessing pipeline) or a processed corpus into sentences and documents of
// words and count them (word × word or term × document, weighted); cut a dense block of
// the matrix for the heatmap (top-N or typed words, ordered by frequency, alphabetically or
// by clustering, with suggestions for unknown words); cosines and nearest neighbours; and
// the TF-IDF / BM25 search. The jobs only call the engine.
#pragma once

#include "count/Bm25Index.h"
#include "count/CooccurrenceSettings.h"
#include "count/CosineSimilarity.h"
#include "count/TermMatrix.h"
#include "count/TfidfIndex.h"
#include "core/Job.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace lengua {
struct Corpus;
struct ProcessedCorpus;
}

enum class CooccurrenceKind { WordWord, TermDocument };
enum class CooccurrenceWeighting { Counts, Ppmi, PpmiSmoothed, Tfidf };
enum class HeatmapRowOrder { Frequency, Alphabetical, Clustered };

struct CooccurrenceRequest {
    // One of these is set.
    std::shared_ptr<const lengua::Corpus> corpus;
    std::shared_ptr<const lengua::ProcessedCorpus> processedCorpus;
    std::string corpusName;
    CooccurrenceKind kind = CooccurrenceKind::WordWord;
    lengua::CooccurrenceSettings settings; // window, distance weighting, min count
    CooccurrenceWeighting weighting = CooccurrenceWeighting::Ppmi;
    bool dropStopWords = true; // a raw corpus only: a processed corpus is taken as it is
};

// The counting job's result (its std::any holds a std::shared_ptr<const CooccurrenceData>).
struct CooccurrenceData {
    CooccurrenceKind kind = CooccurrenceKind::WordWord;
    CooccurrenceWeighting weighting = CooccurrenceWeighting::Counts;
    lengua::CooccurrenceSettings settings;
    std::string corpusName;
    std::shared_ptr<const lengua::TermMatrix> counts;   // the chosen kind, raw counts
    std::shared_ptr<const lengua::TermMatrix> weighted; // counts as weighted (== counts for Counts)
    std::shared_ptr<const lengua::TfidfIndex> tfidf;    // term × document, for search
    std::shared_ptr<const lengua::Bm25Index> bm25;
    // The start of each document's text (raw corpus) or words (processed), per column of
    // the term × document matrix, so a ranked document can be recognised.
    std::vector<std::string> documentPreviews;
    std::string language;   // for splitting typed text the way the corpus was
    bool lowercase = true;
    std::size_t sentences = 0;
    std::size_t documents = 0;
    std::size_t tokens = 0;
    double seconds = 0.0;
};

struct HeatmapSliceRequest {
    std::shared_ptr<const lengua::TermMatrix> matrix;
    // Typed words (already case-folded like the corpus); empty: the first topN rows.
    std::vector<std::string> words;
    std::size_t topN = 40;
    std::size_t maxRows = 1500;       // more rows than this are not drawn cell by cell
    std::size_t maxColumns = 1500;    // term × document: at most this many documents
    std::size_t maxClusteredRows = 600;
    bool columnsAreRows = true;       // word × word: the columns are the chosen rows too
    HeatmapRowOrder order = HeatmapRowOrder::Frequency;
};

struct UnknownWord {
    std::string word;
    std::vector<std::string> suggestions; // closest vocabulary words, closest first
};

// The heatmap's block: values rows × columns (row-major), in display order.
struct HeatmapSlice {
    std::vector<std::size_t> rows;    // matrix row of each displayed row
    std::vector<std::size_t> columns; // matrix column of each displayed column
    std::vector<std::string> rowLabels;
    std::vector<std::string> columnLabels;
    std::vector<float> values;
    std::vector<UnknownWord> unknown;
    std::size_t requestedRows = 0;    // rows asked for, before the dense limit
    bool rowsCut = false;             // more rows were asked for than maxRows
    bool columnsCut = false;          // more documents than maxColumns
    bool clusteringSkipped = false;   // too many rows to cluster: frequency order kept
    HeatmapRowOrder order = HeatmapRowOrder::Frequency;
};

struct SimilarityRequest {
    std::shared_ptr<const lengua::TermMatrix> matrix;
    bool documents = false;           // compare columns (documents) instead of rows (words)
    std::vector<std::string> words;   // typed words; empty: the first topN rows or columns
    std::size_t topN = 20;
    std::string neighbourWord;        // empty: no neighbour list
    std::size_t neighbours = 15;
};

struct SimilarityResult {
    std::vector<std::string> labels;
    std::vector<float> cosines;       // labels² values, row-major
    std::vector<UnknownWord> unknown;
    std::string neighbourWord;
    std::vector<lengua::CosineSimilarity::Neighbour> neighbours;
    std::vector<UnknownWord> neighbourUnknown; // the neighbour word, when it is unknown
};

struct SearchResult {
    std::vector<std::string> queryTokens;
    std::vector<lengua::TfidfIndex::Hit> tfidf;
    std::vector<lengua::Bm25Index::Hit> bm25;
};

class CooccurrenceComputation {
    Q_DECLARE_TR_FUNCTIONS(CooccurrenceComputation)
public:
    CooccurrenceComputation() = delete;

    // Progress: words (first 40%), then counting and weighting. Throws the engine's errors.
    static lengua::Job::Function countJob(CooccurrenceRequest request);
    static QString countTitle(const CooccurrenceRequest& request);
    // Result: HeatmapSlice.
    static lengua::Job::Function sliceJob(HeatmapSliceRequest request);
    // Result: SimilarityResult.
    static lengua::Job::Function similarityJob(SimilarityRequest request);
    // Result: SearchResult.
    static lengua::Job::Function searchJob(std::shared_ptr<const CooccurrenceData> data,
                                           std::string query, std::size_t limit);

    // Typed text as the corpus's words (split, and case-folded when the corpus was).
    static std::vector<std::string> words(const CooccurrenceData& data, const QString& text);

    static QString kindName(CooccurrenceKind kind);
    static QString weightingName(CooccurrenceWeighting weighting);
    static QString orderName(HeatmapRowOrder order);
};
