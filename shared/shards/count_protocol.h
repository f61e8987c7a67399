// What a coordinator and a shard's count server (`kiosque shard-serve`)
// say to each other: the facet counts of a query, counted where the shard
// is, so that a search over remote shards ships per-value counts (bounded
// by the shard's distinct values) instead of every match's docid.
//
// POST kCountPath, a JSON CountRequest; the answer is a CountReply: one
// JSON line (table generation, documents, the table's keys when the
// coordinator does not hold them yet), then the nonzero counts as varints.
// Errors answer {"error": {"code", "message"}} with a code below.
//
// Persons' surnames are counted as the coordinator resolves them over the
// whole index (names/surname_resolution.h), not as one shard's articles
// would: the request names the resolution by id and sends it when the
// server may not have it yet.
//
// POST kDocumentsPath, a JSON DocumentsRequest: the stored data of a
// page's documents, all in one request, where Xapian 1.4's remote backend
// reads them one round trip each. The answer is a DocumentsReply: one JSON
// line (the shard's uuid, how many documents), then each document as a
// varint docid, a varint length and its bytes.
//
// Both requests name the shard by the uuid its xapian-tcpsrv gives: a
// count server of another shard (a stub's typo) refuses them.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "facets/facet.h"
#include "names/surname_resolution.h"

namespace kiosque::shards {

inline constexpr const char* kCountPath = "/count";
inline constexpr const char* kDocumentsPath = "/documents";

// The count server's error codes.
inline constexpr const char* kBadCountRequest = "bad_count_request";     // 400: the request is malformed
inline constexpr const char* kUnknownResolution = "unknown_resolution";  // 409: send the surnames with it
inline constexpr const char* kShardUnreadable = "shard_unreadable";      // 503: the shard cannot be read
inline constexpr const char* kWrongShard = "wrong_shard";                // 409: the server serves another shard
inline constexpr const char* kMissingDocument = "missing_document";      // 409: deleted since it was ranked

// A malformed request or reply; the message says what is wrong.
class CountProtocolError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CountRequest {
  std::string uuid;                   // the shard's (Xapian::Database::get_uuid()); empty: not checked
  std::string query;                  // Xapian::Query::serialise(), no posting sources
  std::vector<facets::Facet> facets;  // counted facets; empty: all
  std::string resolution_id;          // resolution_id(surnames)
  std::optional<names::SurnameResolution> surnames;  // sent when the server may lack resolution_id
  std::string known_generation;       // the table whose keys the coordinator holds
};

struct CountReply {
  std::string generation;  // the shard's table the ids below are of (its revision and resolution)
  std::size_t documents = 0;
  // The table's values by id, sent when the request's known_generation is
  // another table's.
  std::optional<std::vector<std::pair<facets::Facet, std::string>>> keys;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> counts;  // (id, count): nonzero, ids increasing
};

struct DocumentsRequest {
  std::string uuid;                   // the shard's, as for CountRequest
  std::vector<Xapian::docid> docids;  // the shard's own docids
};

struct DocumentsReply {
  std::string uuid;  // the shard's
  std::vector<std::pair<Xapian::docid, std::string>> documents;  // (docid, stored data), in the request's order
};

std::string encode_request(const CountRequest& request);
// Throws CountProtocolError.
CountRequest decode_request(const std::string& body);

std::string encode_reply(const CountReply& reply);
// Throws CountProtocolError.
CountReply decode_reply(const std::string& body);

std::string encode_documents_request(const DocumentsRequest& request);
// Throws CountProtocolError.
DocumentsRequest decode_documents_request(const std::string& body);

std::string encode_documents_reply(const DocumentsReply& reply);
// Throws CountProtocolError.
DocumentsReply decode_documents_reply(const std::string& body);

// An error body: {"error": {"code": code, "message": message}}.
std::string error_body(const std::string& code, const std::string& message);
// The code of an error body; empty when it is none.
std::string error_code(const std::string& body);

// Names a resolution by its content: the persons' surnames it merges.
std::string resolution_id(const names::SurnameResolution& surnames);

}  // namespace kiosque::shards
