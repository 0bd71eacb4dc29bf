#!/usr/bin/env python3
"""The NumPy/SciPy peer of `lengua-cli cooc --weighting count`: the word-word
co-occurrence matrix with a symmetric window, counted inside each sentence. Each line
of the file is a sentence, lowercased (str.lower) and split on whitespace, as the CLI
does with --lowercase; for every distance d <= window the pairs (w_i, w_{i+d}) of the
same sentence are gathered with array slicing and summed into a sparse matrix in both
directions (scipy's COO -> CSR conversion adds up repeated cells). Needs Debian's
python3-numpy and python3-scipy.

Usage: peer_cooc_scipy.py FILE --window W --words a,b,c
Prints {"vocab", "nonzeros", "sentences", "matrix" (the words' rows), "seconds",
"read_seconds", "count_seconds"}.
"""
import argparse
import json
import time

import numpy as np
from scipy.sparse import coo_matrix


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--words", default="")
    arguments = parser.parse_args()

    start = time.perf_counter()
    with open(arguments.file, encoding="utf-8") as stream:
        sentences = [line.lower().split() for line in stream]
    sentences = [s for s in sentences if s]
    read = time.perf_counter()
    index = {}
    ids = np.fromiter((index.setdefault(w, len(index)) for s in sentences for w in s), dtype=np.int64)
    sentence = np.repeat(np.arange(len(sentences)), [len(s) for s in sentences])
    rows, columns = [], []
    for d in range(1, arguments.window + 1):
        same = sentence[:-d] == sentence[d:]
        left, right = ids[:-d][same], ids[d:][same]
        rows += [left, right]
        columns += [right, left]
    rows, columns = np.concatenate(rows), np.concatenate(columns)
    size = len(index)
    matrix = coo_matrix((np.ones(len(rows)), (rows, columns)), shape=(size, size)).tocsr()
    end = time.perf_counter()

    words = [w for w in arguments.words.split(",") if w]
    picked = [index[w] for w in words]
    print(json.dumps({
        "vocab": size,
        "nonzeros": int(matrix.nnz),
        "sentences": len(sentences),
        "words": words,
        "matrix": [[float(matrix[i, j]) for j in picked] for i in picked],
        "seconds": end - start,
        "read_seconds": read - start,
        "count_seconds": end - read,
    }))


if __name__ == "__main__":
    main()
