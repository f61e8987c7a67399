"""Re-indexing replaces changed articles, skips unchanged ones, and --prune removes deleted ones."""
import os
import unittest

from harness import EXIT_OK, TempDirTest, index_summary, kiosque, main, search_ids


class Reindex(TempDirTest):
    def setUp(self):
        super().setUp()
        for i in range(5):
            self.write(f"archive/a{i}.txt", f"date 2022-0{i + 1} Article numéro {i} sur la saison.")
        self.write("feed.jsonl", '{"id": "j1", "text": "Une dépêche sur la saison."}\n'
                                 '{"id": "j2", "text": "Une autre dépêche sur la saison."}\n')
        self.db = self.path("db")

    def index(self, *extra):
        return index_summary(kiosque("index", "--db", self.db, *extra, self.path("archive"), self.path("feed.jsonl"),
                                     check=EXIT_OK).stdout)

    def test_changed_unchanged_and_pruned(self):
        self.assertEqual(self.index()["new"], 7)
        self.write("archive/a0.txt", "date 2022-01 Article numéro 0, réécrit: il parle de vendanges.")
        counts = self.index()
        self.assertEqual((counts["new"], counts["updated"], counts["unchanged"]), (0, 1, 6))
        self.assertEqual(search_ids(self.db, "vendanges"), ["a0.txt"])
        self.assertEqual(len(search_ids(self.db, "saison")), 6)

        os.remove(self.path("archive", "a4.txt"))
        self.write("feed.jsonl", '{"id": "j1", "text": "Une dépêche sur la saison."}\n')
        counts = self.index()  # without --prune nothing is removed
        self.assertEqual(counts["removed"], 0)
        self.assertEqual(len(search_ids(self.db, "saison")), 6)
        counts = self.index("--prune")
        self.assertEqual(counts["removed"], 2)
        self.assertEqual(sorted(search_ids(self.db, "saison")), ["a1.txt", "a2.txt", "a3.txt", "j1"])

    def test_prune_never_touches_other_archives(self):
        self.write("other/b.txt", "date 2022-01 Un article d'une autre archive sur la saison.")
        kiosque("index", "--db", self.db, self.path("other"), check=EXIT_OK)
        counts = self.index("--prune")
        self.assertEqual(counts["removed"], 0)
        self.assertIn("b.txt", search_ids(self.db, "saison"))

    def test_same_command_twice_gives_the_same_count(self):
        first = kiosque("index", "--db", self.db, self.path("archive"), check=EXIT_OK).stdout
        second = kiosque("index", "--db", self.db, self.path("archive"), check=EXIT_OK).stdout
        self.assertIn("the index holds 5 documents", first)
        self.assertIn("the index holds 5 documents", second)


if __name__ == "__main__":
    main()
