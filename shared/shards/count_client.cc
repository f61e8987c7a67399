#include "shards/count_client.h"

#include <httplib.h>
#include <xapian.h>

#include <chrono>
#include <limits>
#include <map>
#include <mutex>

#include "shards/count_protocol.h"

namespace kiosque::shards {

namespace {

constexpr facets::FacetTable::Id kUnmapped = std::numeric_limits<facets::FacetTable::Id>::max();
constexpr std::chrono::milliseconds kStaleConnectionFailure{500};

void set_timeout(httplib::Client& http, unsigned connect_ms, unsigned operation_ms) {
  http.set_connection_timeout(connect_ms / 1000, (connect_ms % 1000) * 1000);
  http.set_read_timeout(operation_ms / 1000, (operation_ms % 1000) * 1000);
  http.set_write_timeout(operation_ms / 1000, (operation_ms % 1000) * 1000);
}

// The shard's table ids mapped to the coordinator's table.
struct KeyMapping {
  std::string table_signature;  // the coordinator's table
  std::string generation;       // the shard's
  std::vector<facets::FacetTable::Id> global_ids;
  std::map<std::uint32_t, std::string> unmapped;  // the values of kUnmapped ids, for messages
};

// What every client of this process shares, by count server: the
// resolution it holds, and its table's ids mapped to the coordinator's.
// Only the first search after a change sends the resolution and reads the
// keys (about 1 MB per shard of 11k articles), not the first of each
// Searcher.
struct ServerState {
  std::string resolution_id;
  std::shared_ptr<const KeyMapping> mapping;
};

struct SharedState {
  std::mutex mutex;
  std::map<std::string, ServerState> servers;  // by address
  std::string table_signature, resolution_id;  // resolution_id() of the latest table's surnames
};

SharedState& shared_state() {
  static SharedState state;
  return state;
}

}  // namespace

struct CountClient::Http {
  httplib::Client client;
  Http(const std::string& host, unsigned port) : client(host, static_cast<int>(port)) {
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);
    set_timeout(client, kRemoteConnectTimeoutMs, kRemoteTimeoutMs);
  }
};

CountClient::CountClient(const Shard& shard)
    : name_(shard.name),
      uuid_(shard.db.get_uuid()),
      address_(shard.count_host + ":" + std::to_string(shard.count_port)),
      http_(std::make_unique<Http>(shard.count_host, shard.count_port)) {}

CountClient::~CountClient() = default;

void CountClient::fail(const std::string& problem) const {
  throw Xapian::NetworkError(name_ + ": its count server " + address_ + " " + problem +
                             " (is its kiosque shard-serve running and reachable?)");
}

std::string CountClient::post(const char* path, const std::string& request, int& status) {
  const auto started = std::chrono::steady_clock::now();
  httplib::Result result = http_->client.Post(path, request, "application/json");
  // A kept-alive connection the server closed meanwhile fails at once: once
  // more on a new one. A server that does not answer in time is not asked again.
  if (!result && std::chrono::steady_clock::now() - started < kStaleConnectionFailure)
    result = http_->client.Post(path, request, "application/json");
  if (!result) fail("does not answer: " + httplib::to_string(result.error()));
  status = result->status;
  return std::move(result->body);
}

ShardCounts CountClient::count(const std::string& serialised, const std::vector<facets::Facet>& facets,
                               const facets::FacetTable& table) {
  SharedState& shared = shared_state();
  CountRequest request;
  request.uuid = uuid_;
  request.query = serialised;
  request.facets = facets;
  std::shared_ptr<const KeyMapping> known;
  {
    std::lock_guard<std::mutex> lock(shared.mutex);
    if (shared.table_signature != table.signature()) {
      shared.table_signature = table.signature();
      shared.resolution_id = resolution_id(table.surnames());
    }
    request.resolution_id = shared.resolution_id;
    const ServerState& state = shared.servers[address_];
    if (state.mapping && state.mapping->table_signature == table.signature()) known = state.mapping;
    if (state.resolution_id != request.resolution_id) request.surnames = table.surnames();
  }
  if (known) request.known_generation = known->generation;

  int status = 0;
  std::string body = post(kCountPath, encode_request(request), status);
  if (status == 409 && error_code(body) == kUnknownResolution) {
    // The server restarted, or forgot it among other coordinators' resolutions.
    request.surnames = table.surnames();
    body = post(kCountPath, encode_request(request), status);
  }
  if (status != 200) fail("answers " + std::to_string(status) + ": " + body);

  CountReply reply;
  try {
    reply = decode_reply(body);
  } catch (const CountProtocolError& e) {
    fail(std::string("answers a malformed reply: ") + e.what());
  }
  if (reply.keys) {
    auto mapped = std::make_shared<KeyMapping>();
    mapped->table_signature = table.signature();
    mapped->generation = reply.generation;
    mapped->global_ids.assign(reply.keys->size(), kUnmapped);
    for (std::size_t id = 0; id < reply.keys->size(); ++id) {
      const auto& key = (*reply.keys)[id];
      if (auto global = table.find(key.first, key.second))
        mapped->global_ids[id] = *global;
      else
        mapped->unmapped.emplace(static_cast<std::uint32_t>(id),
                                 std::string(facets::facet_name(key.first)) + " '" + key.second + "'");
    }
    known = mapped;
  } else if (!known || reply.generation != known->generation) {
    fail("answers counts of table " + reply.generation + " without its keys");
  }
  {
    std::lock_guard<std::mutex> lock(shared.mutex);
    ServerState& state = shared.servers[address_];
    state.resolution_id = request.resolution_id;
    state.mapping = known;
  }

  ShardCounts out;
  out.documents = reply.documents;
  out.counts.reserve(reply.counts.size());
  for (const auto& entry : reply.counts) {
    if (entry.first >= known->global_ids.size())
      fail("answers a count of value " + std::to_string(entry.first) + ", which its table lacks");
    const facets::FacetTable::Id global = known->global_ids[entry.first];
    if (global == kUnmapped)
      throw Xapian::DatabaseModifiedError(name_ + " has changed since the index was read: it counts " +
                                          known->unmapped.at(entry.first) + ", which the index did not have; search again");
    out.counts.emplace_back(global, entry.second);
  }
  return out;
}

std::vector<std::string> CountClient::documents(const std::vector<Xapian::docid>& docids) {
  int status = 0;
  std::string body = post(kDocumentsPath, encode_documents_request({uuid_, docids}), status);
  if (status == 409 && error_code(body) == kMissingDocument)
    throw Xapian::DatabaseModifiedError(name_ + " has changed since the search ranked it: " + body);
  if (status != 200) fail("answers " + std::to_string(status) + ": " + body);
  DocumentsReply reply;
  try {
    reply = decode_documents_reply(body);
  } catch (const CountProtocolError& e) {
    fail(std::string("answers malformed documents: ") + e.what());
  }
  if (reply.uuid != uuid_) fail("answers the documents of shard " + reply.uuid + ", not " + uuid_);
  if (reply.documents.size() != docids.size())
    fail("answers " + std::to_string(reply.documents.size()) + " documents for " + std::to_string(docids.size()) +
         " asked");
  std::vector<std::string> out;
  out.reserve(docids.size());
  for (std::size_t i = 0; i < docids.size(); ++i) {
    if (reply.documents[i].first != docids[i])
      fail("answers document " + std::to_string(reply.documents[i].first) + " for document " +
           std::to_string(docids[i]));
    out.push_back(std::move(reply.documents[i].second));
  }
  return out;
}

}  // namespace kiosque::shards
