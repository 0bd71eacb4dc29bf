#!/usr/bin/env python3
"""The peer of `lengua-cli corpus-stats`: what a student would write in a notebook,
plain Python 3 (re + collections.Counter), following the definitions of
engine/text/WordScanner.h and engine/text/CorpusStatistics.h as closely as Python
regular expressions allow. Prints the same JSON keys.

Usage: peer_corpus_stats.py --input FILE.tsv [--text-column N]   (N is 1-based, default 2)
"""
import argparse
import collections
import json
import re
import sys
import time

# A word is a maximal run of letters, combining marks and digits; an apostrophe
# (' or U+2019) between two letters stays inside ("don't"). Python's \w also holds
# "_" and other numerics and lacks combining marks, hence the classes below.
WORD_CHAR = r"(?:[^\W_]|[\u0300-\u036f])"
LETTER = r"[^\W\d_]"
WORD = re.compile(rf"{WORD_CHAR}+(?:(?<={LETTER})['\u2019](?={LETTER}){WORD_CHAR}+)*")

# A sentence ends at . ! ? or U+2026, possibly followed by closing quotes or brackets
# (and more terminators), then white space or the end of the document. Only pieces
# holding a word count as sentences.
SENTENCE_END = re.compile("[.!?\u2026][\"')\\].!?\u00bb\u201d\u2019]*(?=[ \\n\\r\\t]|\\Z)")


def load(path, text_column):
    documents = []
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) >= text_column:
                documents.append(fields[text_column - 1])
    return documents


def statistics(documents):
    counts = collections.Counter()
    tokens = sentences = characters = 0
    for text in documents:
        characters += len(text)
        words = [w.casefold() for w in WORD.findall(text)]
        tokens += len(words)
        counts.update(words)
        sentences += sum(1 for piece in SENTENCE_END.split(text) if WORD.search(piece))
    return {
        "documents": len(documents),
        "sentences": sentences,
        "tokens": tokens,
        "types": len(counts),
        "characters": characters,
        "type_token_ratio": len(counts) / tokens if tokens else 0.0,
        # The frequency table, most frequent first, ties in code-point order (like ours).
        "_frequencies": sorted(counts.items(), key=lambda item: (-item[1], item[0])),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True)
    parser.add_argument("--text-column", type=int, default=2)
    arguments = parser.parse_args()

    start = time.perf_counter()
    documents = load(arguments.input, arguments.text_column)
    loaded = time.perf_counter()
    result = statistics(documents)
    end = time.perf_counter()

    del result["_frequencies"]
    result["bytes"] = sum(len(text.encode("utf-8")) for text in documents)
    result["seconds"] = end - start
    result["load_seconds"] = loaded - start
    result["statistics_seconds"] = end - loaded
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
