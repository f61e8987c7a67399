// A small in-memory index for the query language tests (test_query_*.cc):
// articles with languages, dates (day, month-only, none) and entities, and
// the alias table in the index metadata, as `kiosque index` writes them.
#pragma once

#include <xapian.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "document_builder.h"
#include "names/entity_resolver.h"
#include "query/text_query.h"
#include "schema.h"

namespace kiosque::test {

struct QueryDoc {
  const char* id;
  const char* lang;
  const char* date;  // "" when undated
  const char* text;
  std::vector<std::pair<entities::EntityType, const char*>> entities;
};

using Ids = std::set<std::string>;

inline const std::vector<QueryDoc>& query_docs() {
  using entities::EntityType;
  static const std::vector<QueryDoc> kDocs = {
      {"talks", "fr", "2023-03-10", "Les négociations sur l'Ukraine reprennent à Kyiv, dit Vladimir Poutine.",
       {{EntityType::kPerson, "Vladimir Poutine"}, {EntityType::kPlace, "Ukraine"}}},
      {"unions", "fr", "2023-06-30", "Les syndicats veulent négocier avec la direction.", {}},
      {"plain", "fr", "2023-07-01", "La negociation a echoue, sans accents.", {}},
      {"israel", "fr", "2023-10-09", "Le conflit en Israël s'étend au nord.", {{EntityType::kPlace, "Israël"}}},
      {"war", "fr", "2023-01-01", "La guerre en Ukraine continue.",
       {{EntityType::kPerson, "Volodymyr Zelensky"}, {EntityType::kPlace, "Ukraine"}}},
      {"summit", "en", "2023-09-14", "Putin met Kim in Vladivostok.",
       {{EntityType::kPerson, "Vladimir Poutine"}, {EntityType::kPerson, "Kim Jong-un"}}},
      {"krieg", "de", "2022-12-31", "Der Krieg in der Ukraine.", {{EntityType::kPlace, "Ukraine"}}},
      {"undated", "fr", "", "La guerre, sans date.", {}},
      {"june", "fr", "2023-06", "Un sommet en juin, le mois seulement.", {}},
      {"onu", "fr", "2024-02-02", "L'ONU appelle à la paix.", {{EntityType::kOrganisation, "ONU"}}},
      {"queen", "fr", "2022-09-08", "Le pays apprend la mort de la reine.", {}},
      {"reverse", "fr", "2022-09-09", "La reine de la mort est un film.", {}},
      {"evening", "fr", "2023-05-05", "Rendez-vous à 20:30 devant la mairie.", {}},
      {"link", "fr", "2023-05-06", "La suite sur http://lemonde.fr demain.", {}},
  };
  return kDocs;
}

class QueryIndex {
 public:
  QueryIndex() : db_(Xapian::InMemory::open()) {
    DocumentBuilder builder;
    for (const QueryDoc& d : query_docs()) {
      Article a;
      a.id = d.id;
      a.language = d.lang;
      a.title_derived = true;
      if (*d.date) a.date = PublicationDate::parse(d.date);
      a.blocks.push_back({BlockKind::kParagraph, d.text});
      for (auto [type, name] : d.entities) a.entities.push_back({type, name, {}});
      db_.replace_document(schema::term(schema::kIdPrefix, a.id), builder.build(a, "/test"));
    }
    db_.set_metadata(schema::kAliasesKey, "person  Vladimir Poutine | Putin | Путин | Poutine\n");
    db_.commit();
    entities_.emplace(db_);
  }

  Ids ids(const std::string& query) {
    query::TextQuery text_query(query::indexed_languages(db_), *entities_);
    Xapian::Enquire enquire(db_);
    enquire.set_query(text_query.parse(query));
    Ids found;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      auto term = it.get_document().termlist_begin();
      term.skip_to(std::string(schema::kIdPrefix));
      found.insert((*term).substr(schema::kIdPrefix.size()));
    }
    return found;
  }

  Xapian::Database& db() { return db_; }

 private:
  Xapian::WritableDatabase db_;
  std::optional<names::EntityResolver> entities_;
};

}  // namespace kiosque::test
