// The n-gram model the lesson's views show, with how typed text is read for it (the
// language of the word segmenter and whether words are case-folded, as in training).
#pragma once

#include "count/NgramModel.h"

#include <memory>
#include <string>
#include <vector>

struct NgramModelRef {
    std::shared_ptr<const lengua::NgramModel> model;
    std::string language = "es";
    bool lowercase = true;

    explicit operator bool() const { return bool(model); }
};
