// The word vectors of a word2vec run after one of its epochs, passed from the lesson
// that trains them to the views that follow training live (the Projection lesson)
// through Workspace::publishEmbeddingSnapshot. Not an artefact: never saved.
#pragma once

#include "embed/WordVectors.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

struct EmbeddingSnapshot {
    QString runName; // what the views show while following it ("word2vec on Austen")
    std::shared_ptr<const lengua::WordVectors> vectors; // rows most frequent word first
    std::vector<std::uint64_t> counts;                   // frequency per row
    int epoch = 0;                                       // 1-based
    int epochs = 0;
    bool finished = false; // the last epoch: the run's artefact follows in embeddingAdded
};
