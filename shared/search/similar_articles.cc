#include "search/similar_articles.h"

#include "schema.h"
#include "search/near_duplicates.h"

namespace kiosque::search {

namespace {

// Plain words (no prefix: they start with a lower-case letter or digit) and
// entity terms; stems, exact forms and the other boolean terms would only
// repeat them or say nothing about the story.
class StoryTerms : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    if (term.empty()) return false;
    unsigned char first = static_cast<unsigned char>(term[0]);
    if (!(first >= 'A' && first <= 'Z')) return term.size() > 2;
    for (std::string_view prefix : {schema::kPersonPrefix, schema::kPlacePrefix, schema::kOrganisationPrefix})
      if (term.size() > prefix.size() && term.compare(0, prefix.size(), prefix) == 0) return true;
    return false;
  }
};

// Candidates read per wanted article: room for the near-duplicates dropped.
constexpr std::size_t kCandidateFactor = 3;

}  // namespace

std::optional<std::vector<SearchHit>> similar_articles(Searcher& searcher, const std::string& id,
                                                       const SearchRequest& filters, std::size_t limit) {
  const Xapian::Database& db = searcher.database();
  std::string id_term = schema::term(schema::kIdPrefix, id);
  Xapian::PostingIterator found = db.postlist_begin(id_term);
  if (found == db.postlist_end(id_term)) return std::nullopt;
  const Xapian::docid docid = *found;

  Xapian::Enquire enquire(db);
  Xapian::RSet relevant;
  relevant.add_document(docid);
  StoryTerms decider;
  Xapian::ESet terms = enquire.get_eset(kSimilarTerms, relevant, &decider);
  std::vector<SearchHit> out;
  if (terms.empty()) return out;

  Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(id_term));
  Xapian::Query filter = searcher.filter_query(filters);
  if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  enquire.set_query(query);
  Xapian::MSet candidates = enquire.get_mset(0, static_cast<Xapian::doccount>(limit * kCandidateFactor));

  std::optional<Article> article = searcher.document(id);
  duplicates::Fingerprint self = article ? duplicates::fingerprint(article->body_text()) : duplicates::Fingerprint{};
  std::vector<duplicates::Fingerprint> kept;
  for (auto it = candidates.begin(); it != candidates.end() && out.size() < limit; ++it) {
    SearchHit hit = searcher.hit(it);
    duplicates::Fingerprint print = duplicates::fingerprint(hit.text);
    // Another version of this article, or of one already listed.
    bool copy = resemblance(print, self) >= kDuplicateResemblance;
    for (const duplicates::Fingerprint& k : kept) copy = copy || resemblance(print, k) >= kDuplicateResemblance;
    if (copy) continue;
    kept.push_back(print);
    hit.text.clear();
    out.push_back(std::move(hit));
  }
  return out;
}

}  // namespace kiosque::search
