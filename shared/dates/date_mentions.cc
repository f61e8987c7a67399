#include "dates/date_mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <string>

#include "analysis/normalize.h"
#include "analysis/thread_memo.h"
#include "dates/date_words.h"

namespace kiosque::dates {

namespace {

bool plausible_year(long year) { return year >= 1000 && year <= 2999; }

// How far from the publication the tense may move a day without its year.
constexpr long kTenseReachDays = 200;

// ---- Tokens ----

struct Token {
  enum Kind { kWord, kNumber, kPunct } kind;
  std::string_view text;
  std::string folded;  // words: lower case, accents folded
  std::size_t start, end;
  long number = -1;     // numbers without separators
  bool capitalised = false;
};

bool is_letter(UChar32 c) { return u_isalpha(c); }

std::string fold_word(std::string_view word) { return analysis::fold_accents(analysis::lower_case(word)); }

// A word lower-cased with accents folded. Words with an accent go through
// ICU, and the same ones ("été", "année") come back article after article.
std::string folded(std::string_view word) {
  if (analysis::is_ascii(word)) return fold_word(word);
  thread_local analysis::ThreadMemo<std::string> memo(50000);
  return memo.get(word, fold_word);
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  auto code_at = [&](int32_t at) {
    UChar32 c;
    int32_t j = at;
    U8_NEXT(text.data(), j, n, c);
    return std::make_pair(c, j);
  };
  while (i < n) {
    auto [c, next] = code_at(i);
    if (c < 0 || u_isspace(c)) {
      i = next;
      continue;
    }
    Token t;
    t.start = static_cast<std::size_t>(i);
    if (u_isdigit(c)) {
      // Digits, with separators between digits: "14/07/1789", "2012-2017".
      int32_t j = next;
      while (j < n) {
        auto [d, after] = code_at(j);
        if (u_isdigit(d)) {
          j = after;
        } else if ((d == '/' || d == '.' || d == '-') && after < n && u_isdigit(code_at(after).first)) {
          j = after;
        } else {
          break;
        }
      }
      t.kind = Token::kNumber;
      t.text = text.substr(t.start, static_cast<std::size_t>(j) - t.start);
      if (t.text.size() <= 9 && t.text.find_first_not_of("0123456789") == std::string_view::npos)
        t.number = std::stol(std::string(t.text));
      i = j;
    } else if (is_letter(c)) {
      // Letters, with hyphens between letters ("avant-hier", "mi-mars").
      int32_t j = next;
      while (j < n) {
        auto [d, after] = code_at(j);
        if (is_letter(d)) {
          j = after;
        } else if (d == '-' && after < n && is_letter(code_at(after).first)) {
          j = after;
        } else {
          break;
        }
      }
      t.kind = Token::kWord;
      t.text = text.substr(t.start, static_cast<std::size_t>(j) - t.start);
      t.folded = folded(t.text);
      t.capitalised = u_isupper(c);
      i = j;
    } else {
      t.kind = Token::kPunct;
      t.text = text.substr(t.start, static_cast<std::size_t>(next) - t.start);
      i = next;
    }
    t.end = t.start + t.text.size();
    tokens.push_back(std::move(t));
  }
  return tokens;
}

bool in(const std::vector<std::string_view>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

int lookup(const std::vector<std::pair<std::string_view, int>>& list, std::string_view word) {
  for (const auto& [name, value] : list)
    if (name == word) return value;
  return -1;
}

// ---- The reader ----

class Reader {
 public:
  Reader(std::string_view text, const DateWords& words, const std::optional<PublicationDate>& published)
      : text_(text), words_(words), tokens_(tokenize(text)), published_(published) {}

  std::vector<DateMention> read() {
    for (std::size_t i = 0; i < tokens_.size();) {
      std::size_t used = read_at(i);
      i += used ? used : 1;
    }
    return std::move(out_);
  }

 private:
  const Token* at(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
  bool word_at(std::size_t i, std::string_view folded) const {
    const Token* t = at(i);
    return t && t->kind == Token::kWord && t->folded == folded;
  }
  bool punct_at(std::size_t i, std::string_view p) const {
    const Token* t = at(i);
    return t && t->kind == Token::kPunct && t->text == p;
  }
  // Whether tokens i and i + 1 touch ("1" "er").
  bool glued(std::size_t i) const { return at(i + 1) && tokens_[i].end == tokens_[i + 1].start; }

  int month_at(std::size_t i) const {
    const Token* t = at(i);
    if (!t || t->kind != Token::kWord) return -1;
    int month = lookup(words_.months, t->folded);
    if (month < 0 && punct_at(i + 1, ".")) month = lookup(words_.month_abbreviations, t->folded);
    // English months need their capital ("may"); "Mars" is also a planet,
    // checked by the caller.
    if (month > 0 && words_.month_day_order && !t->capitalised) return -1;
    return month;
  }

  // Whether the month at i is an abbreviation with its dot ("janv.").
  bool abbreviated(std::size_t i) const {
    return lookup(words_.month_abbreviations, tokens_[i].folded) > 0 && punct_at(i + 1, ".") && glued(i);
  }

  // A day number at i: "14", "1er", "14.", "14th". Returns the tokens used
  // and the day, or {0, 0}.
  std::pair<std::size_t, int> day_at(std::size_t i) const {
    const Token* t = at(i);
    if (!t || t->kind != Token::kNumber || t->number < 1 || t->number > 31 || t->text.size() > 2) return {0, 0};
    const int day = static_cast<int>(t->number);
    if (glued(i) && tokens_[i + 1].kind == Token::kWord) {
      if (!in(words_.ordinal_suffixes, tokens_[i + 1].folded)) return {0, 0};
      return {2, day};
    }
    if (words_.ordinal_suffixes.empty() && punct_at(i + 1, ".") && glued(i)) return {2, day};  // "14."
    return {1, day};
  }

  long year_at(std::size_t i) const {
    const Token* t = at(i);
    if (!t || t->kind != Token::kNumber || t->text.size() != 4 || !plausible_year(t->number)) return -1;
    // A quantity: "2000 euros", "1500 mètres".
    if (const Token* next = at(i + 1); next && next->kind == Token::kWord && in(words_.units, next->folded))
      return -1;
    if (punct_at(i + 1, "%") || punct_at(i + 1, "\xE2\x82\xAC") || punct_at(i + 1, "$")) return -1;
    return t->number;
  }

  void add(CalendarDate first, CalendarDate last, bool inferred, std::size_t from, std::size_t to) {
    if (first.year == 0) return;
    DateMention mention{first, last};
    mention.inferred = inferred;
    mention.start = tokens_[from].start;
    mention.end = tokens_[to].end;
    out_.push_back(mention);
  }

  bool future_verb(const Token& t) const {
    if (in(words_.future_words, t.folded)) return true;
    // French future tense: "rendra", "débuteront", not "caméra".
    if (!words_.future_endings.empty() && t.folded.size() >= 5 && !t.capitalised &&
        !in(words_.not_future_verbs, t.folded))
      for (std::string_view ending : words_.future_endings)
        if (t.folded.size() > ending.size() && t.folded.compare(t.folded.size() - ending.size(), ending.size(), ending) == 0)
          return true;
    return false;
  }
  // Past words are compared as written: French "a" (has), not "à".
  bool past_verb(const Token& t) const { return in(words_.past_words, t.text); }

  // Whether the date at token i is to come (+1), past (-1) or unknown (0):
  // the words just before it first ("jusqu'au", "depuis le"), then the
  // verb nearest to it in its sentence.
  int tense_around(std::size_t i) const {
    for (std::size_t k = i; k > 0 && k + 3 > i; --k) {
      const Token& t = tokens_[k - 1];
      if (t.kind != Token::kWord) continue;
      if (in(words_.future_cues, t.folded)) return 1;
      if (in(words_.past_cues, t.folded)) return -1;
    }
    auto stops = [&](std::size_t k) {
      return tokens_[k].kind == Token::kPunct && (tokens_[k].text == "." || tokens_[k].text == "!" ||
                                                  tokens_[k].text == "?" || tokens_[k].text == ";");
    };
    bool left_open = true, right_open = true;
    for (std::size_t d = 1; d < 40 && (left_open || right_open); ++d) {
      for (int side : {-1, 1}) {
        bool& open = side < 0 ? left_open : right_open;
        if (!open) continue;
        if ((side < 0 && i < d) || (side > 0 && i + d >= tokens_.size())) {
          open = false;
          continue;
        }
        const Token& t = tokens_[side < 0 ? i - d : i + d];
        if (stops(side < 0 ? i - d : i + d)) {
          open = false;
          continue;
        }
        if (t.kind != Token::kWord) continue;
        if (future_verb(t)) return 1;
        if (past_verb(t)) return -1;
      }
    }
    return 0;
  }

  // A day given without its year: the occurrence nearest the publication,
  // unless the tense puts it on the other side, within half a year.
  std::optional<CalendarDate> place_day(int month, int day, std::size_t i) const {
    if (!published_ || !published_->month) return std::nullopt;
    const int tense = tense_around(i);
    const long pub = days_from_civil(published_->year, published_->month, published_->day ? published_->day : 15);
    std::vector<long> days;
    for (int year = published_->year - 1; year <= published_->year + 1; ++year)
      if (day <= days_in_month(year, month)) days.push_back(days_from_civil(year, month, day));
    if (days.empty()) return std::nullopt;
    long best = days.front();
    for (long d : days)
      if (std::labs(d - pub) < std::labs(best - pub)) best = d;
    for (long d : days) {
      const bool better_side = (tense > 0 && best < pub - 1 && d >= pub - 1) || (tense < 0 && best > pub + 1 && d <= pub + 1);
      if (better_side && std::labs(d - pub) <= kTenseReachDays) {
        best = d;
        break;
      }
    }
    return civil_from_days(best);
  }

  std::optional<CalendarDate> place_month(int month, int direction, std::size_t i) const {
    if (!published_ || !published_->month) return std::nullopt;
    const int tense = direction ? direction : tense_around(i);
    const int pub = published_->year * 12 + published_->month - 1;
    std::optional<CalendarDate> best;
    int best_distance = 0;
    for (int year = published_->year - 1; year <= published_->year + 1; ++year) {
      const int m = year * 12 + month - 1;
      if ((tense > 0 && m < pub) || (tense < 0 && m > pub)) continue;
      if (direction && m == pub) continue;  // "mai dernier" in May is last year's
      const int distance = m > pub ? m - pub : pub - m;
      if (!best || distance < best_distance) best = CalendarDate{year, month, 0}, best_distance = distance;
    }
    return best;
  }

  // Reads a date starting at token i; returns the tokens used, 0 if none.
  std::size_t read_at(std::size_t i) {
    const Token& t = tokens_[i];
    if (t.kind == Token::kNumber) {
      if (std::size_t used = numeric_date(i)) return used;
      return day_month(i, i);
    }
    if (t.kind != Token::kWord) return 0;
    if (std::size_t used = relative_day(i)) return used;
    if (std::size_t used = weekday_date(i)) return used;
    if (std::size_t used = range(i)) return used;
    if (std::size_t used = month_date(i)) return used;
    if (std::size_t used = cued_year(i)) return used;
    if (std::size_t used = relative_period(i)) return used;
    return 0;
  }

  // "14/07/1789", "14.07.1789", "1789-07-14", "2012-2017".
  std::size_t numeric_date(std::size_t i) {
    const std::string s(tokens_[i].text);
    int a = 0, b = 0, c = 0, used = 0;
    char s1 = 0, s2 = 0;
    if (std::sscanf(s.c_str(), "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &used) == 5 &&
        used == static_cast<int>(s.size()) && s1 == s2) {
      int y = c, m = b, d = a;
      if (s1 == '-' && a >= 1000) y = a, m = b, d = c;  // ISO
      if (!plausible_year(y) || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return 0;
      if (s1 == '-' && a < 1000) return 0;  // "14-07-1789" is rare; phone-like numbers are not
      CalendarDate date{y, m, d};
      add(date, date, false, i, i);
      return 1;
    }
    used = 0;
    if (std::sscanf(s.c_str(), "%d-%d%n", &a, &b, &used) == 2 && used == static_cast<int>(s.size()) &&
        s.size() == 9 && plausible_year(a) && plausible_year(b) && b > a && b - a <= 100) {
      add({a, 0, 0}, {b, 0, 0}, false, i, i);
      return 1;
    }
    return 0;
  }

  // A day and a month from token i (where the mention starts at `from`):
  // "14 juillet 1789", "3 mai", "du 3 au 5 juin 2019" (called at "3"),
  // English "14 July 1789".
  std::size_t day_month(std::size_t from, std::size_t i) {
    auto [day_tokens, day] = day_at(i);
    if (!day_tokens) return 0;
    std::size_t k = i + day_tokens;
    // A range of days: "3 au 5 juin", "3 et 4 mai".
    int last_day = 0;
    std::size_t last_day_tokens = 0;
    if (at(k) && tokens_[k].kind == Token::kWord && in(words_.range_joins, tokens_[k].folded) &&
        month_at(k + 1) < 0) {
      std::size_t j = k + 1;
      if (word_at(j, "le")) ++j;
      auto [n, d] = day_at(j);
      if (n && d > day) last_day = d, last_day_tokens = j + n - k;
    }
    std::size_t m_at = k + last_day_tokens;
    int month = month_at(m_at);
    if (month < 0) return 0;
    if (tokens_[m_at].folded == "mars" && tokens_[m_at].capitalised && year_at(m_at + 1) < 0) return 0;  // the planet
    std::size_t end = m_at + (abbreviated(m_at) ? 1 : 0);
    long year = year_at(end + 1);
    if (year < 0 && punct_at(end + 1, ",")) year = year_at(end + 2), end += year > 0;
    if (year > 0) {
      ++end;
      if (day > days_in_month(static_cast<int>(year), month) || last_day > days_in_month(static_cast<int>(year), month))
        return 0;
      CalendarDate first{static_cast<int>(year), month, day};
      add(first, last_day ? CalendarDate{first.year, month, last_day} : first, false, from, end);
      return end - from + 1;
    }
    std::optional<CalendarDate> placed = place_day(month, day, i);
    if (!placed) return end - from + 1;  // a day of the year we cannot place: read, not kept
    CalendarDate last = *placed;
    if (last_day) last.day = last_day;
    if (last.day > days_in_month(last.year, last.month)) return 0;
    add(*placed, last, true, from, end);
    return end - from + 1;
  }

  // "July 14, 1789", "July 14" (English order).
  std::size_t month_day(std::size_t i) {
    int month = month_at(i);
    if (month < 0) return 0;
    auto [day_tokens, day] = day_at(i + 1);
    if (!day_tokens) return 0;
    std::size_t end = i + day_tokens;
    long year = -1;
    if (punct_at(end + 1, ",")) {
      year = year_at(end + 2);
      if (year > 0) end += 2;
    } else {
      year = year_at(end + 1);
      if (year > 0) end += 1;
    }
    if (year > 0) {
      if (day > days_in_month(static_cast<int>(year), month)) return 0;
      CalendarDate date{static_cast<int>(year), month, day};
      add(date, date, false, i, end);
      return end - i + 1;
    }
    if (std::optional<CalendarDate> placed = place_day(month, day, i)) add(*placed, *placed, true, i, end);
    return end - i + 1;
  }

  // "le mardi 3 mars 2020", "mardi 3 mars", "lundi dernier", "last Monday".
  std::size_t weekday_date(std::size_t i) {
    int wd = lookup(words_.weekdays, tokens_[i].folded);
    std::size_t start = i;
    int direction = 0;
    if (wd < 0 && words_.last_next_before && at(i + 1)) {
      direction = in(words_.last_words, tokens_[i].folded) ? -1 : in(words_.next_words, tokens_[i].folded) ? 1 : 0;
      if (direction) wd = lookup(words_.weekdays, tokens_[i + 1].folded), ++i;
      if (wd < 0) return 0;
    }
    if (wd < 0) return 0;
    std::size_t k = i + 1;
    if (punct_at(k, ",")) ++k;
    if (!direction) {
      if (std::size_t used = day_month(start, k)) return used;
      if (words_.month_day_order)
        if (std::size_t used = month_day(k)) {
          // (re-anchor the mention at the weekday)
          out_.back().start = tokens_[start].start;
          return k - start + used;
        }
    }
    if (!direction && at(i + 1) && tokens_[i + 1].kind == Token::kWord) {
      direction = in(words_.last_words, tokens_[i + 1].folded) ? -1 : in(words_.next_words, tokens_[i + 1].folded) ? 1 : 0;
      if (direction) ++i;
    }
    std::optional<long> d = place_weekday(wd, direction, start, i);
    if (!d) return 0;
    // "de mercredi à jeudi", "du lundi au vendredi": a range from that day.
    const bool opens_range = start > 0 && tokens_[start - 1].kind == Token::kWord &&
                             in(words_.range_opens, tokens_[start - 1].folded);
    if (!direction && opens_range && at(i + 2) && tokens_[i + 1].kind == Token::kWord &&
        in(words_.range_joins, tokens_[i + 1].folded)) {
      const int last_wd = lookup(words_.weekdays, tokens_[i + 2].folded);
      if (last_wd >= 0) {
        const long last = *d + ((last_wd - wd + 7) % 7 ? (last_wd - wd + 7) % 7 : 7);
        add(civil_from_days(*d), civil_from_days(last), true, start - 1, i + 2);
        return i + 3 - start;
      }
    }
    CalendarDate date = civil_from_days(*d);
    add(date, date, true, start, i);
    return i - start + 1;
  }

  // The day (days since 1970) a weekday names around the publication: "ce
  // mercredi" the one of the publication's week; alone, the last one in a
  // sentence in the past ("a annoncé jeudi": the publication day itself, or
  // before), the next one in the future ("se rendra samedi"); "lundi
  // dernier" / "mardi prochain" the one strictly before / after.
  std::optional<long> place_weekday(int wd, int direction, std::size_t start, std::size_t i) const {
    if (!published_ || !published_->day) return std::nullopt;
    const long pub = days_from_civil(published_->year, published_->month, published_->day);
    if (!direction && start > 0 && tokens_[start - 1].kind == Token::kWord &&
        in(words_.this_words, tokens_[start - 1].folded))
      return pub - weekday_of(pub) + wd;
    const int step = direction ? direction : tense_around(i) > 0 ? 1 : -1;
    long d = direction ? pub + direction : pub;
    while (weekday_of(d) != wd) d += step;
    return d;
  }

  // "hier", "avant-hier", "yesterday", "gestern".
  std::size_t relative_day(std::size_t i) {
    int offset = 0;
    bool found = false;
    for (const auto& [word, days] : words_.relative_days)
      if (tokens_[i].folded == word) offset = days, found = true;
    if (!found || !published_ || !published_->day) return 0;
    if (tokens_[i].capitalised && i > 0 && !punct_at(i - 1, ".")) return 0;  // a name ("Demain", a title)
    CalendarDate date = civil_from_days(days_from_civil(published_->year, published_->month, published_->day) + offset);
    add(date, date, true, i, i);
    return 1;
  }

  // "entre 1914 et 1918", "de 2012 à 2017", "from 2012 to 2017", "du 3 au 5
  // juin" (the day range is read by day_month).
  std::size_t range(std::size_t i) {
    if (!in(words_.range_opens, tokens_[i].folded)) return 0;
    std::size_t k = i + 1;
    if (word_at(k, "le")) ++k;
    if (std::size_t used = range_across_months(i, k)) return used;
    if (std::size_t used = day_month(i, k)) {
      // Not a range after all ("du 14 juillet 1789"): the date starts at its day.
      if (!out_.empty() && !out_.back().is_range() && out_.back().start == tokens_[i].start)
        out_.back().start = tokens_[k].start;
      return used;
    }
    long first = year_at(k);
    if (first < 0 || !at(k + 1) || !in(words_.range_joins, tokens_[k + 1].folded)) return 0;
    long last = year_at(k + 2);
    if (last <= first || last - first > 100) return 0;
    add({static_cast<int>(first), 0, 0}, {static_cast<int>(last), 0, 0}, false, i, k + 2);
    return k + 3 - i;
  }

  // From token k, after the range's first word at `from`: "31 août au 13
  // septembre [2020]" (days), "janvier à juin 2018", "novembre 2021 et
  // octobre 2022" (months). A year written once is both ends'; none, the
  // first end is placed as a day or month without its year is.
  std::size_t range_across_months(std::size_t from, std::size_t k) {
    auto [first_day_tokens, first_day] = day_at(k);
    const std::size_t m1_at = k + first_day_tokens;
    const int m1 = month_at(m1_at);
    if (m1 < 0) return 0;
    std::size_t j = m1_at + (abbreviated(m1_at) ? 2 : 1);
    long y1 = year_at(j);
    if (y1 > 0) ++j;
    if (!at(j) || tokens_[j].kind != Token::kWord || !in(words_.range_joins, tokens_[j].folded)) return 0;
    ++j;
    if (word_at(j, "le")) ++j;
    auto [last_day_tokens, last_day] = day_at(j);
    if (first_day_tokens != 0 && last_day_tokens == 0) return 0;  // "31 août au" needs a day
    if (first_day_tokens == 0 && last_day_tokens != 0) return 0;
    const std::size_t m2_at = j + last_day_tokens;
    const int m2 = month_at(m2_at);
    if (m2 < 0) return 0;
    std::size_t end = m2_at + (abbreviated(m2_at) ? 1 : 0);
    long y2 = year_at(end + 1);
    if (y2 > 0) ++end;
    CalendarDate first{0, m1, first_day}, last{0, m2, last_day};
    bool inferred = false;
    if (y2 > 0) {
      last.year = static_cast<int>(y2);
      first.year = y1 > 0 ? static_cast<int>(y1) : m1 <= m2 ? last.year : last.year - 1;
    } else if (y1 > 0) {
      return 0;  // "novembre 2021 à mars": not one range
    } else {
      std::optional<CalendarDate> placed =
          first_day ? place_day(m1, first_day, k) : place_month(m1, 0, k);
      if (!placed) return 0;
      first.year = placed->year;
      last.year = m1 <= m2 ? first.year : first.year + 1;
      inferred = true;
    }
    if ((first.day && first.day > days_in_month(first.year, m1)) || (last.day && last.day > days_in_month(last.year, m2)) ||
        !before(first, last))
      return 0;
    add(first, last, inferred, from, end);
    return end - from + 1;
  }

  // "juillet 1789", "en mai dernier", "en mai", "July 14, 1789".
  std::size_t month_date(std::size_t i) {
    if (words_.month_day_order)
      if (std::size_t used = month_day(i)) return used;
    int month = month_at(i);
    std::size_t start = i;
    if (month < 0 && tokens_[i].folded.find('-') != std::string::npos) {  // "mi-mars", "fin-juin"
      std::string_view rest(tokens_[i].folded);
      const std::string_view name = rest.substr(rest.rfind('-') + 1);
      month = lookup(words_.months, name);
      if (month < 0) month = lookup(words_.month_abbreviations, name);
    }
    if (month < 0) return 0;
    std::size_t end = i + (abbreviated(i) ? 1 : 0);
    if (long year = year_at(end + 1); year > 0) {
      CalendarDate date{static_cast<int>(year), month, 0};
      add(date, date, false, start, end + 1);
      return end + 2 - start;
    }
    if (tokens_[i].capitalised && (tokens_[i].folded == "mars" || words_.month_day_order)) return 0;
    // Without a year: "en mai dernier", "en mai", "im Mai".
    int direction = 0;
    if (at(end + 1) && tokens_[end + 1].kind == Token::kWord) {
      direction = in(words_.last_words, tokens_[end + 1].folded) ? -1 : in(words_.next_words, tokens_[end + 1].folded) ? 1 : 0;
      if (direction) ++end;
    }
    const bool introduced = i > 0 && (word_at(i - 1, "en") || word_at(i - 1, "im") || word_at(i - 1, "in") ||
                                      word_at(i - 1, "depuis") || word_at(i - 1, "seit") || word_at(i - 1, "since"));
    if (!direction && !introduced) return 0;
    if (std::optional<CalendarDate> placed = place_month(month, direction, i)) add(*placed, *placed, true, start, end);
    return end - start + 1;
  }

  // "en 1998", "depuis 2015", "l'an 2000", "in 1998", "seit 2015".
  std::size_t cued_year(std::size_t i) {
    if (!in(words_.year_cues, tokens_[i].folded)) return 0;
    std::size_t k = i + 1;
    if (punct_at(k, "'") || punct_at(k, "\xE2\x80\x99")) ++k;  // "jusqu'en", typed "jusqu' en"
    long year = year_at(k);
    if (year < 0) return 0;
    // After a word that is mostly something else ("des", "de", "and"), a
    // plural noun after the number makes it a quantity: "des 1500 réfugiés".
    // ("l'an 2000 euros" is caught by the units; "de 2012 à 2017" by range().)
    if (in(words_.weak_year_cues, tokens_[i].folded) && at(k + 1) && tokens_[k + 1].kind == Token::kWord &&
        !tokens_[k + 1].capitalised && tokens_[k + 1].folded.size() >= 4 &&
        (tokens_[k + 1].folded.back() == 's' || tokens_[k + 1].folded.back() == 'x') &&
        !in(words_.plural_looking_words, tokens_[k + 1].folded))
      return 0;
    add({static_cast<int>(year), 0, 0}, {static_cast<int>(year), 0, 0}, false, k, k);
    return k - i + 1;
  }

  // "le mois dernier", "l'an prochain", "l'année dernière", "cette année",
  // "last year", "letztes Jahr".
  std::size_t relative_period(std::size_t i) {
    if (!published_ || !published_->month) return 0;
    std::size_t unit = i, end = i;
    int direction = 0;
    if (words_.last_next_before || in(words_.this_words, tokens_[i].folded)) {
      direction = in(words_.last_words, tokens_[i].folded) ? -1 : in(words_.next_words, tokens_[i].folded) ? 1 : 0;
      const bool this_one = in(words_.this_words, tokens_[i].folded);
      if (!direction && !this_one) return 0;
      unit = end = i + 1;
      if (!at(unit)) return 0;
    } else {
      if (!at(i + 1) || tokens_[i + 1].kind != Token::kWord) return 0;
      direction = in(words_.last_words, tokens_[i + 1].folded) ? -1 : in(words_.next_words, tokens_[i + 1].folded) ? 1 : 0;
      if (!direction) return 0;
      end = i + 1;
    }
    const std::string& word = tokens_[unit].folded;
    if (in(words_.month_words, word)) {
      int m = published_->year * 12 + published_->month - 1 + direction;
      CalendarDate date{m / 12, m % 12 + 1, 0};
      add(date, date, true, i, end);
      return end - i + 1;
    }
    if (in(words_.year_words, word)) {
      CalendarDate date{published_->year + direction, 0, 0};
      add(date, date, true, i, end);
      return end - i + 1;
    }
    return 0;
  }

  std::string_view text_;
  const DateWords& words_;
  std::vector<Token> tokens_;
  const std::optional<PublicationDate>& published_;
  std::vector<DateMention> out_;
};

}  // namespace

std::vector<DateMention> find_date_mentions(std::string_view text, std::string_view language,
                                            const std::optional<PublicationDate>& published) {
  const DateWords* words = date_words(language);
  if (!words) return {};
  return Reader(text, *words, published).read();
}

void find_mentioned_dates(Article& article) {
  article.mentioned_dates.clear();
  if (!article.title_derived)
    for (DateMention& m : find_date_mentions(article.title, article.language, article.date)) {
      m.in_title = true;
      m.start = m.end = 0;
      article.mentioned_dates.push_back(m);
    }
  for (const DateMention& m : find_date_mentions(article.body_text(), article.language, article.date))
    article.mentioned_dates.push_back(m);
}

}  // namespace kiosque::dates
