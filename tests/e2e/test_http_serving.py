"""`kiosque serve` as a server: the page's files built into the binary with
their headers and no way out of them, an index updated while it runs, many
clients at once, and its command line."""
import concurrent.futures
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import unittest

from harness import EXIT_FATAL, EXIT_OK, EXIT_USAGE, KIOSQUE, SOURCE_DIR, TempDirTest, kiosque, main
from http_harness import Server

ASSETS = os.path.join(SOURCE_DIR, "web", "assets")
SECURITY_HEADERS = {"Content-Security-Policy": "default-src 'self'", "X-Content-Type-Options": "nosniff"}


def write_article(folder, name, text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)


class StaticFiles(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-static-")
        write_article(os.path.join(cls.tmp, "archive"), "a.txt", "date 2024-01-01 Un article.\n")
        kiosque("index", "--db", os.path.join(cls.tmp, "db"), "--quiet", os.path.join(cls.tmp, "archive"),
                check=EXIT_OK)
        cls.server = Server(os.path.join(cls.tmp, "db"), "--quiet")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def assert_security_headers(self, headers, path):
        for name, value in SECURITY_HEADERS.items():
            self.assertEqual(headers[name], value, path)

    def test_the_page_and_every_asset_are_served_with_their_type(self):
        status, headers, body = self.server.raw("/")
        self.assertEqual((status, headers["Content-Type"]), (200, "text/html; charset=utf-8"))
        with open(os.path.join(ASSETS, "index.html"), "rb") as f:
            self.assertEqual(body, f.read())
        types = {".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
        names = [os.path.relpath(os.path.join(d, n), ASSETS) for d, _, files in os.walk(ASSETS) for n in files
                 if not n.startswith(".") and not n.endswith("~")]
        self.assertIn("index.html", names)
        for name in names:
            with self.subTest(name=name):
                status, headers, body = self.server.raw("/assets/" + name)
                self.assertEqual(status, 200)
                with open(os.path.join(ASSETS, name), "rb") as f:
                    self.assertEqual(body, f.read())
                self.assert_security_headers(headers, name)
                expected = types.get(os.path.splitext(name)[1])
                if expected:
                    self.assertTrue(headers["Content-Type"].startswith(expected), headers["Content-Type"])

    def test_every_response_has_the_security_headers(self):
        for path in ["/", "/healthz", "/api/search?q=article", "/api/search?size=0", "/nope", "/assets/nope.js"]:
            _, headers, _ = self.server.raw(path)
            self.assert_security_headers(headers, path)

    def test_paths_cannot_leave_the_embedded_files(self):
        with open(os.path.join(SOURCE_DIR, "README.md"), "rb") as f:
            readme_start = f.read(40)
        for path in ["/assets/../README.md", "/assets/../../README.md", "/assets/%2e%2e/README.md",
                     "/assets/%2E%2E%2FREADME.md", "/assets/..%2f..%2fREADME.md", "/%2e%2e/README.md",
                     "/../README.md", "/assets//etc/passwd", "/assets/%2fetc%2fpasswd", "/assets/",
                     "/assets/index.html/..", "/README.md", "/web/assets/index.html"]:
            with self.subTest(path=path):
                status, headers, body = self.server.raw(path)
                self.assertEqual(status, 404)
                self.assertNotIn(readme_start, body)
                self.assertNotIn(b"root:", body)
                self.assertEqual(json.loads(body)["error"]["code"], "not_found")


class ServingAnIndexBeingUpdated(TempDirTest):
    def setUp(self):
        super().setUp()
        self.archive = self.path("archive")
        self.db = self.path("db")
        for i in range(3):
            write_article(self.archive, f"a{i}.txt", f"date 2023-0{i + 1} Article {i} sur la saison des pluies.\n")
        kiosque("index", "--db", self.db, "--quiet", self.archive, check=EXIT_OK)
        self.server = Server(self.db, "--quiet", "--threads", "4")

    def tearDown(self):
        self.server.stop()
        super().tearDown()

    def total(self, q):
        status, _, body = self.server.get("/api/search", q=q)
        self.assertEqual(status, 200, body)
        return body["total"]

    def test_an_article_indexed_while_serving_is_found_without_restart(self):
        self.assertEqual(self.total("mousson"), 0)
        write_article(self.archive, "new.txt", "date 2023-09 La mousson arrive avec la saison des pluies.\n")
        kiosque("index", "--db", self.db, "--quiet", self.archive, check=EXIT_OK)
        # Every worker thread must see it, not just one: ask more times than threads.
        for _ in range(12):
            self.assertEqual(self.total("mousson"), 1)
        self.assertEqual(self.server.get("/healthz")[2]["documents"], 4)
        status, _, doc = self.server.get("/api/doc/new.txt")
        self.assertEqual(status, 200)
        self.assertIn("mousson", doc["text"])

    def test_a_repeated_search_is_answered_from_the_cache_until_the_index_changes(self):
        first = self.server.raw("/api/search?q=pluies")
        again = self.server.raw("/api/search?q=pluies")
        self.assertNotIn("X-Kiosque-Cache", first[1])
        self.assertEqual(again[1].get("X-Kiosque-Cache"), "hit")
        self.assertEqual(json.loads(again[2])["total"], json.loads(first[2])["total"])
        write_article(self.archive, "new.txt", "date 2023-09 Encore des pluies.\n")
        kiosque("index", "--db", self.db, "--quiet", self.archive, check=EXIT_OK)
        after = self.server.raw("/api/search?q=pluies")
        self.assertNotIn("X-Kiosque-Cache", after[1])
        self.assertEqual(json.loads(after[2])["total"], json.loads(first[2])["total"] + 1)
        # A bad request is never kept: it stays a 400 with its message.
        for _ in range(2):
            status, headers, _ = self.server.raw("/api/search?q=%22")
            self.assertNotIn("X-Kiosque-Cache", headers)

    def test_the_cache_can_be_turned_off(self):
        self.server.stop()
        self.server = Server(self.db, "--quiet", "--cache-mb", "0")
        self.server.raw("/api/search?q=pluies")
        self.assertNotIn("X-Kiosque-Cache", self.server.raw("/api/search?q=pluies")[1])

    def test_an_index_removed_then_rebuilt_is_served_again(self):
        self.assertEqual(self.total("saison"), 3)
        shutil.rmtree(self.db)
        status, _, body = self.server.get("/api/search", q="saison")
        self.assertEqual((status, body["error"]["code"]), (503, "index_unavailable"), body)
        kiosque("index", "--db", self.db, "--quiet", self.archive, check=EXIT_OK)
        for _ in range(8):
            self.assertEqual(self.total("saison"), 3)

    def test_searches_during_many_commits_never_fail(self):
        failures, answered = [], [0]
        stop = threading.Event()

        def hammer():
            while not stop.is_set():
                status, _, body = self.server.get("/api/search", q="saison", size=3)
                if status != 200:
                    failures.append(body)
                answered[0] += 1

        threads = [threading.Thread(target=hammer) for _ in range(4)]
        for t in threads:
            t.start()
        try:
            for round_number in range(6):
                for i in range(20):
                    write_article(self.archive, f"r{round_number}-{i}.txt",
                                  f"date 2023-10 Dépêche {round_number}.{i} sur la saison.\n")
                kiosque("index", "--db", self.db, "--quiet", "--commit-every", "5", self.archive, check=EXIT_OK)
        finally:
            stop.set()
            for t in threads:
                t.join()
        self.assertEqual(failures, [])
        self.assertGreater(answered[0], 10)
        self.assertEqual(self.total("saison"), 3 + 6 * 20)


class ConcurrentClients(unittest.TestCase):
    def test_many_clients_at_once_get_the_same_answers(self):
        tmp = tempfile.mkdtemp(prefix="kiosque-concurrent-")
        server = None
        try:
            archive = os.path.join(tmp, "archive")
            for i in range(30):
                write_article(archive, f"a{i}.txt", f"date 2022-01 Article {i} : la récolte de {i % 3} céréales.\n")
            kiosque("index", "--db", os.path.join(tmp, "db"), "--quiet", archive, check=EXIT_OK)
            server = Server(os.path.join(tmp, "db"), "--quiet", "--threads", "3")
            expected = server.get("/api/search", q="céréales", size=5)[2]["results"]
            with concurrent.futures.ThreadPoolExecutor(12) as pool:
                answers = list(pool.map(lambda _: server.get("/api/search", q="céréales", size=5), range(60)))
            for status, _, body in answers:
                self.assertEqual(status, 200)
                self.assertEqual(body["results"], expected)
        finally:
            if server:
                server.stop()
            shutil.rmtree(tmp, ignore_errors=True)


class ServeCommandLine(TempDirTest):
    def test_help_and_usage_errors(self):
        out = kiosque("serve", "--help", check=EXIT_OK).stdout
        for option in ["--db", "--host", "--port", "--threads", "127.0.0.1", "8080"]:
            self.assertIn(option, out)
        self.assertIn("serve", kiosque("--help", check=EXIT_OK).stdout)
        self.assertIn("--db", kiosque("serve", check=EXIT_USAGE).stderr)
        self.assertIn("--port", kiosque("serve", "--db", self.tmp, "--port", "70000", check=EXIT_USAGE).stderr)
        self.assertIn("--threads", kiosque("serve", "--db", self.tmp, "--threads", "0", check=EXIT_USAGE).stderr)

    def test_a_missing_index_or_a_busy_port_is_fatal(self):
        self.assertIn("kiosque index", kiosque("serve", "--db", self.path("none"), check=EXIT_FATAL).stderr)
        write_article(self.path("archive"), "a.txt", "date 2024-01-01 Un article.\n")
        kiosque("index", "--db", self.path("db"), "--quiet", self.path("archive"), check=EXIT_OK)
        with socket.socket() as busy:
            busy.bind(("127.0.0.1", 0))
            busy.listen()
            port = str(busy.getsockname()[1])
            proc = subprocess.run([KIOSQUE, "serve", "--db", self.path("db"), "--port", port],
                                  capture_output=True, text=True, timeout=30)
        self.assertEqual(proc.returncode, EXIT_FATAL)
        self.assertIn(port, proc.stderr)

    def test_a_second_server_cannot_share_the_port(self):
        write_article(self.path("archive"), "a.txt", "date 2024-01-01 Un article.\n")
        kiosque("index", "--db", self.path("db"), "--quiet", self.path("archive"), check=EXIT_OK)
        server = Server(self.path("db"))
        try:
            proc = subprocess.run([KIOSQUE, "serve", "--db", self.path("db"), "--port", str(server.port)],
                                  capture_output=True, text=True, timeout=30)
            self.assertEqual(proc.returncode, EXIT_FATAL, proc.stdout + proc.stderr)
        finally:
            server.stop()

    def test_stops_cleanly_on_sigterm(self):
        write_article(self.path("archive"), "a.txt", "date 2024-01-01 Un article.\n")
        kiosque("index", "--db", self.path("db"), "--quiet", self.path("archive"), check=EXIT_OK)
        server = Server(self.path("db"))
        try:
            self.assertIn(f"http://127.0.0.1:{server.port}/", server.output())
            server.process.terminate()
            self.assertEqual(server.process.wait(timeout=10), EXIT_OK)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
