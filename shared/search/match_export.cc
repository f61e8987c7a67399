#include "search/match_export.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "facets/facet.h"

namespace kiosque::search {

namespace {

// The names of one type, most mentioned first.
std::vector<std::string> names_of(const SearchHit& hit, entities::EntityType type) {
  std::vector<const NamedEntity*> found;
  for (const NamedEntity& e : hit.entities)
    if (e.type == type) found.push_back(&e);
  std::stable_sort(found.begin(), found.end(),
                   [](const NamedEntity* a, const NamedEntity* b) { return a->count() > b->count(); });
  std::vector<std::string> names;
  for (const NamedEntity* e : found) names.push_back(e->name);
  return names;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its
// quotes doubled.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : "; ") + name;
  return out;
}

std::string score_text(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", score);
  return buffer;
}

constexpr entities::EntityType kTypes[] = {entities::EntityType::kPerson, entities::EntityType::kPlace,
                                           entities::EntityType::kOrganisation};

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "jsonl") return ExportFormat::kJsonl;
  return std::nullopt;
}

const char* export_content_type(ExportFormat format) {
  return format == ExportFormat::kCsv ? "text/csv; charset=utf-8; header=present" : "application/jsonl; charset=utf-8";
}

std::string export_header(ExportFormat format) {
  if (format == ExportFormat::kJsonl) return "";
  return "id,date,title,source,url,persons,places,organisations,score\r\n";
}

std::string export_row(ExportFormat format, const SearchHit& hit) {
  std::string date = hit.date ? hit.date->iso() : "";
  if (format == ExportFormat::kJsonl) {
    nlohmann::ordered_json row = {{"id", hit.id},
                                  {"date", hit.date ? nlohmann::ordered_json(date) : nlohmann::ordered_json(nullptr)},
                                  {"title", hit.title},
                                  {"source", hit.source},
                                  {"url", hit.url}};
    for (entities::EntityType type : kTypes) {
      std::string key(facets::facet_name(facets::facet_of(type)));
      row[key == "org" ? "organisations" : key + "s"] = names_of(hit, type);
    }
    row["score"] = hit.score;
    return row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  std::string line = csv_field(hit.id) + ',' + date + ',' + csv_field(hit.title) + ',' + csv_field(hit.source) + ',' +
                     csv_field(hit.url);
  for (entities::EntityType type : kTypes) line += ',' + csv_field(joined(names_of(hit, type)));
  return line + ',' + score_text(hit.score) + "\r\n";
}

ExportPager::ExportPager(SearchRequest request, ExportFormat format) : request_(std::move(request)), format_(format) {
  request_.facets = false;
  request_.suggest = false;
  request_.limit = kExportPageSize;
}

bool ExportPager::next(Searcher& searcher, std::string& out) {
  if (done_) return false;
  if (!header_done_) {
    out += export_header(format_);
    header_done_ = true;
  }
  request_.offset = rows_;
  SearchResults page = searcher.search(request_);
  for (const SearchHit& hit : page.hits) out += export_row(format_, hit);
  rows_ += page.hits.size();
  done_ = page.hits.size() < kExportPageSize || rows_ >= page.total;
  return true;
}

}  // namespace kiosque::search
