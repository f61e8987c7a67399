"""Helpers for end-to-end tests that drive the real `kiosque` binary.

ctest sets KIOSQUE_BIN and KIOSQUE_SOURCE_DIR; run a test by hand with
  KIOSQUE_BIN=build/cli/kiosque python3 tests/e2e/test_index_sample.py
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ.get("KIOSQUE_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
KIOSQUE = os.environ.get("KIOSQUE_BIN", os.path.join(SOURCE_DIR, "build", "cli", "kiosque"))
SAMPLE_CORPUS = os.path.join(SOURCE_DIR, "sample_corpus")

# Exit codes, as documented in the README.
EXIT_OK, EXIT_FATAL, EXIT_USAGE, EXIT_PARTIAL, EXIT_BAD_QUERY = 0, 1, 2, 3, 4


def kiosque(*args, check=None, stdin=None):
    """Runs kiosque; returns the CompletedProcess. `check` asserts the exit code."""
    proc = subprocess.run([KIOSQUE, *args], capture_output=True, text=True, timeout=240, stdin=stdin)
    if check is not None and proc.returncode != check:
        raise AssertionError(f"kiosque {' '.join(args)} exited {proc.returncode}, expected {check}\n"
                             f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


def index_sample_with(db, folder, files):
    """Indexes sample_corpus/ (its articles and dispatches.jsonl) and, written
    into `folder`, the invented articles `files` ({file name: text}) into `db`."""
    os.makedirs(folder)
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
    kiosque("index", "--db", db, "--quiet", SAMPLE_CORPUS, os.path.join(SAMPLE_CORPUS, "dispatches.jsonl"), folder,
            check=EXIT_OK)


def search_ids(db, query, limit=100):
    """The ids kiosque search returns for `query`, through --json."""
    out = kiosque("search", "--db", db, "--limit", str(limit), "--json", "--", query, check=EXIT_OK)
    return [r["id"] for r in json.loads(out.stdout)["results"]]


def index_summary(stdout):
    """Parses 'indexed: 3 new, 0 updated, ...' into a dict of counts."""
    first = stdout.splitlines()[0]
    counts = {}
    for part in first.split(":", 1)[1].split(","):
        number, name = part.split()
        counts[name] = int(number)
    return counts


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="kiosque-e2e-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def write(self, relative, content, mode="w"):
        full = self.path(relative)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, mode) as f:
            f.write(content)
        return full


def main():
    if not os.path.exists(KIOSQUE):
        sys.exit(f"kiosque binary not found at {KIOSQUE}: build first or set KIOSQUE_BIN")
    unittest.main(verbosity=2)
