#include "ToyEmbeddingSource.h"

#include "TokenDisplay.h"
#include "models/LessonEmbeddings.h"

#include <QSignalBlocker>

ToyEmbeddingSource::ToyEmbeddingSource(Workspace& workspace, QWidget* parent)
    : QComboBox(parent), m_workspace(workspace)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(&m_workspace, &Workspace::modelsChanged, this, &ToyEmbeddingSource::rebuild);
    connect(this, &QComboBox::currentIndexChanged, this, &ToyEmbeddingSource::sourceChanged);
    rebuild();
}

const LanguageModelArtefact* ToyEmbeddingSource::model() const
{
    const QString id = currentData().toString();
    if (id.isEmpty())
        return nullptr;
    const LanguageModelArtefact* model = m_workspace.model(id.toStdString());
    return model && model->gpt && model->tokenizer ? model : nullptr;
}

void ToyEmbeddingSource::selectRandom()
{
    setCurrentIndex(0);
}

bool ToyEmbeddingSource::selectModel(const QString& id)
{
    const int index = findData(id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void ToyEmbeddingSource::retranslate()
{
    if (count() > 0)
        setItemText(0, tr("Random vectors"));
    setToolTip(tr("Random vectors for the words (a seed and a dimension d), or the token "
                  "embeddings of a GPT of the workspace"));
}

void ToyEmbeddingSource::rebuild()
{
    const QString chosen = currentData().toString();
    {
        const QSignalBlocker blocker(this);
        clear();
        addItem(tr("Random vectors"), QString());
        for (const LanguageModelArtefact& model : m_workspace.models())
            if (model.gpt && model.tokenizer)
                addItem(tr("GPT: %1").arg(QString::fromStdString(model.name)),
                        QString::fromStdString(model.id));
        const int index = findData(chosen);
        setCurrentIndex(index < 0 ? 0 : index);
    }
    if (currentData().toString() != chosen)
        Q_EMIT sourceChanged();
}

ToyEmbeddingSource::Tokens ToyEmbeddingSource::embed(const QString& sentence,
                                                     std::size_t dimensions, std::uint32_t seed,
                                                     std::size_t maxTokens) const
{
    Tokens tokens;
    const std::string text = sentence.toStdString();
    if (const LanguageModelArtefact* chosen = model()) {
        lengua::Encoding encoding = chosen->tokenizer->encode(text);
        std::vector<lengua::TokenId> ids = encoding.ids;
        const std::size_t limit = std::min(maxTokens, chosen->gpt->contextLength());
        if (ids.size() > limit) {
            ids.resize(limit);
            tokens.truncated = true;
        }
        for (const lengua::TokenId id : ids) {
            tokens.labels << TokenDisplay::displayForm(*chosen->tokenizer, id);
            tokens.words.push_back(TokenDisplay::tokenBytes(*chosen->tokenizer, id));
        }
        tokens.x = lengua::gptTokenEmbeddings(*chosen->gpt, ids);
        return tokens;
    }
    tokens.words = lengua::lessonWords(text);
    if (tokens.words.size() > maxTokens) {
        tokens.words.resize(maxTokens);
        tokens.truncated = true;
    }
    for (const std::string& word : tokens.words)
        tokens.labels << QString::fromStdString(word);
    tokens.x = lengua::randomWordEmbeddings(tokens.words, dimensions, seed);
    return tokens;
}
