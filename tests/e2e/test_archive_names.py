"""One person, one name across the archive, through the real binary: an
archive of invented articles where some name a person in full and others by
surname alone. The surname and the full name select the same articles, the
facet shows one value with that count, an ambiguous surname stays apart,
every view shows the facet's spelling, a sharded index and an index read in
another order agree, an unknown name gets suggestions and an ambiguous
surname the persons it may name (CLI and HTTP API)."""
import json
import os
import shutil
import tempfile
import unittest

from harness import EXIT_OK, kiosque, main
from http_harness import Server

# (id, date, text): invented people and sentences.
ARTICLES = [
    # Hélène Ravanel: 4 articles in full, 2 by surname alone ("Mme Ravanel"),
    # 1 with both (the extractor joins them within the article).
    ("ravanel-1", "2023-03-02", "La ministre Hélène Ravanel a présenté mardi un plan pour les bibliothèques "
                                "rurales. Hélène Ravanel veut ouvrir cent nouveaux points de lecture d'ici deux ans."),
    ("ravanel-2", "2023-03-09", "Hélène Ravanel s'est rendue à Guéret pour inaugurer une médiathèque installée "
                                "dans une ancienne gare."),
    ("ravanel-3", "2023-04-12", "Les maires des petites communes saluent le plan présenté par Hélène Ravanel, "
                                "mais redoutent le coût du personnel."),
    ("ravanel-4", "2023-05-20", "Hélène Ravanel a reçu les éditeurs indépendants pour parler du prix du papier."),
    ("ravanel-5", "2023-06-01", "Mme Ravanel a défendu son budget devant les sénateurs, qui réclamaient des "
                                "chiffres précis."),
    ("ravanel-6", "2023-06-15", "Interrogée sur les horaires d'ouverture, Mme Ravanel a promis une réponse avant "
                                "l'été."),
    ("ravanel-7", "2023-07-03", "Mme Ravanel n'a pas souhaité commenter la fermeture du bibliobus. Dans un "
                                "communiqué, Hélène Ravanel rappelle que le service reprendra en septembre."),
    # Le Coadou: Paul (3 articles) and Anne (2): "M. Le Coadou" stays apart.
    ("coadou-1", "2023-02-10", "Paul Le Coadou, maire de Plouzané, a inauguré un nouveau quai pour les bateaux "
                               "de pêche."),
    ("coadou-2", "2023-02-24", "Le conseil municipal a suivi Paul Le Coadou sur la rénovation de la halle aux "
                               "poissons."),
    ("coadou-3", "2023-03-30", "Paul Le Coadou espère attirer des chantiers navals dans la zone portuaire."),
    ("coadou-4", "2023-04-05", "La navigatrice Anne Le Coadou a bouclé son tour du monde en solitaire après cent "
                               "douze jours de mer."),
    ("coadou-5", "2023-04-18", "Anne Le Coadou prépare déjà une traversée de l'Atlantique à la voile."),
    ("coadou-6", "2023-05-02", "M. Le Coadou a refusé de répondre aux questions des journalistes sur le "
                               "chantier."),
    # Élodie Castagnet, once written without the accent.
    ("castagnet-1", "2023-01-11", "La cheffe d'orchestre Élodie Castagnet dirigera le concert du nouvel an à "
                                  "Rouen."),
    ("castagnet-2", "2023-01-25", "Élodie Castagnet a choisi un programme de musique baroque pour la saison "
                                  "prochaine."),
    ("castagnet-3", "2023-02-08", "Le public a longuement applaudi Elodie Castagnet lors de sa première au "
                                  "théâtre municipal."),
]
RAVANEL = {f"ravanel-{i}" for i in range(1, 8)}


def write_archive(path, articles):
    with open(path, "w", encoding="utf-8") as f:
        for id_, date, text in articles:
            f.write(json.dumps({"id": id_, "date": date, "text": text, "lang": "fr"}, ensure_ascii=False) + "\n")


def search(db, *args):
    """(results JSON, stderr) of kiosque search --json."""
    proc = kiosque("search", "--db", db, "--json", "--limit", "100", *args, check=EXIT_OK)
    return json.loads(proc.stdout), proc.stderr


def ids(result):
    return {r["id"] for r in result["results"]}


def persons(db):
    result, _ = search(db, "--from", "2000", "--facets", "--facet-limit", "1000", "--limit", "0")
    return {v["value"]: v["count"] for v in result["facets"]["person"]}


class ArchiveNames(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-names-")
        cls.archive = os.path.join(cls.tmp, "names.jsonl")
        write_archive(cls.archive, ARTICLES)
        cls.db = os.path.join(cls.tmp, "db")
        kiosque("index", "--db", cls.db, "--quiet", cls.archive, check=EXIT_OK)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_the_extractor_gives_both_forms(self):
        # What the rest relies on: some articles name her by surname alone.
        shown = kiosque("show", "--db", self.db, "--json", "ravanel-5", check=EXIT_OK).stdout
        doc = json.loads(shown)
        mention = [doc["text"][a:b] for e in doc["entities"] for a, b in e["mentions"] if e["type"] == "person"]
        self.assertEqual(mention, ["Ravanel"])

    def test_surname_and_full_name_select_the_same_articles(self):
        for filters in (["--person", "Ravanel"], ["--person", "Hélène Ravanel"], ["--person", "helene ravanel"],
                        ["person:Ravanel"], ['person:"Hélène Ravanel"']):
            with self.subTest(filters=filters):
                result, stderr = search(self.db, *filters, "--facets")
                self.assertEqual(ids(result), RAVANEL)
                self.assertEqual(result["total"], 7)
                self.assertEqual(result["facets"]["person"][0], {"value": "Hélène Ravanel", "count": 7})
                self.assertEqual(result["filter_suggestions"], [])
                self.assertEqual(stderr, "")

    def test_the_facet_shows_one_value_and_keeps_an_ambiguous_surname_apart(self):
        counted = persons(self.db)
        self.assertEqual(counted["Hélène Ravanel"], 7)
        self.assertNotIn("Ravanel", counted)
        self.assertEqual((counted["Paul Le Coadou"], counted["Anne Le Coadou"], counted["Le Coadou"]), (3, 2, 1))
        self.assertEqual(counted["Élodie Castagnet"], 3)
        self.assertNotIn("Elodie Castagnet", counted)
        result, stderr = search(self.db, "--person", "Le Coadou")
        self.assertEqual(ids(result), {"coadou-6"})
        # The reader is told whom the surname may name.
        self.assertEqual(result["filter_suggestions"],
                         [{"facet": "person", "value": "Le Coadou", "suggestions": ["Paul Le Coadou", "Anne Le Coadou"],
                           "ambiguous": True}])
        self.assertEqual(stderr, 'person "Le Coadou" names several persons: Paul Le Coadou, Anne Le Coadou\n')
        self.assertEqual(ids(search(self.db, "--person", "Paul Le Coadou")[0]), {"coadou-1", "coadou-2", "coadou-3"})

    def test_results_and_articles_show_the_facet_name(self):
        result, _ = search(self.db, "--person", "Ravanel")
        for r in result["results"]:
            self.assertEqual([e["name"] for e in r["entities"] if e["type"] == "person"], ["Hélène Ravanel"], r["id"])
        text = kiosque("search", "--db", self.db, "--person", "Castagnet", check=EXIT_OK).stdout
        # castagnet-3 writes "Elodie" (its title shows it so); its persons line does not.
        self.assertEqual([line.strip() for line in text.splitlines() if "persons:" in line],
                         ["persons: Élodie Castagnet"] * 3)
        for id_, name in (("ravanel-5", "Hélène Ravanel"), ("castagnet-3", "Élodie Castagnet")):
            shown = kiosque("show", "--db", self.db, id_, check=EXIT_OK).stdout
            self.assertIn(f"person: {name} (1)", shown)

    def test_an_unknown_name_gets_suggestions(self):
        result, stderr = search(self.db, "--person", "Ravanelle")
        self.assertEqual(result["total"], 0)
        self.assertEqual(result["filter_suggestions"],
                         [{"facet": "person", "value": "Ravanelle", "suggestions": ["Hélène Ravanel"],
                           "ambiguous": False}])
        self.assertEqual(stderr, 'no person "Ravanelle" in the index; did you mean: Hélène Ravanel?\n')
        _, stderr = search(self.db, "person:Coadu")
        self.assertEqual(stderr, 'no person "Coadu" in the index; did you mean: '
                                 'Paul Le Coadou, Anne Le Coadou, Le Coadou?\n')
        # "l'Atlantique" of coadou-5 is a known place (models/names/places-fr*.txt).
        _, stderr = search(self.db, "--place", "Atlantide")
        self.assertEqual(stderr, 'no place "Atlantide" in the index; did you mean: Atlantique?\n')
        _, stderr = search(self.db, "--place", "Eldorado")
        self.assertEqual(stderr, 'no place "Eldorado" in the index\n')

    def test_the_http_api_agrees(self):
        server = Server(self.db)
        try:
            for person in ("Ravanel", "Hélène Ravanel"):
                status, _, body = server.get("/api/search", person=person, size=100)
                self.assertEqual(status, 200)
                self.assertEqual({r["id"] for r in body["results"]}, RAVANEL)
                self.assertEqual(body["facets"]["person"][0],
                                 {"value": "Hélène Ravanel", "count": 7, "selected": True})
                self.assertEqual(body["filter_suggestions"], [])
            status, _, body = server.get("/api/search", person="Le Coadou")
            self.assertEqual(body["filter_suggestions"][0]["suggestions"], ["Paul Le Coadou", "Anne Le Coadou"])
            self.assertTrue(body["filter_suggestions"][0]["ambiguous"])
            status, _, body = server.get("/api/doc/ravanel-6")
            self.assertEqual([e["name"] for e in body["entities"] if e["type"] == "person"], ["Hélène Ravanel"])
            status, _, body = server.get("/api/search", person="Ravanelle", q="budget")
            self.assertEqual(status, 200)
            self.assertEqual(body["filter_suggestions"],
                             [{"facet": "person", "value": "Ravanelle", "suggestions": ["Hélène Ravanel"],
                           "ambiguous": False}])
            status, _, body = server.get("/api/search", q="person:Ravanelle")
            self.assertEqual(body["filter_suggestions"][0]["suggestions"], ["Hélène Ravanel"])
            status, _, body = server.get("/api/facet/person", prefix="rava")
            self.assertEqual(body["values"], [{"value": "Hélène Ravanel", "count": 7, "selected": False}])
        finally:
            server.stop()

    def test_shards_and_another_reading_order_agree(self):
        sharded = os.path.join(self.tmp, "sharded")
        kiosque("index", "--db", sharded, "--shards", "3", "--quiet", self.archive, check=EXIT_OK)
        backwards = os.path.join(self.tmp, "backwards.jsonl")
        write_archive(backwards, list(reversed(ARTICLES)))
        reversed_db = os.path.join(self.tmp, "reversed")
        kiosque("index", "--db", reversed_db, "--quiet", backwards, check=EXIT_OK)
        expected = persons(self.db)
        for db in (sharded, reversed_db):
            with self.subTest(db=os.path.basename(db)):
                self.assertEqual(persons(db), expected)
                self.assertEqual(ids(search(db, "--person", "Ravanel")[0]), RAVANEL)
        # Indexing the same archive again changes nothing.
        kiosque("index", "--db", self.db, "--quiet", self.archive, check=EXIT_OK)
        self.assertEqual(persons(self.db), expected)


if __name__ == "__main__":
    main()
