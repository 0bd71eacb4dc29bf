#!/usr/bin/python3
"""Writes tests/data/ngram-reference/nltk-ngram.json: NLTK's nltk.lm MLE, Laplace and
KneserNeyInterpolated probabilities on a tiny corpus, for tst_ngramnltk to compare with.

Run with Debian's python3 (it has nltk): /usr/bin/python3 tests/reference/make_ngram_reference.py

The sentences are padded as lengua pads them (order-1 <s> on the left, one </s> on the
right) and counted with everygrams, as bench/peer_ngram_nltk.py does. Where the
definitions differ (documented in tst_ngramnltk.cpp):
- NLTK's vocabulary counts <s> (and <UNK>): Laplace's V is one more than lengua's, which
  leaves <s> out because it is never predicted.
- everygrams also counts "<s>" and "<s> <s>" as n-grams; lengua counts only n-grams that end
  at a predicted token. Conditional probabilities after a real context agree; NLTK's
  unigram level does not.
- NLTK 3.8's Kneser-Ney: the unigram level is the continuation count over the number of
  bigram types, neither discounted nor interpolated with a uniform (so an unseen word has
  probability 0 and the perplexity is infinite); n-grams after <s> use continuation counts.
  Lengua discounts the unigram level and interpolates it with 1/V (J&M eq. 3.38), and keeps
  raw counts for n-grams that start with <s> (KenLM's convention).
"""
import json
import os
import sys

import nltk
from nltk.lm import MLE, Laplace, KneserNeyInterpolated, Vocabulary
from nltk.util import everygrams

CORPUS = [
    "el perro de la casa duerme a la izquierda",
    "la casa de la plaza es grande",
    "el gato duerme en la casa",
    "the cat sat on the mat",
    "the dog sat on the log",
    "the cat saw the dog",
]
DISCOUNT = 0.75


def padded(sentence, order):
    return ["<s>"] * (order - 1) + sentence + ["</s>"]


def main():
    sentences = [line.split() for line in CORPUS]
    words = sorted({w for s in sentences for w in s} | {"</s>"})
    result = {"nltk_version": nltk.__version__, "discount": DISCOUNT, "corpus": CORPUS, "models": []}
    for order in (2, 3):
        def fit(cls, **kwargs):
            vocabulary = Vocabulary((w for s in sentences for w in padded(s, order)), unk_cutoff=1)
            model = cls(order=order, vocabulary=vocabulary, **kwargs)
            model.fit(everygrams(padded(s, order), max_len=order) for s in sentences)
            return model
        mle = fit(MLE)
        laplace = fit(Laplace)
        kn = fit(KneserNeyInterpolated, discount=DISCOUNT)
        contexts = sorted({tuple(p[i - order + 1:i]) for s in sentences
                           for p in [padded(s, order)] for i in range(order - 1, len(p))})
        queries = []
        for context in contexts:
            # The words seen after the context, and a few that were not.
            followers = {w for w in words if mle.counts[list(context)][w] > 0}
            for word in sorted(followers | {"</s>", "casa", "the"}):
                queries.append({
                    "context": list(context),
                    "word": word,
                    "count": mle.counts[list(context)][word],
                    "context_count": mle.counts[list(context)].N(),
                    "mle": mle.score(word, list(context)),
                    "laplace": laplace.score(word, list(context)),
                    "kneser_ney": kn.score(word, list(context)),
                })
        result["models"].append({"order": order, "nltk_vocabulary_size": len(mle.vocab), "queries": queries})
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "data", "ngram-reference", "nltk-ngram.json")
    with open(out, "w", encoding="utf-8") as stream:
        json.dump(result, stream, ensure_ascii=False, separators=(",", ":"))
        stream.write("\n")
    print(out, sum(len(m["queries"]) for m in result["models"]), "queries", file=sys.stderr)


if __name__ == "__main__":
    main()
