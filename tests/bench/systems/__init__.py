"""The systems tests/bench/run compares, one module each, behind one small
interface: index the same input, then answer the mixed query set
(query_set.py) with the top 10 and exact facet counts.

  kiosque      `kiosque index`; queries through kiosque::Searcher
               (kiosque_query_bench) and through HTTP (kiosque serve, wrk)
  xapian       scriptindex (xapian-omega, French stemmer); python3-xapian
  postgres     PostgreSQL 15 full-text search (fr_unaccent, GIN, ts_rank_cd)
  sqlite       SQLite FTS5 (unicode61 remove_diacritics 2, bm25)
"""
import time


class SetupError(Exception):
    """The machine lacks what a system needs: the message says what to install."""


class System:
    name = ""

    def index(self, inputs, workdir):
        """Indexes everything; returns {"seconds", "cpu_seconds", "peak_rss_bytes",
        "size_bytes", "docs"} (cpu and RSS may be None where not measurable)."""
        raise NotImplementedError

    def search(self, query):
        """Runs one query of query_set.py: top 10 and all facet counts. Returns
        (total matches, the article ids of the hits in rank order)."""
        raise NotImplementedError

    def measure(self, queries, rounds):
        """{label: {"total", "top_ids", "ms": [...]}}: each query once to warm up,
        then `rounds` passes over the whole set."""
        out = {}
        for query in queries:
            total, top_ids = self.search(query)
            out[query["label"]] = {"total": total, "top_ids": top_ids, "ms": []}
        for _ in range(rounds):
            for query in queries:
                start = time.perf_counter()
                self.search(query)
                out[query["label"]]["ms"].append((time.perf_counter() - start) * 1000)
        return out

    def counts(self, queries):
        """{label: total matches}, untimed (the analysis probes)."""
        return {query["label"]: self.search(query)[0] for query in queries}

    def close(self, keep=False):
        """Stops what the system started; deletes its files unless keep."""
