"""The command line as a new user meets it: help, errors and exit codes."""
import json
import unittest

from harness import EXIT_BAD_QUERY, EXIT_FATAL, EXIT_OK, EXIT_USAGE, TempDirTest, kiosque, main


class Cli(TempDirTest):
    def test_help(self):
        self.assertIn("Commands:", kiosque("--help", check=EXIT_OK).stdout)
        self.assertIn("Usage: kiosque index", kiosque("index", "--help", check=EXIT_OK).stdout)
        self.assertIn("Usage: kiosque search", kiosque("search", "--help", check=EXIT_OK).stdout)
        self.assertIn("Commands:", kiosque(check=EXIT_USAGE).stdout)

    def test_search_errors(self):
        proc = kiosque("search", "--db", self.path("nowhere"), "ukraine", check=EXIT_FATAL)
        self.assertIn("cannot open index", proc.stderr)
        self.assertIn("kiosque index --db", proc.stderr)
        self.write("archive/a.txt", "date 2022-01 La saison des vendanges.")
        kiosque("index", "--db", self.path("db"), self.path("archive"), check=EXIT_OK)
        proc = kiosque("search", "--db", self.path("db"), '"vendanges', check=EXIT_BAD_QUERY)
        self.assertIn("unbalanced quote", proc.stderr)
        kiosque("search", "--db", self.path("db"), check=EXIT_USAGE)
        kiosque("search", "--db", self.path("db"), "--limit", "-3", "x", check=EXIT_USAGE)

    def test_search_json_shape_and_limit(self):
        for i in range(5):
            self.write(f"archive/a{i}.txt", f"date 2022-0{i + 1}-1{i} Les vendanges, épisode {i}.")
        kiosque("index", "--db", self.path("db"), self.path("archive"), check=EXIT_OK)
        out = json.loads(kiosque("search", "--db", self.path("db"), "--json", "--limit", "2", "vendange",
                                 check=EXIT_OK).stdout)
        self.assertEqual(out["total"], 5)
        self.assertEqual(len(out["results"]), 2)
        first = out["results"][0]
        self.assertEqual(set(first), {"rank", "id", "title", "date", "lang", "source", "score", "entities"})
        self.assertEqual(first["rank"], 1)
        self.assertRegex(first["date"], r"^2022-0\d-1\d$")
        self.assertGreater(first["score"], 0)
        none = json.loads(kiosque("search", "--db", self.path("db"), "--json", "introuvable", check=EXIT_OK).stdout)
        self.assertEqual((none["total"], none["results"]), (0, []))


if __name__ == "__main__":
    main()
