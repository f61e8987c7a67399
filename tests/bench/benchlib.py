"""What the benchmark scripts share: where the corpus and the binaries are,
reading the corpus, measuring a process and the cores a session obtains,
latency percentiles, and running `kiosque serve` on a free port.

Not a benchmark itself: index_bench, query_bench and run import it.
Python 3 standard library only.
"""
import json, os, re, socket, statistics, subprocess, sys, time, urllib.request

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(BENCH_DIR))
DATE_LINE = re.compile(r"\s*date (\d{4})-(\d{2})(?:-(\d{2}))? ")
MIB = 1 << 20


def default_corpus():
    """../shared/corpus/corpus-fr.jsonl beside the checkout, else sample_corpus/."""
    fr = os.path.join(REPO, "..", "shared", "corpus", "corpus-fr.jsonl")
    return os.path.normpath(fr) if os.path.exists(fr) else os.path.join(REPO, "sample_corpus")


def read_articles(corpus):
    """Yields (article dict, raw JSON line or None) in Kiosque's order: a folder
    is walked for .txt files sorted by relative path (Kiosque reads .jsonl
    files only when named). Records Kiosque would skip (no id or text) are
    skipped here too."""
    if os.path.isdir(corpus):
        files = []
        for root, _, names in os.walk(corpus):
            for name in names:
                if name.lower().endswith(".txt"):
                    path = os.path.join(root, name)
                    files.append((os.path.relpath(path, corpus).replace(os.sep, "/"), path))
        files.sort()
    else:
        files = [(os.path.basename(corpus), corpus)]
    for rel, path in files:
        if rel.lower().endswith(".txt"):
            with open(path, encoding="utf-8", errors="replace") as f:
                raw = f.read()
            m = DATE_LINE.match(raw)
            text = raw[m.end():] if m else raw.lstrip()
            date = "-".join(g for g in m.groups() if g) if m else ""
            if text.strip():
                yield {"id": rel, "text": text, "date": date}, None
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if isinstance(rec, dict) and rec.get("id") and isinstance(rec.get("text"), str) and rec["text"].strip():
                    yield rec, line


def write_subset(corpus, limit, path):
    """Writes the first `limit` articles (0: all) as JSON Lines to `path`, the
    form every system reads. Returns (articles, UTF-8 bytes of title + text)."""
    count = text_bytes = 0
    with open(path, "w", encoding="utf-8") as out:
        for rec, line in read_articles(corpus):
            if limit and count >= limit:
                break
            out.write(line if line and line.endswith("\n") else json.dumps(rec, ensure_ascii=False) + "\n")
            text_bytes += len((rec.get("title") or "").encode("utf-8")) + len(rec["text"].encode("utf-8"))
            count += 1
    return count, text_bytes


def run_measured(cmd, log_prefix, **popen_args):
    """Runs cmd with stdout/stderr in log files. Returns (exit code, wall s,
    cpu s, peak RSS bytes) for that process alone, via os.wait4 on its pid."""
    with open(log_prefix + ".out", "w") as out, open(log_prefix + ".err", "w") as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, **popen_args)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def session_cores(seconds=2.0):
    """The cores this session obtains now: CPU seconds that one busy process
    per core gets in `seconds`, over `seconds`. Linux's autogroup scheduling
    shares a busy machine between sessions, not threads: a session gets about
    the same share with one thread as with many, so on a shared machine a
    multi-threaded indexer cannot use more cores than this."""
    spin = "import time\nend = time.monotonic() + %r\nwhile time.monotonic() < end: pass" % seconds
    spinners = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(os.cpu_count() or 1)]
    cpu = 0.0
    for spinner in spinners:
        _, _, usage = os.wait4(spinner.pid, 0)
        cpu += usage.ru_utime + usage.ru_stime
    return cpu / seconds


def disk_usage(path):
    if os.path.isfile(path):
        return os.lstat(path).st_blocks * 512
    return sum(os.lstat(os.path.join(root, name)).st_blocks * 512
               for root, _, names in os.walk(path) for name in names)


def log_excerpt(path, lines=5):
    with open(path, errors="replace") as f:
        text = [l.rstrip() for l in f if l.strip()]
    more = "\n    ... (%d lines in all; --keep keeps %s)" % (len(text), path) if len(text) > lines else ""
    return "\n".join("    " + l for l in text[:lines]) + more


def percentiles(samples):
    """Nearest-rank p50/p95/p99 and the mean of a list of latencies."""
    s = sorted(samples)
    pick = lambda p: s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]
    return {"p50": pick(50), "p95": pick(95), "p99": pick(99), "mean": statistics.mean(s), "n": len(s)}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class KiosqueServer:
    """`kiosque serve` on a free loopback port, for a `with` block: stopped on
    exit, also on error or Ctrl-C."""

    def __init__(self, kiosque, db, log_path=os.devnull, extra_args=()):
        self.port = free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        self._log = open(log_path, "w")
        self._proc = subprocess.Popen([kiosque, "serve", "--db", db, "--port", str(self.port), *extra_args],
                                      stdout=self._log, stderr=subprocess.STDOUT)
        for _ in range(300):
            if self._proc.poll() is not None:
                self.close()
                raise RuntimeError("kiosque serve exited with %d (log: %s)" % (self._proc.returncode, log_path))
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as r:
                    self.documents = json.load(r)["documents"]
                return
            except OSError:
                time.sleep(0.1)
        self.close()
        raise RuntimeError("kiosque serve did not answer /healthz within 30 s")

    def close(self):
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def fail(tool, message):
    """Exits with one line naming the tool and what to do."""
    sys.exit("%s: %s" % (tool, message))
