"""Helpers for end-to-end tests of `kiosque serve`: start the real server on a
free port, wait until it answers, send requests with the standard library, and
always stop it.

    server = Server(db)          # started; raises if it does not come up
    status, headers, body = server.get("/api/search", q="ukraine", person=["A", "B"])
    server.stop()
"""
import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from harness import KIOSQUE

START_TIMEOUT_S = 15


def free_port():
    """A port nothing listens on right now (bind to port 0, read it, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def query_string(params):
    """urlencode, with list values repeated: person=["A", "B"] -> person=A&person=B."""
    pairs = []
    for name, value in params.items():
        for v in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, str(v)))
    return urllib.parse.urlencode(pairs)


class Server:
    def __init__(self, db, *extra_args):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.NamedTemporaryFile(prefix="kiosque-serve-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            [KIOSQUE, "serve", "--db", db, "--port", str(self.port), *extra_args],
            stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self._wait_until_up()
        except BaseException:
            self.stop()
            raise

    def _wait_until_up(self):
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"kiosque serve exited with {self.process.returncode}:\n{self.output()}")
            try:
                status, _, body = self.get("/healthz")
                if status == 200 and body.get("status") == "ok":
                    return
            except (ConnectionError, urllib.error.URLError, OSError):
                pass
            time.sleep(0.05)
        raise AssertionError(f"kiosque serve did not answer /healthz within {START_TIMEOUT_S} s:\n{self.output()}")

    def output(self):
        self.log.flush()
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        os.unlink(self.log.name)

    def raw(self, path):
        """GET `path` as given (no normalisation of '..'): (status, headers, bytes)."""
        request = urllib.request.Request(self.base + path)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def get(self, path, **params):
        """GET path?params and parse the JSON body: (status, headers, body)."""
        url = path + ("?" + query_string(params) if params else "")
        status, headers, data = self.raw(url)
        return status, headers, json.loads(data.decode("utf-8"))
