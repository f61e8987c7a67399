#!/usr/bin/env python3
"""Score a date-mention extractor against the hand-annotated gold of issue 18.

Usage:
  score.py --predicted PRED.jsonl [--gold sentences.jsonl | --real real-articles.json] [--errors]
  score.py --self-test

PRED.jsonl: one JSON object per line,
  {"id": "...", "dates": [{"value": "1789-07-14", "precision": "day", "relative": false,
                           "start": 12, "end": 30}, ...]}
("start"/"end" are optional.)  Predicted dates are matched to the gold dates of the
same id by (value, precision) as multisets: a predicted date is a true positive when
the gold of that id still has an unmatched date with the same value and precision.
Ranges are values "START..END" and are matched as a whole.

Printed: precision, recall and F1 overall, per precision level (day, month, year),
absolute vs relative, ranges vs single dates.  Precision of a category counts the
predictions in that category (by the predicted precision / relative flag / value),
recall counts the gold dates in that category.

Standard library only.
"""
import argparse
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GOLD = os.path.join(HERE, "sentences.jsonl")
DEFAULT_REAL = os.path.join(HERE, "real-articles.json")
LEVELS = ("day", "month", "year")


def load_gold_sentences(path):
    gold = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            gold[rec["id"]] = {"text": rec.get("text"), "published": rec.get("published"),
                               "lang": rec.get("lang"), "dates": rec.get("dates", [])}
    return gold


def load_gold_real(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    gold = {}
    for aid, rec in data.items():
        if aid.startswith("_"):  # metadata keys such as "_about"
            continue
        gold[aid] = {"text": None, "published": rec.get("published"), "lang": "fr",
                     "dates": rec.get("dates", [])}
    return gold


def load_predicted(path):
    pred = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                sys.exit("%s:%d: not JSON: %s" % (path, n, e))
            pred.setdefault(rec["id"], []).extend(rec.get("dates", []))
    return pred


def precision_of(value):
    """Precision implied by a value string (a range takes its start's)."""
    v = value.split("..")[0]
    return {10: "day", 7: "month", 4: "year"}.get(len(v), "?")


def key(d):
    return (str(d.get("value", "")), str(d.get("precision") or precision_of(str(d.get("value", "")))))


def is_range(d):
    return ".." in str(d.get("value", ""))


def categories(d):
    cats = ["all"]
    prec = key(d)[1]
    cats.append("precision=" + prec)
    cats.append("relative" if d.get("relative") else "absolute")
    cats.append("range" if is_range(d) else "single")
    if not d.get("relative") and prec in ("day", "month") and not is_range(d):
        cats.append("absolute day/month (issue bar)")
    return cats


def match(gold_dates, pred_dates):
    """Returns (pairs, false_positives, misses) as lists of gold/pred dicts."""
    pool = defaultdict(list)
    for g in gold_dates:
        pool[key(g)].append(g)
    pairs, fps = [], []
    for p in pred_dates:
        lst = pool.get(key(p))
        if lst:
            pairs.append((lst.pop(0), p))
        else:
            fps.append(p)
    misses = [g for lst in pool.values() for g in lst]
    # keep misses in gold order
    order = {id(g): i for i, g in enumerate(gold_dates)}
    misses.sort(key=lambda g: order[id(g)])
    return pairs, fps, misses


def score(gold, pred, show_errors=False, out=sys.stdout, byte_offsets=False):
    tp_p = defaultdict(int)   # true positives counted by the prediction's categories
    tp_r = defaultdict(int)   # true positives counted by the gold's categories
    n_pred = defaultdict(int)
    n_gold = defaultdict(int)
    errors = []
    span_checked = span_ok = 0
    unknown = sorted(set(pred) - set(gold))
    for sid in sorted(gold):
        g = gold[sid]
        gd = g["dates"]
        pd = pred.get(sid, [])
        for d in gd:
            for c in categories(d):
                n_gold[c] += 1
        for d in pd:
            for c in categories(d):
                n_pred[c] += 1
        pairs, fps, misses = match(gd, pd)
        for gdate, pdate in pairs:
            for c in categories(pdate):
                tp_p[c] += 1
            for c in categories(gdate):
                tp_r[c] += 1
            if g["text"] is not None and "start" in pdate and "end" in pdate:
                span_checked += 1
                text = g["text"]
                s, e = pdate["start"], pdate["end"]
                try:
                    if byte_offsets:
                        got = text.encode("utf-8")[s:e].decode("utf-8")
                    else:
                        got = text[s:e]
                except (TypeError, UnicodeDecodeError):
                    got = None
                if got is not None and got.strip() and (got in gdate["text"] or gdate["text"] in got):
                    span_ok += 1
        for p in fps:
            errors.append(("FP", sid, p, g))
        for m in misses:
            errors.append(("MISS", sid, m, g))

    def pr(c):
        p = tp_p[c] / n_pred[c] if n_pred[c] else None
        r = tp_r[c] / n_gold[c] if n_gold[c] else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return p, r, f

    def fmt(x):
        return "  -  " if x is None else "%.3f" % x

    rows = ["all", "precision=day", "precision=month", "precision=year",
            "absolute", "relative", "absolute day/month (issue bar)", "single", "range"]
    print("%-32s %6s %6s %6s %6s %6s %6s" % ("category", "P", "R", "F1", "gold", "pred", "tp"), file=out)
    for c in rows:
        p, r, f = pr(c)
        print("%-32s %6s %6s %6s %6d %6d %6d" % (c, fmt(p), fmt(r), fmt(f), n_gold[c], n_pred[c],
                                                 tp_r[c]), file=out)
    print("(P counts predictions by their own category, R gold dates by theirs; tp shown = gold side)",
          file=out)
    if span_checked:
        print("spans: %d of %d matched predictions with start/end overlap the gold text (%s offsets)"
              % (span_ok, span_checked, "byte" if byte_offsets else "code-point"), file=out)
    if unknown:
        print("warning: %d predicted ids are not in the gold and were ignored (e.g. %s)"
              % (len(unknown), unknown[0]), file=out)
    if show_errors:
        print("\nerrors (%d):" % len(errors), file=out)
        for kind, sid, d, g in errors:
            gold_texts = "; ".join("%s=%s" % (x.get("text"), x.get("value")) for x in g["dates"]) or "(no date)"
            if kind == "FP":
                span = ""
                if "start" in d and "end" in d:
                    span = " [%s:%s]" % (d["start"], d["end"])
                    if g["text"] is not None and not byte_offsets:
                        try:
                            span += " %r" % g["text"][d["start"]:d["end"]]
                        except TypeError:
                            pass
                print("FP   %-18s predicted %s (%s%s)%s | gold: %s" % (
                    sid, d.get("value"), d.get("precision"), ", relative" if d.get("relative") else "",
                    span, gold_texts), file=out)
            else:
                print("MISS %-18s %r = %s (%s%s)" % (sid, d.get("text"), d.get("value"), d.get("precision"),
                                                   ", relative" if d.get("relative") else ""), file=out)
            if g["text"] is not None:
                print("     | %s" % g["text"], file=out)
    p, r, _ = pr("all")
    return {c: pr(c) for c in rows}


def self_test():
    import io
    ok = True
    for name, path, loader in (("sentences", DEFAULT_GOLD, load_gold_sentences),
                               ("real articles", DEFAULT_REAL, load_gold_real)):
        if not os.path.exists(path):
            print("self-test: %s missing, skipped" % path)
            continue
        gold = loader(path)
        perfect = {sid: [dict(d) for d in g["dates"]] for sid, g in gold.items()}
        # offsets of the gold sentences, when present, must point at the text
        print("== %s: gold scored against itself" % name)
        res = score(gold, perfect)
        for c, (p, r, f) in res.items():
            if (p is not None and abs(p - 1) > 1e-9) or (r is not None and abs(r - 1) > 1e-9):
                print("FAIL: %s P=%s R=%s" % (c, p, r))
                ok = False
        print("== %s: empty prediction" % name)
        res = score(gold, {})
        if res["all"][1] != 0:
            print("FAIL: recall of empty prediction is %s" % (res["all"][1],))
            ok = False
        # a shuffled prediction (every value shifted) must score 0 too
        shifted = {sid: [dict(d, value="0001") for d in ds] for sid, ds in perfect.items()}
        res = score(gold, shifted, out=io.StringIO())
        if res["all"][0] not in (0.0, None):
            print("FAIL: precision of wrong prediction is %s" % (res["all"][0],))
            ok = False
    # multiset matching: two identical gold dates, three predictions -> P=2/3, R=1
    g = {"x": {"text": "a", "published": None, "lang": "fr",
               "dates": [{"text": "a", "value": "2019", "precision": "year", "relative": False}] * 2}}
    p = {"x": [{"value": "2019", "precision": "year", "relative": False}] * 3}
    res = score(g, p, out=io.StringIO())
    if abs(res["all"][0] - 2 / 3) > 1e-9 or res["all"][1] != 1:
        print("FAIL: multiset matching", res["all"])
        ok = False
    print("self-test:", "OK" if ok else "FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--predicted", help="predictions, JSON lines {id, dates:[{value, precision, relative, start, end}]}")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--gold", help="gold sentences JSONL (default: sentences.jsonl beside this script)")
    g.add_argument("--real", help="gold real articles JSON (real-articles.json)")
    ap.add_argument("--errors", action="store_true", help="list every false positive and miss")
    ap.add_argument("--lang", help="score only gold records of this language (sentences only)")
    ap.add_argument("--byte-offsets", action="store_true",
                    help="predicted start/end are UTF-8 byte offsets (default: code points)")
    ap.add_argument("--self-test", action="store_true", help="score the gold against itself and an empty prediction")
    a = ap.parse_args()
    if a.self_test:
        sys.exit(0 if self_test() else 1)
    if not a.predicted:
        ap.error("--predicted is required (or --self-test)")
    if a.real:
        gold = load_gold_real(a.real)
    else:
        gold = load_gold_sentences(a.gold or DEFAULT_GOLD)
    if a.lang:
        gold = {k: v for k, v in gold.items() if v.get("lang") == a.lang}
    pred = load_predicted(a.predicted)
    score(gold, pred, show_errors=a.errors, byte_offsets=a.byte_offsets)


if __name__ == "__main__":
    main()
