// lengua-cli project: the first N vectors of a word-vector file drawn in 2-D by PCA, t-SNE
// or UMAP (lengua::Projector, the same entry point as the Projection lesson), written as
// word<TAB>x<TAB>y lines in the file's order, with the layout's trustworthiness.
// Mistakes in the command line are usage errors (status 2); a bad vector file or settings
// the projection refuses for these points (perplexity >= N, ...) are status 1.
#include "Commands.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "ModelOptions.h"

#include "core/Error.h"
#include "embed/WordVectorFile.h"
#include "manifold/ProjectionQuality.h"
#include "manifold/Projector.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <fstream>
#include <optional>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

// sklearn.manifold.trustworthiness's default n_neighbors.
constexpr arma::uword kTrustworthinessNeighbours = 5;

struct ProjectRequest {
    std::string vectors;
    std::string output;
    std::size_t top = 0; // 0: every vector of the file
    lengua::ProjectionSettings settings;
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

ProjectRequest parse(const Arguments& arguments)
{
    const CommandLine line(arguments,
                           {"vectors", "output", "method", "top", "seed", "perplexity", "neighbors",
                            "neighbours", "min-dist", "iterations", "threads"},
                           {"no-normalise", "no-normalize"});
    ProjectRequest request;
    request.vectors = line.required("vectors");
    request.output = line.required("output");
    const std::string method = line.value("method", "pca");
    const auto parsed = lengua::projectionMethodFromName(method);
    if (!parsed)
        throw lengua::Error("unknown --method '" + method + "' (pca, tsne, umap)");
    auto& s = request.settings;
    s.method = *parsed;
    request.top = wholeNumberOption(line, "top", 0, 1);
    s.setSeed(wholeNumberOption(line, "seed", 0, 0));
    s.normaliseRows = !line.has("no-normalise") && !line.has("no-normalize");
    s.tsne.perplexity = numberOption(line, "perplexity", s.tsne.perplexity, 1.0, 1e6);
    const std::string neighbours = line.has("neighbors") ? "neighbors" : "neighbours";
    s.umap.neighbours = intOption(line, neighbours, s.umap.neighbours, 2, 1000);
    s.umap.minDist = numberOption(line, "min-dist", s.umap.minDist, 0.0, 100.0);
    if (line.has("iterations")) {
        const int iterations = intOption(line, "iterations", 1, 1, 1000000);
        s.tsne.iterations = iterations;
        s.umap.epochs = iterations;
    }
    if (line.has("threads")) {
        const int threads = intOption(line, "threads", 1, 1, 256);
        s.tsne.threads = threads;
        s.umap.threads = threads;
        setBlasThreads(threads);
    }
    return request;
}

// The shortest text that reads back as the same double.
void appendNumber(std::string& out, double value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, error == std::errc() ? end : buffer);
}

void writeCoordinates(const std::string& path, const lengua::WordVectors& vectors,
                      const arma::mat& coordinates)
{
    std::string text;
    text.reserve(vectors.size() * 48);
    for (std::size_t i = 0; i < vectors.size(); ++i) {
        text += vectors.word(i);
        text += '\t';
        appendNumber(text, coordinates(i, 0));
        text += '\t';
        appendNumber(text, coordinates(i, 1));
        text += '\n';
    }
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw lengua::Error("--output: cannot write '" + path + "'");
    out.write(text.data(), std::streamsize(text.size()));
    if (!out)
        throw lengua::Error("--output: error while writing '" + path + "'");
}

int run(const ProjectRequest& request)
{
    {
        std::ofstream probe(request.output, std::ios::app); // fail before the projection
        if (!probe)
            throw lengua::Error("--output: cannot write '" + request.output + "'");
    }
    const auto readStart = Clock::now();
    lengua::WordVectors vectors = lengua::WordVectorFile::read(request.vectors);
    if (request.top > 0 && request.top < vectors.size())
        vectors = vectors.firstWords(request.top);
    const double readSeconds = secondsSince(readStart);

    arma::mat points = arma::conv_to<arma::mat>::from(vectors.vectors());
    lengua::Projector::validate(points.n_rows, request.settings);
    const auto start = Clock::now();
    const lengua::ProjectionFrame frame = lengua::Projector::run(points, request.settings);
    const double seconds = secondsSince(start);

    // Trustworthiness on what the projection saw: the unit rows when it normalised them
    // (zero rows stay zero, as in the Projector).
    if (request.settings.normaliseRows)
        points = arma::normalise(points, 2, 1);
    nlohmann::json trustworthiness = nullptr;
    const auto qualityStart = Clock::now();
    if (points.n_rows > 2 * kTrustworthinessNeighbours)
        trustworthiness = lengua::ProjectionQuality::trustworthiness(points, frame.coordinates,
                                                                     kTrustworthinessNeighbours);
    const double qualitySeconds = secondsSince(qualityStart);
    writeCoordinates(request.output, vectors, frame.coordinates);

    nlohmann::json out = {
        {"method", lengua::projectionMethodName(request.settings.method)},
        {"points", points.n_rows},
        {"dim", points.n_cols},
        {"normalised", request.settings.normaliseRows},
        {"iterations", frame.iterations},
        {"iterations_done", frame.iteration}, // fewer when t-SNE converged early
        {"seconds", seconds},
        {"trustworthiness", trustworthiness},
        {"trustworthiness_k", kTrustworthinessNeighbours},
        {"quality_seconds", qualitySeconds},
        {"read_seconds", readSeconds},
        {"output", request.output},
    };
    if (trustworthiness.is_null())
        out["note"] = "trustworthiness with k = 5 needs more than 10 points";
    printJson(out);
    return 0;
}

} // namespace

int projectCommand(const Arguments& arguments)
{
    ProjectRequest request;
    try {
        request = parse(arguments);
    } catch (const lengua::Error& error) { // every refusal of the command line is a usage error
        printJson({{"error", error.what()}}, std::cerr);
        return 2;
    }
    return run(request);
}
