#include "extraction/entity_extractor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_set>

#include "analysis/language_profile.h"
#include "analysis/normalize.h"
#include "analysis/stopwords.h"
#include "entities/gazetteer.h"
#include "extraction/candidate_names.h"
#include "extraction/candidate_types.h"
#include "extraction/known_name_edits.h"
#include "extraction/mention_edits.h"
#include "entities/bio_tags.h"
#include "entities/ner_tokenizer.h"
#include "entities/token_forms.h"
#include "extraction/mention_checks.h"
#include "extraction/organisation_names.h"
#include "extraction/person_names.h"
#include "extraction/place_names.h"
#include "names/country_aliases.h"
#include "names/name_key.h"

namespace kiosque::extraction {

namespace {

using entities::EntityType;

bool has_upper_case_letter(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_isupper(c)) return true;
  }
  return false;
}

// The byte ranges of the article's section headings in body_text().
std::vector<std::pair<std::size_t, std::size_t>> heading_ranges(const Article& article) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t offset = 0;
  for (const TextBlock& block : article.blocks) {
    if (block.kind == BlockKind::kHeading) ranges.emplace_back(offset, offset + block.text.size());
    offset += block.text.size() + Article::kBlockSeparator.size();
  }
  return ranges;
}

// Among spellings of one name, prefer the one with accents ("Sergueï" over
// "Serguei"), then the longest.
bool better_spelling(const std::string& a, const std::string& b) {
  auto accents = [](const std::string& s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  };
  if (accents(a) != accents(b)) return accents(a) > accents(b);
  return a.size() > b.size();
}

// Between the title and the body in the tagged text: a sentence end, so
// that no name runs from one into the other.
constexpr std::string_view kTitleSeparator = " .\n\n";

// Whether most words of a title of four words or more are capitalised.
bool title_case(const std::string& title) {
  std::size_t words = 0, capitalised = 0;
  for (std::size_t pos = 0; pos < title.size();) {
    std::size_t end = title.find(' ', pos);
    if (end == std::string::npos) end = title.size();
    if (end > pos) {
      ++words;
      unsigned char c = static_cast<unsigned char>(title[pos]);
      capitalised += (c >= 'A' && c <= 'Z') || c >= 0xC3;
    }
    pos = end + 1;
  }
  return words >= 4 && capitalised * 3 > words * 2;
}

}  // namespace

EntityExtractor::EntityExtractor(entities::Tagger tagger, std::shared_ptr<const names::AliasTable> aliases, WordLists words)
    : tagger_(std::move(tagger)),
      aliases_(std::move(aliases)),
      matcher_(std::make_shared<AliasMatcher>(*aliases_)),
      words_(std::make_shared<const WordLists>(std::move(words))),
      article_less_names_(std::make_shared<const ArticleLessNames>(article_less_names(words_->wordlike))) {}

EntityExtractor EntityExtractor::load(const std::string& model_path, const std::vector<std::string>& alias_files) {
  auto aliases = std::make_shared<names::AliasTable>();
  add_country_aliases(*aliases);
  for (const std::string& file : alias_files) aliases->load(file);
  WordLists words = load_word_lists(std::filesystem::path(model_path).parent_path() / "names", alias_files);
  return EntityExtractor(entities::Tagger::load(model_path), std::move(aliases), std::move(words));
}

// One article as the stages read it: the title and the body as one text
// (the title's mentions count, body_text() offsets are what the article
// keeps), its tokens, and what the rules ask about it.
struct EntityExtractor::Reading {
  Reading(const Article& article, const entities::Gazetteer& gazetteer, const WordLists& words)
      : body(article.body_text()),
        // A title in Title Case ("Oil Prices Rise Again") says nothing of names.
        with_title(!article.title_derived && !article.title.empty() && !title_case(article.title)),
        text(with_title ? article.title + std::string(kTitleSeparator) + body : body),
        body_start(with_title ? article.title.size() + kTitleSeparator.size() : 0),
        title_end(with_title ? article.title.size() : 0),
        language(article.language),
        french(analysis::language_profile(article.language).entity_model_language),
        tokens(entities::tokenize_for_ner(text)),
        forms(entities::token_forms(text, tokens, gazetteer)),
        gazetteer(gazetteer),
        checks(gazetteer),
        headings(heading_ranges(article)) {
    for (auto& range : headings) range.first += body_start, range.second += body_start;
    auto list = words.common_words.find(language);
    common_words = list == words.common_words.end() ? nullptr : &list->second;
  }

  bool in_heading(std::size_t pos) const {
    return std::any_of(headings.begin(), headings.end(), [&](auto r) { return pos >= r.first && pos < r.second; });
  }
  // Whether a capitalised word is an ordinary word of the article's language.
  bool is_common_word(std::string_view word) const {
    const std::string folded = entities::fold_for_gazetteer(word);
    return (french && checks.is_common_word(word)) || analysis::is_stopword(language, folded) ||
           (common_words && common_words->count(folded));
  }

  const std::string body;
  const bool with_title;
  const std::string text;
  const std::size_t body_start, title_end;
  const std::string language;
  const bool french;
  const std::vector<entities::NerToken> tokens;
  const entities::TokenForms forms;  // of `tokens`, for the tagger and the shape rules
  const entities::Gazetteer& gazetteer;
  const MentionChecks checks;
  std::vector<std::pair<std::size_t, std::size_t>> headings;
  const std::unordered_set<std::string>* common_words = nullptr;
};

void EntityExtractor::extract(Article& article) const {
  const Reading r(article, tagger_.model().gazetteer, *words_);
  std::vector<Candidate> found = tagged_names(r);
  add_names_by_shape(r, found);
  drop_non_names(r, found);
  add_known_names(r, found);
  std::vector<std::string> name_of = person_and_organisation_names(r.text, r.french, r.checks, found);
  // Outside French, a tagger mention needs evidence besides its capital.
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Candidate& f = found[i];
    if (!f.canonical.empty()) continue;
    bool multi_word = name_of[i].find(' ') != std::string::npos;
    if (!r.checks.plausible(f.type, f.surface, r.language, multi_word)) name_of[i].clear();
  }
  vote_types(found, name_of, *aliases_, r.checks);
  article.entities = grouped_entities(r, found, name_of);
}

// 1. The tagger's names, tagged over the whole text at once (it uses evidence
//    from the whole text: a surname seen in full elsewhere, a word seen in
//    lower case), their spans cleaned, and their types checked against the
//    lists and their neighbours.
std::vector<Candidate> EntityExtractor::tagged_names(const Reading& r) const {
  const std::string& text = r.text;
  const MentionChecks& checks = r.checks;
  const bool french = r.french;
  std::vector<Candidate> found;
  for (const entities::Mention& m : entities::mentions_from_tags(text, r.tokens, tagger_.tag_tokens(text, r.tokens, r.forms))) {
    if (r.in_heading(m.start)) continue;
    std::size_t start = m.start, end = m.end;
    trim_edges(text, start, end);
    auto span = [&] { return std::string_view(text).substr(start, end - start); };
    if (m.type == EntityType::kPerson) {
      start += skip_person_titles(span());
      start += checks.name_start(span());
      start += listed_titles(span(), *words_);
      if (french) start += checks.leading_common_words(span());
      start = start_after_possessive(text, start, end);
      end = end_before_lower_case_word(text, start, end);
      end = end_without_doubled_word(text, start, end);
      // Titles only ("Foreign Secretary"): no name to join to the next one.
      if (is_listed_title(span(), *words_)) continue;
      // A date ("Anfang April") or a town's adjective ("Wiener Linien",
      // "Grazer Straße") is no person.
      if (ends_with_not_entity(span(), *words_) || starts_with_town_adjective(span(), r.language, checks, *aliases_))
        continue;
    }
    trim_edges(text, start, end);
    std::string surface = text.substr(start, end - start);
    if (surface.empty() || !has_upper_case_letter(surface)) continue;
    found.push_back({m.type, start, end, std::move(surface), ""});
  }
  split_place_before_person(text, checks, found);
  retype_places_after_articles(text, *aliases_, checks, found);
  for (Candidate& f : found) {
    // An acronym is an organisation's name, unless it is a known place
    // (USA); so is a name ending like a company's ("Ariel Motor Company").
    if (f.type != EntityType::kOrganisation &&
        (checks.is_acronym_not_place(f.surface) || ends_like_organisation(f.surface)))
      f.type = EntityType::kOrganisation;
    if (f.type != EntityType::kPerson) continue;
    // A first name the tagger left in front of the surname ("Eli" "Cohen"),
    // or a particle after a title ("le général de Gaulle").
    const std::size_t tagged_start = f.start;
    f.start = checks.first_name_before(text, f.start, french);
    // A word no list knows may be a title of another language ("Innenministerin").
    if (f.start != tagged_start && listed_titles(std::string_view(text).substr(f.start, f.end - f.start), *words_))
      f.start = tagged_start;
    if (f.surface.find(' ') == std::string::npos) f.start = start_with_particle(text, f.start);
    f.surface = text.substr(f.start, f.end - f.start);
    // A name after an article ("le préfet de l'Hérault"): persons take none.
    // (A word the lists know as a place may still be a surname, "Valls": the
    // type vote below weighs the lists where the tagger hesitates.)
    if (french && after_article(text, f.start)) f.type = EntityType::kPlace;
  }
  // A person's name given to a thing ("la tour Eiffel") or a title's word
  // ("The Young and the Restless") is no person.
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Candidate& f) {
                               return f.type == EntityType::kPerson &&
                                      ((french && names_a_thing(text, f.start)) ||
                                       after_english_article(text, f.start, r.language));
                             }),
              found.end());
  merge_split_person_names(text, found);
  if (!capitalises_nouns(r.language)) add_foreign_particle_names(text, checks, found);
  retype_parts_of_person_names(checks, found);
  retype_bracketed_regions(text, found);
  return found;
}

// 2. Organisation and place names by their shape, where the tagger found
//    nothing as long.
void EntityExtractor::add_names_by_shape(const Reading& r, std::vector<Candidate>& found) const {
  const std::string& text = r.text;
  const auto& tokens = r.tokens;
  const auto& gazetteer = r.gazetteer;
  auto meets = [](const Candidate& f, const Span& span) { return f.start < span.end && span.start < f.end; };
  // `span` as a name of `type`, in place of the candidates it meets.
  auto put = [&](EntityType type, const Span& span) {
    found.erase(std::remove_if(found.begin(), found.end(), [&](const Candidate& f) { return meets(f, span); }),
                found.end());
    found.push_back({type, span.start, span.end, text.substr(span.start, span.end - span.start), ""});
  };
  auto add_by_shape = [&](EntityType type, const std::vector<Span>& spans) {
    for (const Span& span : spans) {
      if (r.in_heading(span.start)) continue;
      // A longer mention wins. At equal length the tagger's type stands,
      // except a person: a name after "le groupe" is the group's.
      bool overlaps = std::any_of(found.begin(), found.end(), [&](const Candidate& f) {
        std::size_t length = f.end - f.start, span_length = span.end - span.start;
        return meets(f, span) && (length > span_length || (length == span_length && f.type != EntityType::kPerson));
      });
      if (!overlaps) put(type, span);
    }
  };
  add_by_shape(EntityType::kOrganisation, find_organisation_names(text, tokens, r.forms, gazetteer, r.french));
  if (r.french) {
    add_by_shape(EntityType::kPlace, find_place_names(text, tokens, r.forms, gazetteer));
    // The place a title opens with ("Drôme : ..."), whatever the tagger saw.
    if (r.with_title)
      if (auto lead = title_lead_place(text, tokens, r.forms, r.title_end, gazetteer)) put(EntityType::kPlace, *lead);
    // Places of the lists the tagger left untagged.
    for (const Span& span : find_listed_places(text, tokens, r.forms))
      if (!r.in_heading(span.start) && std::none_of(found.begin(), found.end(), [&](const Candidate& f) {
            return meets(f, span);
          }))
        found.push_back({EntityType::kPlace, span.start, span.end, text.substr(span.start, span.end - span.start), ""});
  }
  // In any language, places of the lists in several words ("Rio de
  // Janeiro", "New York"), over the pieces the tagger cut.
  for (const Span& span : find_listed_multiword_places(text, tokens, r.forms, gazetteer)) {
    bool longer = std::any_of(found.begin(), found.end(), [&](const Candidate& f) {
      return meets(f, span) && (f.start < span.start || f.end > span.end);
    });
    if (!longer && !r.in_heading(span.start)) put(EntityType::kPlace, span);
  }
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
}

// 3. Not names, whoever found them: a function word ("Auch" opening a German
//    sentence), outside French a common word opening a sentence ("Most") or,
//    where every noun is capitalised, anywhere ("des Landes").
//    Not names of organisations or places: codes and models (K20Z3), in
//    French one dictionary word that no list knows as a place ("Santé",
//    "Libanais"), abbreviations of things (TGV, PIB, Ndlr), kinds of bodies
//    ("l'État", "la Commission" alone), a word or a name in capitals in
//    French text ("SONT", "MARTIN").
void EntityExtractor::drop_non_names(const Reading& r, std::vector<Candidate>& found) const {
  const std::string& text = r.text;
  const auto& tokens = r.tokens;
  const auto& gazetteer = r.gazetteer;
  const MentionChecks& checks = r.checks;
  const bool french = r.french;
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Candidate& f) {
                               const bool one_word = f.surface.find(' ') == std::string::npos;
                               if (one_word && analysis::is_stopword(r.language,
                                                                     entities::fold_for_gazetteer(f.surface)))
                                 return true;
                               // Outside French, a common word opening a sentence ("Most"),
                               // or anywhere where every noun has a capital ("des Landes").
                               if (!french && one_word && r.is_common_word(f.surface) &&
                                   (capitalises_nouns(r.language) ||
                                    opens_sentence(text, tokens, entities::first_token_from(tokens, f.start))))
                                 return true;
                               if (f.type == EntityType::kPerson) return false;
                               if (one_word && is_code(f.surface)) return true;
                               if (f.canonical.empty() && is_portfolio(text, f.start)) return true;
                               if (french && one_word && !checks.is_acronym_not_place(f.surface) &&
                                   checks.is_common_word(f.surface))
                                 return true;
                               if (is_non_organisation_acronym(f.surface)) return true;  // "Ndlr" too
                               return f.type == EntityType::kOrganisation &&
                                      (is_generic_body(f.surface) ||
                                       (french && is_word_in_capitals(f.surface, gazetteer)));
                             }),
              found.end());

}

// 4. Names the alias table knows, in any language; a tagger mention whose
//    name the table knows under one other type takes that type ("Russia" is
//    a place, "Kremlin" an organisation). A regional edition is its
//    network's ("France Bleu Mayenne"); the word after a company's name is a
//    product's, not an entity; a name coordinated with a known
//    organisation is one.
void EntityExtractor::add_known_names(const Reading& r, std::vector<Candidate>& found) const {
  const std::string& text = r.text;
  const auto& tokens = r.tokens;
  const auto& gazetteer = r.gazetteer;
  auto is_common_word = [&](std::string_view word) { return r.is_common_word(word); };
  std::vector<AliasMatch> matches = matcher_->find(text, tokens, r.language);
  drop_wordlike_matches(text, tokens, r.language, words_->wordlike, matches);
  if (r.french) add_names_after_articles(text, tokens, r.forms, *article_less_names_, matches);
  drop_sentence_start_words(text, tokens, is_common_word, matches);
  if (capitalises_nouns(r.language)) drop_common_words(text, tokens, is_common_word, matches);
  // (Word-like names, "l'Assemblée", had their own test above.)
  drop_foreign_names_of_words(
      text, tokens,
      [&](std::string_view word) { return !words_->wordlike.count(names::name_key(word)) && r.is_common_word(word); },
      matches);
  extend_regional_editions(text, tokens, gazetteer, matches);
  const std::unordered_set<std::string> products = product_words(text, tokens, r.forms, matches, words_->brands);
  if (!products.empty()) cut_product_words(text, products, found);
  add_alias_matches(
      text, matches,
      [&](const Candidate& f) {
        return r.checks.plausible(f.type, f.surface, r.language, f.surface.find(' ') != std::string::npos);
      },
      found);
  for (Candidate& f : found) {
    if (f.surface.empty()) f.surface = text.substr(f.start, f.end - f.start);
    if (!f.canonical.empty()) continue;
    auto known = aliases_->lookup_any(f.surface);
    if (known.size() == 1) f.type = known.front().first, f.canonical = known.front().second;
  }

  retype_coordinated_names(
      text,
      [&](const Candidate& f) {
        return !f.canonical.empty() || aliases_->canonical(f.type, f.surface) ||
               (f.type == EntityType::kPlace && r.checks.is_listed_place(f.surface));
      },
      found);
}

// 5. One entity per canonical name (aliases first, else the best spelling
//    seen here), with its mentions' offsets in the body and its count in the
//    title; most mentioned first. Never a name of the not-entities list
//    ("Christmas", "MEP", "Tour de France"), an event's ("Festival de
//    Cannes"), a title in quotation marks ("The Walking Dead") unless the
//    lists know it, or a point of the compass situating something else.
std::vector<NamedEntity> EntityExtractor::grouped_entities(const Reading& r, const std::vector<Candidate>& found,
                                                           const std::vector<std::string>& name_of) const {
  const std::string& text = r.text;
  const std::size_t body_start = r.body_start;
  auto is_entity_name = [&](const std::string& name) {
    return !words_->not_entities.count(entities::fold_for_gazetteer(name)) && !is_event_name(name);
  };
  struct Group {
    EntityType type;
    std::string name;
    std::vector<std::pair<std::size_t, std::size_t>> mentions;  // in the body
    std::size_t title_mentions = 0;
    bool from_alias = false;
  };
  std::map<std::pair<int, std::string>, Group> groups;  // (type, key) -> group
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Candidate& f = found[i];
    if (name_of[i].empty() || !is_entity_name(f.surface) || !is_entity_name(name_of[i])) continue;
    if (f.canonical.empty() && is_quoted_title(text, f.start, f.end)) continue;
    if (is_direction_of(text, f.start, f.end)) continue;
    std::optional<std::string> alias = aliases_->canonical(f.type, name_of[i]);
    if (!alias && !f.canonical.empty()) alias = f.canonical;
    std::string name = alias.value_or(name_of[i]);
    std::string key = names::name_key(name);
    if (key.empty()) continue;
    Group& group = groups[{static_cast<int>(f.type), key}];
    group.type = f.type;
    if (alias)
      group.name = *alias, group.from_alias = true;
    else if (!group.from_alias && (group.name.empty() || better_spelling(name, group.name)))
      group.name = name;
    if (f.start < body_start)
      ++group.title_mentions;
    else
      group.mentions.emplace_back(f.start - body_start, f.end - body_start);
  }

  std::vector<NamedEntity> entities;
  for (auto& [id, group] : groups) {
    entities.push_back({group.type, group.name, std::move(group.mentions)});
    entities.back().title_mentions = group.title_mentions;
  }
  // Most mentioned first; at equal counts, named in the title first, then
  // named earlier.
  auto first_mention = [](const NamedEntity& e) {
    return e.title_mentions ? 0 : e.mentions.front().first + 1;
  };
  std::stable_sort(entities.begin(), entities.end(), [&](const NamedEntity& a, const NamedEntity& b) {
    if (a.count() != b.count()) return a.count() > b.count();
    return first_mention(a) < first_mention(b);
  });
  return entities;
}

}  // namespace kiosque::extraction
