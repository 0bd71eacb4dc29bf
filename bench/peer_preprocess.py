#!/usr/bin/env python3
# The peer of `lengua-cli preprocess --steps clean,nfc,lower,sentences,stopwords,stem`: what a
# student would write in plain Python with NLTK's Snowball stemmer. See bench/README.md.
#
# Usage: peer_preprocess.py --input FILE.tsv [--stopwords resources/text/stopwords-es.txt]
#        [--no-cache]
# Prints one JSON object: documents, sentences, tokens_before, tokens_after, types_after, bytes
# (UTF-8 text of the text column), pipeline_seconds (the steps only: no import, no reading)
# and seconds (the whole run after the imports).
import argparse
import html
import json
import os
import re
import sys
import time
import unicodedata

from nltk.stem.snowball import SnowballStemmer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Cleaning, the usual notebook regular expressions: tags, entities, URLs, e-mail
# addresses, control characters, then tidy whitespace.
TAG = re.compile(r"<[^>]*>")
URL = re.compile(r"(?:https?://|ftp://|www\.)\S+")
EMAIL = re.compile(r"\S+@\S+\.\w+")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\ufeff]")
SPACES = re.compile(r"\s+")
# A sentence ends at . ! ? … with optional closing quotes or brackets, then white space.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”’)\]]*\s+")
# A word: letters and digits (Python's \w without _), with ' or ’ kept between letters.
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def clean(text):
    text = TAG.sub(" ", text)
    text = html.unescape(text)
    text = URL.sub(" ", text)
    text = EMAIL.sub(" ", text)
    text = CONTROL.sub("", text)
    return SPACES.sub(" ", text).strip()


def read_stopwords(path):
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--stopwords", default=os.path.join(ROOT, "resources/text/stopwords-es.txt"))
    parser.add_argument("--no-cache", action="store_true",
                        help="stem every token instead of every distinct word once")
    args = parser.parse_args()

    start = time.perf_counter()
    stop = read_stopwords(args.stopwords)
    stemmer = SnowballStemmer("spanish")
    with open(args.input, encoding="utf-8") as f:
        texts = [line.rstrip("\n").split("\t", 1)[-1] for line in f]
    size = sum(len(t.encode("utf-8")) for t in texts)

    pipeline_start = time.perf_counter()
    cache = {}
    sentences = tokens_before = 0
    output = []
    for text in texts:
        text = unicodedata.normalize("NFC", clean(text)).lower()
        for sentence in SENTENCE_END.split(text):
            words = WORD.findall(sentence)
            if not words:
                continue
            sentences += 1
            tokens_before += len(words)
            kept = []
            for w in words:
                if w in stop:
                    continue
                if args.no_cache:
                    kept.append(stemmer.stem(w))
                else:
                    s = cache.get(w)
                    if s is None:
                        s = cache[w] = stemmer.stem(w)
                    kept.append(s)
            output.append(kept)
    pipeline_seconds = time.perf_counter() - pipeline_start

    tokens_after = sum(len(s) for s in output)
    types_after = len({w for s in output for w in s})
    print(json.dumps({
        "documents": len(texts), "sentences": sentences, "tokens_before": tokens_before,
        "tokens_after": tokens_after, "types_after": types_after, "bytes": size,
        "pipeline_seconds": pipeline_seconds, "seconds": time.perf_counter() - start,
    }))


if __name__ == "__main__":
    sys.exit(main())
