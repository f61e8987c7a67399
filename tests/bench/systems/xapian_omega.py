"""Xapian without Kiosque: scriptindex (xapian-omega) with the French stemmer
and omega/kiosque-bench-facets.index, searched in-process with python3-xapian.

Queries go through Xapian's QueryParser (French stemmer, STEM_SOME, AND as
the default operator, phrases); a person filter is a boolean XP term, a date
range a value range on the YYYYMMDD slot. Facets are exact (check_at_least =
all documents): language and year/month with ValueCountMatchSpy (C++), the
persons, places and organisations with a MatchSpy written in Python over the
slot that lists an article's entity keys, since Xapian has no multi-valued
facet spy: what a Python user of Xapian writes.
"""
import heapq, os, shutil

from benchlib import BENCH_DIR, disk_usage, log_excerpt, run_measured
from systems import SetupError, System

INDEX_SCRIPT = os.path.join(BENCH_DIR, "omega", "kiosque-bench-facets.index")
DATE_SLOT, LANG_SLOT, MONTH_SLOT = 0, 1, 7
ENTITY_SLOTS = {"person": 3, "place": 4, "org": 5}
ENTITY_PREFIX = {"person": "XP", "place": "XG", "org": "XO"}

try:
    import xapian
except ImportError:
    xapian = None


def require_xapian():
    if xapian is None:
        raise SetupError("python3-xapian not installed: run scripts/install-deps")


if xapian is not None:
    class EntitySpy(xapian.MatchSpy):
        """Counts the entity keys listed, one per line, in each slot."""

        def __init__(self):
            xapian.MatchSpy.__init__(self)
            self.counts = {kind: {} for kind in ENTITY_SLOTS}

        def __call__(self, doc, weight):
            for kind, slot in ENTITY_SLOTS.items():
                value = doc.get_value(slot)
                if value:
                    counts = self.counts[kind]
                    for key in value.split(b"\n"):
                        counts[key] = counts.get(key, 0) + 1


def stored_field(data, name):
    """A field of the document data scriptindex's `field` action stores:
    name=value lines."""
    prefix = name.encode() + b"="
    for line in data.split(b"\n"):
        if line.startswith(prefix):
            return line[len(prefix):].decode("utf-8")
    return None


class XapianOmega(System):
    name = "xapian"

    def __init__(self):
        require_xapian()
        for tool in ("scriptindex", "xapian-delve"):
            if not shutil.which(tool):
                raise SetupError("%s not found: run scripts/install-deps (Debian packages xapian-omega, "
                                 "xapian-tools)" % tool)

    def index(self, inputs, workdir):
        path = os.path.join(workdir, "xapian.db")
        log = os.path.join(workdir, "xapian-index")
        code, wall, cpu, rss = run_measured(["scriptindex", "--stemmer=french", path, INDEX_SCRIPT,
                                             inputs["xapian.dump"]], log)
        if code != 0:
            raise SetupError("scriptindex exited with %d:\n%s" % (code, log_excerpt(log + ".err", 20)))
        self.db = xapian.Database(path)
        self.parser = xapian.QueryParser()
        self.parser.set_stemmer(xapian.Stem("french"))
        self.parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
        self.parser.set_default_op(xapian.Query.OP_AND)
        self.parser.set_database(self.db)
        self.enquire = xapian.Enquire(self.db)
        return {"seconds": wall, "cpu_seconds": cpu, "peak_rss_bytes": rss, "size_bytes": disk_usage(path),
                "docs": self.db.get_doccount()}

    def _query(self, query):
        parts = list(query.get("words", []))
        if query.get("phrase"):
            parts.append('"%s"' % query["phrase"])
        text = " ".join(parts)
        q = self.parser.parse_query(text, xapian.QueryParser.FLAG_DEFAULT) if text else xapian.Query.MatchAll
        filters = []
        if query.get("person_key"):
            filters.append(xapian.Query(ENTITY_PREFIX["person"] + query["person_key"]))
        if query.get("from") or query.get("to"):
            filters.append(xapian.Query(xapian.Query.OP_VALUE_RANGE, DATE_SLOT,
                                        query.get("from", "0000-01-01").replace("-", ""),
                                        query.get("to", "9999-12-31").replace("-", "")))
        for f in filters:
            q = xapian.Query(xapian.Query.OP_FILTER, q, f)
        return q

    def search(self, query):
        self.enquire.set_query(self._query(query))
        self.enquire.clear_matchspies()
        entities = EntitySpy()
        lang = xapian.ValueCountMatchSpy(LANG_SLOT)
        month = xapian.ValueCountMatchSpy(MONTH_SLOT)
        for spy in (entities, lang, month):
            self.enquire.add_matchspy(spy)
        mset = self.enquire.get_mset(0, 10, self.db.get_doccount())
        hits = [stored_field(m.document.get_data(), "id") for m in mset]  # what a result page shows
        facets = {kind: heapq.nlargest(10, counts.items(), key=lambda kv: kv[1])
                  for kind, counts in entities.counts.items()}
        facets["lang"] = [(item.term, item.termfreq) for item in lang.values()]
        facets["month"] = [(item.term, item.termfreq) for item in month.values()]
        years = {}
        for value, count in facets["month"]:
            years[value[:4]] = years.get(value[:4], 0) + count
        facets["year"] = sorted(years.items())
        return mset.get_matches_estimated(), hits
