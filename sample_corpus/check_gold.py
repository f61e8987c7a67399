#!/usr/bin/env python3
"""Consistency check for Kiosque's sample corpus.

Verifies that the articles, dispatches.jsonl and gold.jsonl agree: UTF-8,
date lines, sizes, per-language minimums, that every gold entity (or a known
surface variant) occurs in its article, and that each analysis case listed in
README.md occurs where expected. Run: python3 check_gold.py [--review]
(--review also prints capitalised words that no gold entity covers).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATE_RE = re.compile(r"^\s*date (\d{4}-\d{2}(?:-\d{2})?) ")
UNDATED = {"articles/fr/024-fete-des-lumieres.txt"}
MALFORMED = {"articles/fr/025-paquebots-marseille.txt"}
MIN_PER_LANG = {"fr": 34, "en": 2, "de": 2, "es": 2, "it": 2, "ru": 2}

# Surface variants of canonical gold forms (other languages, spellings).
VARIANTS = {
    "Vladimir Poutine": ["Poutine", "Putin", "Путин"],
    "Kim Jong-un": ["Ким Чен Ын"],
    "Sergueï Choïgou": ["Choïgou", "Шойгу"],
    "Dmitri Peskov": ["Песков"],
    "Volodymyr Zelensky": ["Zelensky", "Zelenski"],
    "François": ["Francesco"],
    "Kiev": ["Kyiv"],
    "Moscou": ["Moscow", "Moskau", "Mosca", "Moscú", "Москв"],
    "Russie": ["Russia", "Russland", "Rusia", "Росси"],
    "Ukraine": ["Ucrania", "Ucraina", "Украин"],
    "Corée du Nord": ["North Korea", "КНДР"],
    "États-Unis": ["United States"],
    "Extrême-Orient": ["Far East"],
    "Vostotchny": ["Vostochny", "Восточн"],
    "Allemagne": ["Deutschland"],
    "Strasbourg": ["Straßburg"],
    "Bruxelles": ["Brüssel", "Bruselas"],
    "Espagne": ["España"],
    "Catalogne": ["Cataluña"],
    "Italie": ["Italia"],
    "Rome": ["Roma"],
    "Vatican": ["Vaticano"],
    "Berlin": ["Berlino"],
    "Quirinal": ["Quirinale"],
    "Europe": ["Europa"],
    "Boutcha": ["Bucha"],
    "Irlande": ["Ireland"],
    "Éthiopie": ["Ethiopia"],
    "Tigré": ["Tigray"],
    "Viêt Nam": ["Vietnam"],
    "Union soviétique": ["Soviet Union"],
    "Séoul": ["Seoul", "Сеул"],
    "Washington": ["Вашингтон"],
    "Pyongyang": ["Пхеньян"],
    "Vladivostok": ["Владивосток"],
    "oblast de l'Amour": ["Амурской области"],
    "kraï de Khabarovsk": ["Хабаровском крае"],
    "ONU": ["United Nations", "UN ", "Nations unies", "O.N.U."],
    "OTAN": ["NATO", "НАТО"],
    "Union européenne": ["Unión Europea", "Europäischen Union"],
    "Commission européenne": ["Europäischen Kommission"],
    "Parlement européen": ["Europäische Parlament"],
    "Parti populaire européen": ["Europäischen Volkspartei"],
    "Conseil de sécurité": ["Security Council"],
    "Assemblée générale": ["General Assembly"],
    "Kremlin": ["Кремл"],
    "FMI": ["International Monetary Fund"],
    "Congrès des députés": ["Congreso de los Diputados"],
    "PP": ["Partido Popular"],
    "Frères d'Italie": ["Fratelli d'Italia"],
    "Ligue": ["Lega"],
    "Saint-Siège": ["Santa Sede"],
    "Assemblée fédérale": ["Федеральному собранию"],
    "Flotte du Pacifique": ["Тихоокеанского флота"],
}

# Analysis cases: name -> regex searched in raw (un-normalised) text.
CASES = {
    "l'Ukraine (straight ')": r"l'Ukraine",
    "d’Ukraine (curly ’)": r"d’Ukraine",
    "U+02BC elision": r"\bdʼ|\blʼ",
    "j'": r"(?i)\bj['’]", "m'": r"(?i)\bm['’]", "n'": r"(?i)\bn['’]",
    "s'": r"(?i)\bs['’]", "t'": r"(?i)\bt['’]", "c'": r"(?i)\bc['’]",
    "qu'": r"(?i)\bqu['’]", "jusqu'": r"(?i)\bjusqu['’]",
    "lorsqu'": r"(?i)\blorsqu['’]", "puisqu'": r"(?i)\bpuisqu['’]",
    "quoiqu'": r"(?i)\bquoiqu['’]",
    "État": r"État", "Élysée": r"Élysée", "Elysee (unaccented)": r"Elysee",
    "Choïgou": r"Choïgou", "Choigou (unaccented)": r"Choigou",
    "négociations": r"négociations", "négocier": r"négocier",
    "ukrainienne": r"ukrainienne", "ukrainiens": r"ukrainiens",
    "Saint-Étienne": r"Saint-Étienne", "Jean-Luc": r"Jean-Luc",
    "O.N.U.": r"O\.N\.U\.", "Organisation des Nations unies (ONU)":
        r"Organisation des Nations unies \(ONU\)",
    "O'Brien (straight)": r"O'Brien", "O’Brien (curly)": r"O’Brien",
    "N’Djamena (curly)": r"N’Djamena",
    "Kim Jong-il": r"Kim Jong-il", "Kyiv spelling": r"Kyiv",
    "caption with credit": r"Ouvrir en mode plein écran .*Photo : ",
    "stripped quote ' .'": r"\w , [^.\n]*\w \.",
    "HTML &nbsp;": r"&nbsp;", "HTML <br>": r"<br>",
    "<script>alert(1)</script>": r"<script>alert\(1\)</script>",
    "typo gouvernment": r"gouvernment", "typo téléspetateurs": r"téléspetateurs",
}
# Cases the README promises to keep in exactly these files.
EXPECTED = {
    "négociations": {"articles/fr/003-cereales-istanbul.txt"},
    "négocier": {"articles/fr/008-greve-sncf.txt"},
    "ukrainienne": {"articles/fr/002-aide-ue-ukraine.txt"},
    "ukrainiens": {"articles/fr/003-cereales-istanbul.txt"},
    "Elysee (unaccented)": {"articles/fr/021-macron-poutine-appel.txt"},
    "Choigou (unaccented)": {"articles/fr/005-choigou-pyongyang.txt"},
    "O.N.U.": {"articles/fr/033-sommet-climat-onu.txt"},
    "<script>alert(1)</script>": {"articles/fr/014-faille-xss.txt"},
}

errors = []


def fold(s):
    s = unicodedata.normalize("NFC", s).replace("’", "'").replace("ʼ", "'")
    s = "".join(c for c in unicodedata.normalize("NFD", s)
                if unicodedata.category(c) != "Mn")
    return s.casefold()


def occurs(entity, text):
    t = fold(text)
    forms = [entity] + VARIANTS.get(entity, [])
    last = entity.split()[-1]
    if len(entity.split()) > 1 and len(last) > 3 and not entity.startswith("Kim "):
        forms.append(last)
    return any(fold(f) in t for f in forms)


def load_articles():
    arts = {}
    for p in sorted((ROOT / "articles").rglob("*.txt")):
        rel = p.relative_to(ROOT).as_posix()
        raw = p.read_bytes()
        try:
            arts[rel] = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(f"{rel}: not UTF-8 ({e})")
    return arts


def main():
    arts = load_articles()
    deps = {}
    for n, line in enumerate((ROOT / "dispatches.jsonl").read_text("utf-8").splitlines(), 1):
        d = json.loads(line)
        deps[d["id"]] = d
    gold = [json.loads(l) for l in (ROOT / "gold.jsonl").read_text("utf-8").splitlines()]
    gold_ids = [g["id"] for g in gold]
    if len(set(gold_ids)) != len(gold_ids):
        errors.append("duplicate ids in gold.jsonl")
    for missing in (set(arts) | set(deps)) - set(gold_ids):
        errors.append(f"{missing}: no gold line")

    counts = {}
    for rel, text in arts.items():
        lang = rel.split("/")[1]
        counts[lang] = counts.get(lang, 0) + 1
        first = text.split("\n", 1)[0]
        m = DATE_RE.match(first)
        if rel in UNDATED or rel in MALFORMED:
            if m:
                errors.append(f"{rel}: expected no valid date line, got {first[:30]!r}")
        elif not m:
            errors.append(f"{rel}:1: expected 'date YYYY-MM[-DD] ', got {first[:30]!r}")
        words = len(text.split())
        blocks = [b for b in text.split("\n\n") if b.strip()]
        if not 150 <= words <= 450:
            errors.append(f"{rel}: {words} words, want 150-450")
        if not 3 <= len(blocks) <= 9:
            errors.append(f"{rel}: {len(blocks)} blocks, want 3-9")
        if re.search(r"\n\n\n", text):
            errors.append(f"{rel}: more than one blank line between paragraphs")
    for lang, n in MIN_PER_LANG.items():
        if counts.get(lang, 0) < n:
            errors.append(f"only {counts.get(lang, 0)} {lang} articles, want {n}")

    credits = set()
    for rel, text in arts.items():
        for m in re.finditer(r"Photo : [^/\n]+/(?:[^/\n]+/)?[^/\n]+/ ([^\n]+)$|Photo : [^/\n]+ / ([^\n]+)$", text, re.M):
            credits.add((m.group(1) or m.group(2)).strip())

    for g in gold:
        gid = g["id"]
        if gid in arts:
            text, lang_real = arts[gid], gid.split("/")[1]
            m = DATE_RE.match(text.split("\n", 1)[0])
            date_real = m.group(1) if m else None
        elif gid in deps:
            d = deps[gid]
            text = d["title"] + "\n\n" + d["text"]
            lang_real, date_real = d.get("lang", g["lang"]), d.get("date")
        else:
            errors.append(f"{gid}: gold id matches no article or dispatch")
            continue
        if g["lang"] != lang_real:
            errors.append(f"{gid}: gold lang {g['lang']} != {lang_real}")
        if g["date"] != date_real:
            errors.append(f"{gid}: gold date {g['date']} != {date_real}")
        # Entities are checked against text without the photo credits.
        body = re.sub(r"Photo : .*$", "", text, flags=re.M)
        for kind in ("persons", "places", "orgs"):
            if len(set(g[kind])) != len(g[kind]):
                errors.append(f"{gid}: duplicate in {kind}")
            for e in g[kind]:
                if not occurs(e, body):
                    errors.append(f"{gid}: {kind} {e!r} not found in text")
                if e in credits:
                    errors.append(f"{gid}: {e!r} is a photo credit")

    corpus = dict(arts)
    for k, d in deps.items():
        corpus[k] = d["title"] + "\n\n" + d["text"]
    where = {}
    for case, rx in CASES.items():
        where[case] = sorted(k for k, t in corpus.items() if re.search(rx, t))
        if not where[case]:
            errors.append(f"analysis case {case!r} occurs nowhere")
    for case, files in EXPECTED.items():
        if set(where[case]) != files:
            errors.append(f"case {case!r} in {where[case]}, expected {sorted(files)}")
    straight = any("'" in t for t in arts.values())
    curly = any("’" in t for t in arts.values())
    if not (straight and curly):
        errors.append("corpus lacks a mix of ' and ’")

    print("articles per language:", dict(sorted(counts.items())), "dispatches:", len(deps))
    print("photo credits (never gold):", sorted(credits))
    for case, files in where.items():
        print(f"  {case}: {', '.join(files)}")
    if "--review" in sys.argv:
        for g in gold:
            text = corpus.get(g["id"], "")
            text = re.sub(r"Photo : .*$", "", text, flags=re.M)
            known = fold(" ".join(g["persons"] + g["places"] + g["orgs"] +
                                  sum((VARIANTS.get(e, []) for e in g["persons"] + g["places"] + g["orgs"]), [])))
            caps = set(re.findall(r"(?<=[a-zà-ÿ,;:] )[A-ZÀ-ÖØ-ÞА-Я][\w'’-]+", text))
            left = sorted(c for c in caps if fold(c) not in known)
            if left:
                print("REVIEW", g["id"], left)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
