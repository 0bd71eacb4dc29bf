// Saving and reading language models in a workspace file (format 3 and later), one row
// per model. Kind "ngram": its settings as JSON, its counts as NgramModelCodec's binary
// and a word tokenizer over its vocabulary. Kind "gpt": its hyperparameters as JSON, its
// weights as a safetensors blob (F32, the tensor names of Hugging Face's GPT2Model, so
// the blob copied out of the file is a model.safetensors), its tokenizer as
// tokenizer.json text and its loss history as JSON.
// Models are immutable and keyed by id: a save inserts new ones, deletes removed ones
// and updates names, descriptions and order, never rewriting a stored blob. Reading
// trusts nothing in the row: damaged or hostile data is an Error, never a crash.
#pragma once

#include "models/GptConfig.h"
#include "models/NamedLanguageModel.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class Gpt;
class JobContext;
class SqliteDatabase;

class ModelStore {
public:
    // Inside the caller's transaction. Returns true when a stored model was deleted
    // (the caller may then hand the freed pages back).
    static bool save(SqliteDatabase& database, const std::vector<NamedLanguageModel>& models,
                     JobContext& context);
    // fileName is used in messages about damaged content.
    static std::vector<NamedLanguageModel> read(SqliteDatabase& database,
                                                const std::string& fileName,
                                                JobContext& context);

    // The weights of a GPT as safetensors bytes, and back: every tensor the config implies
    // must be there with its shape, nothing else, and every value finite. name is used in
    // messages. Public for the tests.
    static std::string gptWeights(const Gpt& gpt);
    static std::unique_ptr<Gpt> gptFromWeights(const GptConfig& config, std::string_view bytes,
                                               const std::string& name);

    // The hyperparameters as JSON text, and back (checked: whole numbers in range).
    static std::string configToJson(const GptConfig& config);
    static GptConfig configFromJson(const std::string& text, const std::string& name);

    // The loss history as a JSON array of [step, train, validation or null, rate, tokens/s].
    static std::string historyToJson(const std::vector<TrainingPoint>& history);
    static std::vector<TrainingPoint> historyFromJson(const std::string& text,
                                                      const std::string& name);
};

} // namespace lengua
