#include "AnalogyEvaluation.h"

#include "CaseFoldedVocabulary.h"
#include "VectorTextFields.h"

#include "core/Error.h"
#include "core/TextFile.h"

namespace lengua {
namespace {

void add(AnalogyScore& score, std::size_t questions, std::size_t covered, std::size_t correct)
{
    score.questions += questions;
    score.covered += covered;
    score.correct += correct;
}

} // namespace

AnalogyQuestions AnalogyEvaluation::readQuestions(const std::filesystem::path& path)
{
    return parseQuestions(TextFile::read(path), path.string());
}

AnalogyQuestions AnalogyEvaluation::parseQuestions(std::string_view text,
                                                   const std::string& sourceName)
{
    text = VectorTextFields::withoutBom(text);
    AnalogyQuestions result;
    std::size_t offset = 0;
    std::size_t lineNumber = 0;
    while (offset < text.size()) {
        const std::string_view line = VectorTextFields::nextLine(text, offset);
        ++lineNumber;
        const std::vector<std::string_view> fields = VectorTextFields::splitWhitespace(line);
        if (fields.empty() || fields[0].starts_with('#'))
            continue;
        if (fields[0].starts_with(':')) {
            std::string name(line.substr(line.find(':') + 1));
            const auto first = name.find_first_not_of(" \t");
            name = first == std::string::npos ? std::string() : name.substr(first, name.find_last_not_of(" \t") - first + 1);
            result.sections.push_back(name.empty() ? "section " + std::to_string(result.sections.size() + 1) : name);
            continue;
        }
        if (fields.size() != 4)
            throw Error(sourceName + ": line " + std::to_string(lineNumber) + ": has "
                        + std::to_string(fields.size())
                        + " words, a question has four (a b c d for a : b :: c : d)");
        if (result.sections.empty())
            result.sections.push_back("questions");
        result.questions.push_back({std::string(fields[0]), std::string(fields[1]),
                                    std::string(fields[2]), std::string(fields[3]),
                                    result.sections.size() - 1, lineNumber});
    }
    if (result.questions.empty())
        throw Error(sourceName + ": holds no analogy questions");
    return result;
}

AnalogyReport AnalogyEvaluation::evaluate(const WordVectors& vectors,
                                          const AnalogyQuestions& questions, AnalogyMethod method,
                                          std::size_t searchLimit, bool lowercase, JobContext* job)
{
    const CaseFoldedVocabulary vocabulary(vectors, lowercase, searchLimit);
    AnalogyReport report;
    report.method = method;
    report.searchRows = vocabulary.searchRows();
    report.answers.assign(questions.questions.size(), std::string());
    for (const std::string& name : questions.sections)
        report.sections.push_back({name});

    std::vector<WordVectors::AnalogyQuery> queries;
    std::vector<std::size_t> expected;
    std::vector<std::size_t> questionOfQuery;
    for (std::size_t i = 0; i < questions.questions.size(); ++i) {
        const AnalogyQuestion& q = questions.questions[i];
        if (q.section >= report.sections.size())
            throw Error("AnalogyEvaluation::evaluate(): question " + std::to_string(i + 1)
                        + " names section " + std::to_string(q.section) + " of "
                        + std::to_string(report.sections.size()));
        AnalogyScore& section = report.sections[q.section];
        ++section.questions;
        const auto a = vocabulary.find(q.a), b = vocabulary.find(q.b), c = vocabulary.find(q.c),
                   d = vocabulary.find(q.expected);
        if (!a || !b || !c || !d)
            continue;
        ++section.covered;
        queries.push_back({*a, *b, *c});
        expected.push_back(*d);
        questionOfQuery.push_back(i);
    }

    const std::vector<std::size_t> answers = vectors.answerAnalogies(
        queries, method, vocabulary.searchRows(), job, vocabulary.rowGroups());
    for (std::size_t k = 0; k < queries.size(); ++k) {
        const std::size_t answer = answers[k];
        const std::size_t i = questionOfQuery[k];
        if (answer == WordVectors::noAnswer)
            continue;
        report.answers[i] = vectors.word(answer);
        if (vocabulary.rowGroups()[answer] == expected[k])
            ++report.sections[questions.questions[i].section].correct;
    }
    for (const AnalogyScore& section : report.sections) {
        add(report.total, section.questions, section.covered, section.correct);
        add(section.name.starts_with("gram") ? report.syntactic : report.semantic,
            section.questions, section.covered, section.correct);
    }
    return report;
}

} // namespace lengua
