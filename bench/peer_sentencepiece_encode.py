#!/usr/bin/env python3
# The in-process peer of `lengua-cli tokenize`: python3-sentencepiece encodes every line of a
# text file (one verse a line) with a trained model. See bench/README.md.
#
# Usage: peer_sentencepiece_encode.py --model spm.model --input kjv.txt [--threads N]
# Prints one JSON object: documents, tokens, bytes (UTF-8 text, newlines excluded),
# encode_seconds (the sp.encode call only), megabytes_per_second, seconds (after the imports).
import argparse
import json
import time

import sentencepiece


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--threads", type=int, default=-1,
                        help="sentencepiece's num_threads (default -1: its own default)")
    args = parser.parse_args()

    start = time.perf_counter()
    sp = sentencepiece.SentencePieceProcessor(model_file=args.model)
    with open(args.input, encoding="utf-8") as f:
        lines = f.read().splitlines()
    size = sum(len(line.encode("utf-8")) for line in lines)
    encode_start = time.perf_counter()
    ids = sp.encode(lines, num_threads=args.threads)
    encode_seconds = time.perf_counter() - encode_start
    print(json.dumps({
        "documents": len(lines), "tokens": sum(len(i) for i in ids), "bytes": size,
        "encode_seconds": encode_seconds, "megabytes_per_second": size / 1e6 / encode_seconds,
        "seconds": time.perf_counter() - start,
    }))


if __name__ == "__main__":
    main()
