"""Bad input is reported with file and line and skipped; the rest of the archive is indexed."""
import os
import subprocess
import time
import unittest

from harness import (EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, TempDirTest, index_summary, kiosque, main,
                     search_ids)

GOOD = "date 2023-09-14 Un article valide sur la {word}.\n\nDeuxième paragraphe."


class BadInput(TempDirTest):
    def make_archive(self):
        self.write("archive/good1.txt", GOOD.format(word="moisson"))
        self.write("archive/sub/good2.txt", GOOD.format(word="vendange"))
        self.write("archive/nodate.txt", "Un article sans date sur la récolte.")
        self.write("archive/binary.txt", b"date 2023-09 \x00\x01\x02\xff", mode="wb")
        self.write("archive/latin1.txt", "date 2023-09 ligne un\n\nl'\xe9t\xe9 en latin-1".encode("latin-1"), mode="wb")
        self.write("archive/empty.txt", "")
        self.write("archive/big.txt", "date 2023-09 " + "mot " * 400_000)  # 1.6 MB
        self.write("archive/notes.md", "not an article: ignored")
        self.write("feed.jsonl", "\n".join([
            '{"id": "j1", "text": "Dépêche sur la moisson.", "date": "2023-09"}',
            '{"id": "j2", "text": "Dépêche tronquée',
            '{"id": "j3", "text": "Dépêche à la date fausse.", "date": "2023-99-99"}',
            '',
            '{"text": "Dépêche sans identifiant."}',
            '{"id": "j6", "text": "Dernière dépêche, sur la vendange."}',
        ]) + "\n")

    def test_each_bad_file_is_reported_and_the_rest_indexed(self):
        self.make_archive()
        db = self.path("db")
        proc = kiosque("index", "--db", db, "--max-size", "1", self.path("archive"), self.path("feed.jsonl"),
                       self.path("missing-folder"), check=EXIT_PARTIAL)
        err = proc.stderr
        self.assertRegex(err, r"skipped: .*archive/binary.txt:1: binary file")
        self.assertRegex(err, r"skipped: .*archive/latin1.txt:3: invalid UTF-8")
        self.assertRegex(err, r"skipped: .*archive/empty.txt: empty file")
        self.assertRegex(err, r"skipped: .*archive/big.txt: larger than the limit of 1 MiB")
        self.assertRegex(err, r"skipped: .*feed.jsonl:2: malformed JSON")
        self.assertRegex(err, r"skipped: .*feed.jsonl:5: missing 'id'")
        self.assertRegex(err, r"skipped: .*missing-folder: no such file or folder")
        self.assertRegex(err, r"warning: .*archive/nodate.txt:1: expected 'date YYYY-MM'")
        self.assertRegex(err, r"warning: .*feed.jsonl:3: malformed date '2023-99-99'")
        self.assertNotIn("notes.md", err)
        counts = index_summary(proc.stdout)
        self.assertEqual(counts["new"], 6)  # good1, good2, nodate, j1, j3, j6
        self.assertEqual(counts["skipped"], 7)
        self.assertEqual(counts["warnings"], 2)
        self.assertEqual(sorted(search_ids(db, "moisson")), ["good1.txt", "j1"])
        self.assertEqual(sorted(search_ids(db, "vendange")), ["j6", "sub/good2.txt"])
        self.assertEqual(search_ids(db, "récolte"), ["nodate.txt"])

    def test_all_good_input_exits_zero(self):
        self.write("archive/good1.txt", GOOD.format(word="moisson"))
        proc = kiosque("index", "--db", self.path("db"), self.path("archive"), check=EXIT_OK)
        self.assertEqual(index_summary(proc.stdout)["new"], 1)

    def test_locked_database_is_a_clear_fatal_error(self):
        # scriptindex (xapian-omega) holds the write lock while it reads stdin.
        script = self.write("lock.index", "id : unique=Q boolean=Q\n")
        holder = subprocess.Popen(["scriptindex", self.path("db"), script], stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(50):
                if os.path.exists(self.path("db", "flintlock")):
                    break
                time.sleep(0.1)
            time.sleep(0.3)
            self.write("archive/good1.txt", GOOD.format(word="moisson"))
            proc = kiosque("index", "--db", self.path("db"), self.path("archive"), check=EXIT_FATAL)
            self.assertIn("is locked by another writer", proc.stderr)
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)

    def test_unwritable_database_path_is_a_clear_fatal_error(self):
        self.write("not-a-folder", "a file where the index should go")
        self.write("archive/good1.txt", GOOD.format(word="moisson"))
        proc = kiosque("index", "--db", self.path("not-a-folder"), self.path("archive"), check=EXIT_FATAL)
        self.assertIn("cannot open database", proc.stderr)

    def test_usage_errors(self):
        for args in [["index"], ["index", "--db", self.path("db")], ["index", "--bogus"],
                     ["index", "--db", self.path("db"), "--jobs", "zero", "x"], ["frobnicate"]]:
            proc = kiosque(*args, check=EXIT_USAGE)
            self.assertTrue(proc.stderr.strip(), args)


if __name__ == "__main__":
    main()
