"""Kiosque: `kiosque index` on the corpus's JSON Lines, queries through the
library (kiosque_query_bench: kiosque::Searcher with request.facets = true)
and through HTTP against `kiosque serve` (one request at a time with urllib;
throughput with wrk at 16 connections).

Its index is also the source of the entities every peer counts
(peer_input.py), so it is built even when Kiosque is not compared.
"""
import json, os, shutil, subprocess, time, urllib.parse, urllib.request

import query_set
from benchlib import KiosqueServer, disk_usage, log_excerpt, run_measured
from systems import SetupError, System

# Lua for wrk: cycles through the query set's URLs, counts answers outside
# 2xx in each thread, and prints wrk's summary as one JSON line at the end
# (requests, socket errors, latency percentiles in µs).
WRK_SCRIPT = """
local paths = {%s}
local i = 0
local threads = {}
non2xx = 0
function setup(thread)
  table.insert(threads, thread)
end
function request()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local e, bad = summary.errors, 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  io.write(string.format(
    '{"requests": %%d, "duration_us": %%d, "connect": %%d, "read": %%d, "write": %%d, "timeout": %%d, "non2xx": %%d, "p50_us": %%d, "p99_us": %%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, bad,
    latency:percentile(50), latency:percentile(99)))
end
"""


def lua_string(text):
    return '"' + "".join(c if c.isalnum() or c in "/?=&%.-_+" else "\\%03d" % b
                         for c, b in ((chr(b), b) for b in text.encode("utf-8"))) + '"'


def search_path(query):
    return "/api/search?" + urllib.parse.urlencode(query_set.http_params(query))


class Kiosque(System):
    name = "kiosque"

    def __init__(self, kiosque_bin, query_bench_bin):
        for path, what in ((kiosque_bin, "build/cli/kiosque"), (query_bench_bin, "build/tests/kiosque_query_bench")):
            if not os.access(path, os.X_OK):
                raise SetupError("no %s at %s: build it with 'cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "
                                 "&& cmake --build build -j2'" % (what, path))
        self.bin, self.query_bench = kiosque_bin, query_bench_bin
        self.db = None
        self.person_keys = {}

    def index(self, inputs, workdir):
        self.workdir = workdir
        self.db = os.path.join(workdir, "kiosque.db")
        log = os.path.join(workdir, "kiosque-index")
        code, wall, cpu, rss = run_measured([self.bin, "index", "--db", self.db, "--quiet", inputs["corpus"]], log)
        if code not in (0, 3):  # 3: some articles skipped, each reported
            raise SetupError("kiosque index exited with %d:\n%s" % (code, log_excerpt(log + ".err", 20)))
        self.counts(query_set.QUERIES)  # the document count, and the person keys the peers filter on
        return {"seconds": wall, "cpu_seconds": cpu, "peak_rss_bytes": rss, "size_bytes": disk_usage(self.db),
                "docs": self.documents}

    def use_index(self, db, workdir):
        """Queries an existing index instead; returns its document count."""
        self.workdir, self.db = workdir, os.path.abspath(db)
        self.counts(query_set.QUERIES)
        return self.documents

    def _query_bench(self, queries, rounds):
        path = os.path.join(self.workdir, "kiosque-queries.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for query in queries:
                f.write(json.dumps(query_set.kiosque_record(query), ensure_ascii=False) + "\n")
        proc = subprocess.run([self.query_bench, "--db", self.db, "--queries", path, "--rounds", str(rounds)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SetupError("kiosque_query_bench failed: " + proc.stderr.strip())
        out = json.loads(proc.stdout)
        self.documents = out["documents"]
        for query, result in zip(queries, out["queries"]):
            if result["person_keys"]:
                self.person_keys[query["label"]] = result["person_keys"][0]
        return {r["label"]: {"total": r["total"], "top_ids": r["top_ids"], "ms": r["ms"]} for r in out["queries"]}

    def measure(self, queries, rounds):
        return self._query_bench(queries, rounds)

    def counts(self, queries):
        return {label: r["total"] for label, r in self._query_bench(queries, 0).items()}

    def http(self, queries, rounds, wrk_seconds, connections, workdir):
        """Latencies one request at a time, then wrk's throughput, with the
        server's answer cache off (every request searches); then wrk again
        with the cache on (--cache-mb default), as served by default. Returns
        ({label: {"total", "ms"}}, {"uncached": wrk figures, "cached": ...}
        or None when wrk_seconds is 0)."""
        def start(extra_args, log):
            try:
                return KiosqueServer(self.bin, self.db, os.path.join(workdir, log), extra_args)
            except RuntimeError as e:
                raise SetupError(str(e))
        throughput = {} if wrk_seconds else None
        with start(["--cache-mb", "0"], "kiosque-serve.log") as server:
            def get(query):
                start_time = time.perf_counter()
                with urllib.request.urlopen(server.base + search_path(query), timeout=120) as r:
                    body = json.load(r)
                return (time.perf_counter() - start_time) * 1000, body["total"]
            per_query = {q["label"]: {"total": get(q)[1], "ms": []} for q in queries}  # warm-up
            for _ in range(rounds):
                for query in queries:
                    per_query[query["label"]]["ms"].append(get(query)[0])
            if wrk_seconds:
                throughput["uncached"] = self._wrk(server, queries, wrk_seconds, connections, workdir)
        if wrk_seconds:
            with start([], "kiosque-serve-cached.log") as server:
                throughput["cached"] = self._wrk(server, queries, wrk_seconds, connections, workdir)
        return per_query, throughput

    def _wrk(self, server, queries, seconds, connections, workdir):
        if not shutil.which("wrk"):
            raise SetupError("wrk not installed: run scripts/install-deps (Debian package wrk)")
        script = os.path.join(workdir, "queries.lua")
        with open(script, "w") as f:
            f.write(WRK_SCRIPT % ", ".join(lua_string(search_path(q)) for q in queries))
        threads = max(1, min(connections, os.cpu_count() or 1))
        proc = subprocess.run(["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--timeout", "30s",
                               "-s", script, server.base], capture_output=True, text=True)
        line = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
        if proc.returncode != 0 or not line.startswith("{"):
            raise SetupError("wrk failed (exit %d): %s" % (proc.returncode, (proc.stderr or proc.stdout).strip()))
        w = json.loads(line)
        socket_errors = w["connect"] + w["read"] + w["write"] + w["timeout"]
        return {"connections": connections, "threads": threads, "seconds": w["duration_us"] / 1e6,
                "requests": w["requests"], "requests_per_s": w["requests"] / (w["duration_us"] / 1e6),
                "non_2xx": w["non2xx"], "socket_errors": socket_errors,
                "p50_ms": w["p50_us"] / 1000, "p99_ms": w["p99_us"] / 1000}
