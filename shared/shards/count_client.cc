#include "shards/count_client.h"

#include <httplib.h>
#include <xapian.h>

#include <limits>

#include "shards/count_protocol.h"

namespace kiosque::shards {

namespace {

constexpr facets::FacetTable::Id kUnmapped = std::numeric_limits<facets::FacetTable::Id>::max();

void set_timeout(httplib::Client& http, unsigned connect_ms, unsigned operation_ms) {
  http.set_connection_timeout(connect_ms / 1000, (connect_ms % 1000) * 1000);
  http.set_read_timeout(operation_ms / 1000, (operation_ms % 1000) * 1000);
  http.set_write_timeout(operation_ms / 1000, (operation_ms % 1000) * 1000);
}

}  // namespace

struct CountClient::Http {
  httplib::Client client;
  Http(const std::string& host, unsigned port) : client(host, static_cast<int>(port)) {
    // A new connection per request: a kept-alive one the server has closed
    // in the meantime would fail the next request (cpp-httplib 0.11).
    client.set_keep_alive(false);
    set_timeout(client, kRemoteConnectTimeoutMs, kRemoteTimeoutMs);
  }
};

CountClient::CountClient(const Shard& shard)
    : name_(shard.name),
      address_(shard.count_host + ":" + std::to_string(shard.count_port)),
      http_(std::make_unique<Http>(shard.count_host, shard.count_port)) {}

CountClient::~CountClient() = default;

void CountClient::fail(const std::string& problem) const {
  throw Xapian::NetworkError(name_ + ": its count server " + address_ + " " + problem +
                             " (is its kiosque shard-serve running and reachable?)");
}

std::string CountClient::post(const std::string& request, int& status) {
  httplib::Result result = http_->client.Post(kCountPath, request, "application/json");
  if (!result) fail("does not answer: " + httplib::to_string(result.error()));
  status = result->status;
  return std::move(result->body);
}

ShardCounts CountClient::count(const std::string& serialised, const std::vector<facets::Facet>& facets,
                               const facets::FacetTable& table) {
  if (table.signature() != table_signature_) {
    table_signature_ = table.signature();
    resolution_id_ = resolution_id(table.surnames());
    resolution_sent_ = false;
    generation_.clear();  // the mapping is to another table's ids
  }
  CountRequest request;
  request.query = serialised;
  request.facets = facets;
  request.resolution_id = resolution_id_;
  request.known_generation = generation_;
  if (!resolution_sent_) request.surnames = table.surnames();

  int status = 0;
  std::string body = post(encode_request(request), status);
  if (status == 409 && error_code(body) == kUnknownResolution) {
    // The server restarted, or forgot it among other coordinators' resolutions.
    request.surnames = table.surnames();
    body = post(encode_request(request), status);
  }
  if (status != 200) fail("answers " + std::to_string(status) + ": " + body);
  resolution_sent_ = true;

  CountReply reply;
  try {
    reply = decode_reply(body);
  } catch (const CountProtocolError& e) {
    fail(std::string("answers a malformed reply: ") + e.what());
  }
  if (reply.keys) {
    generation_ = reply.generation;
    global_ids_.assign(reply.keys->size(), kUnmapped);
    unmapped_.clear();
    for (std::size_t id = 0; id < reply.keys->size(); ++id) {
      const auto& key = (*reply.keys)[id];
      if (auto global = table.find(key.first, key.second))
        global_ids_[id] = *global;
      else
        unmapped_.emplace(static_cast<std::uint32_t>(id), std::string(facets::facet_name(key.first)) + " '" + key.second + "'");
    }
  } else if (reply.generation != generation_) {
    fail("answers counts of table " + reply.generation + " without its keys");
  }

  ShardCounts out;
  out.documents = reply.documents;
  out.counts.reserve(reply.counts.size());
  for (const auto& entry : reply.counts) {
    if (entry.first >= global_ids_.size()) fail("answers a count of value " + std::to_string(entry.first) + ", which its table lacks");
    const facets::FacetTable::Id global = global_ids_[entry.first];
    if (global == kUnmapped)
      throw Xapian::DatabaseModifiedError(name_ + " has changed since the index was read: it counts " +
                                          unmapped_[entry.first] + ", which the index did not have; search again");
    out.counts.emplace_back(global, entry.second);
  }
  return out;
}

}  // namespace kiosque::shards
