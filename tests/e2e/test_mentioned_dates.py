"""Dates mentioned in the text (issue 18) through the real binary and the
real HTTP server: an archive of invented articles, some published years
after the date they talk about. --mentioned / mentioned: / &mentioned= take a
day, a month, a year, a range or a day in any year; the "mentioned" facet
counts years exactly; the article keeps each date with its offsets; a bad
value is a clear error (CLI exit code 4, HTTP 400)."""
import json
import os
import shutil
import tempfile
import unittest

from harness import EXIT_BAD_QUERY, EXIT_OK, kiosque, main
from http_harness import Server


# (id, published, text): invented articles.
ARTICLES = [
    ("fete-2019", "2019-07-15", "Le défilé du 14 juillet 1789 a inspiré la fête organisée hier à Vannes."),
    ("bastille-1989", "1989-07-14", "Deux siècles après le 14 juillet 1789, la ville illumine ses quais."),
    ("digue-2021", "2021-03-02", "La digue, construite en 1953, sera renforcée du 3 au 5 juin prochain."),
    ("marche-2022", "2022-05-10", "Le marché couvert rouvrira en septembre 2022 après deux ans de travaux."),
    ("budget-2020", "2020-11-20", "Le conseil a voté un budget de 3000 euros pour 2019 habitants."),
    ("poete-2020", "2020-03-21", "La médiathèque rend hommage à un poète breton (1772-1810) né à Quimper."),
]


def search(db, *args, check=EXIT_OK):
    proc = kiosque("search", "--db", db, "--json", "--limit", "100", "--facets", "--facet-limit", "100",
                   *args, check=check)
    return (json.loads(proc.stdout) if proc.returncode == EXIT_OK else None), proc


def ids(result):
    return {r["id"] for r in result["results"]}


class MentionedDates(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-mentioned-")
        archive = os.path.join(cls.tmp, "archive.jsonl")
        with open(archive, "w", encoding="utf-8") as f:
            for id_, date, text in ARTICLES:
                f.write(json.dumps({"id": id_, "date": date, "lang": "fr", "text": text}, ensure_ascii=False) + "\n")
        cls.db = os.path.join(cls.tmp, "db")
        kiosque("index", "--db", cls.db, "--quiet", "--no-entities", archive, check=EXIT_OK)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_filters_by_day_month_year_range_and_anniversary(self):
        cases = [
            (["--mentioned", "1789-07-14"], {"fete-2019", "bastille-1989"}),
            (["--mentioned", "1789"], {"fete-2019", "bastille-1989"}),
            (["mentioned:1789-07"], {"fete-2019", "bastille-1989"}),
            (["--mentioned", "1950..1960"], {"digue-2021"}),
            (["--mentioned", "2021-06-04"], {"digue-2021"}),  # inside "du 3 au 5 juin"
            (["mentioned:--07-14"], {"fete-2019", "bastille-1989"}),  # any year
            (["--mentioned", "2019-07-14"], {"fete-2019"}),  # "hier", published on the 15th
            (["--mentioned", "2022-09"], {"marche-2022"}),
            (["--mentioned", "2019"], {"fete-2019"}),  # not "2019 habitants"
            (["--mentioned", "1810"], {"poete-2020"}),  # a long range indexes its ends only
            (["--mentioned", "1770..1775"], {"poete-2020"}),
        ]
        for args, expected in cases:
            with self.subTest(args=args):
                result, _ = search(self.db, *args)
                self.assertEqual(ids(result), expected)
                self.assertEqual(result["total"], len(expected))

    def test_published_years_later(self):
        result, _ = search(self.db, "--mentioned", "1789", "--from", "2000")
        self.assertEqual(ids(result), {"fete-2019"})

    def test_the_facet_counts_mentioned_years(self):
        result, _ = search(self.db, "--from", "1900")
        years = {v["value"]: v["count"] for v in result["facets"]["mentioned"]}
        self.assertEqual(years, {"1789": 2, "1953": 1, "2019": 1, "2021": 1, "2022": 1, "1772": 1, "1810": 1})

    def test_the_article_keeps_its_dates(self):
        shown = json.loads(kiosque("show", "--db", self.db, "--json", "fete-2019", check=EXIT_OK).stdout)
        text = shown["text"].encode("utf-8")
        dates = [(d["value"], text[d["start"]:d["end"]].decode("utf-8"), d.get("inferred", False))
                 for d in shown["dates"]]
        self.assertEqual(dates, [("1789-07-14", "14 juillet 1789", False), ("2019-07-14", "hier", True)])

    def test_bad_values_are_clear_errors(self):
        for value in ("1789-13", "1789..1790-01", "juillet", "1790..1789"):
            with self.subTest(value=value):
                _, proc = search(self.db, "--mentioned", value, check=EXIT_BAD_QUERY)
                self.assertIn("bad mentioned date", proc.stderr)

    def test_the_http_api_agrees(self):
        server = Server(self.db)
        try:
            status, _, body = server.get("/api/search", mentioned="1789")
            self.assertEqual(status, 200)
            self.assertEqual({r["id"] for r in body["results"]}, {"fete-2019", "bastille-1989"})
            status, _, body = server.get("/api/search", q="mentioned:--07-14 fête")
            self.assertEqual({r["id"] for r in body["results"]}, {"fete-2019"})
            status, _, body = server.get("/api/facet/mentioned_month")
            self.assertEqual(status, 200)
            self.assertIn({"value": "1789-07", "count": 2, "selected": False}, body["values"])
            status, _, body = server.get("/api/search", mentioned="1789-13")
            self.assertEqual(status, 400)
            self.assertIn("bad mentioned date", json.dumps(body))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
