#!/usr/bin/env python3
"""Writes the word2vec benchmark's input (bench/embeddings.sh): the text column of a
`ref<TAB>text` corpus, one verse a line, lowercased with str.lower(), split into words
(runs of letters and digits, an apostrophe kept between two of them: "lord's") and
punctuation marks (each its own token), tokens joined by one space. Both trainers read
this same file, so neither side's tokenizer is timed or compared.

Usage: embeddings_prepare.py CORPUS.tsv OUTPUT.txt   (prints {"sentences", "tokens", "types"})
"""
import json
import re
import sys

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")


def main():
    source, target = sys.argv[1], sys.argv[2]
    sentences = tokens = 0
    types = set()
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            text = line.rstrip("\n").split("\t", 1)[-1]
            words = TOKEN.findall(text.lower())
            if not words:
                continue
            out.write(" ".join(words) + "\n")
            sentences += 1
            tokens += len(words)
            types.update(words)
    print(json.dumps({"sentences": sentences, "tokens": tokens, "types": len(types)}))


if __name__ == "__main__":
    main()
