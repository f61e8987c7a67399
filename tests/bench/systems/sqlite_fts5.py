"""SQLite FTS5 from Python's sqlite3 module (Debian's SQLite 3.40).

- docs: an ordinary table (id, ext_id, title, body, date, year, month, lang);
  docs_fts: an external-content FTS5 table over its title and body with
  tokenize = 'unicode61 remove_diacritics 2' (case and accents folded, no
  stemming, no stopwords), ranked by bm25 with the title weighted 3
  (the table's `rank` option, so ORDER BY rank uses FTS5's fast path),
  merged with 'optimize' after loading.
- entities (doc_id, type, key): Kiosque's own entities (peer_input.py),
  indexed by (type, key, doc_id) and (doc_id, type, key); facets are
  GROUP BY over the matching ids, materialised once per query.
- Loading: one transaction, journal off during the load, synchronous
  NORMAL; run as its own process so its peak RSS is its own.
Queries: each word and the phrase quoted as FTS5 strings (what an
application does with a search box), all must match.

Also a script: `sqlite_fts5.py index DB DOCS_TSV ENTITIES_TSV` loads a database.
"""
import os, sqlite3, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchlib import disk_usage, log_excerpt, run_measured  # noqa: E402
from peer_input import copy_unescape  # noqa: E402
from systems import SetupError, System  # noqa: E402

SCHEMA = """
CREATE TABLE docs (id INTEGER PRIMARY KEY, ext_id TEXT NOT NULL, title TEXT, body TEXT NOT NULL,
                   date TEXT, year TEXT, month TEXT, lang TEXT);
CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content = 'docs', content_rowid = 'id',
                                         tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO docs_fts (docs_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
CREATE TABLE entities (doc_id INTEGER NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL);
"""
INDEXES = """
INSERT INTO docs_fts (rowid, title, body) SELECT id, coalesce(title, ''), body FROM docs;
INSERT INTO docs_fts (docs_fts) VALUES ('optimize');
CREATE INDEX docs_date ON docs (date);
CREATE INDEX entities_by_key ON entities (type, key, doc_id);
CREATE INDEX entities_by_doc ON entities (doc_id, type, key);
ANALYZE;
"""
FACETS = """
WITH m AS MATERIALIZED ({match}),
f AS (
  SELECT e.type AS facet, e.key AS value, count(*) AS n FROM m JOIN entities e ON e.doc_id = m.id GROUP BY 1, 2
  UNION ALL SELECT 'lang', d.lang, count(*) FROM m JOIN docs d ON d.id = m.id GROUP BY 2
  UNION ALL SELECT 'year', d.year, count(*) FROM m JOIN docs d ON d.id = m.id GROUP BY 2
  UNION ALL SELECT 'month', d.month, count(*) FROM m JOIN docs d ON d.id = m.id GROUP BY 2)
SELECT 'total', NULL, count(*) FROM m
UNION ALL SELECT facet, value, n FROM (
  SELECT facet, value, n, row_number() OVER (PARTITION BY facet ORDER BY n DESC, value) AS r FROM f)
  WHERE r <= 10 OR facet IN ('lang', 'year', 'month')
"""


def tsv_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield [copy_unescape(field) for field in line.rstrip("\n").split("\t")]


def load(db_path, docs_tsv, entities_tsv):
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("BEGIN")
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tsv_rows(docs_tsv))
    conn.executemany("INSERT INTO entities VALUES (?, ?, ?)", tsv_rows(entities_tsv))
    for statement in INDEXES.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def fts_string(text):
    return '"%s"' % text.replace('"', '""')


class SqliteFts5(System):
    name = "sqlite"

    def __init__(self):
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')")
        except sqlite3.OperationalError as e:
            raise SetupError("this Python's SQLite lacks FTS5 with remove_diacritics 2 (%s); use Debian's "
                             "python3 (SQLite 3.40)" % e)
        finally:
            conn.close()

    def index(self, inputs, workdir):
        path = os.path.join(workdir, "sqlite.db")
        log = os.path.join(workdir, "sqlite-index")
        code, wall, cpu, rss = run_measured([sys.executable, os.path.abspath(__file__), "index", path,
                                             inputs["docs.tsv"], inputs["entities.tsv"]], log)
        if code != 0:
            raise SetupError("loading SQLite failed (exit %d):\n%s" % (code, log_excerpt(log + ".err", 20)))
        self.conn = sqlite3.connect(path)
        docs = self.conn.execute("SELECT count(*) FROM docs").fetchone()[0]
        return {"seconds": wall, "cpu_seconds": cpu, "peak_rss_bytes": rss, "size_bytes": disk_usage(path),
                "docs": docs}

    def search(self, query):
        terms = [fts_string(w) for w in query.get("words", [])]
        if query.get("phrase"):
            terms.append(fts_string(query["phrase"]))
        params = {"q": " ".join(terms), "person": query.get("person_key"),
                  "from": query.get("from"), "to": query.get("to")}
        where = []
        if query.get("person_key"):
            where.append("d.id IN (SELECT doc_id FROM entities WHERE type = 'person' AND key = :person)")
        if query.get("from"):
            where.append("d.date >= :from")
        if query.get("to"):
            where.append("d.date <= :to")
        if terms:
            cond = " AND ".join(["docs_fts MATCH :q"] + where)
            top = ("SELECT d.id, d.ext_id, d.title, d.date FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid "
                   "WHERE %s ORDER BY rank LIMIT 10" % cond)
            match = "SELECT docs_fts.rowid AS id FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid WHERE " + cond
        else:
            cond = " AND ".join(where) or "1"
            top = "SELECT d.id, d.ext_id, d.title, d.date FROM docs d WHERE %s ORDER BY d.id LIMIT 10" % cond
            match = "SELECT d.id FROM docs d WHERE " + cond
        hits = self.conn.execute(top, params).fetchall()
        rows = self.conn.execute(FACETS.format(match=match), params).fetchall()
        return next(n for facet, _, n in rows if facet == "total"), [ext_id for _, ext_id, _, _ in hits]


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "index":
        sys.exit("usage: sqlite_fts5.py index DB DOCS_TSV ENTITIES_TSV")
    load(*sys.argv[2:])
