"""The endpoints that take a search elsewhere, through the real server over
sample_corpus/: /api/export (every match as CSV or JSON Lines, the same
total as /api/search), `kiosque search --export`, /feed.atom (Atom 1.0, its
entries the newest results), /opensearch.xml, /api/facets (the facet table)
and /api/similar/ID (articles on the same story, near-duplicates left out)."""
import csv
import io
import json
import os
import shutil
import tempfile
import unittest
import xml.etree.ElementTree as ET

from harness import EXIT_OK, index_sample_with, kiosque, main
from http_harness import Server

ATOM = "{http://www.w3.org/2005/Atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
EXPORT_COLUMNS = ["id", "date", "title", "source", "url", "persons", "places", "organisations", "score"]
# One story told three ways (a copy and two articles on it), and one apart.
STORY = ("date 2024-03-04 Les pêcheurs de Concarneau ont bloqué le port de Lorient lundi pour protester contre "
         "les quotas de sardine fixés par Bruxelles. Le comité des pêches du Finistère réclame une révision des "
         "quotas de sardine avant l'été.\n")
EXTRA = {
    "sardine-1.txt": STORY,
    "sardine-1-copie.txt": STORY.replace("lundi", "ce lundi"),
    "sardine-2.txt": "date 2024-03-06 À Lorient, les pêcheurs de sardine maintiennent le blocage du port. Les "
                     "quotas de sardine décidés à Bruxelles menacent les bateaux de Concarneau, dit le comité des "
                     "pêches du Finistère.\n",
    "sardine-3.txt": "date 2024-03-09 Quotas de sardine : Bruxelles accepte de revoir les chiffres après le "
                     "blocage du port de Lorient par les pêcheurs de Concarneau et du Finistère.\n",
}


class ExportAndFeeds(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-export-")
        cls.db = os.path.join(cls.tmp, "db")
        index_sample_with(cls.db, os.path.join(cls.tmp, "extra"), EXTRA)
        cls.server = Server(cls.db, "--quiet")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def raw(self, path):
        status, headers, data = self.server.raw(path)
        return status, headers, data.decode("utf-8")

    def total(self, query):
        status, _, body = self.server.get("/api/search?" + query) if query else self.server.get("/api/search")
        self.assertEqual(status, 200, body)
        return body["total"]

    # ---- export ----

    def test_csv_export_has_every_match_per_rfc_4180(self):
        for query in ["", "q=ukraine", "q=Russie&lang=fr", "person=Poutine&op=or"]:
            status, headers, text = self.raw("/api/export?format=csv" + ("&" + query if query else ""))
            self.assertEqual(status, 200, text)
            self.assertTrue(headers["Content-Type"].startswith("text/csv"))
            self.assertIn("attachment", headers["Content-Disposition"])
            self.assertTrue(text.endswith("\r\n"), "CRLF line ends")
            rows = list(csv.reader(io.StringIO(text, newline="")))
            self.assertEqual(rows[0], EXPORT_COLUMNS)
            self.assertEqual(len(rows) - 1, self.total(query), query)
            self.assertTrue(all(len(r) == len(EXPORT_COLUMNS) for r in rows))
            self.assertEqual(len({r[0] for r in rows[1:]}), len(rows) - 1, "each article once")

    def test_jsonl_export_equals_the_cli_export(self):
        status, headers, text = self.raw("/api/export?format=jsonl&q=ukraine")
        self.assertEqual(status, 200, text)
        rows = [json.loads(line) for line in text.splitlines()]
        self.assertEqual(len(rows), self.total("q=ukraine"))
        self.assertEqual(list(rows[0]), EXPORT_COLUMNS)
        self.assertTrue(any(r["persons"] for r in rows))
        cli = kiosque("search", "--db", self.db, "--export", "jsonl", "ukraine", check=EXIT_OK).stdout
        self.assertEqual([json.loads(line)["id"] for line in cli.splitlines()], [r["id"] for r in rows])
        cli_csv = kiosque("search", "--db", self.db, "--export", "csv", "--lang", "fr", check=EXIT_OK).stdout
        self.assertEqual(len(list(csv.reader(io.StringIO(cli_csv, newline="")))) - 1, self.total("lang=fr"))

    def test_export_refuses_bad_requests_as_json(self):
        for path, reason in [("/api/export", "bad_choice"), ("/api/export?format=xml", "bad_choice"),
                             ("/api/export?format=csv&q=%22open", "unbalanced_quote")]:
            status, _, body = self.server.get(path)
            self.assertEqual(status, 400, path)
            self.assertEqual(body["error"]["reason"], reason, path)

    # ---- Atom feed, OpenSearch ----

    def test_atom_feed_lists_the_newest_results(self):
        status, headers, text = self.raw("/feed.atom?q=ukraine")
        self.assertEqual(status, 200, text)
        self.assertTrue(headers["Content-Type"].startswith("application/atom+xml"))
        feed = ET.fromstring(text.encode("utf-8"))
        self.assertEqual(feed.tag, ATOM + "feed")
        for child in ["id", "title", "updated", "author"]:  # RFC 4287 4.1.1
            self.assertIsNotNone(feed.find(ATOM + child), child)
        self.assertIsNotNone(feed.find(ATOM + "link[@rel='self']"))
        entries = feed.findall(ATOM + "entry")
        _, _, newest = self.server.get("/api/search", q="ukraine", sort="date", collapse="false", size="20")
        self.assertEqual([e.find(ATOM + "title").text for e in entries], [r["title"] for r in newest["results"]])
        ids = [e.find(ATOM + "id").text for e in entries]
        self.assertEqual(len(set(ids)), len(ids))
        for e in entries:
            for child in ["id", "title", "updated", "link", "summary"]:
                self.assertIsNotNone(e.find(ATOM + child), child)
            self.assertRegex(e.find(ATOM + "updated").text, r"^\d{4}-\d\d-\d\dT00:00:00Z$")

    def test_opensearch_description_points_at_the_page_and_feed(self):
        status, headers, text = self.raw("/opensearch.xml")
        self.assertEqual(status, 200, text)
        root = ET.fromstring(text.encode("utf-8"))
        self.assertEqual(root.tag, OPENSEARCH + "OpenSearchDescription")
        self.assertEqual(root.find(OPENSEARCH + "ShortName").text, "Kiosque")
        templates = {u.get("type"): u.get("template") for u in root.findall(OPENSEARCH + "Url")}
        self.assertEqual(templates["text/html"], self.server.base + "/?q={searchTerms}")
        self.assertEqual(templates["application/atom+xml"], self.server.base + "/feed.atom?q={searchTerms}")
        _, _, page = self.raw("/")
        self.assertIn('rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"', page)
        self.assertIn('rel="alternate" type="application/atom+xml"', page)

    # ---- facets, similar articles ----

    def test_facet_list_is_the_facet_table(self):
        status, _, body = self.server.get("/api/facets")
        self.assertEqual(status, 200, body)
        self.assertEqual([(f["name"], f["kind"]) for f in body["facets"]],
                         [("person", "entity"), ("place", "entity"), ("org", "entity"), ("lang", "code"),
                          ("year", "date"), ("month", "date"), ("source", "name"), ("mentioned", "mentioned")])
        _, _, search = self.server.get("/api/search")
        self.assertEqual(sorted(f["name"] for f in body["facets"]), sorted(search["facets"]))

    def test_similar_articles_are_the_same_story_without_its_copy(self):
        status, _, body = self.server.get("/api/similar/sardine-1.txt")
        self.assertEqual(status, 200, body)
        ids = [s["id"] for s in body["similar"]]
        self.assertEqual(sorted(ids[:2]), ["sardine-2.txt", "sardine-3.txt"], ids)
        self.assertNotIn("sardine-1-copie.txt", ids, "its near-duplicate is left out")
        self.assertNotIn("sardine-1.txt", ids)
        _, _, filtered = self.server.get("/api/similar/sardine-1.txt", to="2024-03-07")
        self.assertEqual([s["id"] for s in filtered["similar"]][:1], ["sardine-2.txt"])
        status, _, missing = self.server.get("/api/similar/nope.txt")
        self.assertEqual((status, missing["error"]["code"]), (404, "not_found"))


if __name__ == "__main__":
    main()
