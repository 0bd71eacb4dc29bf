#!/usr/bin/env python3
"""The gensim peer of `lengua-cli word2vec` and the shared evaluator (bench/embeddings.sh).

  train: gensim 4.2's Word2Vec with negative sampling (hs=0) on a file of one sentence a
         line, whitespace tokens, with the same hyperparameters as ours, then
         save_word2vec_format (text). Prints JSON like `lengua-cli word2vec`:
         vocab, words (corpus words per epoch), words_per_second = words × epochs ÷
         train_seconds (model.train alone), seconds (read + build_vocab + train + write),
         read_seconds, vocab_seconds, train_seconds, write_seconds.
         compute_loss stays off, gensim's default (its loss costs time and is the running
         sum that the issue calls broken): the peer is timed as a user runs it.
  evaluate: gensim's own evaluators on any word2vec text file (ours or gensim's):
         KeyedVectors.evaluate_word_pairs (Spearman ρ over the pairs found, WordSim-353)
         and evaluate_word_analogies (3CosAdd over the questions whose four words are in
         the first 300,000 words, Google analogies), both case-insensitive (their defaults).

Usage:
  embeddings_gensim.py train --input TOKENS --output VECTORS [--threads T] [--seed S]
        [--model sg|cbow] [--dim 100] [--window 5] [--negative 5] [--min-count 5]
        [--sample 1e-3] [--epochs 5]
  embeddings_gensim.py evaluate --vectors VECTORS --similarity WS353 --analogies QUESTIONS
"""
import argparse
import json
import logging
import time


def train(args):
    start = time.perf_counter()
    from gensim.models import Word2Vec  # inside the timed whole, as a script pays it

    imported = time.perf_counter()
    with open(args.input, encoding="utf-8") as lines:
        sentences = [line.split() for line in lines]
    sentences = [s for s in sentences if s]
    words = sum(len(s) for s in sentences)
    read = time.perf_counter()
    model = Word2Vec(
        sg=1 if args.model == "sg" else 0,
        vector_size=args.dim,
        window=args.window,
        negative=args.negative,
        hs=0,
        min_count=args.min_count,
        sample=args.sample,
        epochs=args.epochs,
        workers=args.threads,
        seed=args.seed,
    )
    model.build_vocab(sentences)
    vocab = time.perf_counter()
    model.train(sentences, total_examples=len(sentences), total_words=words, epochs=args.epochs)
    trained = time.perf_counter()
    model.wv.save_word2vec_format(args.output, binary=False)
    written = time.perf_counter()
    train_seconds = trained - vocab
    print(json.dumps({
        "vocab": len(model.wv),
        "words": words,
        "words_per_second": words * args.epochs / train_seconds,
        "seconds": written - imported,
        "import_seconds": imported - start,
        "read_seconds": read - imported,
        "vocab_seconds": vocab - read,
        "train_seconds": train_seconds,
        "write_seconds": written - trained,
        "threads": args.threads,
    }))


def evaluate(args):
    from gensim.models import KeyedVectors

    vectors = KeyedVectors.load_word2vec_format(args.vectors, binary=False)
    pearson, spearman, oov = vectors.evaluate_word_pairs(args.similarity, delimiter="\t")
    accuracy, sections = vectors.evaluate_word_analogies(args.analogies)
    total = sum(1 for line in open(args.analogies, encoding="utf-8") if not line.startswith(":"))
    answered = sum(len(s["correct"]) + len(s["incorrect"]) for s in sections if s["section"] == "Total accuracy")
    print(json.dumps({
        "spearman": float(spearman[0]),
        "similarity_coverage": 1.0 - oov / 100.0,
        "accuracy": float(accuracy),
        "analogy_coverage": answered / total,
        "answered": answered,
    }))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--input", required=True)
    t.add_argument("--output", required=True)
    t.add_argument("--model", default="sg", choices=["sg", "cbow"])
    t.add_argument("--dim", type=int, default=100)
    t.add_argument("--window", type=int, default=5)
    t.add_argument("--negative", type=int, default=5)
    t.add_argument("--min-count", type=int, default=5)
    t.add_argument("--sample", type=float, default=1e-3)
    t.add_argument("--epochs", type=int, default=5)
    t.add_argument("--threads", type=int, default=1)
    t.add_argument("--seed", type=int, default=1)
    e = sub.add_parser("evaluate")
    e.add_argument("--vectors", required=True)
    e.add_argument("--similarity", required=True)
    e.add_argument("--analogies", required=True)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    train(args) if args.command == "train" else evaluate(args)


if __name__ == "__main__":
    main()
