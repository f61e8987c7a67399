// The index schema: every term prefix, value slot and metadata key Kiosque
// writes into a Xapian database, in one place.
//
// Indexer, searcher and server use these names and never spell a prefix or a
// slot number themselves. Changing how documents are analysed or stored means
// bumping kSchemaVersion, which makes the next `kiosque index` rebuild every
// document instead of skipping unchanged ones.
//
//   prefix  holds                                     example
//   ------  ----------------------------------------  -------------------
//   (none)  folded word, with positions (phrases)      etat, saint, onu
//   Z       folded stem (both stems: see analyzer.h)   Znegoci
//           when it differs from the word: "port" has
//           no Zport, its word term stands for it
//   A       exact accented word when it differs        Aétat
//   Q       unique document id (one per document)      Qfr/001-sommet.txt
//   K       source root the document came from        K/data/archive
//   L       language, ISO 639-1 or "und"               Lfr
//   XP      person, by name key (names/name_key.h)     XPvladimir poutine
//   XG      place, by name key                         XGsaint etienne
//   XO      organisation, by name key                  XOonu
//   XS      source (publication), by name key          XSle monde
#pragma once

#include <string>
#include <string_view>

namespace kiosque::schema {

// Bump when analysis or the stored document format changes.
// 6: no stem term that repeats the word term (analysis/analyzer.h), no
//    Y/M/D/XU date terms.
// (Not bumped for kFingerprintSlot: a document without it is fingerprinted
// from its text, so older indexes need no rebuild.)
inline constexpr int kSchemaVersion = 6;

// ---- Term prefixes ----
inline constexpr std::string_view kWordPrefix = "";
inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kExactPrefix = "A";
inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kSourceRootPrefix = "K";
inline constexpr std::string_view kLanguagePrefix = "L";
// (Schema 5 and older also wrote the publication year, month and day as Y, M
// and D terms and XU for undated articles; nothing searched them: dates are
// selected on kDateSlot, query/date_range.h.)
inline constexpr std::string_view kPersonPrefix = "XP";
inline constexpr std::string_view kPlacePrefix = "XG";
inline constexpr std::string_view kOrganisationPrefix = "XO";
inline constexpr std::string_view kSourcePrefix = "XS";
// Dates the text mentions (dates/date_mentions.h), by ISO value: "XM1789",
// "XM1789-07", "XM1789-07-14", and "XM--07-14" for the day in any year. A
// day also indexes its month and year, a month its year.
inline constexpr std::string_view kMentionedPrefix = "XM";

// ---- Query fields (query/query_syntax.h): field:value in a search ----
inline constexpr std::string_view kPersonField = "person";      // person:"Vladimir Poutine" -> kPersonPrefix
inline constexpr std::string_view kPlaceField = "place";        // place:Kyiv -> kPlacePrefix
inline constexpr std::string_view kOrganisationField = "org";   // org:ONU -> kOrganisationPrefix
inline constexpr std::string_view kLanguageField = "lang";      // lang:fr -> kLanguagePrefix
inline constexpr std::string_view kSourceField = "source";      // source:"Le Monde" -> kSourcePrefix
inline constexpr std::string_view kMentionedField = "mentioned";  // mentioned:1789-07-14 -> kMentionedPrefix
inline constexpr std::string_view kDateField = "date";          // date:2023-09, date:2023..2024 -> kDateSlot

// ---- Value slots ----
enum Slot : unsigned {
  kDateSlot = 0,         // "YYYYMMDD" ("YYYYMM00" for a month-only date); empty if undated
  kLanguageSlot = 1,     // ISO 639-1 code, "und" when unknown
  kContentHashSlot = 2,  // 16 hex digits: hash of the source bytes, for skipping unchanged input
  // Entities of each type, for facet counts: one line per entity, "key\tDisplay
  // name\tmentions title_mentions lead" (facets/entity_slot.h).
  kPersonsSlot = 3,
  kPlacesSlot = 4,
  kOrganisationsSlot = 5,
  kSourceSlot = 6,  // the publication, one line "key\tDisplay name"; absent when unknown
  // Years and months the text mentions, for facet counts: one line each,
  // "1789\t1789" (as entities, facets/entity_slot.h); absent when none.
  kMentionedYearsSlot = 7,
  kMentionedMonthsSlot = 8,
  // Near-duplicate fingerprint (duplicates/fingerprint_slot.h): 64 MinHash
  // minimums, 32-bit little-endian, 256 bytes; absent when the article has no
  // words, and in indexes from before it (searches then fingerprint the text).
  kFingerprintSlot = 9,
};

// ---- Database metadata keys ----
// kSchemaVersion, plus hashes of the entity model and aliases it was built with.
inline constexpr const char* kSchemaVersionKey = "kiosque.schema_version";
// The alias table (names/alias_table.h format) the index was built with, so
// that searches resolve "Putin" the way indexing did.
inline constexpr const char* kAliasesKey = "kiosque.aliases";

// ---- Positions ----
// Gap left between paragraphs so that a phrase never spans two of them.
inline constexpr unsigned kParagraphPositionGap = 100;

// Xapian refuses terms longer than about 245 bytes; anything longer is junk
// (encoded data, URLs) and is not indexed.
inline constexpr std::size_t kMaxTermBytes = 64;

// A term made of a prefix and a value. Prefixes of more than one character are
// followed by ':' when the value starts with an upper-case letter (Xapian's
// convention), which Kiosque's lower-case values never do.
inline std::string term(std::string_view prefix, std::string_view value) {
  std::string t;
  t.reserve(prefix.size() + value.size());
  t.append(prefix);
  t.append(value);
  return t;
}

// The stored document data is the JSON written by stored_document.h.

}  // namespace kiosque::schema
