#!/usr/bin/env python3
"""The scikit-learn peer of `lengua-cli corpus-stats` (types and tokens only):
CountVectorizer over the documents of a TSV file, with our word definition as its
token_pattern (the default, \\b\\w\\w+\\b, drops one-letter words such as "a" and
"I") and its own lowercasing (str.lower). Needs the Debian package python3-sklearn,
for this benchmark only.

Usage: peer_sklearn_vocabulary.py --input FILE.tsv [--text-column N]   (default 2)
"""
import argparse
import json
import sys
import time

from sklearn.feature_extraction.text import CountVectorizer

# The same word pattern as peer_corpus_stats.py (no capturing group: CountVectorizer
# uses re.findall).
WORD_CHAR = r"(?:[^\W_]|[\u0300-\u036f])"
LETTER = r"[^\W\d_]"
WORD = rf"{WORD_CHAR}+(?:(?<={LETTER})['\u2019](?={LETTER}){WORD_CHAR}+)*"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True)
    parser.add_argument("--text-column", type=int, default=2)
    arguments = parser.parse_args()

    start = time.perf_counter()
    documents = []
    with open(arguments.input, encoding="utf-8") as stream:
        for line in stream:
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) >= arguments.text_column:
                documents.append(fields[arguments.text_column - 1])
    loaded = time.perf_counter()
    vectorizer = CountVectorizer(token_pattern=WORD, lowercase=True)
    matrix = vectorizer.fit_transform(documents)
    types = len(vectorizer.vocabulary_)
    tokens = int(matrix.sum())
    end = time.perf_counter()

    json.dump({
        "documents": len(documents),
        "tokens": tokens,
        "types": types,
        "type_token_ratio": types / tokens if tokens else 0.0,
        "seconds": end - start,
        "load_seconds": loaded - start,
        "statistics_seconds": end - loaded,
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()
