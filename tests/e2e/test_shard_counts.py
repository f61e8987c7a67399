"""Facets counted where remote shards are (kiosque shard-serve): three shards
served by xapian-tcpsrv, each with its count server named in the stub, give
the totals, every facet's counts and the top results of one database built
from the same articles, a person named by surname alone in some articles
and facet filters included; the counts come from the count servers (a
stub pointing one shard at another shard's count server gives other
counts); a count server down or stuck is an error naming it, not a hang."""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest
import urllib.request

from harness import EXIT_FATAL, EXIT_OK, KIOSQUE, SAMPLE_CORPUS, kiosque, main
from http_harness import Server, free_port
from test_archive_names import ARTICLES, write_archive
from test_shards import (LIMIT, SHARDS, TcpServers, assert_same_http_search, assert_same_ranking, cli_search,
                         stop_processes)

DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")

# Words, a phrase, entity filters (the surname alone, the full name), a
# facet filter with words, a date range, OR, exclusion, stopwords only.
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
]
HTTP_QUERIES = [
    {"q": "ukraine"},
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

    def stop(self):
        stop_processes(self.processes)


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

    def test_http_facets_with_a_selection_equal_a_single_database(self):
        servers = []
        try:
            single, remote = Server(self.single), Server(self.remote)
            servers = [single, remote]
            for params in HTTP_QUERIES:
                query = dict(params, size=LIMIT, facet_limit=1000, rank="bm25", collapse="false")
                label = f"HTTP {query}"
                with self.subTest(label):
                    assert_same_http_search(self, single, remote, query, label)
        finally:
            for server in servers:
                server.stop()

    def test_counts_come_from_the_count_servers(self):
        # Shard 1 named with shard 2's count server: were every match still
        # shipped and counted by the coordinator, nothing would change.
        wrong = os.path.join(self.tmp, "wrong")
        write_stub(wrong, self.tcp.ports, [self.counts.ports[1]] + self.counts.ports[1:])
        args = ["--from", "2000"]
        expected, got = cli_search(self.single, args), cli_search(wrong, args)
        self.assertNotEqual(got["total"], expected["total"])
        self.assertNotEqual(got["facets"], expected["facets"])

    def test_z_a_count_server_down_or_stuck_is_an_error_naming_it(self):
        # Runs last (name order): it stops count servers for good.
        stuck = self.counts.processes[0]
        stuck.send_signal(signal.SIGSTOP)  # accepts connections, never answers
        try:
            started = time.monotonic()
            proc = kiosque("search", "--db", self.remote, "--facets", "--", "ukraine")
            self.assertEqual(proc.returncode, EXIT_FATAL, proc.stderr)
            self.assertLess(time.monotonic() - started, 30)
            self.assertIn(f"shard 1 of 3 ('remote 127.0.0.1:{self.tcp.ports[0]}'", proc.stderr)
            self.assertIn(f"count server 127.0.0.1:{self.counts.ports[0]}", proc.stderr)
            self.assertEqual(proc.stdout, "")
        finally:
            stuck.send_signal(signal.SIGCONT)

        down = self.counts.processes[2]
        down.terminate()
        down.wait(timeout=10)
        started = time.monotonic()
        proc = kiosque("search", "--db", self.remote, "--facets", "--", "ukraine")
        self.assertEqual(proc.returncode, EXIT_FATAL, proc.stderr)
        self.assertLess(time.monotonic() - started, 15)
        self.assertIn(f"shard 3 of 3 ('remote 127.0.0.1:{self.tcp.ports[2]}'", proc.stderr)
        self.assertIn(f"count server 127.0.0.1:{self.counts.ports[2]} does not answer", proc.stderr)
        self.assertIn("kiosque shard-serve", proc.stderr)

        server = Server(self.remote)
        try:
            status, _, body = server.get("/api/search", q="ukraine")
            self.assertEqual(status, 503, body)
            self.assertEqual(body["error"]["code"], "index_unavailable")
            self.assertIn(f"count server 127.0.0.1:{self.counts.ports[2]}", body["error"]["message"])
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
