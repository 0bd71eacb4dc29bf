// An n-gram model in the workspace file: its settings, interpolation weights and discounts
// as JSON (the models table's config column) and its counts as a compact binary (the
// weights blob). The binary holds the vocabulary (words and counts) and every stored
// n-gram with its count; everything else is derived again by NgramModel::fromCounts.
// Reading trusts nothing: a truncated or hostile blob is an Error naming the model, and
// no size read from it is allocated before the bytes that back it have been seen.
//
// Blob layout (integers are unsigned LEB128 varints unless said otherwise):
//   "LNGM"  u8 format version (1)  u8 order
//   V  then V times: byte length, UTF-8 bytes, count      (ids 0, 1, 2: <unk>, <s>, </s>)
//   for n = 1 .. order:  N_n  then N_n times: n ids, count (sorted by ids, so a model
//                                                           always gives the same bytes)
#pragma once

#include "NgramSettings.h"

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class NgramModel;

class NgramModelCodec {
public:
    NgramModelCodec() = delete;

    // What the config column holds.
    struct Config {
        NgramSettings settings;                       // lambdas: as the user gave them
        std::vector<double> lambdas;                  // in use (tuned or given); may be empty
        std::vector<std::array<double, 3>> discounts; // as the model had them (a check)
    };

    static std::string configToJson(const NgramModel& model);
    // Checked: the settings validate, the numbers are finite, lambdas has 0 or order values.
    static Config configFromJson(const std::string& text, const std::string& name);

    static std::string toBytes(const NgramModel& model);
    // Rebuilds the model; its order must be config's, and its derived discounts must equal
    // the stored ones (when config has them). name is used in messages.
    static std::shared_ptr<const NgramModel> fromBytes(std::string_view bytes, const Config& config,
                                                       const std::string& name);
};

} // namespace lengua
