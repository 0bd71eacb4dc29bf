#!/usr/bin/python3
# Writes tests/data/gpt2-reference/: a tiny random GPT-2 in the Hugging Face layout and
# what PyTorch computes with it, for tests/engine/tst_gpt2reference.cpp.
#
# Regenerate (Debian 12: apt install python3-torch python3-regex; no pip needed):
#
#   /usr/bin/python3 tests/reference/make_gpt2_reference.py tests/data/gpt2-reference
#
# Neither transformers nor safetensors is packaged in Debian 12, so both are written out
# here: the model is Hugging Face's GPT2Model / nanoGPT's GPT spelled in plain torch
# (Conv1D weights [in, out], pre-LN blocks, GELU "gelu_new" = tanh form, causal mask,
# LayerNorm eps 1e-5, lm_head tied to wte), and model.safetensors is written by hand
# (8-byte little-endian header length, JSON header, raw little-endian data).
# The reference computes in float64 from the stored float32 weights, so the expected
# values carry no rounding of their own; Lengua, in float32, must match within 1e-4.
#
# The tokenizer is a byte-level BPE trained here on a few sentences (GPT-2's
# pre-tokenization regex, GPT-2's bytes_to_unicode, merges applied lowest rank first
# as in OpenAI's encoder.py): 256 byte tokens + MERGES merges + <|endoftext|>.
#
# The file also holds, on purpose, what the importer must cope with: some keys with the
# "transformer." prefix and some without, the attn.bias / attn.masked_bias buffers
# (float32, as in the gpt2 checkpoint on the Hugging Face hub), and lm_head.weight equal
# to wte.weight.
import json
import math
import os
import struct
import sys

import regex
import torch

SEED = 20261126
MERGES = 63
N_EMBD = 32
N_HEAD = 4
N_LAYER = 2
N_POSITIONS = 32
PDROP = 0.1  # written to config.json like GPT-2's; the reference runs in eval mode

CORPUS = """\
The quick brown fox jumps over the lazy dog. The dog sleeps in the sun, and the fox
runs into the forest. In the beginning there was the word, and the word was with the
teacher. Students read the lecture, then they train a small model on their own texts.
Attention lets every token look at the tokens before it; the model then predicts the
next token. Dropout drops some activations while training, so the network does not
lean on any one of them. Numbers like 2026 and 1024 are split into digits and groups.
"""

PROMPTS = [
    "The fox reads the lecture.",       # index 0: every position's logits and attention
    "Attention lets the model look",
    "Hello, world! 123 numbers",
    " and then the dog runs into the forest, and the teacher reads the word",
]

# GPT-2's pre-tokenization pattern (OpenAI gpt-2 src/encoder.py).
PATTERN = regex.compile(
    r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")


def bytes_to_unicode():
    # OpenAI gpt-2 src/encoder.py
    bs = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
          + list(range(ord("®"), ord("ÿ") + 1)))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


BYTE_ENCODER = bytes_to_unicode()


def pretokens(text):
    return ["".join(BYTE_ENCODER[b] for b in piece.encode("utf-8"))
            for piece in PATTERN.findall(text)]


def train_bpe(text, merge_count):
    # Plain BPE training: merge the most frequent adjacent pair (ties: the pair that
    # sorts first), counted over the pre-tokens of text.
    words = {}
    for piece in pretokens(text):
        words[piece] = words.get(piece, 0) + 1
    segmented = {word: list(word) for word in words}
    merges = []
    for _ in range(merge_count):
        pairs = {}
        for word, count in words.items():
            symbols = segmented[word]
            for a, b in zip(symbols, symbols[1:]):
                pairs[(a, b)] = pairs.get((a, b), 0) + count
        if not pairs:
            break
        best = min(pairs, key=lambda pair: (-pairs[pair], pair))
        merges.append(best)
        for word in words:
            symbols = segmented[word]
            merged = []
            i = 0
            while i < len(symbols):
                if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == best:
                    merged.append(symbols[i] + symbols[i + 1])
                    i += 2
                else:
                    merged.append(symbols[i])
                    i += 1
            segmented[word] = merged
    return merges


def bpe(token, ranks):
    # OpenAI gpt-2 src/encoder.py Encoder.bpe: the lowest-ranked pair present, all its
    # non-overlapping occurrences left to right, until no ranked pair remains.
    word = list(token)
    while len(word) > 1:
        pairs = set(zip(word, word[1:]))
        best = min(pairs, key=lambda pair: ranks.get(pair, float("inf")))
        if best not in ranks:
            break
        merged = []
        i = 0
        while i < len(word):
            if i + 1 < len(word) and (word[i], word[i + 1]) == best:
                merged.append(word[i] + word[i + 1])
                i += 2
            else:
                merged.append(word[i])
                i += 1
        word = merged
    return word


def encode(text, vocab, ranks):
    return [vocab[symbol] for piece in pretokens(text) for symbol in bpe(piece, ranks)]


def random_weights(vocab_size, generator):
    # Larger than GPT-2's N(0, 0.02) so that every weight visibly moves the outputs
    # (attention far from uniform, logits spread by a few units); biases and LayerNorm
    # parameters away from 0 and 1 for the same reason.
    c = N_EMBD

    def normal(*shape, std):
        return torch.randn(*shape, generator=generator, dtype=torch.float32) * std

    w = {"wte.weight": normal(vocab_size, c, std=0.3),
         "wpe.weight": normal(N_POSITIONS, c, std=0.3)}
    for i in range(N_LAYER):
        p = f"h.{i}."
        w[p + "ln_1.weight"] = 1.0 + normal(c, std=0.1)
        w[p + "ln_1.bias"] = normal(c, std=0.1)
        w[p + "attn.c_attn.weight"] = normal(c, 3 * c, std=0.25)  # Conv1D [in, out]
        w[p + "attn.c_attn.bias"] = normal(3 * c, std=0.1)
        w[p + "attn.c_proj.weight"] = normal(c, c, std=0.15)
        w[p + "attn.c_proj.bias"] = normal(c, std=0.1)
        w[p + "ln_2.weight"] = 1.0 + normal(c, std=0.1)
        w[p + "ln_2.bias"] = normal(c, std=0.1)
        w[p + "mlp.c_fc.weight"] = normal(c, 4 * c, std=0.25)
        w[p + "mlp.c_fc.bias"] = normal(4 * c, std=0.1)
        w[p + "mlp.c_proj.weight"] = normal(4 * c, c, std=0.1)
        w[p + "mlp.c_proj.bias"] = normal(c, std=0.1)
    w["ln_f.weight"] = 1.0 + normal(c, std=0.1)
    w["ln_f.bias"] = normal(c, std=0.1)
    return w


def gelu_new(x):
    # transformers.activations.NewGELUActivation (Hendrycks and Gimpel, tanh form)
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x.pow(3))))


def layer_norm(x, w, prefix):
    return torch.nn.functional.layer_norm(x, (N_EMBD,), w[prefix + ".weight"],
                                          w[prefix + ".bias"], eps=1e-5)


def conv1d(x, w, prefix):
    # transformers.pytorch_utils.Conv1D: x @ weight + bias with weight [in, out]
    return x @ w[prefix + ".weight"] + w[prefix + ".bias"]


def forward(w, idx):
    # idx (B, T) -> logits (B, T, V), attention per layer (B, NH, T, T) [query, key]
    b, t = idx.shape
    hd = N_EMBD // N_HEAD
    x = w["wte.weight"][idx] + w["wpe.weight"][torch.arange(t)]  # (embd_pdrop: eval)
    causal = torch.tril(torch.ones(t, t, dtype=torch.bool))
    attentions = []
    for i in range(N_LAYER):
        p = f"h.{i}."
        qkv = conv1d(layer_norm(x, w, p + "ln_1"), w, p + "attn.c_attn")
        q, k, v = qkv.split(N_EMBD, dim=2)
        q, k, v = (z.view(b, t, N_HEAD, hd).transpose(1, 2) for z in (q, k, v))
        scores = (q @ k.transpose(-2, -1)) / math.sqrt(hd)
        scores = scores.masked_fill(~causal, float("-inf"))
        probabilities = torch.softmax(scores, dim=-1)  # (attn_pdrop: eval)
        attentions.append(probabilities)
        y = (probabilities @ v).transpose(1, 2).contiguous().view(b, t, N_EMBD)
        x = x + conv1d(y, w, p + "attn.c_proj")  # (resid_pdrop: eval)
        h = gelu_new(conv1d(layer_norm(x, w, p + "ln_2"), w, p + "mlp.c_fc"))
        x = x + conv1d(h, w, p + "mlp.c_proj")  # (resid_pdrop: eval)
    x = layer_norm(x, w, "ln_f")
    return x @ w["wte.weight"].t(), attentions


def greedy(w, ids, count):
    # nanoGPT's generate() at temperature 0: crop to the last n_positions tokens, take
    # the argmax. The margin to the runner-up is kept: float32 must not flip it.
    ids = list(ids)
    margin = float("inf")
    for _ in range(count):
        logits, _ = forward(w, torch.tensor([ids[-N_POSITIONS:]]))
        top = torch.topk(logits[0, -1], 2)
        margin = min(margin, float(top.values[0] - top.values[1]))
        ids.append(int(top.indices[0]))
    return ids, margin


def rounded(values):
    return [float("%.8g" % v) for v in values]


def write_safetensors(path, tensors):
    # Hugging Face safetensors: u64 little-endian N, N bytes of JSON header (padded with
    # spaces to 8 bytes), then each tensor's little-endian bytes at its data_offsets.
    header = {"__metadata__": {"format": "pt"}}
    data = bytearray()
    for name in sorted(tensors):
        tensor = tensors[name].contiguous()
        raw = tensor.numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensor.shape),
                        "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(text)))
        out.write(text)
        out.write(data)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "tests/data/gpt2-reference"
    os.makedirs(folder, exist_ok=True)
    torch.manual_seed(SEED)

    merges = train_bpe(CORPUS, MERGES)
    tokens = list(BYTE_ENCODER.values()) + [a + b for a, b in merges] + ["<|endoftext|>"]
    vocab = {token: i for i, token in enumerate(tokens)}
    assert len(vocab) == len(tokens), "a merge produced a token twice"
    ranks = {pair: i for i, pair in enumerate(merges)}
    vocab_size = len(tokens)

    generator = torch.Generator().manual_seed(SEED)
    weights32 = random_weights(vocab_size, generator)
    w = {name: tensor.double() for name, tensor in weights32.items()}

    prompts = []
    for text in PROMPTS:
        ids = encode(text, vocab, ranks)
        logits, _ = forward(w, torch.tensor([ids]))
        prompts.append({"text": text, "ids": ids,
                        "last_logits": rounded(logits[0, -1].tolist())})
    full_ids = prompts[0]["ids"]
    logits, attentions = forward(w, torch.tensor([full_ids]))
    full = {"prompt": 0,
            "logits": [rounded(row) for row in logits[0].tolist()],  # [position][V]
            # [layer][head][query i][key j]
            "attention": [[[rounded(row) for row in a[0, h].tolist()] for h in range(N_HEAD)]
                          for a in attentions]}

    generations = []
    for prompt, count in ((1, 12), (3, 10)):  # the second slides past n_positions
        ids = prompts[prompt]["ids"]
        out, margin = greedy(w, ids, count)
        assert margin > 1e-3, f"greedy margin {margin} too small for a float32 comparison"
        generations.append({"prompt": prompt, "new_tokens": count,
                            "continuation": out[len(ids):], "min_margin": float("%.4g" % margin)})

    # One training step's loss and gradient: B = 2 windows of T = 8 from prompt 3.
    stream = prompts[3]["ids"]
    assert len(stream) >= 2 + 8 + 2
    inputs = [stream[0:8], stream[2:10]]
    targets = [stream[1:9], stream[3:11]]
    params = {name: tensor.clone().requires_grad_(True) for name, tensor in w.items()}
    logits, _ = forward(params, torch.tensor(inputs))
    loss = torch.nn.functional.cross_entropy(logits.reshape(-1, vocab_size),
                                             torch.tensor(targets).reshape(-1))
    loss.backward()
    norm = math.sqrt(sum(float(p.grad.pow(2).sum()) for p in params.values()))
    shown = ["wte.weight", "wpe.weight", "h.0.ln_1.weight", "h.0.attn.c_attn.bias",
             "h.1.attn.c_proj.weight", "h.1.mlp.c_fc.bias", "ln_f.weight", "ln_f.bias"]
    gradients = {}
    for name in shown:
        flat = params[name].grad.flatten().tolist()  # row-major, as stored in the file
        gradients[name] = rounded(flat[:64])  # the first 64 values at most
    training = {"inputs": inputs, "targets": targets, "loss": float("%.10g" % float(loss)),
                "gradient_norm": float("%.10g" % norm),
                "gradients_first_values": gradients}

    tensors = {}
    for name, tensor in weights32.items():
        # Half the blocks' keys with GPT2LMHeadModel's prefix, the rest without.
        prefixed = name.startswith("h.1.") or name.startswith("wpe") or name.startswith("ln_f")
        tensors[("transformer." if prefixed else "") + name] = tensor
    mask = torch.tril(torch.ones(N_POSITIONS, N_POSITIONS)).view(1, 1, N_POSITIONS, N_POSITIONS)
    for i in range(N_LAYER):
        prefix = "transformer." if i == 1 else ""
        tensors[f"{prefix}h.{i}.attn.bias"] = mask
        tensors[f"{prefix}h.{i}.attn.masked_bias"] = torch.tensor(-1e4)
    tensors["lm_head.weight"] = weights32["wte.weight"]
    write_safetensors(os.path.join(folder, "model.safetensors"), tensors)

    config = {"architectures": ["GPT2LMHeadModel"], "model_type": "gpt2",
              "vocab_size": vocab_size, "n_positions": N_POSITIONS, "n_ctx": N_POSITIONS,
              "n_embd": N_EMBD, "n_layer": N_LAYER, "n_head": N_HEAD, "n_inner": None,
              "activation_function": "gelu_new", "layer_norm_epsilon": 1e-5,
              "resid_pdrop": PDROP, "embd_pdrop": PDROP, "attn_pdrop": PDROP,
              "initializer_range": 0.02, "scale_attn_weights": True,
              "tie_word_embeddings": True, "bos_token_id": vocab["<|endoftext|>"],
              "eos_token_id": vocab["<|endoftext|>"], "torch_dtype": "float32"}
    with open(os.path.join(folder, "config.json"), "w", encoding="utf-8") as out:
        json.dump(config, out, indent=2)
        out.write("\n")
    with open(os.path.join(folder, "vocab.json"), "w", encoding="utf-8") as out:
        json.dump(vocab, out, ensure_ascii=False)
    with open(os.path.join(folder, "merges.txt"), "w", encoding="utf-8") as out:
        out.write("#version: 0.2\n")
        for a, b in merges:
            out.write(f"{a} {b}\n")
    expected = {"generator": "tests/reference/make_gpt2_reference.py",
                "torch": torch.__version__, "seed": SEED,
                "prompts": prompts, "full": full, "greedy": generations,
                "training": training}
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
    print(f"V {vocab_size}, parameters "
          f"{sum(t.numel() for t in weights32.values())}, loss {float(loss):.6f}, "
          f"gradient norm {norm:.6f}, greedy margins "
          f"{[g['min_margin'] for g in generations]}")


if __name__ == "__main__":
    main()
