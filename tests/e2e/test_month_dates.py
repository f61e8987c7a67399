"""Articles dated to the month only ("date 2023-01") through the real binary:
any date filter or range that covers that whole month finds them, one that
covers part of it does not."""
import json
import os
import shutil
import tempfile
import unittest

from harness import EXIT_OK, kiosque, main

ARTICLES = [  # (file, first line and text): invented articles
    ("mois.txt", "date 2023-01 Le conseil de quartier a voté le budget du jardin partagé."),
    ("jour.txt", "date 2023-01-15 Le conseil de quartier a planté les premiers arbres du jardin."),
    ("fevrier.txt", "date 2023-02-03 Le conseil de quartier a inauguré le jardin partagé."),
]


def found(db, *args):
    proc = kiosque("search", "--db", db, "--json", "--limit", "10", *args, check=EXIT_OK)
    return [r["id"] for r in json.loads(proc.stdout)["results"]]


class MonthDates(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-month-")
        folder = os.path.join(cls.tmp, "archive")
        os.makedirs(folder)
        for name, text in ARTICLES:
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
        cls.db = os.path.join(cls.tmp, "db")
        kiosque("index", "--db", cls.db, "--quiet", "--no-entities", folder, check=EXIT_OK)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_a_range_covering_the_month_finds_it(self):
        for args in (["--from", "2023-01-01", "--to", "2023-01-31"], ["date:2023-01-01..2023-01-31"],
                     ["--from", "2023-01-01", "--to", "2023-02-28"], ["date:2023"], ["date:2023-01"],
                     ["--from", "2022-12-15", "--to", "2023-01-31"]):
            with self.subTest(args=args):
                self.assertIn("mois.txt", found(self.db, "conseil", *args))

    def test_a_range_covering_part_of_the_month_does_not(self):
        for args in (["--from", "2023-01-02", "--to", "2023-01-31"], ["--from", "2023-01-01", "--to", "2023-01-20"],
                     ["date:2023-01-15"]):
            with self.subTest(args=args):
                self.assertNotIn("mois.txt", found(self.db, "conseil", *args))


if __name__ == "__main__":
    main()
