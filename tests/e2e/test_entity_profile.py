"""Entity pages (GET /api/entity/TYPE/NAME, `kiosque entity`) through the real
binary and server on sample_corpus/: every figure equals a brute-force count
by `kiosque search` filters (the article count, the timeline's sum, each
association's shared count, the first and last dates), within a search as
over the whole archive, and the same over 3 shards, local or remote
(xapian-tcpsrv)."""
import json
import os
import shutil
import tempfile
import unittest
import urllib.parse

from harness import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, SAMPLE_CORPUS, kiosque, main
from http_harness import Server
from test_shards import TcpServers

DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")
FLAG = {"person": "--person", "place": "--place", "org": "--org"}
ASSOCIATIONS_CHECKED = 4  # per type and entity


def search_total(db, *args):
    """The number of articles `kiosque search` finds with these options."""
    out = kiosque("search", "--db", db, "--json", "--limit", "0", *args, check=EXIT_OK)
    return json.loads(out.stdout)["total"]


def cli_profile(db, kind, name, *options):
    return json.loads(kiosque("entity", "--db", db, "--json", *options, kind, name, check=EXIT_OK).stdout)


class EntityProfile(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-entity-")
        cls.db = os.path.join(cls.tmp, "db")
        cls.sharded = os.path.join(cls.tmp, "sharded")
        cls.remote = os.path.join(cls.tmp, "remote")
        cls.server = cls.shard_servers = None
        try:
            kiosque("index", "--db", cls.db, "--quiet", SAMPLE_CORPUS, DISPATCHES, check=EXIT_OK)
            kiosque("index", "--db", cls.sharded, "--shards", "3", "--quiet", SAMPLE_CORPUS, DISPATCHES, check=EXIT_OK)
            cls.shard_servers = TcpServers([os.path.join(cls.sharded, f"shard-{i}") for i in range(3)])
            os.makedirs(cls.remote)
            with open(os.path.join(cls.remote, "XAPIANDB"), "w") as f:
                f.writelines(f"remote 127.0.0.1:{port}\n" for port in cls.shard_servers.ports)
            cls.server = Server(cls.db)
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.server:
            cls.server.stop()
        if cls.shard_servers:
            cls.shard_servers.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def api(self, kind, name, expect=200, **params):
        status, _, body = self.server.get(f"/api/entity/{kind}/{urllib.parse.quote(name)}", **params)
        self.assertEqual(status, expect, body)
        return body

    def top_entities(self):
        """The most frequent persons, places and organisations of the archive."""
        status, _, body = self.server.get("/api/search")
        self.assertEqual(status, 200)
        out = []
        for kind, n in (("person", 3), ("place", 2), ("org", 2)):
            values = body["facets"][kind][:n]
            self.assertEqual(len(values), n, f"sample_corpus has {n} {kind}s")
            out += [(kind, v["value"]) for v in values]
        return out

    def check_against_search(self, db, profile, scope_args=()):
        kind, name = profile["type"], profile["name"]
        own = [FLAG[kind], name, *scope_args]
        label = f"{kind} {name} {list(scope_args)}"
        self.assertEqual(profile["articles"], search_total(db, *own), label)
        timeline = profile["timeline"]
        self.assertEqual(sum(p["count"] for p in timeline["periods"]) + timeline["undated"], profile["articles"], label)
        self.assertEqual(profile["main_articles"]["total"] + profile["other_articles"]["total"], profile["articles"], label)
        dated = profile["articles"] - timeline["undated"]
        if dated:
            self.assertEqual(search_total(db, *own, "--from", profile["first"], "--to", profile["last"]), dated, label)
        for period in timeline["periods"][:3]:
            self.assertEqual(search_total(db, *own, "--from", period["period"], "--to", period["period"]),
                             period["count"], f"{label}: {period['period']}")
        for other_kind, associations in profile["associations"].items():
            for a in associations[:ASSOCIATIONS_CHECKED]:
                self.assertEqual(search_total(db, *own, FLAG[other_kind], a["name"]), a["shared"],
                                 f"{label}: shared with {other_kind} {a['name']}")

    def test_figures_equal_brute_force_search_counts(self):
        for kind, name in self.top_entities():
            profile = self.api(kind, name)
            self.assertEqual(profile["name"], name)
            self.assertGreater(profile["articles"], 0)
            self.check_against_search(self.db, profile)

    def test_within_a_search_and_a_period(self):
        kind, name = self.top_entities()[0]
        profile = self.api(kind, name, q="guerre", **{"from": "2023"})
        self.assertLess(profile["articles"], self.api(kind, name)["articles"])
        self.assertEqual(profile["scope_articles"], search_total(self.db, "--from", "2023", "guerre"))
        self.check_against_search(self.db, profile, ["--from", "2023", "guerre"])

    def test_same_figures_over_shards(self):
        for kind, name in self.top_entities()[:4]:
            single = cli_profile(self.db, kind, name)
            for db in (self.sharded, self.remote):
                sharded = cli_profile(db, kind, name)
                for field in ("articles", "first", "last", "timeline", "associations", "names", "network"):
                    self.assertEqual(single[field], sharded[field], f"{db}: {kind} {name}: {field}")
                for articles in ("main_articles", "other_articles"):
                    self.assertEqual(single[articles]["total"], sharded[articles]["total"], f"{db}: {articles}")
                    self.assertEqual(sorted(a["id"] for a in single[articles]["results"]),
                                     sorted(a["id"] for a in sharded[articles]["results"]), f"{db}: {articles}")

    def test_cli_json_is_the_api_answer(self):
        kind, name = self.top_entities()[0]
        api = self.api(kind, name)
        cli = cli_profile(self.db, kind, name)
        for field in ("name", "articles", "timeline", "associations", "main_articles", "names", "network"):
            self.assertEqual(api[field], cli[field], field)

    def test_aliases_and_surnames_reach_the_same_entity(self):
        full = self.api("person", "Emmanuel Macron")
        self.assertEqual(self.api("person", "Macron")["articles"], full["articles"])
        putin = self.api("person", "Putin")
        self.assertEqual(putin["name"], "Vladimir Poutine")
        self.assertIn("Putin", putin["names"]["aliases"])
        self.assertTrue(putin["names"]["forms"], "the ways the text names him")

    def test_associations_are_ranked_by_score(self):
        profile = self.api("person", "Vladimir Poutine", associations=20)
        self.assertEqual(profile["score"], "g2")
        for associations in profile["associations"].values():
            scores = [a["score"] for a in associations]
            self.assertEqual(scores, sorted(scores, reverse=True))
        nodes = profile["network"]["nodes"]
        self.assertTrue(nodes)
        for link in profile["network"]["links"]:
            if link["from"] == 0:
                self.assertEqual(link["shared"], nodes[link["to"] - 1]["shared"])

    def test_main_articles_name_it_in_the_title_or_lead(self):
        profile = self.api("person", "Vladimir Poutine", limit=100)
        for a in profile["main_articles"]["results"]:
            self.assertTrue(a["in_title"] or (a["in_lead"] and a["mentions"] >= 3), a)
        for a in profile["other_articles"]["results"]:
            self.assertFalse(a["in_title"], a)
        dates = [a["date"] or "" for a in profile["other_articles"]["results"]]
        self.assertEqual(dates, sorted(dates, reverse=True), "the others come newest first")

    def test_errors(self):
        body = self.api("planet", "Mars", expect=404)
        self.assertEqual(body["error"]["code"], "unknown_facet")
        body = self.api("person", "Personne Inconnue Du Corpus", expect=404)
        self.assertEqual(body["error"]["code"], "not_found")
        body = self.api("person", "Vladimir Poutine", expect=400, limit="many")
        self.assertEqual(body["error"]["code"], "bad_parameter")
        body = self.api("person", "Vladimir Poutine", expect=400, size="10")
        self.assertEqual(body["error"]["code"], "unknown_parameter")
        status, headers, page = self.server.raw("/entity/person/Vladimir%20Poutine")
        self.assertEqual(status, 200)
        self.assertIn(b"/assets/entity.js", page)
        self.assertIn("text/html", headers.get("Content-Type", ""))

    def test_cli_text_and_exit_codes(self):
        out = kiosque("entity", "--db", self.db, "person", "Vladimir", "Poutine", check=EXIT_OK).stdout
        self.assertIn("person Vladimir Poutine:", out)
        self.assertIn("associated place", out)
        kiosque("entity", "--db", self.db, "person", "Personne Inconnue", check=EXIT_PARTIAL)
        kiosque("entity", "--db", self.db, "planet", "Mars", check=EXIT_USAGE)
        kiosque("entity", "--db", self.db, "person", check=EXIT_USAGE)


if __name__ == "__main__":
    main()
