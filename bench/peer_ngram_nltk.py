#!/usr/bin/env python3
"""The peer of `lengua-cli ngram --smoothing mkn`: NLTK's interpolated Kneser-Ney
(nltk.lm.KneserNeyInterpolated, Debian's python3-nltk), fitted on the same sentences
and scored on the same held-out ones. Prints one JSON line with the keys of
lengua-cli ngram plus fit_seconds and eval_seconds.

nltk.lm only has Kneser-Ney with one fixed discount (default 0.1, set here to 0.75 as
lengua's kn); it has no modified Kneser-Ney (D1, D2, D3+).

Input files: one sentence a line, words separated by spaces (already lowercased).
Sentence markers as lengua's: two <s> on the left (order 3), one </s> on the right, so
the same tokens are predicted (every word and one </s> per sentence). NLTK's Kneser-Ney
gives an infinite perplexity when a held-out word is not in its vocabulary; the
vocabulary cutoff (--unk-cutoff, NLTK's unk_cutoff, like lengua's --min-count) maps
the rare training words to <UNK> so that <UNK> has counts and the perplexity is finite.

Usage: peer_ngram_nltk.py --train FILE --eval FILE [--order 3] [--unk-cutoff 2]
                          [--discount 0.75]
"""
import argparse
import json
import math
import sys
import time

from nltk.lm import KneserNeyInterpolated, Vocabulary
from nltk.util import everygrams, ngrams


def sentences(path):
    with open(path, encoding="utf-8") as stream:
        return [line.split() for line in stream if line.split()]


def padded(sentence, order):
    return ["<s>"] * (order - 1) + sentence + ["</s>"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", required=True)
    parser.add_argument("--eval", required=True)
    parser.add_argument("--order", type=int, default=3)
    parser.add_argument("--unk-cutoff", type=int, default=2)
    parser.add_argument("--discount", type=float, default=0.75)
    args = parser.parse_args()
    train = sentences(args.train)
    held_out = sentences(args.eval)

    start = time.perf_counter()
    vocabulary = Vocabulary((w for s in train for w in padded(s, args.order)),
                            unk_cutoff=args.unk_cutoff)
    model = KneserNeyInterpolated(order=args.order, discount=args.discount, vocabulary=vocabulary)
    # NLTK's own pipeline (padded_everygram_pipeline) pads both ends with n-1 markers;
    # lengua's markers are used instead so the two count the same n-grams.
    model.fit(everygrams(padded(s, args.order), max_len=args.order) for s in train)
    fit_seconds = time.perf_counter() - start

    start = time.perf_counter()
    test = [g for s in held_out for g in ngrams(padded(s, args.order), args.order)]
    unknown = sum(1 for g in test if model.vocab.lookup(g[-1]) == model.vocab.unk_label)
    perplexity = model.perplexity(test)
    eval_seconds = time.perf_counter() - start

    distinct = sum(len(model.counts[n]) if n == 1 else
                   sum(len(model.counts[n][c]) for c in model.counts[n].keys())
                   for n in range(1, args.order + 1))
    print(json.dumps({
        "tool": "nltk " + __import__("nltk").__version__,
        "order": args.order,
        "vocab": len(model.vocab),
        "ngrams": distinct,
        "perplexity": perplexity if math.isfinite(perplexity) else None,
        "perplexity_text": str(perplexity),
        "oov_rate": unknown / len(test) if test else 0.0,
        "tokens": len(test),
        "fit_seconds": fit_seconds,
        "eval_seconds": eval_seconds,
        "seconds": fit_seconds + eval_seconds,
    }))


if __name__ == "__main__":
    sys.exit(main())
