#include "models/Gpt2TensorLayout.h"

#include "models/Gpt.h"

namespace lengua {

namespace {

std::int64_t dim(std::size_t value)
{
    return std::int64_t(value);
}

} // namespace

std::vector<Gpt2TensorLayout::Tensor> Gpt2TensorLayout::of(Gpt& model)
{
    const GptConfig& config = model.config();
    const std::int64_t c = dim(config.channels);
    std::vector<Tensor> tensors;
    auto addLinear = [&](const std::string& prefix, Linear& linear) {
        tensors.push_back({prefix + ".weight", linear.weight().memptr(),
                           {dim(linear.inFeatures()), dim(linear.outFeatures())}});
        tensors.push_back({prefix + ".bias", linear.bias().memptr(), {dim(linear.outFeatures())}});
    };
    auto addNorm = [&](const std::string& prefix, LayerNorm& norm) {
        tensors.push_back({prefix + ".weight", norm.gamma().memptr(), {c}});
        tensors.push_back({prefix + ".bias", norm.beta().memptr(), {c}});
    };
    tensors.push_back({"wte.weight", model.tokenEmbedding().table().memptr(),
                       {dim(config.vocabularySize), c}});
    tensors.push_back({"wpe.weight", model.positionEmbedding().table().memptr(),
                       {dim(config.contextLength), c}});
    for (std::size_t i = 0; i < model.blockCount(); ++i) {
        const std::string prefix = "h." + std::to_string(i);
        TransformerBlock& block = model.block(i);
        addNorm(prefix + ".ln_1", block.ln1());
        addLinear(prefix + ".attn.c_attn", block.attention().qkvProjection());
        addLinear(prefix + ".attn.c_proj", block.attention().outputProjection());
        addNorm(prefix + ".ln_2", block.ln2());
        addLinear(prefix + ".mlp.c_fc", block.mlp().fc());
        addLinear(prefix + ".mlp.c_proj", block.mlp().proj());
    }
    addNorm("ln_f", model.finalNorm());
    return tensors;
}

std::map<std::string, SafetensorsTensor> Gpt2TensorLayout::copyOf(const Gpt& model)
{
    std::map<std::string, SafetensorsTensor> copies;
    // of() needs the layers' views, which Gpt only hands out non-const; they are read
    // here, never written.
    for (const Tensor& tensor : of(const_cast<Gpt&>(model))) {
        SafetensorsTensor copy;
        copy.shape = tensor.shape;
        copy.data.assign(tensor.data, tensor.data + elementCount(tensor.shape));
        copies.emplace(tensor.name, std::move(copy));
    }
    return copies;
}

std::size_t Gpt2TensorLayout::elementCount(const Shape& shape)
{
    std::size_t count = 1;
    for (std::int64_t extent : shape)
        count *= std::size_t(extent);
    return count;
}

std::string Gpt2TensorLayout::shapeText(const Shape& shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

} // namespace lengua
