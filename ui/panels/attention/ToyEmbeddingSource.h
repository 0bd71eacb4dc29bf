// Where the toy views take their token vectors from: seeded random vectors for the words
// of the sentence, or a GPT of the workspace (its tokenizer and its embedding table wte).
// A combo box that follows the workspace's models.
#pragma once

#include "Workspace.h"

#include <QComboBox>
#include <QStringList>

#include <armadillo>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

class ToyEmbeddingSource : public QComboBox {
    Q_OBJECT
public:
    explicit ToyEmbeddingSource(Workspace& workspace, QWidget* parent = nullptr);

    // The chosen GPT, or nullptr for random vectors.
    const LanguageModelArtefact* model() const;
    void selectRandom();
    // Chooses a GPT by workspace id; false when there is none such.
    bool selectModel(const QString& id);
    void retranslate();

    struct Tokens {
        QStringList labels;             // what each row is called on screen
        std::vector<std::string> words; // the tokens themselves (words, or the model's tokens)
        arma::fmat x;                   // (T, d) one row per token
        bool truncated = false;         // the sentence had more than maxTokens tokens
    };
    // The sentence's tokens and vectors: the words with random d-dimensional vectors from
    // seed, or the model's tokens with their rows of wte (d is then the model's C). At most
    // maxTokens tokens are kept, so the matrices stay readable.
    Tokens embed(const QString& sentence, std::size_t dimensions, std::uint32_t seed,
                 std::size_t maxTokens) const;

Q_SIGNALS:
    void sourceChanged();

private:
    void rebuild();

    Workspace& m_workspace;
};
