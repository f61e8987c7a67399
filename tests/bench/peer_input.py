"""The peers' input, written once before any of them is timed: the corpus
joined with what Kiosque's index says of each article (its language and its
persons, places and organisations, by entity key), so that every peer filters
and counts facets on exactly the entities Kiosque counts.

Writes, in corpus order (doc number n from 1):
  docs.tsv      n, id, title, text, date (YYYY-MM-DD or \\N), year, month (YYYY-MM), lang
  entities.tsv  n, type (person|place|org), key
both in PostgreSQL's COPY text format (SQLite's loader reads them too), and
xapian.dump, scriptindex's record format for omega/kiosque-bench-facets.index.
Needs python3-xapian to read Kiosque's index.
"""
import json, os

from systems import SetupError

try:
    import xapian
except ImportError:
    raise SetupError("python3-xapian not installed: run scripts/install-deps (the peers' input is read "
                     "from Kiosque's index with it)")

# Kiosque's value slots (shared/schema.h): what its facet counter reads.
KIOSQUE_LANGUAGE_SLOT = 1
KIOSQUE_ENTITY_SLOTS = (("person", 3), ("place", 4), ("org", 5))
# The scriptindex record fields of each entity type (omega/kiosque-bench-facets.index).
DUMP_FIELDS = {"person": ("person", "persons"), "place": ("place", "places"), "org": ("org", "orgs")}


def copy_escape(value):
    if value is None:
        return "\\N"
    return (str(value).replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def copy_unescape(field):
    if field == "\\N":
        return None
    if "\\" not in field:
        return field
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(field[i + 1], field[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def dump_value(value):
    """scriptindex continues a multi-line value on lines starting with '='."""
    return str(value).replace("\r\n", "\n").replace("\n", "\n=")


def kiosque_facts(db, article_id):
    """(language, [(type, key)]) of an article in Kiosque's index, or None."""
    term = "Q" + article_id
    for posting in db.postlist(term):
        doc = db.get_document(posting.docid)
        entities = []
        for kind, slot in KIOSQUE_ENTITY_SLOTS:
            for line in doc.get_value(slot).decode("utf-8").split("\n"):
                if "\t" in line:
                    entities.append((kind, line.split("\t", 1)[0]))
        return doc.get_value(KIOSQUE_LANGUAGE_SLOT).decode("utf-8"), entities
    return None


def write(corpus_jsonl, kiosque_db, workdir):
    """Writes the three files into workdir. Returns a dict of their paths and
    counts (articles, entities, articles missing from Kiosque's index)."""
    db = xapian.Database(kiosque_db)
    paths = {name: os.path.join(workdir, name) for name in ("docs.tsv", "entities.tsv", "xapian.dump")}
    n = entity_rows = missing = 0
    with open(corpus_jsonl, encoding="utf-8") as corpus, \
            open(paths["docs.tsv"], "w", encoding="utf-8") as docs, \
            open(paths["entities.tsv"], "w", encoding="utf-8") as ents, \
            open(paths["xapian.dump"], "w", encoding="utf-8") as dump:
        for line in corpus:
            rec = json.loads(line)
            n += 1
            facts = kiosque_facts(db, rec["id"])
            if facts is None:
                missing += 1
                facts = ("und", [])
            lang, entities = facts
            date = (rec.get("date") or "")[:10]
            if len(date) != 10:
                date = ""
            title = rec.get("title") or ""
            docs.write("\t".join(copy_escape(v) for v in (
                n, rec["id"], title, rec["text"], date or None, date[:4] or None, date[:7] or None, lang)) + "\n")
            for kind, key in entities:
                ents.write("%d\t%s\t%s\n" % (n, kind, copy_escape(key)))
            entity_rows += len(entities)
            fields = [("id", rec["id"]), ("title", title), ("text", rec["text"])]
            if date:
                fields += [("date", date.replace("-", "")), ("ym", date[:7].replace("-", ""))]
            fields.append(("lang", lang))
            for kind, (term_field, slot_field) in DUMP_FIELDS.items():
                keys = [key for k, key in entities if k == kind]
                fields += [(term_field, key) for key in keys]
                if keys:
                    fields.append((slot_field, "\n".join(keys)))
            dump.write("".join("%s=%s\n" % (k, dump_value(v)) for k, v in fields if v) + "\n")
    return {"paths": paths, "articles": n, "entities": entity_rows, "missing": missing}
