#!/usr/bin/env python3
"""The scikit-learn peer of bench_tfidf_folder: TF-IDF of a folder of novels, one document
per chapter, with TfidfVectorizer. The same documents and words as the C++ side: a new
document at each line that begins with "chapter" (any case; the title page before the
first chapter dropped), lowercase=True and token_pattern="[a-z]+" (maximal runs of a-z).
sklearn's weights differ from the lecture's (idf = ln((1 + N) / (1 + df)) + 1, rows
normalised to unit length, raw tf; we use sublinear_tf=True, its 1 + ln(tf), as the
nearest to log10(1 + tf)); the vocabulary is the same and is printed to check it.
Needs Debian's python3-sklearn.

Usage: peer_tfidf_sklearn.py FOLDER [--repeat N]
Prints {"documents", "vocab", "nonzeros", "seconds" (best of N), "read_seconds",
"vectorize_seconds"}.
"""
import argparse
import json
import os
import re
import time

from sklearn.feature_extraction.text import TfidfVectorizer

CHAPTER = re.compile(r"^chapter", re.IGNORECASE | re.MULTILINE)


def chapters(text):
    starts = [m.start() for m in CHAPTER.finditer(text)]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--repeat", type=int, default=1)
    arguments = parser.parse_args()
    files = sorted(f for f in os.listdir(arguments.folder) if f.endswith(".txt"))
    best = None
    for _ in range(max(1, arguments.repeat)):
        start = time.perf_counter()
        documents = []
        for name in files:
            with open(os.path.join(arguments.folder, name), encoding="utf-8") as stream:
                documents.extend(chapters(stream.read()))
        read = time.perf_counter()
        vectorizer = TfidfVectorizer(lowercase=True, token_pattern=r"[a-z]+", sublinear_tf=True)
        matrix = vectorizer.fit_transform(documents)
        end = time.perf_counter()
        if best is None or end - start < best["seconds"]:
            best = {
                "documents": len(documents),
                "vocab": len(vectorizer.vocabulary_),
                "nonzeros": int(matrix.nnz),
                "seconds": end - start,
                "read_seconds": read - start,
                "vectorize_seconds": end - read,
            }
    print(json.dumps(best))


if __name__ == "__main__":
    main()
