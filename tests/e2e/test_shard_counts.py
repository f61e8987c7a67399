"""Facets counted where remote shards are (kiosque shard-serve): three shards
served by xapian-tcpsrv, each with its count server named in the stub, give
the totals, every facet's counts, the top results and their documents
(snippets, entities, near-duplicates) of one database built from the same
articles, a person named by surname alone in some articles and facet
filters included; the counts and the pages' documents come from the count
servers (a stub pointing one shard at another shard's count server is
refused); a count server down, stuck, or answering other documents than
those asked is an error naming it, never a hang or another page."""
import http.server
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request

from harness import EXIT_FATAL, EXIT_OK, KIOSQUE, SAMPLE_CORPUS, kiosque, main
from http_harness import Server, free_port
from test_archive_names import ARTICLES, write_archive
from test_shards import (LIMIT, SHARDS, TcpServers, assert_same_http_search, assert_same_ranking,
                         assert_search_unavailable, cli_search, stop_processes)

DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")

# Words, a phrase, entity filters (the surname alone, the full name), a
# facet filter with words, a date range, OR, exclusion, stopwords only, a
# misspelling (searched corrected), words left optional.
CLI_QUERIES = [
    ["ukraine"],
    ["guerre", "ukraine"],
    ['"union européenne"'],
    ["--person", "Vladimir Poutine", "ukraine"],
    ["--person", "Ravanel"],
    ["--person", "Hélène Ravanel", "--from", "2023-04"],
    ["--lang", "fr", "--from", "2023", "ministre"],
    ["--from", "2000"],
    ["poutine OR zelensky"],
    ["ukraine -russie"],
    ["la de"],
    ["ukrane"],
    ["poutine zelensky sommet"],
]
# With a misspelling searched corrected, and words left optional: the page
# ranked while the count servers count is ranked again for the query searched.
HTTP_QUERIES = [
    {"q": "ukraine"},
    {"q": "ukrane"},
    {"q": "poutine zelensky sommet"},
    {"q": "russie", "person": "Vladimir Poutine"},
    {"person": "Ravanel"},
    {"q": "ministre", "lang": "fr"},
    {"from": "2023-01", "to": "2023-12"},
]


class CountServers:
    """One `kiosque shard-serve` per shard on 127.0.0.1; stop() always."""

    def __init__(self, shard_paths):
        self.processes, self.ports = [], []
        try:
            for path in shard_paths:
                port = free_port()
                self.processes.append(subprocess.Popen(
                    [KIOSQUE, "shard-serve", "--db", path, "--port", str(port), "--quiet"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
                self.ports.append(port)
            for port, process in zip(self.ports, self.processes):
                self._wait(port, process)
        except BaseException:
            self.stop()
            raise

    def _wait(self, port, process, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise AssertionError(f"kiosque shard-serve on port {port} exited with {process.returncode}")
            try:
                self.health(port)
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError(f"kiosque shard-serve did not answer on port {port} within {timeout} s")

    @staticmethod
    def health(port):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:
            return json.load(r)

    def counted(self):
        return [self.health(port)["counted"] for port in self.ports]

    def read(self):
        """Document requests answered, by shard."""
        return [self.health(port)["read"] for port in self.ports]

    def stop(self):
        stop_processes(self.processes)


class BadCountServer:
    """Stands in front of a count server: forwards counts, and either asks
    for a page's documents in another order than the coordinator did
    ("reorder") or drops the connection ("drop")."""

    def __init__(self, port, mode):
        target = f"http://127.0.0.1:{port}"

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if self.path == "/documents":
                    if mode == "drop":
                        self.close_connection = True
                        return
                    request = json.loads(body)
                    request["docids"].reverse()
                    body = json.dumps(request).encode()
                forwarded = urllib.request.Request(target + self.path, data=body, method="POST",
                                                   headers={"Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(forwarded, timeout=10) as r:
                        status, answer = r.status, r.read()
                except urllib.error.HTTPError as e:
                    status, answer = e.code, e.read()
                self.send_response(status)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def http_documents_by_id(body):
    """The results of an /api/search answer by id, without their scores (compared to 1e-9 elsewhere)."""
    return {r["id"]: {k: v for k, v in r.items() if k != "score"} for r in body["results"]}


def write_stub(folder, tcp_ports, count_ports):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "XAPIANDB"), "w") as f:
        for tcp, count in zip(tcp_ports, count_ports):
            f.write(f"remote 127.0.0.1:{tcp}\n#kiosque-count 127.0.0.1:{count}\n")


class ShardCounts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-shard-counts-")
        cls.tcp = cls.counts = None
        try:
            names = os.path.join(cls.tmp, "names.jsonl")
            write_archive(names, ARTICLES)
            inputs = [SAMPLE_CORPUS, DISPATCHES, names]
            cls.single = os.path.join(cls.tmp, "single")
            sharded = os.path.join(cls.tmp, "sharded")
            kiosque("index", "--db", cls.single, "--quiet", *inputs, check=EXIT_OK)
            kiosque("index", "--db", sharded, "--shards", str(SHARDS), "--quiet", *inputs, check=EXIT_OK)
            cls.shard_paths = [os.path.join(sharded, f"shard-{i}") for i in range(SHARDS)]
            cls.tcp = TcpServers(cls.shard_paths)
            cls.counts = CountServers(cls.shard_paths)
            cls.remote = os.path.join(cls.tmp, "remote")
            write_stub(cls.remote, cls.tcp.ports, cls.counts.ports)
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for servers in (cls.counts, cls.tcp):
            if servers:
                servers.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_a_shard_names_the_person_by_surname_alone(self):
        # What the surname test relies on: "Mme Ravanel" alone in some
        # shard's articles, counted under her full name over the index.
        surname_only = 0
        for path in self.shard_paths:
            counted = {v["value"]: v["count"] for v in
                       cli_search(path, ["--person", "Ravanel"])["facets"]["person"]}
            surname_only += counted.get("Ravanel", 0)
        self.assertGreater(surname_only, 0)
        persons = {v["value"]: v["count"] for v in cli_search(self.remote, ["--from", "2000"])["facets"]["person"]}
        self.assertEqual(persons["Hélène Ravanel"], 7)
        self.assertNotIn("Ravanel", persons)

    def test_cli_totals_facets_and_ranking_equal_a_single_database_counted_by_the_count_servers(self):
        before = self.counts.counted()
        for args in CLI_QUERIES:
            label = f"remote with count servers: {args}"
            with self.subTest(label):
                expected, got = cli_search(self.single, args), cli_search(self.remote, args)
                self.assertGreater(expected["total"], 0, label)
                self.assertEqual(got["total"], expected["total"], label)
                assert_same_ranking(self, expected, got, label)
                self.assertEqual(got["facets"], expected["facets"], label)
        after = self.counts.counted()
        for shard, (a, b) in enumerate(zip(before, after)):
            self.assertGreaterEqual(b - a, len(CLI_QUERIES), f"count server of shard {shard + 1}")

    def test_http_facets_and_documents_with_a_selection_equal_a_single_database(self):
        servers = []
        read_before = self.counts.read()
        try:
            single, remote = Server(self.single), Server(self.remote)
            servers = [single, remote]
            for params in HTTP_QUERIES:
                for collapse in ("false", "true"):
                    query = dict(params, size=LIMIT, facet_limit=1000, rank="bm25", collapse=collapse)
                    label = f"HTTP {query}"
                    with self.subTest(label):
                        expected, got = assert_same_http_search(self, single, remote, query, label)
                        # Every result both pages show, whole: title, snippet,
                        # entities, url, near-duplicates (a tie cut by the page
                        # may show different ids, compared by score above).
                        expected, got = http_documents_by_id(expected), http_documents_by_id(got)
                        shown = expected.keys() & got.keys()
                        self.assertGreater(len(shown), min(len(expected), LIMIT) // 2, label)
                        for id in shown:
                            self.assertEqual(got[id], expected[id], f"{label}: {id}")
        finally:
            for server in servers:
                server.stop()
        # The pages' documents came from the count servers, each shard's at once.
        for shard, (a, b) in enumerate(zip(read_before, self.counts.read())):
            self.assertGreaterEqual(b - a, len(HTTP_QUERIES), f"count server of shard {shard + 1}")

    def assert_search_fails(self, db, shard, message, *options, within=None):
        """`kiosque search` on `db` exits 1 (within `within` seconds), naming
        shard `shard` (from 1) and `message`, and prints no results."""
        started = time.monotonic()
        proc = kiosque("search", "--db", db, "--facets", *options, "--", "ukraine")
        self.assertEqual(proc.returncode, EXIT_FATAL, proc.stderr)
        if within:
            self.assertLess(time.monotonic() - started, within)
        self.assertIn(f"shard {shard} of 3 ('remote 127.0.0.1:{self.tcp.ports[shard - 1]}'", proc.stderr)
        self.assertIn(message, proc.stderr)
        self.assertEqual(proc.stdout, "")
        return proc

    def test_a_count_server_of_another_shard_is_refused(self):
        # Shard 1 named with shard 2's count server: its counts and documents
        # would be another shard's; an error says so instead.
        wrong = os.path.join(self.tmp, "wrong")
        write_stub(wrong, self.tcp.ports, [self.counts.ports[1]] + self.counts.ports[1:])
        proc = self.assert_search_fails(wrong, 1, f"count server 127.0.0.1:{self.counts.ports[1]}")
        self.assertIn("the count server of another shard", proc.stderr)

    def test_documents_answered_wrongly_or_not_at_all_are_an_error_not_another_page(self):
        for mode, problem in (("reorder", "answers document"), ("drop", "does not answer")):
            with self.subTest(mode):
                bad = BadCountServer(self.counts.ports[1], mode)
                try:
                    stub = os.path.join(self.tmp, f"bad-{mode}")
                    write_stub(stub, self.tcp.ports, [self.counts.ports[0], bad.port, self.counts.ports[2]])
                    self.assert_search_fails(stub, 2, f"count server 127.0.0.1:{bad.port} {problem}", "--limit", "30")
                    server = Server(stub)
                    try:
                        assert_search_unavailable(self, server, f"count server 127.0.0.1:{bad.port}")
                    finally:
                        server.stop()
                finally:
                    bad.stop()

    def test_z_a_count_server_down_or_stuck_is_an_error_naming_it(self):
        # Runs last (name order): it stops count servers for good.
        stuck = self.counts.processes[0]
        stuck.send_signal(signal.SIGSTOP)  # accepts connections, never answers
        try:
            self.assert_search_fails(self.remote, 1, f"count server 127.0.0.1:{self.counts.ports[0]}", within=30)
        finally:
            stuck.send_signal(signal.SIGCONT)

        down = self.counts.processes[2]
        down.terminate()
        down.wait(timeout=10)
        proc = self.assert_search_fails(self.remote, 3, f"count server 127.0.0.1:{self.counts.ports[2]} does not answer",
                                        within=15)
        self.assertIn("kiosque shard-serve", proc.stderr)

        server = Server(self.remote)
        try:
            assert_search_unavailable(self, server, f"count server 127.0.0.1:{self.counts.ports[2]}")
        finally:
            server.stop()

    def test_shard_serve_refuses_a_stub_and_bad_options(self):
        proc = kiosque("shard-serve", "--db", os.path.dirname(self.shard_paths[0]), "--port", "0")
        self.assertEqual(proc.returncode, EXIT_FATAL, proc.stderr)
        self.assertIn("give one shard's database", proc.stderr)
        proc = kiosque("shard-serve", "--db", self.shard_paths[0])
        self.assertIn("--port is required", proc.stderr)


if __name__ == "__main__":
    main()
