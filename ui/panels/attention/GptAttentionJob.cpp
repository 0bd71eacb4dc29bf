#include "GptAttentionJob.h"

#include "GptAttentionResult.h"
#include "TokenDisplay.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "models/Gpt.h"
#include "tokenize/Tokenizer.h"

QString GptAttentionJob::title(const QString& modelName)
{
    return tr("Attention of %1").arg(modelName);
}

lengua::Job::Function GptAttentionJob::function(std::shared_ptr<const lengua::Gpt> gpt,
                                                std::shared_ptr<const lengua::Tokenizer> tokenizer,
                                                std::string text)
{
    return [gpt = std::move(gpt), tokenizer = std::move(tokenizer),
            text = std::move(text)](lengua::JobContext& context) -> std::any {
        context.reportProgress(0.0);
        const lengua::Encoding encoding = tokenizer->encode(text);
        if (encoding.ids.empty())
            throw lengua::Error("the text has no tokens");
        context.throwIfStopped();
        context.reportProgress(0.1);
        auto result = std::make_shared<GptAttentionResult>();
        result->totalTokens = encoding.ids.size();
        result->inspection = gpt->inspect(encoding.ids);
        context.throwIfStopped();

        const lengua::GptInspection& inspection = result->inspection;
        result->layerAverages.reserve(inspection.layers);
        for (std::size_t layer = 0; layer < inspection.layers; ++layer)
            result->layerAverages.push_back(inspection.layerAverage(layer));
        for (const lengua::TokenId id : inspection.ids)
            result->tokens << TokenDisplay::displayForm(*tokenizer, id);
        return std::shared_ptr<const GptAttentionResult>(std::move(result));
    };
}
