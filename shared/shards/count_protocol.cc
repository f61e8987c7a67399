#include "shards/count_protocol.h"

#include <nlohmann/json.hpp>

namespace kiosque::shards {

namespace {

using nlohmann::json;

constexpr char kHexDigits[] = "0123456789abcdef";

std::string to_hex(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 15];
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string from_hex(const std::string& hex, const char* field) {
  if (hex.size() % 2) throw CountProtocolError(std::string("'") + field + "' is not hexadecimal: odd length");
  std::string out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    int high = hex_value(hex[i]), low = hex_value(hex[i + 1]);
    if (high < 0 || low < 0) throw CountProtocolError(std::string("'") + field + "' is not lower-case hexadecimal");
    out += static_cast<char>(high << 4 | low);
  }
  return out;
}

facets::Facet facet_named(const json& name) {
  if (!name.is_string()) throw CountProtocolError("a facet must be a name, got " + name.dump());
  std::optional<facets::Facet> facet = facets::parse_facet(name.get<std::string>());
  if (!facet) throw CountProtocolError("unknown facet '" + name.get<std::string>() + "'");
  return *facet;
}

std::string string_field(const json& object, const char* field, bool required) {
  auto it = object.find(field);
  if (it == object.end()) {
    if (required) throw CountProtocolError(std::string("missing '") + field + "'");
    return {};
  }
  if (!it->is_string()) throw CountProtocolError(std::string("'") + field + "' must be a string");
  return it->get<std::string>();
}

json parse_object(const std::string& text, const char* what) {
  json object = json::parse(text, nullptr, false);
  if (object.is_discarded() || !object.is_object()) throw CountProtocolError(std::string(what) + " is not a JSON object");
  return object;
}

std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

void put_varint(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7f) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}

std::uint64_t get_varint(const std::string& in, std::size_t& at) {
  std::uint64_t n = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (at >= in.size()) throw CountProtocolError("the reply ends in the middle of a number");
    auto byte = static_cast<unsigned char>(in[at++]);
    n |= std::uint64_t{byte & 0x7fu} << shift;
    if (!(byte & 0x80)) return n;
  }
  throw CountProtocolError("a number is not a varint");
}

}  // namespace

std::string encode_request(const CountRequest& request) {
  json out = {{"query", to_hex(request.query)}, {"resolution", request.resolution_id}};
  if (!request.uuid.empty()) out["uuid"] = request.uuid;
  json facets = json::array();
  for (facets::Facet facet : request.facets) facets.push_back(std::string(facets::facet_name(facet)));
  out["facets"] = facets;
  if (!request.known_generation.empty()) out["known_generation"] = request.known_generation;
  if (request.surnames) {
    json pairs = json::array();
    request.surnames->for_each([&](const std::string& surname, const std::string& full, bool indexed) {
      if (indexed) pairs.push_back({surname, full});
    });
    out["surnames"] = pairs;
  }
  return dump(out);
}

CountRequest decode_request(const std::string& body) {
  json in = parse_object(body, "the request");
  CountRequest request;
  request.uuid = string_field(in, "uuid", false);
  request.query = from_hex(string_field(in, "query", true), "query");
  request.resolution_id = string_field(in, "resolution", true);
  request.known_generation = string_field(in, "known_generation", false);
  if (auto it = in.find("facets"); it != in.end()) {
    if (!it->is_array()) throw CountProtocolError("'facets' must be an array of facet names");
    for (const json& name : *it) request.facets.push_back(facet_named(name));
  }
  if (auto it = in.find("surnames"); it != in.end()) {
    if (!it->is_array()) throw CountProtocolError("'surnames' must be an array of [surname, full name] keys");
    request.surnames.emplace();
    for (const json& pair : *it) {
      if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string())
        throw CountProtocolError("a 'surnames' entry must be [surname key, full name key], got " + pair.dump());
      request.surnames->add(pair[0].get<std::string>(), pair[1].get<std::string>(), true);
    }
    if (resolution_id(*request.surnames) != request.resolution_id)
      throw CountProtocolError("'surnames' do not match 'resolution' " + request.resolution_id);
  }
  return request;
}

std::string encode_reply(const CountReply& reply) {
  json header = {{"generation", reply.generation}, {"documents", reply.documents}, {"values", reply.counts.size()}};
  if (reply.keys) {
    json keys = json::array();
    for (const auto& entry : *reply.keys) keys.push_back({std::string(facets::facet_name(entry.first)), entry.second});
    header["keys"] = keys;
  }
  std::string out = dump(header);
  out += '\n';
  std::uint32_t previous = 0;
  for (const auto& entry : reply.counts) {
    put_varint(out, entry.first - previous);  // ids increase: small gaps
    put_varint(out, entry.second);
    previous = entry.first;
  }
  return out;
}

CountReply decode_reply(const std::string& body) {
  std::size_t newline = body.find('\n');
  if (newline == std::string::npos) throw CountProtocolError("the reply has no header line");
  json header = parse_object(body.substr(0, newline), "the reply's header");
  CountReply reply;
  reply.generation = string_field(header, "generation", true);
  auto documents = header.find("documents"), values = header.find("values");
  if (documents == header.end() || !documents->is_number_unsigned() || values == header.end() ||
      !values->is_number_unsigned())
    throw CountProtocolError("the reply's header lacks 'documents' or 'values'");
  reply.documents = documents->get<std::size_t>();
  if (auto keys = header.find("keys"); keys != header.end()) {
    if (!keys->is_array()) throw CountProtocolError("the reply's 'keys' must be an array");
    reply.keys.emplace();
    for (const json& entry : *keys) {
      if (!entry.is_array() || entry.size() != 2 || !entry[1].is_string())
        throw CountProtocolError("a reply key must be [facet, key], got " + entry.dump());
      reply.keys->emplace_back(facet_named(entry[0]), entry[1].get<std::string>());
    }
  }
  std::size_t at = newline + 1;
  const auto count = values->get<std::size_t>();
  if (count > body.size() - at) throw CountProtocolError("the reply announces more counts than it holds");
  reply.counts.reserve(count);
  std::uint64_t id = 0;
  for (std::size_t i = 0; i < count; ++i) {
    id += get_varint(body, at);
    std::uint64_t n = get_varint(body, at);
    if (id > UINT32_MAX || n > UINT32_MAX) throw CountProtocolError("a count's id or value is out of range");
    reply.counts.emplace_back(static_cast<std::uint32_t>(id), static_cast<std::uint32_t>(n));
  }
  if (at != body.size()) throw CountProtocolError("the reply has bytes after its counts");
  return reply;
}

std::string encode_documents_request(const DocumentsRequest& request) {
  return dump(json{{"uuid", request.uuid}, {"docids", request.docids}});
}

DocumentsRequest decode_documents_request(const std::string& body) {
  json in = parse_object(body, "the request");
  DocumentsRequest request;
  request.uuid = string_field(in, "uuid", true);
  auto docids = in.find("docids");
  if (docids == in.end() || !docids->is_array()) throw CountProtocolError("'docids' must be an array of document numbers");
  for (const json& docid : *docids) {
    if (!docid.is_number_unsigned() || docid.get<std::uint64_t>() == 0 || docid.get<std::uint64_t>() > UINT32_MAX)
      throw CountProtocolError("a docid must be a number from 1 to 2^32-1, got " + docid.dump());
    request.docids.push_back(docid.get<Xapian::docid>());
  }
  return request;
}

std::string encode_documents_reply(const DocumentsReply& reply) {
  std::string out = dump(json{{"uuid", reply.uuid}, {"documents", reply.documents.size()}});
  out += '\n';
  for (const auto& [docid, data] : reply.documents) {
    put_varint(out, docid);
    put_varint(out, data.size());
    out += data;
  }
  return out;
}

DocumentsReply decode_documents_reply(const std::string& body) {
  std::size_t newline = body.find('\n');
  if (newline == std::string::npos) throw CountProtocolError("the reply has no header line");
  json header = parse_object(body.substr(0, newline), "the reply's header");
  DocumentsReply reply;
  reply.uuid = string_field(header, "uuid", true);
  auto documents = header.find("documents");
  if (documents == header.end() || !documents->is_number_unsigned())
    throw CountProtocolError("the reply's header lacks 'documents'");
  std::size_t at = newline + 1;
  const auto count = documents->get<std::size_t>();
  if (count > body.size() - at) throw CountProtocolError("the reply announces more documents than it holds");
  reply.documents.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::uint64_t docid = get_varint(body, at), size = get_varint(body, at);
    if (docid == 0 || docid > UINT32_MAX) throw CountProtocolError("a document's docid is out of range");
    if (size > body.size() - at) throw CountProtocolError("a document is longer than the reply");
    reply.documents.emplace_back(static_cast<Xapian::docid>(docid), body.substr(at, size));
    at += size;
  }
  if (at != body.size()) throw CountProtocolError("the reply has bytes after its documents");
  return reply;
}

std::string error_body(const std::string& code, const std::string& message) {
  return dump(json{{"error", {{"code", code}, {"message", message}}}});
}

std::string error_code(const std::string& body) {
  json in = json::parse(body, nullptr, false);
  if (in.is_discarded() || !in.is_object() || !in.contains("error") || !in["error"].is_object()) return {};
  const json& error = in["error"];
  return error.contains("code") && error["code"].is_string() ? error["code"].get<std::string>() : std::string();
}

std::string resolution_id(const names::SurnameResolution& surnames) {
  // FNV-1a 64 over the merged pairs, in key order.
  std::uint64_t hash = 0xcbf29ce484222325ull;
  auto mix = [&](const std::string& text) {
    for (unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ull;
    hash = (hash ^ 0xff) * 0x100000001b3ull;  // a separator no UTF-8 key holds
  };
  std::size_t merged = 0;
  surnames.for_each([&](const std::string& surname, const std::string& full, bool indexed) {
    if (!indexed) return;
    mix(surname);
    mix(full);
    ++merged;
  });
  std::string id = std::to_string(merged) + "-";
  for (int shift = 60; shift >= 0; shift -= 4) id += kHexDigits[(hash >> shift) & 15];
  return id;
}

}  // namespace kiosque::shards
