"""Sharded indexes (kiosque index --shards): the same corpus indexed into one
database and into 3 shards must rank and count identically, whether the
shards are opened locally (the stub kiosque writes) or through three
`xapian-tcpsrv` processes (a stub of remote lines); a shard that is down or
stuck gives a clear error, never a hang."""
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest

from harness import EXIT_FATAL, EXIT_OK, EXIT_USAGE, SAMPLE_CORPUS, TempDirTest, index_summary, kiosque, main
from http_harness import Server, free_port

DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")
SHARDS = 3
LIMIT = 50
SCORE_TOLERANCE = 1e-9

# Words, a phrase, an entity filter, a date range, stopwords only, filters
# without words, an exclusion, OR.
CLI_QUERIES = [
    ["ukraine"],
    ["guerre", "ukraine"],
    ['"union européenne"'],
    ["--person", "Vladimir Poutine", "ukraine"],
    ["--from", "2023-01", "--to", "2023-12", "russie"],
    ["la de"],
    ["--person", "Emmanuel Macron"],
    ["--lang", "fr", "--from", "2024"],
    ["ukraine -russie"],
    ["poutine OR zelensky"],
]
HTTP_QUERIES = [
    {"q": "ukraine"},
    {"q": '"union européenne"'},
    {"q": "russie", "person": "Vladimir Poutine"},
    {"q": "la de"},
    {"person": "Emmanuel Macron"},
    {"q": "guerre", "from": "2023-01", "to": "2024-12"},
    {},
]


def fnv1a_64(text):
    h = 0xcbf29ce484222325
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def cli_search(db, args):
    """kiosque search --json --facets --bm25: words go last, after '--'. BM25
    alone: the news signals' posting sources (title, entity) run on local
    databases only, so a sharded index ranks as a single one by BM25."""
    options, words = [], []
    i = 0
    while i < len(args):
        if args[i].startswith("--"):
            options += args[i:i + 2]
            i += 2
        else:
            words.append(args[i])
            i += 1
    command = ["search", "--db", db, "--json", "--facets", "--bm25", "--facet-limit", "1000", "--limit", str(LIMIT),
               *options]
    if words:
        command += ["--", " ".join(words)]
    return json.loads(kiosque(*command, check=EXIT_OK).stdout)


def wait_for_port(port, process, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"xapian-tcpsrv on port {port} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"xapian-tcpsrv did not listen on port {port} within {timeout} s")


def stop_processes(processes):
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGCONT)  # a test may have stopped it
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class TcpServers:
    """One read-only xapian-tcpsrv per shard on 127.0.0.1; stop() always."""

    def __init__(self, shard_paths):
        self.processes, self.ports = [], []
        try:
            for path in shard_paths:
                port = free_port()
                process = subprocess.Popen(["xapian-tcpsrv", "--interface", "127.0.0.1", "--port", str(port),
                                            "--quiet", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                           # its own process group: on SIGTERM it signals its group
                                           start_new_session=True)
                self.processes.append(process)
                self.ports.append(port)
                wait_for_port(port, process)
        except BaseException:
            self.stop()
            raise

    def stop(self):
        stop_processes(self.processes)


def assert_same_http_search(test, single, sharded, query, label):
    """/api/search with `query` from both servers: the same total, ranking and
    facets, something found. Returns both answers."""
    status_a, _, expected = single.get("/api/search", **query)
    status_b, _, got = sharded.get("/api/search", **query)
    test.assertEqual((status_a, status_b), (200, 200), label)
    test.assertGreater(expected["total"], 0, label)
    test.assertEqual(got["total"], expected["total"], label)
    assert_same_ranking(test, expected, got, label)
    test.assertEqual(got["facets"], expected["facets"], label)
    return expected, got


def assert_search_unavailable(test, server, address):
    """/api/search answers 503 index_unavailable, naming the server at `address`."""
    status, _, body = server.get("/api/search", q="ukraine")
    test.assertEqual(status, 503, body)
    test.assertEqual(body["error"]["code"], "index_unavailable")
    test.assertIn(address, body["error"]["message"])


def assert_same_ranking(test, expected, got, label):
    """Scores equal by rank (to 1e-9); ids equal except the order among equal
    scores (a tie group cut by the page limit is compared by score only)."""
    a, b = expected["results"], got["results"]
    test.assertEqual(len(a), len(b), label)
    for x, y in zip(a, b):
        test.assertAlmostEqual(x["score"], y["score"], delta=SCORE_TOLERANCE * max(1.0, abs(x["score"])),
                               msg=f"{label}: rank {x.get('rank')}: {x['id']} vs {y['id']}")
    start = 0
    while start < len(a):
        end = start + 1
        while end < len(a) and abs(a[end]["score"] - a[start]["score"]) <= SCORE_TOLERANCE:
            end += 1
        if end < len(a) or len(a) < LIMIT:
            test.assertEqual(sorted(r["id"] for r in a[start:end]), sorted(r["id"] for r in b[start:end]),
                             f"{label}: ids with score {a[start]['score']}")
        start = end


class ShardedIndex(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-shards-")
        cls.single = os.path.join(cls.tmp, "single")
        cls.sharded = os.path.join(cls.tmp, "sharded")
        cls.remote = os.path.join(cls.tmp, "remote")
        cls.servers = None
        try:
            kiosque("index", "--db", cls.single, "--quiet", SAMPLE_CORPUS, DISPATCHES, check=EXIT_OK)
            cls.index_output = kiosque("index", "--db", cls.sharded, "--shards", str(SHARDS), "--quiet",
                                       SAMPLE_CORPUS, DISPATCHES, check=EXIT_OK).stdout
            cls.shard_paths = [os.path.join(cls.sharded, f"shard-{i}") for i in range(SHARDS)]
            cls.servers = TcpServers(cls.shard_paths)
            os.makedirs(cls.remote)
            with open(os.path.join(cls.remote, "XAPIANDB"), "w") as f:
                f.write("# written by test_shards.py\n")
                f.writelines(f"remote 127.0.0.1:{port}\n" for port in cls.servers.ports)
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.servers:
            cls.servers.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_stub_lists_the_shards_in_xapian_format(self):
        with open(os.path.join(self.sharded, "XAPIANDB")) as f:
            self.assertEqual(f.read(), "".join(f"glass shard-{i}\n" for i in range(SHARDS)))

    def test_each_article_is_in_the_shard_its_id_hashes_to(self):
        ids = [r["id"] for r in cli_search(self.single, ["--from", "1000", "--to", "9999"])["results"]]
        self.assertGreater(len(ids), 20)
        for i, path in enumerate(self.shard_paths):
            expected = {id for id in ids if fnv1a_64(id) % SHARDS == i}
            got = {r["id"] for r in cli_search(path, ["--from", "1000", "--to", "9999"])["results"]}
            self.assertEqual(got, expected, f"shard {i}")
            self.assertTrue(expected, f"shard {i} is empty")

    def test_summary_counts_every_article_once(self):
        single = index_summary(kiosque("index", "--db", self.single, "--quiet", SAMPLE_CORPUS, DISPATCHES,
                                       check=EXIT_OK).stdout)
        sharded = index_summary(self.index_output)
        self.assertEqual(sharded["new"], single["unchanged"])
        self.assertEqual(sharded["skipped"], single["skipped"])

    def test_cli_ranking_and_facets_equal_a_single_database(self):
        for db in (self.sharded, self.remote):
            for args in CLI_QUERIES:
                label = f"{os.path.basename(db)}: {args}"
                with self.subTest(label):
                    expected, got = cli_search(self.single, args), cli_search(db, args)
                    self.assertGreater(expected["total"], 0, label)
                    self.assertEqual(got["total"], expected["total"], label)
                    assert_same_ranking(self, expected, got, label)
                    self.assertEqual(got["facets"], expected["facets"], label)

    def test_news_ranking_over_shards_finds_the_same_articles(self):
        # With the news signals (the default), local shards run them and
        # remote ones their standard part (search/news_signals.h): the same
        # matches, ranked their way, never an error.
        for db in (self.sharded, self.remote):
            for words in ("ukraine", "guerre ukraine", "Vladimir Poutine"):
                label = f"{os.path.basename(db)}: {words}"
                with self.subTest(label):
                    command = ["search", "--json", "--limit", "1000", "--", words]
                    expected = json.loads(kiosque(*command[:1], "--db", self.single, *command[1:], check=EXIT_OK).stdout)
                    got = json.loads(kiosque(*command[:1], "--db", db, *command[1:], check=EXIT_OK).stdout)
                    self.assertGreater(expected["total"], 0, label)
                    self.assertEqual(got["total"], expected["total"], label)
                    self.assertEqual(sorted(r["id"] for r in got["results"]),
                                     sorted(r["id"] for r in expected["results"]), label)

    def test_http_ranking_facets_documents_and_duplicates_equal_a_single_database(self):
        servers = []
        try:
            single, remote = Server(self.single), Server(self.remote)
            servers = [single, remote]
            for params in HTTP_QUERIES:
                for collapse in ("false", "true"):
                    query = dict(params, size=LIMIT, facet_limit=1000, collapse=collapse, rank="bm25")
                    label = f"HTTP {query}"
                    with self.subTest(label):
                        expected, got = assert_same_http_search(self, single, remote, query, label)
                        duplicates = lambda body: sorted((r["id"], sorted(r["duplicate_ids"])) for r in body["results"])
                        if collapse == "true" and len(expected["results"]) < LIMIT:
                            self.assertEqual(duplicates(got), duplicates(expected), label)
            _, _, page = single.get("/api/search", q="ukraine", size=5)
            for hit in page["results"]:
                path = "/api/doc/" + hit["id"]
                status_a, _, expected = single.get(path)
                status_b, _, got = remote.get(path)
                self.assertEqual((status_a, status_b), (200, 200), path)
                self.assertEqual(got, expected, path)
        finally:
            for server in servers:
                server.stop()

    def test_z_a_shard_down_gives_a_clear_error_not_a_hang(self):
        # Runs last (name order): it stops a shard for good.
        server = Server(self.remote)
        try:
            status, _, body = server.get("/api/search", q="ukraine")
            self.assertEqual(status, 200)

            stuck = self.servers.processes[1]
            stuck.send_signal(signal.SIGSTOP)  # accepts connections, never answers
            started = time.monotonic()
            proc = kiosque("search", "--db", self.remote, "--", "ukraine")
            self.assertEqual(proc.returncode, EXIT_FATAL, proc.stderr)
            self.assertLess(time.monotonic() - started, 30)
            self.assertIn(f"127.0.0.1:{self.servers.ports[1]}", proc.stderr)
            stuck.send_signal(signal.SIGCONT)

            down = self.servers.processes[2]
            down.terminate()
            down.wait(timeout=10)
            started = time.monotonic()
            proc = kiosque("search", "--db", self.remote, "--", "ukraine")
            self.assertEqual(proc.returncode, EXIT_FATAL, proc.stderr)
            self.assertLess(time.monotonic() - started, 15)
            self.assertIn(f"shard 3 of 3 ('remote 127.0.0.1:{self.servers.ports[2]}'", proc.stderr)
            self.assertIn("xapian-tcpsrv", proc.stderr)

            assert_search_unavailable(self, server, f"127.0.0.1:{self.servers.ports[2]}")
        finally:
            server.stop()


class ShardedIndexing(TempDirTest):
    def articles(self, count):
        for i in range(count):
            self.write(f"archive/a{i:02}.txt", f"date 2024-01-{i + 1:02} Article {i} sur la guerre.\n")
        return self.path("archive")

    def test_reindexing_skips_unchanged_and_prune_removes_from_the_right_shard(self):
        archive, db = self.articles(12), self.path("db")
        first = index_summary(kiosque("index", "--db", db, "--shards", "3", "--no-entities", "--quiet", archive,
                                      check=EXIT_OK).stdout)
        self.assertEqual(first["new"], 12)
        again = index_summary(kiosque("index", "--db", db, "--shards", "3", "--no-entities", "--quiet", archive,
                                      check=EXIT_OK).stdout)
        self.assertEqual((again["new"], again["unchanged"]), (0, 12))
        os.remove(self.path("archive", "a05.txt"))
        self.write("archive/a06.txt", "date 2024-01-07 Article 6, réécrit, sur la paix.\n")
        pruned = index_summary(kiosque("index", "--db", db, "--shards", "3", "--no-entities", "--quiet", "--prune",
                                       archive, check=EXIT_OK).stdout)
        self.assertEqual((pruned["updated"], pruned["removed"], pruned["unchanged"]), (1, 1, 10))
        ids = json.loads(kiosque("search", "--db", db, "--json", "--limit", "100", "--", "article",
                                 check=EXIT_OK).stdout)["results"]
        self.assertEqual(sorted(r["id"] for r in ids), [f"a{i:02}.txt" for i in range(12) if i != 5])
        self.assertEqual(len(json.loads(kiosque("search", "--db", db, "--json", "--", "paix",
                                                check=EXIT_OK).stdout)["results"]), 1)

    def test_another_number_of_shards_is_refused_with_the_fix(self):
        archive, db = self.articles(3), self.path("db")
        kiosque("index", "--db", db, "--shards", "3", "--no-entities", "--quiet", archive, check=EXIT_OK)
        proc = kiosque("index", "--db", db, "--shards", "4", "--no-entities", "--quiet", archive, check=EXIT_FATAL)
        self.assertIn("holds 3 shards, not 4: index it with --shards 3", proc.stderr)
        proc = kiosque("index", "--db", db, "--no-entities", "--quiet", archive, check=EXIT_FATAL)
        self.assertIn("is a sharded index of 3 shards: index it with --shards 3", proc.stderr)
        self.assertFalse(os.path.exists(os.path.join(db, "shard-3")))

    def test_shards_on_an_unsharded_index_and_bad_counts_are_refused(self):
        archive, db = self.articles(3), self.path("db")
        kiosque("index", "--db", db, "--no-entities", "--quiet", archive, check=EXIT_OK)
        proc = kiosque("index", "--db", db, "--shards", "2", "--no-entities", "--quiet", archive, check=EXIT_FATAL)
        self.assertIn("is an unsharded index", proc.stderr)
        self.assertFalse(os.path.exists(os.path.join(db, "XAPIANDB")))
        for bad in ("0", "x", "1000"):
            kiosque("index", "--db", self.path("other"), "--shards", bad, archive, check=EXIT_USAGE)

    def test_a_stub_kiosque_did_not_write_is_not_indexed_into(self):
        archive, db = self.articles(3), self.path("db")
        self.write("db/XAPIANDB", "remote 10.0.0.7:33333\n")
        proc = kiosque("index", "--db", db, "--shards", "1", "--no-entities", "--quiet", archive, check=EXIT_FATAL)
        self.assertIn("did not write", proc.stderr)


if __name__ == "__main__":
    main()
