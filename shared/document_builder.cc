#include "document_builder.h"

#include <set>

#include "archive/content_hash.h"
#include "dates/calendar_date.h"
#include "duplicates/fingerprint.h"
#include "duplicates/fingerprint_slot.h"
#include "facets/entity_slot.h"
#include "names/name_key.h"
#include "language_detect.h"
#include "schema.h"
#include "stored_document.h"

namespace kiosque {

namespace {

// Title words count as much as this many occurrences in the body.
constexpr Xapian::termcount kTitleWeight = 3;

// Xapian's term limit is about 245 bytes; keep well below it.
constexpr std::size_t kMaxBooleanTermBytes = 200;

}  // namespace

std::string source_root_term(const std::string& root) {
  std::string term = schema::term(schema::kSourceRootPrefix, root);
  if (term.size() > kMaxBooleanTermBytes) term = schema::term(schema::kSourceRootPrefix, "#" + archive::content_hash(root));
  return term;
}

analysis::Analyzer& DocumentBuilder::analyzer_for(const std::string& language) {
  auto& slot = analyzers_[language];
  if (!slot) slot = std::make_unique<analysis::Analyzer>(language);
  return *slot;
}

void DocumentBuilder::index_text(Xapian::Document& doc, analysis::Analyzer& analyzer, const std::string& text,
                                 Xapian::termcount wdf_inc, Xapian::termpos& next_position) {
  std::vector<analysis::Word> words = analyzer.words(text);
  Xapian::termpos base = next_position;
  for (const analysis::Word& word : words) {
    Xapian::termpos position = base + word.position;
    doc.add_posting(word.word, position, wdf_inc);
    if (word.exact != word.word) doc.add_term(schema::term(schema::kExactPrefix, word.exact), wdf_inc);
    for (const std::string& stem : analyzer.index_stems(word))
      doc.add_term(schema::term(schema::kStemPrefix, stem), wdf_inc);
    next_position = position + 1;
  }
  next_position += schema::kParagraphPositionGap;
}

void DocumentBuilder::add_entities(Xapian::Document& doc, const Article& article) {
  struct PerType {
    std::string_view prefix;
    Xapian::valueno slot;
    std::vector<facets::SlotEntity> entities;
  };
  PerType per_type[] = {{schema::kPersonPrefix, schema::kPersonsSlot, {}},
                        {schema::kPlacePrefix, schema::kPlacesSlot, {}},
                        {schema::kOrganisationPrefix, schema::kOrganisationsSlot, {}}};
  const auto lead = article.lead_range();
  for (const NamedEntity& entity : article.entities) {
    std::string key = names::name_key(entity.name);
    if (key.empty() || key.size() > kMaxBooleanTermBytes - 2) continue;
    PerType& type = per_type[static_cast<int>(entity.type)];
    doc.add_boolean_term(schema::term(type.prefix, key));
    facets::SlotMentions mentions{static_cast<std::uint32_t>(entity.count()), static_cast<std::uint32_t>(entity.title_mentions)};
    for (const auto& m : entity.mentions)
      if (m.first >= lead.first && m.second <= lead.second && lead.second > lead.first) mentions.in_lead = true;
    type.entities.push_back({std::move(key), entity.name, mentions});
  }
  for (const PerType& type : per_type)
    if (!type.entities.empty()) doc.add_value(type.slot, encode_entity_slot(type.entities));
}

namespace {

// Dates a mentioned range indexes one by one, at most, by precision (year,
// month, day: DatePrecision's order): beyond, its ends only.
constexpr std::size_t kMaxRangeDates[] = {10, 24, 62};

}  // namespace

void DocumentBuilder::add_mentioned_dates(Xapian::Document& doc, const Article& article) {
  std::set<std::string> years, months;
  for (const dates::DateMention& mention : article.mentioned_dates) {
    // A short range indexes each of its days, months or years ("du 3 au 5
    // juin", "entre 1914 et 1918"); a long one its ends only: "1772-1810", a
    // life, does not mention 1789.
    std::vector<dates::CalendarDate> dates = {mention.first};
    const std::size_t most = kMaxRangeDates[static_cast<int>(mention.first.precision())];
    for (dates::CalendarDate d = mention.first; before(d, mention.last) && dates.size() <= most;)
      dates.push_back(d = next_date(d));
    if (dates.size() > most) dates = {mention.first};
    if (!(dates.back() == mention.last)) dates.push_back(mention.last);
    for (const dates::CalendarDate& date : dates) {
      std::string year = dates::CalendarDate{date.year, 0, 0}.iso();
      doc.add_boolean_term(schema::term(schema::kMentionedPrefix, year));
      years.insert(year);
      if (!date.month) continue;
      std::string month = dates::CalendarDate{date.year, date.month, 0}.iso();
      doc.add_boolean_term(schema::term(schema::kMentionedPrefix, month));
      months.insert(month);
      if (!date.day) continue;
      std::string day = date.iso();
      doc.add_boolean_term(schema::term(schema::kMentionedPrefix, day));
      doc.add_boolean_term(schema::term(schema::kMentionedPrefix, "--" + day.substr(5)));
    }
  }
  auto slot = [](const std::set<std::string>& values) {
    std::vector<std::pair<std::string, std::string>> lines;
    for (const std::string& v : values) lines.emplace_back(v, v);
    return facets::encode_entity_slot(lines);
  };
  if (!years.empty()) doc.add_value(schema::kMentionedYearsSlot, slot(years));
  if (!months.empty()) doc.add_value(schema::kMentionedMonthsSlot, slot(months));
}

Xapian::Document DocumentBuilder::build(Article& article, const std::string& source_root) {
  if (article.language.empty()) article.language = detect_language(article.body_text());
  analysis::Analyzer& analyzer = analyzer_for(article.language);

  Xapian::Document doc;
  Xapian::termpos position = 1;
  if (!article.title_derived) index_text(doc, analyzer, article.title, kTitleWeight, position);
  for (const TextBlock& block : article.blocks)
    index_text(doc, analyzer, block.text, block.kind == BlockKind::kHeading ? 2 : 1, position);

  doc.add_boolean_term(schema::term(schema::kIdPrefix, article.id));
  doc.add_boolean_term(source_root_term(source_root));
  doc.add_boolean_term(schema::term(schema::kLanguagePrefix, article.language));
  if (article.date) {
    const PublicationDate& date = *article.date;
    // The slot alone: date filters and facets read it (no Y/M/D terms).
    doc.add_value(schema::kDateSlot, date.sortable());
  }
  add_entities(doc, article);
  add_mentioned_dates(doc, article);
  std::string source_key = names::name_key(article.source);
  if (!source_key.empty() && source_key.size() <= kMaxBooleanTermBytes - 2) {
    doc.add_boolean_term(schema::term(schema::kSourcePrefix, source_key));
    doc.add_value(schema::kSourceSlot, facets::encode_entity_slot(std::vector<std::pair<std::string, std::string>>{{source_key, article.source}}));
  }
  doc.add_value(schema::kLanguageSlot, article.language);
  doc.add_value(schema::kContentHashSlot, article.content_hash);
  // Searches group near-duplicates by it without reading the text.
  std::string fingerprint = duplicates::encode_fingerprint_slot(duplicates::fingerprint(article.body_text()));
  if (!fingerprint.empty()) doc.add_value(schema::kFingerprintSlot, fingerprint);
  doc.set_data(encode_stored_document(article));
  return doc;
}

}  // namespace kiosque
