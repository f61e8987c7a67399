"""PostgreSQL 15 full-text search, set up as its manual advises, on a private
server: initdb and pg_ctl in a temporary folder, listening only on a Unix
socket there (no TCP), run as `nobody` when the benchmark runs as root;
stopped and deleted by close(), which run calls on every exit path.

- Text search configuration fr_unaccent: a copy of `french` whose word
  mappings go through unaccent, then french_stem (stopwords dropped).
- docs: a stored generated tsvector column, title weighted A and text B,
  with a GIN index; ranking by ts_rank_cd; year, month and language columns.
- entities (doc_id, type, key): Kiosque's own entities (peer_input.py),
  indexed by (type, key, doc_id) and (doc_id); facets are GROUP BY over it.
- Loading: COPY into tables created in the same transaction (wal_level
  minimal), indexes built after the data, then VACUUM ANALYZE.
  maintenance_work_mem 512MB, shared_buffers 256MB, work_mem 64MB,
  random_page_cost 1.1.
Queries use websearch_to_tsquery (words, "phrases"), from psycopg2 over the
socket: the latency is the client's, one connection, as in an application.
"""
import os, pwd, shutil, subprocess, tempfile, time

from systems import SetupError, System

PG_BIN = "/usr/lib/postgresql/15/bin"
SETTINGS = {
    "listen_addresses": "''", "shared_buffers": "256MB", "work_mem": "64MB", "maintenance_work_mem": "512MB",
    "random_page_cost": "1.1", "effective_cache_size": "1GB", "wal_level": "minimal", "max_wal_senders": "0",
    "max_wal_size": "4GB", "jit": "off",
}
SCHEMA = """
CREATE EXTENSION unaccent;
CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TABLE docs (
  id integer PRIMARY KEY, ext_id text NOT NULL, title text, body text NOT NULL,
  date date, year text, month text, lang text,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('fr_unaccent'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('fr_unaccent'::regconfig, body), 'B')) STORED);
CREATE TABLE entities (doc_id integer NOT NULL, type text NOT NULL, key text NOT NULL);
"""
INDEXES = """
CREATE INDEX docs_tsv ON docs USING gin (tsv);
CREATE INDEX docs_date ON docs (date);
CREATE INDEX entities_by_key ON entities (type, key, doc_id);
CREATE INDEX entities_by_doc ON entities (doc_id) INCLUDE (type, key);
"""
# The top 10, then the total and every facet in one statement over the
# matching ids. {match} selects the matching ids; %(q)s is the query text.
FACETS = """
WITH m AS MATERIALIZED ({match}),
f AS (
  SELECT e.type AS facet, e.key AS value, count(*) AS n FROM m JOIN entities e ON e.doc_id = m.id GROUP BY 1, 2
  UNION ALL
  SELECT CASE WHEN grouping(d.lang) = 0 THEN 'lang' WHEN grouping(d.year) = 0 THEN 'year' ELSE 'month' END,
         coalesce(d.lang, d.year, d.month), count(*)
  FROM m JOIN docs d USING (id) GROUP BY GROUPING SETS ((d.lang), (d.year), (d.month)))
SELECT 'total', NULL, count(*) FROM m
UNION ALL SELECT facet, value, n FROM (
  SELECT facet, value, n, row_number() OVER (PARTITION BY facet ORDER BY n DESC, value) AS r FROM f) ranked
  WHERE r <= 10 OR facet IN ('lang', 'year', 'month')
"""


def require():
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise SetupError("python3-psycopg2 not installed: run scripts/install-deps")
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not os.access(os.path.join(PG_BIN, tool), os.X_OK):
            raise SetupError("postgresql-15 not installed (no %s/%s): run scripts/install-deps" % (PG_BIN, tool))
    if not os.path.exists("/usr/share/postgresql/15/extension/unaccent.control"):
        raise SetupError("PostgreSQL's unaccent extension is missing: run scripts/install-deps (postgresql-15)")


def proc_stat(pid):
    """(cpu seconds, peak RSS bytes) of a process, from /proc."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    with open("/proc/%d/status" % pid) as f:
        hwm = next(int(l.split()[1]) * 1024 for l in f if l.startswith("VmHWM:"))
    return cpu, hwm


class Postgres(System):
    name = "postgres"

    def __init__(self):
        require()
        import psycopg2
        self.psycopg2 = psycopg2
        self.dir = tempfile.mkdtemp(prefix="kiosque-bench-pg-")  # beside, not inside, run's folder: `nobody` enters it
        self.conn = None
        self.started = False
        self.as_user = None
        if os.geteuid() == 0:
            self.as_user = "nobody"
            user = pwd.getpwnam(self.as_user)
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self.data = os.path.join(self.dir, "data")
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def _start(self):
        self._pg(["initdb", "-D", self.data, "-U", "bench", "--auth=trust", "--encoding=UTF8",
                  "--locale=C.UTF-8", "--no-sync"])
        options = " ".join("-c %s=%s" % kv for kv in SETTINGS.items())
        self._pg(["pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "server.log"), "-w", "-t", "60",
                  "-o", "%s -c unix_socket_directories=%s" % (options, self.dir), "start"])
        self.started = True
        self.conn = self.psycopg2.connect(host=self.dir, dbname="postgres", user="bench")

    def _pg(self, args):
        cmd = [os.path.join(PG_BIN, args[0])] + args[1:]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--"] + cmd
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.dir)
        if proc.returncode != 0:
            log = os.path.join(self.dir, "server.log")
            tail = open(log, errors="replace").read()[-1500:] if os.path.exists(log) else ""
            raise SetupError("%s failed (exit %d): %s\n%s" % (args[0], proc.returncode,
                                                               (proc.stderr or proc.stdout).strip(), tail))

    def index(self, inputs, workdir):
        conn = self.conn
        cur = conn.cursor()
        cur.execute("SELECT pg_backend_pid()")
        backend = cur.fetchone()[0]
        cpu_before, _ = proc_stat(backend)
        start = time.monotonic()
        cur.execute(SCHEMA)
        with open(inputs["docs.tsv"], encoding="utf-8") as f:
            cur.copy_expert("COPY docs (id, ext_id, title, body, date, year, month, lang) FROM STDIN", f, size=1 << 20)
        with open(inputs["entities.tsv"], encoding="utf-8") as f:
            cur.copy_expert("COPY entities (doc_id, type, key) FROM STDIN", f, size=1 << 20)
        cur.execute(INDEXES)
        conn.commit()
        conn.autocommit = True
        cur.execute("VACUUM ANALYZE")
        cur.execute("CHECKPOINT")  # the data is on disk, as the other systems' commits put it
        wall = time.monotonic() - start
        cpu_after, rss = proc_stat(backend)
        cur.execute("SELECT sum(pg_total_relation_size(c)) FROM unnest(array['docs', 'entities']::regclass[]) c")
        size = int(cur.fetchone()[0])
        cur.execute("SELECT count(*) FROM docs")
        docs = cur.fetchone()[0]
        conn.autocommit = False
        return {"seconds": wall, "cpu_seconds": cpu_after - cpu_before, "peak_rss_bytes": rss, "size_bytes": size,
                "docs": docs, "notes": "cpu and RSS: the loading backend only"}

    def search(self, query):
        text = " ".join(list(query.get("words", [])) + (['"%s"' % query["phrase"]] if query.get("phrase") else []))
        params = {"q": text, "person": query.get("person_key"), "from": query.get("from"), "to": query.get("to")}
        where = []
        if text:
            where.append("d.tsv @@ websearch_to_tsquery('fr_unaccent', %(q)s)")
        if query.get("person_key"):
            where.append("d.id IN (SELECT doc_id FROM entities WHERE type = 'person' AND key = %(person)s)")
        if query.get("from"):
            where.append("d.date >= %(from)s")
        if query.get("to"):
            where.append("d.date <= %(to)s")
        cond = " AND ".join(where) or "true"
        order = "ts_rank_cd(d.tsv, websearch_to_tsquery('fr_unaccent', %(q)s)) DESC, d.id" if text else "d.id"
        cur = self.conn.cursor()
        cur.execute("SELECT d.id, d.ext_id, d.title, d.date FROM docs d WHERE %s ORDER BY %s LIMIT 10"
                    % (cond, order), params)
        hits = cur.fetchall()
        cur.execute(FACETS.format(match="SELECT d.id FROM docs d WHERE " + cond), params)
        rows = cur.fetchall()
        self.conn.rollback()  # read-only: ends the transaction psycopg2 opened
        return next(n for facet, _, n in rows if facet == "total"), [ext_id for _, ext_id, _, _ in hits]

    def close(self, keep=False):
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
            self.conn = None
        if self.started:
            try:
                self._pg(["pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"])
            except SetupError:
                pass
            self.started = False
        if keep:
            print("kept %s (PostgreSQL's data, server stopped)" % self.dir)
        else:
            shutil.rmtree(self.dir, ignore_errors=True)
