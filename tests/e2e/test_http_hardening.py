"""`kiosque serve` against hostile or careless clients: the token when serving
beyond this machine, limits on headers, body and URI, clients that stall,
many idle connections, and no cross-origin access."""
import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import unittest
import urllib.error
import urllib.request

from harness import EXIT_OK, EXIT_USAGE, KIOSQUE, kiosque, main
from http_harness import Server, free_port

TOKEN = "s3cret-token-for-tests-0123456789"


def index_one_article(tmp):
    archive = os.path.join(tmp, "archive")
    os.makedirs(archive, exist_ok=True)
    with open(os.path.join(archive, "a.txt"), "w", encoding="utf-8") as f:
        f.write("date 2024-01-01 Un article sur la mousson.\n")
    db = os.path.join(tmp, "db")
    kiosque("index", "--db", db, "--quiet", archive, check=EXIT_OK)
    return db


def request(server, path, headers=None, method="GET", data=None):
    """(status, headers, body bytes) of one request with `headers`."""
    req = urllib.request.Request(server.base + path, headers=headers or {}, method=method, data=data)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def raw_exchange(port, data, timeout=30):
    """Sends raw bytes on a new connection; returns all the server answers until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def status_of(reply):
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/1.1 ") else None


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class Fixture(unittest.TestCase):
    server_args = ()

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-hardening-")
        cls.db = index_one_article(cls.tmp)
        cls.server = Server(cls.db, "--quiet", *cls.server_args)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)


class Token(Fixture):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-auth-")
        cls.db = index_one_article(cls.tmp)
        token_file = os.path.join(cls.tmp, "token")
        with open(token_file, "w") as f:
            f.write(TOKEN + "\n")
        # Listening on every interface, which needs the token; reached through 127.0.0.1.
        cls.server = _ServerWithToken(cls.db, "--quiet", "--host", "0.0.0.0", "--auth-file", token_file)

    def test_without_the_token_every_path_is_refused_with_a_browser_prompt(self):
        for path in ["/", "/assets/app.js", "/api/search?q=mousson", "/api/doc/a.txt", "/healthz", "/nope"]:
            with self.subTest(path=path):
                status, headers, body = request(self.server, path)
                self.assertEqual(status, 401)
                self.assertTrue(headers["WWW-Authenticate"].startswith("Basic "))
                self.assertEqual(json.loads(body)["error"]["code"], "unauthorized")
                self.assertNotIn(b"mousson", body)

    def test_a_wrong_token_is_refused(self):
        for authorization in ["Bearer " + TOKEN[:-1], "Bearer " + TOKEN + "x", "Bearer ", "Bearer",
                              basic("kiosque", "wrong"), basic("", TOKEN[1:]), "Basic !!!", "Basic " + TOKEN,
                              TOKEN, "Digest " + TOKEN]:
            with self.subTest(authorization=authorization):
                status, _, _ = request(self.server, "/api/search?q=mousson", {"Authorization": authorization})
                self.assertEqual(status, 401)

    def test_the_token_as_bearer_or_basic_password_opens_everything(self):
        for authorization in ["Bearer " + TOKEN, "bearer " + TOKEN, basic("anyone", TOKEN), basic("", TOKEN)]:
            with self.subTest(authorization=authorization):
                status, _, body = request(self.server, "/api/search?q=mousson", {"Authorization": authorization})
                self.assertEqual(status, 200)
                self.assertEqual(json.loads(body)["total"], 1)
                status, _, body = request(self.server, "/", {"Authorization": authorization})
                self.assertEqual(status, 200)
                self.assertIn(b"<html", body.lower())


class _ServerWithToken(Server):
    """Server whose readiness probe sends the token."""

    def get(self, path, **params):
        status, headers, body = request(self, path, {"Authorization": "Bearer " + TOKEN})
        return status, headers, json.loads(body)


class TokenRules(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="kiosque-auth-rules-")
        self.db = index_one_article(self.tmp)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_serving_beyond_this_machine_needs_a_token(self):
        for host in ["0.0.0.0", "::", "192.0.2.1"]:
            with self.subTest(host=host):
                err = kiosque("serve", "--db", self.db, "--host", host, "--port", "0", check=EXIT_USAGE).stderr
                self.assertIn("--auth-file", err)

    def test_a_short_or_unreadable_token_is_a_usage_error(self):
        self.assertIn("16 bytes", kiosque("serve", "--db", self.db, "--auth", "short", check=EXIT_USAGE).stderr)
        err = kiosque("serve", "--db", self.db, "--auth-file", os.path.join(self.tmp, "none"), check=EXIT_USAGE)
        self.assertIn("none", err.stderr)

    def test_the_token_may_come_from_the_environment(self):
        env = dict(os.environ, KIOSQUE_AUTH_TOKEN=TOKEN)
        port = free_port()
        proc = subprocess.Popen([KIOSQUE, "serve", "--db", self.db, "--port", str(port), "--quiet"],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
        try:
            self.assertIn("token required", proc.stdout.readline())
            base = type("S", (), {"base": f"http://127.0.0.1:{port}"})
            self.assertEqual(request(base, "/healthz")[0], 401)
            self.assertEqual(request(base, "/healthz", {"Authorization": "Bearer " + TOKEN})[0], 200)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            proc.stdout.close()


class Limits(Fixture):
    def test_too_many_or_too_large_headers_are_refused(self):
        many = {f"X-Extra-{i}": "x" for i in range(80)}
        status, _, body = request(self.server, "/api/search?q=mousson", many)
        self.assertEqual((status, json.loads(body)["error"]["code"]), (431, "bad_request"))
        large = {f"X-Large-{i}": "y" * 4000 for i in range(6)}
        self.assertEqual(request(self.server, "/api/search?q=mousson", large)[0], 431)
        self.assertEqual(request(self.server, "/api/search?q=mousson", {"X-Huge": "z" * 20000})[0], 400)

    def test_a_body_past_the_limit_is_refused(self):
        status, _, body = request(self.server, "/api/search?q=mousson", method="POST", data=b"x" * 100000)
        self.assertEqual(status, 413)
        self.assertEqual(json.loads(body)["error"]["code"], "bad_request")

    def test_a_very_long_uri_is_refused(self):
        status, _, body = request(self.server, "/api/search?q=" + "a" * 9000)
        self.assertEqual((status, json.loads(body)["error"]["code"]), (414, "bad_request"))

    def test_page_size_and_query_limits(self):
        for params, code in [("size=101", "bad_parameter"), ("page=2000&size=10", "bad_parameter"),
                             ("q=" + "b" * 1001, "limit_exceeded"),
                             ("&".join(f"lang=l{i}" for i in range(21)), "limit_exceeded")]:
            with self.subTest(params=params[:30]):
                status, _, body = request(self.server, "/api/search?" + params)
                self.assertEqual((status, json.loads(body)["error"]["code"]), (400, code))

    def test_a_client_that_stalls_mid_request_is_disconnected(self):
        # The request line and one header, then nothing: the read timeout closes it.
        reply = raw_exchange(self.server.port, b"GET /api/search?q=mousson HTTP/1.1\r\nHost: x\r\n", timeout=60)
        self.assertNotIn(b"mousson", reply)
        self.assertIn(status_of(reply), (None, 400, 408))
        # And the server still answers.
        self.assertEqual(self.server.get("/api/search", q="mousson")[0], 200)

    def test_garbage_is_answered_400_and_the_server_lives_on(self):
        for data in [b"\x00\xff\xfe garbage\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n",
                     b"GET /api/search?q=%ff%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"]:
            with self.subTest(data=data):
                status = status_of(raw_exchange(self.server.port, data))
                self.assertIn(status, (None, 400, 404))
        self.assertEqual(self.server.get("/api/search", q="mousson")[0], 200)


class IdleConnections(Fixture):
    server_args = ("--threads", "2")

    def test_a_search_is_answered_while_200_connections_sit_idle(self):
        idle = []
        try:
            for _ in range(200):
                idle.append(socket.create_connection(("127.0.0.1", self.server.port), timeout=30))
            # Were each idle connection to hold one of the 2 search threads
            # for its keep-alive time, this would wait minutes and time out.
            req = urllib.request.Request(self.server.base + "/api/search?q=mousson")
            with urllib.request.urlopen(req, timeout=10) as response:
                self.assertEqual(response.status, 200)
                self.assertEqual(json.loads(response.read())["total"], 1)
        finally:
            for s in idle:
                s.close()


class NoCrossOrigin(Fixture):
    def test_no_cors_headers_even_when_asked(self):
        origin = {"Origin": "https://evil.example"}
        for method, path in [("GET", "/api/search?q=mousson"), ("GET", "/"), ("OPTIONS", "/api/search")]:
            with self.subTest(method=method, path=path):
                headers = dict(origin, **({"Access-Control-Request-Method": "GET"} if method == "OPTIONS" else {}))
                status, reply_headers, _ = request(self.server, path, headers, method=method)
                self.assertIsNone(reply_headers.get("Access-Control-Allow-Origin"))
                self.assertIsNone(reply_headers.get("Access-Control-Allow-Credentials"))
                self.assertEqual(reply_headers["Content-Security-Policy"], "default-src 'self'")
                self.assertEqual(reply_headers["X-Content-Type-Options"], "nosniff")


if __name__ == "__main__":
    main()
