#!/usr/bin/env python3
"""The scikit-learn and umap-learn peers of `lengua-cli project`, and the one
trustworthiness measure used for both sides (bench/embeddings.sh).

Every command reads the first TOP rows of a word2vec text file and, unless --raw, scales
each row to unit length, as `lengua-cli project` does by default (cosine geometry: the
Euclidean neighbours of unit rows are the cosine neighbours). Both sides and the
trustworthiness therefore see the same points.

  tsne  --vectors F --top N --seed S --output coords.tsv
        sklearn.manifold.TSNE(perplexity=30, n_iter=1000, init="pca", method="barnes_hut",
        angle=0.5, learning_rate="auto"): scikit-learn 1.2's defaults, stated.
  umap  --vectors F --top N [--seed S] --output coords.tsv
        umap.UMAP(n_neighbors=15, min_dist=0.1); without --seed umap-learn runs its
        parallel (numba) code, with one it runs single-threaded as it documents. The
        import of umap is timed (import_seconds) and so is the process by the caller: a
        fresh process, as a user meets it.
  trust --vectors F --top N --coords coords.tsv [--k 5]
        sklearn.manifold.trustworthiness(X, Y, n_neighbors=k) of any side's coordinates
        (`word<TAB>x<TAB>y` a line, in the file's order; the words are checked).

Each prints one JSON line.
"""
import argparse
import json
import time

import numpy as np


def read_vectors(path, top, raw):
    words, rows = [], []
    with open(path, encoding="utf-8") as lines:
        header = lines.readline().split()
        if len(header) != 2:  # GloVe text: no header
            lines.seek(0)
        for line in lines:
            if len(words) == top:
                break
            fields = line.rstrip().split(" ")
            words.append(fields[0])
            rows.append([float(v) for v in fields[1:]])
    points = np.asarray(rows, dtype=np.float64)
    if not raw:
        norms = np.linalg.norm(points, axis=1, keepdims=True)
        points = points / np.where(norms > 0, norms, 1.0)
    return words, points


def write_coords(path, words, coords):
    with open(path, "w", encoding="utf-8") as out:
        for word, (x, y) in zip(words, coords):
            out.write(f"{word}\t{x:.6g}\t{y:.6g}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["tsne", "umap", "trust"])
    parser.add_argument("--vectors", required=True)
    parser.add_argument("--top", type=int, default=5000)
    parser.add_argument("--raw", action="store_true", help="do not scale rows to unit length")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--output")
    parser.add_argument("--coords")
    parser.add_argument("--k", type=int, default=5)
    args = parser.parse_args()

    if args.command == "umap":
        start = time.perf_counter()
        import umap  # numba compiles on first use: part of what a user waits for

        imported = time.perf_counter()
        words, points = read_vectors(args.vectors, args.top, args.raw)
        read = time.perf_counter()
        reducer = umap.UMAP(n_neighbors=15, min_dist=0.1, n_components=2, random_state=args.seed)
        coords = reducer.fit_transform(points)
        fitted = time.perf_counter()
        write_coords(args.output, words, coords)
        print(json.dumps({"points": len(words), "import_seconds": imported - start,
                          "read_seconds": read - imported, "seconds": fitted - read,
                          "seeded": args.seed is not None}))
        return

    from sklearn.manifold import TSNE, trustworthiness

    words, points = read_vectors(args.vectors, args.top, args.raw)
    if args.command == "tsne":
        start = time.perf_counter()
        tsne = TSNE(n_components=2, perplexity=30.0, n_iter=1000, init="pca", method="barnes_hut",
                    angle=0.5, learning_rate="auto", random_state=args.seed)
        coords = tsne.fit_transform(points)
        seconds = time.perf_counter() - start
        write_coords(args.output, words, coords)
        print(json.dumps({"points": len(words), "seconds": seconds, "iterations": int(tsne.n_iter_),
                          "kl_divergence": float(tsne.kl_divergence_)}))
    else:
        coord_words, coords = [], []
        with open(args.coords, encoding="utf-8") as lines:
            for line in lines:
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 3:
                    continue
                try:
                    xy = [float(fields[1]), float(fields[2])]
                except ValueError:  # a header line
                    continue
                coord_words.append(fields[0])
                coords.append(xy)
        if coord_words != words:
            raise SystemExit(f"{args.coords}: its {len(coord_words)} words are not the first "
                             f"{len(words)} of {args.vectors} in order")
        value = trustworthiness(points, np.asarray(coords), n_neighbors=args.k)
        print(json.dumps({"points": len(words), "k": args.k, "trustworthiness": float(value)}))


if __name__ == "__main__":
    main()
