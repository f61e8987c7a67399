"""`kiosque index` stopped before its end: Ctrl-C (SIGINT) and SIGTERM commit
what was indexed and say how to resume; a full disk or a read-only index
folder is a clear error that leaves a sound index. (SIGKILL at random
moments: tests/reliability/kill_trials.)"""
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

from harness import EXIT_FATAL, EXIT_OK, KIOSQUE, SAMPLE_CORPUS, TempDirTest, index_summary, kiosque, main

EXIT_INTERRUPTED = 130


def copy_sample(archive, copies):
    """`copies` copies of sample_corpus/articles/ under new ids (paths) in `archive`."""
    articles = os.path.join(SAMPLE_CORPUS, "articles")
    for i in range(copies):
        shutil.copytree(articles, os.path.join(archive, f"copy{i:03d}"))
    return copies * sum(len(files) for _, _, files in os.walk(articles))


def xapian_check(db):
    proc = subprocess.run(["xapian-check", db], capture_output=True, text=True)
    return proc.returncode, proc.stdout + proc.stderr


def held(stdout):
    return int(re.search(r"the index holds (\d+) documents", stdout).group(1))


class Interrupted(TempDirTest):
    def interrupt_after_some_progress(self, db, archive, signal_number):
        """Runs kiosque index with stderr on a terminal (so it draws progress), and
        sends the signal once some articles are done: (exit code, stdout)."""
        controller, terminal = pty.openpty()
        proc = subprocess.Popen([KIOSQUE, "index", "--db", db, "--commit-every", "100000", archive],
                                stdout=subprocess.PIPE, stderr=terminal, text=True)
        os.close(terminal)
        seen = b""
        try:
            while not re.search(rb"[1-9]\d* docs", seen):
                try:
                    chunk = os.read(controller, 4096)
                except OSError:  # the process ended: the terminal is gone
                    break
                if not chunk:
                    break
                seen += chunk
            proc.send_signal(signal_number)
            stdout, _ = proc.communicate(timeout=120)
        finally:
            os.close(controller)
            if proc.poll() is None:
                proc.kill()
        return proc.returncode, stdout

    def test_sigint_and_sigterm_commit_and_say_how_to_resume(self):
        archive = self.path("archive")
        total = copy_sample(archive, 15)
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            with self.subTest(signal=signal_number.name):
                db = self.path("db-" + signal_number.name)
                code, stdout = self.interrupt_after_some_progress(db, archive, signal_number)
                if code == EXIT_OK:
                    self.skipTest("indexing ended before the signal arrived: nothing to test on this machine")
                self.assertEqual(code, EXIT_INTERRUPTED, stdout)
                self.assertIn("Run the same command again to resume", stdout)
                done = index_summary(stdout)["new"]
                self.assertGreater(done, 0)
                self.assertLess(done, total)
                # Everything it reported was committed (with --commit-every far above it).
                self.assertEqual(held(stdout), done)
                self.assertEqual(xapian_check(db)[0], 0)
                resumed = kiosque("index", "--db", db, "--quiet", archive, check=EXIT_OK).stdout
                self.assertEqual(index_summary(resumed)["unchanged"], done)
                self.assertEqual(index_summary(resumed)["new"], total - done)
                self.assertEqual(held(resumed), total)


def mount_tmpfs(path, size):
    """Mounts a tmpfs of `size` at `path`; False when this machine does not allow it (not root, container)."""
    os.makedirs(path, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path],
                          capture_output=True).returncode == 0


class DiskProblems(TempDirTest):
    def setUp(self):
        super().setUp()
        self.mounted = []

    def tearDown(self):
        for path in self.mounted:
            subprocess.run(["umount", path], capture_output=True)
        super().tearDown()

    def mount(self, name, size):
        path = self.path(name)
        if not mount_tmpfs(path, size):
            self.skipTest(f"cannot mount a {size} tmpfs here (needs root and mount permission)")
        self.mounted.append(path)
        return path

    def test_a_creation_killed_before_its_first_revision_starts_again(self):
        # What kill -9 in the first tenth of a second leaves (seen in
        # kill_trials): Xapian's lock, empty tables, no version file.
        archive = self.path("archive")
        copy_sample(archive, 1)
        db = self.path("db")
        os.makedirs(db)
        for name in ("flintlock", "postlist.glass", "termlist.glass"):
            open(os.path.join(db, name), "w").close()
        with open(os.path.join(db, "v.tmp"), "wb") as f:
            f.write(b"\0" * 77)
        kiosque("index", "--db", db, "--quiet", archive, check=EXIT_OK)
        self.assertTrue(json.loads(kiosque("search", "--db", db, "--json", "la", check=EXIT_OK).stdout)["results"])
        # A folder with anything else in it is not taken for one, nor emptied.
        other = self.path("other")
        os.makedirs(other)
        open(os.path.join(other, "postlist.glass"), "w").close()
        with open(os.path.join(other, "notes.txt"), "w") as f:
            f.write("mine\n")
        proc = kiosque("index", "--db", other, "--quiet", archive)
        self.assertEqual(proc.returncode, EXIT_FATAL, proc.stdout + proc.stderr)
        self.assertTrue(os.path.exists(os.path.join(other, "notes.txt")))

    def test_a_full_disk_is_a_clear_error_and_the_index_stays_sound(self):
        disk = self.mount("small-disk", "2m")
        archive = self.path("archive")
        copy_sample(archive, 20)
        db = os.path.join(disk, "db")
        proc = kiosque("index", "--db", db, "--quiet", "--commit-every", "50", archive)
        self.assertEqual(proc.returncode, EXIT_FATAL, proc.stdout + proc.stderr)
        self.assertIn("disk full", proc.stderr)
        self.assertIn(db, proc.stderr)
        self.assertNotIn("terminate called", proc.stderr)
        if os.path.exists(os.path.join(db, "iamglass")):
            code, out = xapian_check(db)
            self.assertEqual(code, 0, out)
            kiosque("search", "--db", db, "--json", "mort", check=EXIT_OK)

    def test_a_read_only_index_is_a_clear_error_and_stays_searchable(self):
        disk = self.mount("read-only", "20m")
        archive = self.path("archive")
        count = copy_sample(archive, 1)
        db = os.path.join(disk, "db")
        kiosque("index", "--db", db, "--quiet", archive, check=EXIT_OK)
        before = kiosque("search", "--db", db, "--json", "--limit", "100", "la", check=EXIT_OK).stdout
        subprocess.run(["mount", "-o", "remount,ro", disk], check=True)
        with open(os.path.join(archive, "copy000", "new.txt"), "w", encoding="utf-8") as f:
            f.write("date 2024-01-01 Un nouvel article.\n")
        proc = kiosque("index", "--db", db, "--quiet", archive)
        self.assertEqual(proc.returncode, EXIT_FATAL, proc.stdout + proc.stderr)
        self.assertIn(db, proc.stderr)
        self.assertIn("read-only", proc.stderr)
        self.assertNotIn("locked", proc.stderr)
        after = kiosque("search", "--db", db, "--json", "--limit", "100", "la", check=EXIT_OK).stdout
        self.assertEqual(json.loads(after)["results"], json.loads(before)["results"])
        self.assertGreater(len(json.loads(after)["results"]), count // 2)
        # xapian-check opens tables read-write: check once writable again.
        subprocess.run(["mount", "-o", "remount,rw", disk], check=True)
        self.assertEqual(xapian_check(db)[0], 0)


if __name__ == "__main__":
    main()
