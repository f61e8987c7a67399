"""The source facet (the publication) through the real binary and the real
HTTP server: JSON Lines articles carry their `source`, a .txt folder gets
one from `kiosque index --source NAME`; counts are exact, and the filter
works as --source, source: and &source=, matching the name in any case."""
import json
import os
import shutil
import tempfile
import unittest

from harness import EXIT_OK, SAMPLE_CORPUS, kiosque, main
from http_harness import Server

DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")
ARTICLES = os.path.join(SAMPLE_CORPUS, "articles")
LE_SOIR = "Le Soir d'Europe"  # a name with a capital, an apostrophe, a space


def search(db, *args):
    return json.loads(kiosque("search", "--db", db, "--json", "--facets", "--facet-limit", "1000",
                              "--limit", "1000", *args, check=EXIT_OK).stdout)


def counts(facet_list):
    return {v["value"]: v["count"] for v in facet_list}


class SourceFacet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-source-")
        cls.db = os.path.join(cls.tmp, "db")
        kiosque("index", "--db", cls.db, "--quiet", "--source", LE_SOIR, ARTICLES, check=EXIT_OK)
        kiosque("index", "--db", cls.db, "--quiet", DISPATCHES, check=EXIT_OK)
        with open(DISPATCHES, encoding="utf-8") as f:
            cls.dispatches = [json.loads(line) for line in f if line.strip()]
        cls.texts = sum(len(files) for _, _, files in os.walk(ARTICLES))
        cls.server = Server(cls.db, "--quiet")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_exact_counts_over_every_article(self):
        all_articles = search(self.db, "source:" + '"kiosque sample"')
        expected = {LE_SOIR: self.texts}
        for d in self.dispatches:
            expected[d["source"]] = expected.get(d["source"], 0) + 1
        every = search(self.db, "--source", LE_SOIR, "--source", "Kiosque sample")
        self.assertEqual(every["total"], self.texts + len(self.dispatches))
        self.assertEqual(counts(every["facets"]["source"]), expected)
        self.assertEqual(all_articles["total"], expected["Kiosque sample"])

    def test_cli_filter_and_query_field_agree_and_ignore_case(self):
        by_flag = search(self.db, "--source", "le soir d'europe", "poutine")
        by_field = search(self.db, "poutine", 'source:"LE SOIR D\'EUROPE"')
        ids = [r["id"] for r in by_flag["results"]]
        self.assertTrue(ids)
        self.assertEqual(ids, [r["id"] for r in by_field["results"]])
        self.assertTrue(all(not i.startswith("dep-") for i in ids))
        self.assertEqual(counts(by_flag["facets"]["source"]), {LE_SOIR: len(ids)})
        self.assertEqual({r["source"] for r in by_flag["results"]}, {LE_SOIR})

    def test_unknown_source_matches_nothing(self):
        self.assertEqual(search(self.db, "--source", "Le Monde", "poutine")["total"], 0)

    def test_http_api_lists_filters_and_shows_the_source(self):
        status, _, body = self.server.get("/api/search", q="poutine")
        self.assertEqual(status, 200)
        self.assertEqual(list(body["facets"]), ["person", "place", "org", "lang", "year", "month", "source", "mentioned"])
        cli = search(self.db, "poutine")
        self.assertEqual(counts(body["facets"]["source"]), counts(cli["facets"]["source"]))
        self.assertTrue(all(r["source"] in (LE_SOIR, "Kiosque sample") for r in body["results"]))

        status, _, everything = self.server.get("/api/search")
        status, _, only = self.server.get("/api/search", source="kiosque sample")
        self.assertEqual(status, 200)
        self.assertEqual(only["total"], len(self.dispatches))
        self.assertEqual({r["source"] for r in only["results"]}, {"Kiosque sample"})
        selected = [v for v in only["facets"]["source"] if v["selected"]]
        self.assertEqual([v["value"] for v in selected], ["Kiosque sample"])
        # Disjunctive: the other source is still counted, as choosing it would add.
        self.assertEqual(counts(only["facets"]["source"]), counts(everything["facets"]["source"]))

        status, _, facet = self.server.get("/api/facet/source", q="poutine")
        self.assertEqual(status, 200)
        self.assertEqual(counts(facet["values"]), counts(body["facets"]["source"]))

        doc_id = only["results"][0]["id"]
        status, _, doc = self.server.get("/api/doc/" + doc_id)
        self.assertEqual(status, 200)
        self.assertEqual(doc["source"], "Kiosque sample")

    def test_reindexing_with_another_source_updates_the_articles(self):
        db = os.path.join(self.tmp, "again")
        one = os.path.join(ARTICLES, "de")
        kiosque("index", "--db", db, "--quiet", "--source", "A", one, check=EXIT_OK)
        kiosque("index", "--db", db, "--quiet", "--source", "B", one, check=EXIT_OK)
        self.assertEqual(counts(search(db, "--lang", "de")["facets"]["source"]), {"B": 2})


if __name__ == "__main__":
    main()
