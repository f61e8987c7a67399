#!/usr/bin/env python3
"""Pick the articles of the entities-multi gold (stdlib only, deterministic).

  python3 tests/eval/entities-multi/sample.py [--corpus ../shared/corpus/corpus-multi.jsonl]

Reads the corpus in file order, keeps the articles whose `text` is under 4,000 characters,
splits them by `lang`, and draws 40 English ("en") then 40 German ("de") ones with
random.Random(2026). Prints one id per line: the 40 en ids, then the 40 de ids.
"""
import argparse, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CORPUS = os.path.join(os.path.dirname(REPO), "shared", "corpus", "corpus-multi.jsonl")
PER_LANG = 40
MAX_CHARS = 4000
LANGS = ("en", "de")


def sample(corpus):
    by_lang = {lang: [] for lang in LANGS}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            if d.get("lang") in by_lang and len(d.get("text") or "") < MAX_CHARS:
                by_lang[d["lang"]].append(d["id"])
    rng = random.Random(2026)
    return {lang: rng.sample(by_lang[lang], PER_LANG) for lang in LANGS}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=CORPUS)
    a = ap.parse_args()
    picked = sample(a.corpus)
    for lang in LANGS:
        for i in picked[lang]:
            print(i)


if __name__ == "__main__":
    main()
