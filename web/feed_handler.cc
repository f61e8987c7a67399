#include "feed_handler.h"

#include <cctype>
#include <ctime>

#include "searcher_pool.h"

namespace kiosque::web {

namespace {

// Text for XML content and attribute values.
std::string xml(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // Control characters other than tab and line ends are not XML.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        out += c;
    }
  }
  return out;
}

// A URL query value: unreserved bytes as they are, the rest %XX.
std::string query_value(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// RFC 3339, as Atom wants it: a day at midnight UTC; a month's first day
// for an article dated by month only.
std::string atom_time(const std::optional<PublicationDate>& date) {
  std::string day = date ? date->iso() : std::string("1970-01-01");
  while (day.size() < 10) day += "-01";
  return day + "T00:00:00Z";
}

std::string now_utc() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

// The beginning of an article's text, cut between words.
std::string summary(const std::string& text) {
  constexpr std::size_t kLength = 300;
  if (text.size() <= kLength) return text;
  std::size_t cut = text.rfind(' ', kLength);
  if (cut == std::string::npos || cut < kLength / 2) cut = kLength;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return text.substr(0, cut) + " …";
}

}  // namespace

std::string handle_feed(const std::string& db, const std::string& base, const Params& params,
                        const std::string& query_string) {
  Filters filters = parse_feed_params(params);
  search::SearchRequest request = filters.request;
  request.sort = search::SortOrder::kDate;
  request.limit = kFeedEntries;
  request.suggest = false;
  search::SearchResults results = with_searcher(db, [&](search::Searcher& s) { return s.search(request); });

  std::string page = base + "/" + (query_string.empty() ? "" : "?" + query_string);
  std::string self = base + "/feed.atom" + (query_string.empty() ? "" : "?" + query_string);
  std::string title = request.query.empty() ? "Kiosque" : "Kiosque — " + request.query;
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += "  <id>" + xml(self) + "</id>\n";
  out += "  <title>" + xml(title) + "</title>\n";
  out += "  <updated>" + (results.hits.empty() ? now_utc() : atom_time(results.hits.front().date)) + "</updated>\n";
  out += "  <author><name>Kiosque</name></author>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + xml(self) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(page) + "\"/>\n";
  out += "  <generator>Kiosque</generator>\n";
  for (const search::SearchHit& hit : results.hits) {
    std::string permalink = base + "/?doc=" + query_value(hit.id);
    out += "  <entry>\n";
    out += "    <id>" + xml(permalink) + "</id>\n";
    out += "    <title>" + xml(hit.title.empty() ? hit.id : hit.title) + "</title>\n";
    out += "    <updated>" + atom_time(hit.date) + "</updated>\n";
    if (hit.date) out += "    <published>" + atom_time(hit.date) + "</published>\n";
    if (!hit.source.empty()) out += "    <author><name>" + xml(hit.source) + "</name></author>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(permalink) + "\"/>\n";
    if (hit.url.rfind("http://", 0) == 0 || hit.url.rfind("https://", 0) == 0)
      out += "    <link rel=\"related\" type=\"text/html\" href=\"" + xml(hit.url) + "\"/>\n";
    out += "    <summary>" + xml(summary(hit.text)) + "</summary>\n";
    out += "  </entry>\n";
  }
  return out + "</feed>\n";
}

std::string opensearch_description(const std::string& base) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n";
  out += "  <ShortName>Kiosque</ShortName>\n";
  out += "  <Description>Recherche dans les archives de presse — search the news archive</Description>\n";
  out += "  <InputEncoding>UTF-8</InputEncoding>\n";
  out += "  <Image width=\"16\" height=\"16\" type=\"image/svg+xml\">" + xml(base) + "/assets/favicon.svg</Image>\n";
  out += "  <Url type=\"text/html\" method=\"get\" template=\"" + xml(base) + "/?q={searchTerms}\"/>\n";
  out += "  <Url type=\"application/atom+xml\" method=\"get\" template=\"" + xml(base) + "/feed.atom?q={searchTerms}\"/>\n";
  out += "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"" + xml(base) +
         "/opensearch.xml\"/>\n";
  return out + "</OpenSearchDescription>\n";
}

}  // namespace kiosque::web
