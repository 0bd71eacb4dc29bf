// The Co-occurrence & TF-IDF lesson's jobs; see CooccurrenceComputation.h.
#include "CooccurrenceComputation.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "count/ClosestWords.h"
#include "count/MatrixWeighting.h"
#include "count/NgramSentences.h"
#include "count/RowClustering.h"
#include "count/TermDocumentMatrix.h"
#include "count/WordCooccurrence.h"
#include "text/Corpus.h"
#include "text/Pipeline.h"
#include "text/ProcessedCorpus.h"
#include "text/StopWordList.h"

#include <QCollator>

#include <algorithm>
#include <chrono>
#include <numeric>

namespace {

// Progress of an inner step mapped into [from, from + share).
lengua::JobContext innerContext(lengua::JobContext& outer, double from, double share)
{
    return lengua::JobContext(outer.stopToken(), [&outer, from, share](const lengua::JobProgress& p) {
        outer.reportProgress(from + share * p.fraction, p.message);
    });
}

// A raw corpus through the preprocessing pipeline's defaults (clean, NFC, sentences, words,
// lower case), with the stop words out when asked: the words a count is made of.
lengua::ProcessedCorpus preprocess(const lengua::Corpus& corpus, bool dropStopWords,
                                   lengua::JobContext& context)
{
    lengua::PipelineSettings settings;
    if (corpus.language == "es" || corpus.language == "en")
        settings.language = corpus.language;
    settings.stopWords = dropStopWords;
    if (dropStopWords && settings.language == "auto") {
        // A bilingual corpus (the sample): both languages' function words go.
        std::vector<std::string> both = lengua::StopWordList::defaults("es").words();
        const std::vector<std::string> english = lengua::StopWordList::defaults("en").words();
        both.insert(both.end(), english.begin(), english.end());
        settings.stopWordList = std::move(both);
    }
    return lengua::Pipeline(settings).run(corpus, context);
}

constexpr std::size_t previewBytes = 160;

// The start of a text, cut at a character boundary.
std::string preview(const std::string& text)
{
    if (text.size() <= previewBytes)
        return text;
    std::size_t end = previewBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end) + "…";
}

std::string preview(const std::vector<std::string>& tokens)
{
    std::string out;
    for (const std::string& token : tokens) {
        if (out.size() + token.size() > previewBytes)
            return out + " …";
        if (!out.empty())
            out += ' ';
        out += token;
    }
    return out;
}

std::vector<UnknownWord> lookUp(const lengua::TermMatrix& matrix, bool byColumn,
                                const std::vector<std::string>& words,
                                std::vector<std::size_t>& found)
{
    std::vector<UnknownWord> unknown;
    for (const std::string& word : words) {
        const auto index = byColumn ? matrix.columnIndex(word) : matrix.rowIndex(word);
        if (index) {
            if (std::find(found.begin(), found.end(), *index) == found.end())
                found.push_back(*index);
        } else {
            const auto& vocabulary = byColumn ? matrix.columnLabels() : matrix.rowLabels();
            unknown.push_back({word, lengua::ClosestWords::find(word, vocabulary)});
        }
    }
    return unknown;
}

std::vector<std::size_t> firstIndices(std::size_t count)
{
    std::vector<std::size_t> out(count);
    std::iota(out.begin(), out.end(), std::size_t(0));
    return out;
}

// The labels' order as a person reads a dictionary (accents and case aside).
std::vector<std::size_t> alphabeticalOrder(const std::vector<std::string>& labels)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::vector<QString> keys;
    keys.reserve(labels.size());
    for (const std::string& label : labels)
        keys.push_back(QString::fromStdString(label));
    std::vector<std::size_t> order = firstIndices(labels.size());
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return collator.compare(keys[a], keys[b]) < 0;
    });
    return order;
}

std::vector<float> transposed(const std::vector<float>& values, std::size_t rows, std::size_t columns)
{
    std::vector<float> out(values.size());
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            out[c * rows + r] = values[r * columns + c];
    return out;
}

template <typename T>
std::vector<T> permuted(const std::vector<T>& items, const std::vector<std::size_t>& order)
{
    std::vector<T> out;
    out.reserve(order.size());
    for (const std::size_t i : order)
        out.push_back(items[i]);
    return out;
}

} // namespace

QString CooccurrenceComputation::kindName(CooccurrenceKind kind)
{
    switch (kind) {
    case CooccurrenceKind::WordWord: return tr("Word × word (window)");
    case CooccurrenceKind::TermDocument: return tr("Word × document");
    }
    return {};
}

QString CooccurrenceComputation::weightingName(CooccurrenceWeighting weighting)
{
    switch (weighting) {
    case CooccurrenceWeighting::Counts: return tr("Counts");
    case CooccurrenceWeighting::Ppmi: return tr("PPMI");
    case CooccurrenceWeighting::PpmiSmoothed: return tr("PPMI, α = 0.75");
    case CooccurrenceWeighting::Tfidf: return tr("TF-IDF");
    }
    return {};
}

QString CooccurrenceComputation::orderName(HeatmapRowOrder order)
{
    switch (order) {
    case HeatmapRowOrder::Frequency: return tr("By frequency");
    case HeatmapRowOrder::Alphabetical: return tr("Alphabetical");
    case HeatmapRowOrder::Clustered: return tr("Clustered (similar rows together)");
    }
    return {};
}

QString CooccurrenceComputation::countTitle(const CooccurrenceRequest& request)
{
    return tr("Counting %1 in %2")
        .arg(kindName(request.kind).toLower(), QString::fromStdString(request.corpusName));
}

std::vector<std::string> CooccurrenceComputation::words(const CooccurrenceData& data, const QString& text)
{
    return lengua::NgramSentences::words(text.toStdString(), data.language, data.lowercase);
}

lengua::Job::Function CooccurrenceComputation::countJob(CooccurrenceRequest request)
{
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        if (!request.corpus && !request.processedCorpus)
            throw lengua::Error("co-occurrence: no corpus was chosen");
        request.settings.validate();
        const auto started = std::chrono::steady_clock::now();
        auto data = std::make_shared<CooccurrenceData>();
        data->kind = request.kind;
        data->weighting = request.weighting;
        data->settings = request.settings;
        data->corpusName = request.corpusName;

        std::shared_ptr<const lengua::ProcessedCorpus> processed = request.processedCorpus;
        if (!processed) {
            lengua::JobContext inner = innerContext(context, 0.0, 0.4);
            processed = std::make_shared<const lengua::ProcessedCorpus>(
                preprocess(*request.corpus, request.dropStopWords, inner));
        }
        data->language = processed->language;
        data->lowercase = processed->settings.lower;

        // Documents for the term × document matrix and the search; sentences for the window.
        std::vector<lengua::TermDocumentMatrix::Document> documents;
        documents.reserve(processed->documents.size());
        const bool rawTexts = request.corpus
            && request.corpus->documents.size() == processed->documents.size();
        for (std::size_t d = 0; d < processed->documents.size(); ++d) {
            const auto& document = processed->documents[d];
            lengua::TermDocumentMatrix::Document out;
            out.name = document.id.empty() ? std::to_string(documents.size() + 1) : document.id;
            for (const auto& sentence : document.sentences)
                out.tokens.insert(out.tokens.end(), sentence.begin(), sentence.end());
            data->tokens += out.tokens.size();
            if (out.tokens.empty())
                continue;
            data->documentPreviews.push_back(rawTexts ? preview(request.corpus->documents[d].text)
                                                      : preview(out.tokens));
            documents.push_back(std::move(out));
        }
        if (documents.empty())
            throw lengua::Error("co-occurrence: the corpus has no word to count");
        data->documents = documents.size();
        context.throwIfStopped();

        lengua::JobContext termContext = innerContext(context, 0.4, 0.15);
        auto termDocument = std::make_shared<const lengua::TermMatrix>(
            lengua::TermDocumentMatrix::build(documents, request.settings.minCount, &termContext));
        documents.clear();
        documents.shrink_to_fit();
        data->tfidf = std::make_shared<const lengua::TfidfIndex>(*termDocument);
        data->bm25 = std::make_shared<const lengua::Bm25Index>(*termDocument);
        context.reportProgress(0.6);

        if (request.kind == CooccurrenceKind::WordWord) {
            const lengua::NgramSentences::Sentences sentences
                = lengua::NgramSentences::fromProcessed(*processed);
            data->sentences = sentences.size();
            processed.reset();
            lengua::JobContext windowContext = innerContext(context, 0.6, 0.3);
            data->counts = std::make_shared<const lengua::TermMatrix>(
                lengua::WordCooccurrence::count(sentences, request.settings, &windowContext));
        } else {
            data->sentences = processed->sentenceCount();
            data->counts = termDocument;
        }
        context.throwIfStopped();
        switch (request.weighting) {
        case CooccurrenceWeighting::Counts:
            data->weighted = data->counts;
            break;
        case CooccurrenceWeighting::Ppmi:
            data->weighted = std::make_shared<const lengua::TermMatrix>(
                lengua::MatrixWeighting::ppmi(*data->counts, 1.0));
            break;
        case CooccurrenceWeighting::PpmiSmoothed:
            data->weighted = std::make_shared<const lengua::TermMatrix>(
                lengua::MatrixWeighting::ppmi(*data->counts, 0.75));
            break;
        case CooccurrenceWeighting::Tfidf:
            data->weighted = std::make_shared<const lengua::TermMatrix>(
                lengua::MatrixWeighting::tfidf(*data->counts));
            break;
        }
        data->seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        context.reportProgress(1.0);
        return std::shared_ptr<const CooccurrenceData>(std::move(data));
    };
}

lengua::Job::Function CooccurrenceComputation::sliceJob(HeatmapSliceRequest request)
{
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        if (!request.matrix)
            throw lengua::Error("heatmap: there is no matrix");
        const lengua::TermMatrix& matrix = *request.matrix;
        HeatmapSlice slice;
        slice.order = request.order;
        if (request.words.empty()) {
            slice.requestedRows = std::min(request.topN, matrix.rows());
            slice.rows = firstIndices(slice.requestedRows);
        } else {
            slice.unknown = lookUp(matrix, false, request.words, slice.rows);
            slice.requestedRows = slice.rows.size();
        }
        if (slice.rows.size() > request.maxRows) {
            slice.rows.resize(request.maxRows); // the most frequent (or first typed) rows
            slice.rowsCut = true;
        }
        if (request.columnsAreRows) {
            slice.columns = slice.rows;
        } else {
            slice.columns = firstIndices(std::min(matrix.columns(), request.maxColumns));
            slice.columnsCut = matrix.columns() > request.maxColumns;
        }
        context.throwIfStopped();
        slice.values = matrix.dense(slice.rows, slice.columns);
        context.reportProgress(0.3);

        const std::size_t rows = slice.rows.size();
        const std::size_t columns = slice.columns.size();
        std::vector<std::size_t> rowOrder = firstIndices(rows);
        std::vector<std::size_t> columnOrder = firstIndices(columns);
        std::vector<std::string> rowLabels;
        for (const std::size_t r : slice.rows)
            rowLabels.push_back(matrix.rowLabels()[r]);
        std::vector<std::string> columnLabels;
        for (const std::size_t c : slice.columns)
            columnLabels.push_back(matrix.columnLabels()[c]);

        if (request.order == HeatmapRowOrder::Alphabetical) {
            rowOrder = alphabeticalOrder(rowLabels);
            if (request.columnsAreRows)
                columnOrder = rowOrder;
        } else if (request.order == HeatmapRowOrder::Clustered && rows > 2) {
            if (rows > request.maxClusteredRows) {
                slice.clusteringSkipped = true;
            } else {
                rowOrder = lengua::RowClustering::order(slice.values, rows, columns);
                context.throwIfStopped();
                if (request.columnsAreRows)
                    columnOrder = rowOrder;
                else if (columns > 2 && columns <= request.maxClusteredRows)
                    columnOrder = lengua::RowClustering::order(transposed(slice.values, rows, columns),
                                                               columns, rows);
            }
        }
        context.throwIfStopped();
        std::vector<float> ordered(rows * columns);
        for (std::size_t r = 0; r < rows; ++r)
            for (std::size_t c = 0; c < columns; ++c)
                ordered[r * columns + c] = slice.values[rowOrder[r] * columns + columnOrder[c]];
        slice.values = std::move(ordered);
        slice.rows = permuted(slice.rows, rowOrder);
        slice.columns = permuted(slice.columns, columnOrder);
        slice.rowLabels = permuted(rowLabels, rowOrder);
        slice.columnLabels = permuted(columnLabels, columnOrder);
        context.reportProgress(1.0);
        return slice;
    };
}

lengua::Job::Function CooccurrenceComputation::similarityJob(SimilarityRequest request)
{
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        if (!request.matrix)
            throw lengua::Error("similarity: there is no matrix");
        const lengua::TermMatrix& matrix = *request.matrix;
        SimilarityResult result;
        std::vector<std::size_t> chosen;
        const std::size_t available = request.documents ? matrix.columns() : matrix.rows();
        if (request.words.empty())
            chosen = firstIndices(std::min(request.topN, available));
        else
            result.unknown = lookUp(matrix, request.documents, request.words, chosen);
        const auto& labels = request.documents ? matrix.columnLabels() : matrix.rowLabels();
        for (const std::size_t i : chosen)
            result.labels.push_back(labels[i]);
        result.cosines = request.documents ? lengua::CosineSimilarity::columnCosines(matrix, chosen)
                                           : lengua::CosineSimilarity::rowCosines(matrix, chosen);
        context.throwIfStopped();
        context.reportProgress(0.5);
        if (!request.neighbourWord.empty() && !request.documents) {
            result.neighbourWord = request.neighbourWord;
            if (const auto row = matrix.rowIndex(request.neighbourWord))
                result.neighbours = lengua::CosineSimilarity::nearestRows(matrix, *row, request.neighbours);
            else
                result.neighbourUnknown.push_back(
                    {request.neighbourWord,
                     lengua::ClosestWords::find(request.neighbourWord, matrix.rowLabels())});
        }
        context.reportProgress(1.0);
        return result;
    };
}

lengua::Job::Function CooccurrenceComputation::searchJob(std::shared_ptr<const CooccurrenceData> data,
                                                         std::string query, std::size_t limit)
{
    return [data, query = std::move(query), limit](lengua::JobContext& context) -> std::any {
        if (!data || !data->tfidf || !data->bm25)
            throw lengua::Error("search: there is no term × document matrix");
        SearchResult result;
        result.queryTokens = lengua::NgramSentences::words(query, data->language, data->lowercase);
        result.tfidf = data->tfidf->rank(result.queryTokens, limit);
        context.throwIfStopped();
        result.bm25 = data->bm25->rank(result.queryTokens, limit);
        context.reportProgress(1.0);
        return result;
    };
}
