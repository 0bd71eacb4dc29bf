#!/usr/bin/env python3
"""The PyTorch peer of `lengua-cli gpt-train` and `lengua-cli generate` (bench/gpt.sh).

What a user would write with Debian's python3-torch (1.13, CPU): nanoGPT's model
(Karpathy, github.com/karpathy/nanoGPT, model.py) with GPT-2's tanh GELU, tied head, no
dropout; torch 1.13 has no F.scaled_dot_product_attention, so the attention is nanoGPT's
own fallback (q k^T / sqrt(hs), causal mask, softmax, @ v). Float32, torch.set_num_threads.

  train:    the same token ids as ours (int32 little-endian, written by
            `lengua-cli gpt-train --dump-tokens`), the same split (the last --validation
            fraction held out), random windows of --block tokens, B windows a step, AdamW
            (betas 0.9, 0.95, weight decay 0.1 on every weight, as ours), global-norm clip 1.0,
            linear warm-up of min(100, steps / 10) steps then cosine decay to lr / 10 at the
            last step. Prints JSON: params, tokens_per_second (B T steps / wall time of the
            loop), final_train_loss, seconds.
  generate: loads the model folder that `gpt-train` wrote (config.json and
            model.safetensors, read with the standard library and numpy: the safetensors
            package is not in Debian 12), then decodes greedily at batch 1 with a KV cache
            written by hand (the prompt in one pass, then one token a step, each attending
            to the cached keys and values), under torch.inference_mode(). Prints JSON:
            token_ids, tokens_per_second (new tokens / time of the whole generation,
            prompt included, as ours), seconds.
"""
import argparse
import json
import math
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class CausalSelfAttention(nn.Module):
    def __init__(self, c, heads):
        super().__init__()
        self.heads = heads
        self.c_attn = nn.Linear(c, 3 * c)
        self.c_proj = nn.Linear(c, c)

    def forward(self, x, cache=None):
        b, t, c = x.size()
        hs = c // self.heads
        q, k, v = self.c_attn(x).split(c, dim=2)
        q = q.view(b, t, self.heads, hs).transpose(1, 2)  # (B, NH, T, HS)
        k = k.view(b, t, self.heads, hs).transpose(1, 2)
        v = v.view(b, t, self.heads, hs).transpose(1, 2)
        if cache is not None:  # incremental decoding: append to the cached keys and values
            if cache[0] is not None:
                k = torch.cat([cache[0], k], dim=2)
                v = torch.cat([cache[1], v], dim=2)
            cache[0], cache[1] = k, v
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(hs))
        if t > 1:  # a single new query sees every cached key: no mask needed
            s = k.size(2)
            mask = torch.ones(t, s, dtype=torch.bool).tril(diagonal=s - t)
            att = att.masked_fill(~mask, float("-inf"))
        att = F.softmax(att, dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(b, t, c)
        return self.c_proj(y)


class Block(nn.Module):
    def __init__(self, c, heads):
        super().__init__()
        self.ln_1 = nn.LayerNorm(c)
        self.attn = CausalSelfAttention(c, heads)
        self.ln_2 = nn.LayerNorm(c)
        self.c_fc = nn.Linear(c, 4 * c)
        self.c_proj = nn.Linear(4 * c, c)

    def forward(self, x, cache=None):
        x = x + self.attn(self.ln_1(x), cache)
        return x + self.c_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class Gpt(nn.Module):
    def __init__(self, vocab, block, layers, heads, c):
        super().__init__()
        self.wte = nn.Embedding(vocab, c)
        self.wpe = nn.Embedding(block, c)
        self.h = nn.ModuleList([Block(c, heads) for _ in range(layers)])
        self.ln_f = nn.LayerNorm(c)
        self.lm_head = nn.Linear(c, vocab, bias=False)
        self.lm_head.weight = self.wte.weight  # tied, as GPT-2
        # nanoGPT's initialisation: N(0, 0.02), residual projections 0.02 / sqrt(2 L).
        for name, p in self.named_parameters():
            if name.endswith("c_proj.weight"):
                nn.init.normal_(p, 0.0, 0.02 / math.sqrt(2 * layers))
            elif p.dim() == 2:
                nn.init.normal_(p, 0.0, 0.02)
            elif name.endswith("bias"):
                nn.init.zeros_(p)

    def forward(self, ids, targets=None, caches=None, start=0):
        t = ids.size(1)
        pos = torch.arange(start, start + t, dtype=torch.long)
        x = self.wte(ids) + self.wpe(pos)
        for i, block in enumerate(self.h):
            x = block(x, None if caches is None else caches[i])
        x = self.ln_f(x)
        if targets is None:
            return self.lm_head(x[:, -1, :]), None  # the last position only
        logits = self.lm_head(x)
        return logits, F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))


def parameter_count(model):
    return sum(p.numel() for p in model.parameters())  # the tied head counted once


def train(args):
    torch.manual_seed(args.seed)
    tokens = np.fromfile(args.tokens, dtype="<i4").astype(np.int64)
    held = int(math.floor(len(tokens) * args.validation))
    training = torch.from_numpy(tokens[: len(tokens) - held])
    vocab = args.vocab or int(tokens.max()) + 1
    model = Gpt(vocab, args.block, args.layers, args.heads, args.embd)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.95),
                                  eps=1e-8, weight_decay=0.1)
    warmup = min(100, args.steps // 10)
    decay_end = max(args.steps - 1, warmup + 1)
    min_lr = args.lr / 10

    def rate(step):  # step 0-based, as ours (LearningRateSchedule)
        if step < warmup:
            return args.lr * (step + 1) / (warmup + 1)
        if step > decay_end:
            return min_lr
        ratio = (step - warmup) / (decay_end - warmup)
        return min_lr + 0.5 * (1 + math.cos(math.pi * ratio)) * (args.lr - min_lr)

    generator = torch.Generator().manual_seed(args.seed)
    t, b = args.block, args.batch
    offsets = torch.arange(t)
    loss = None
    started = time.perf_counter()
    for step in range(args.steps):
        starts = torch.randint(len(training) - t - 1, (b,), generator=generator)
        index = starts[:, None] + offsets[None, :]
        x, y = training[index], training[index + 1]
        for group in optimizer.param_groups:
            group["lr"] = rate(step)
        _, loss = model(x, y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        loss_value = loss.item()  # ours reads the loss every step too (it is published)
    seconds = time.perf_counter() - started
    print(json.dumps({
        "params": parameter_count(model),
        "tokens": int(len(tokens)),
        "steps": args.steps,
        "tokens_per_second": args.steps * b * t / seconds,
        "final_train_loss": loss_value,
        "seconds": seconds,
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
    }))


def read_safetensors(path):
    with open(path, "rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
        data = f.read()
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise SystemExit(f"{path}: {name} is {info['dtype']}, this reader takes F32 only")
        begin, end = info["data_offsets"]
        array = np.frombuffer(data[begin:end], dtype="<f4").reshape(info["shape"])
        tensors[name.removeprefix("transformer.")] = torch.from_numpy(array.copy())
    return tensors


def load(folder):
    with open(f"{folder}/config.json") as f:
        config = json.load(f)
    model = Gpt(config["vocab_size"], config["n_positions"], config["n_layer"],
                config["n_head"], config["n_embd"])
    tensors = read_safetensors(f"{folder}/model.safetensors")
    state = {}
    for name, value in tensors.items():
        # Conv1D weights are stored [in, out] (Hugging Face), nn.Linear wants [out, in].
        if name.endswith(("c_attn.weight", "c_proj.weight", "c_fc.weight")):
            value = value.t().contiguous()
        state[name.replace("mlp.c_fc", "c_fc").replace("mlp.c_proj", "c_proj")] = value
    state["lm_head.weight"] = state["wte.weight"]
    model.load_state_dict(state)
    model.eval()
    return model, config


def generate(args):
    model, config = load(args.model)
    prompt = [int(v) for v in args.prompt_ids.split(",")]
    if len(prompt) + args.max_new_tokens > config["n_positions"]:
        raise SystemExit("the prompt and the new tokens must fit in the context "
                         f"({config['n_positions']}): this peer does not slide the window")
    out = []
    started = time.perf_counter()
    with torch.inference_mode():
        caches = [[None, None] for _ in model.h]
        logits, _ = model(torch.tensor([prompt]), caches=caches)
        position = len(prompt)
        for _ in range(args.max_new_tokens):
            token = int(torch.argmax(logits[0]))
            out.append(token)
            if len(out) == args.max_new_tokens:
                break
            logits, _ = model(torch.tensor([[token]]), caches=caches, start=position)
            position += 1
    seconds = time.perf_counter() - started
    print(json.dumps({
        "token_ids": out,
        "tokens_per_second": len(out) / seconds,
        "seconds": seconds,
        "threads": torch.get_num_threads(),
    }))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    t = sub.add_parser("train")
    t.add_argument("--tokens", required=True, help="int32 little-endian token ids")
    t.add_argument("--vocab", type=int, default=0, help="vocabulary size (default: max id + 1)")
    t.add_argument("--layers", type=int, default=4)
    t.add_argument("--heads", type=int, default=4)
    t.add_argument("--embd", type=int, default=128)
    t.add_argument("--block", type=int, default=128)
    t.add_argument("--batch", type=int, default=16)
    t.add_argument("--steps", type=int, default=20)
    t.add_argument("--lr", type=float, default=3e-4)
    t.add_argument("--seed", type=int, default=1337)
    t.add_argument("--validation", type=float, default=0.1)
    t.add_argument("--threads", type=int, default=2)
    g = sub.add_parser("generate")
    g.add_argument("--model", required=True, help="folder written by lengua-cli gpt-train")
    g.add_argument("--prompt-ids", required=True, help="comma-separated token ids")
    g.add_argument("--max-new-tokens", type=int, default=100)
    g.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.mode == "train":
        train(args)
    else:
        generate(args)


if __name__ == "__main__":
    sys.exit(main())
