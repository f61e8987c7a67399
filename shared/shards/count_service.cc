#include "shards/count_service.h"

#include "facets/facet_counter.h"
#include "search/local_count.h"
#include "shards/count_protocol.h"
#include "shards/index_database.h"
#include "shards/stub_file.h"

namespace kiosque::shards {

namespace {

// Resolutions and tables kept: a coordinator's index state or two, and
// several coordinators on different revisions for a moment.
constexpr std::size_t kKeptResolutions = 8;
constexpr std::size_t kKeptTables = 4;

}  // namespace

// Borrows an idle database handle (or opens one) and gives it back.
class CountService::Handle {
 public:
  explicit Handle(CountService& service) : service_(service) {
    {
      std::lock_guard<std::mutex> lock(service_.mutex_);
      if (!service_.idle_.empty()) {
        db_ = std::move(service_.idle_.back());
        service_.idle_.pop_back();
      }
    }
    if (db_)
      db_->reopen();
    else
      db_ = std::make_unique<Xapian::Database>(IndexDatabase(service_.path_).database());
  }
  ~Handle() {
    std::lock_guard<std::mutex> lock(service_.mutex_);
    service_.idle_.push_back(std::move(db_));
  }
  const Xapian::Database& db() const { return *db_; }

 private:
  CountService& service_;
  std::unique_ptr<Xapian::Database> db_;
};

CountService::CountService(std::string path) : path_(std::move(path)) {
  if (!stub_file_of(path_).empty())
    throw Xapian::DatabaseOpeningError("'" + path_ + "' is a stub of shards: give one shard's database (DIR/shard-0)");
  idle_.push_back(std::make_unique<Xapian::Database>(IndexDatabase(path_).database()));
}

std::size_t CountService::documents() {
  Handle handle(*this);
  return handle.db().get_doccount();
}

std::shared_ptr<const names::SurnameResolution> CountService::resolution(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = resolutions_.begin(); it != resolutions_.end(); ++it)
    if (it->first == id) {
      resolutions_.splice(resolutions_.begin(), resolutions_, it);
      return it->second;
    }
  return nullptr;
}

std::shared_ptr<const facets::FacetTable> CountService::table(const Xapian::Database& db,
                                                              const std::string& resolution_id,
                                                              const names::SurnameResolution& surnames) {
  // The shard's revision and the coordinator's resolution: what the table's ids depend on.
  const std::string generation =
      db.get_uuid() + "/r" + std::to_string(db.get_revision()) + "/" + resolution_id;
  std::lock_guard<std::mutex> lock(table_mutex_);
  for (auto it = tables_.begin(); it != tables_.end(); ++it)
    if ((*it)->signature() == generation) {
      tables_.splice(tables_.begin(), tables_, it);
      return tables_.front();
    }
  tables_.push_front(std::make_shared<const facets::FacetTable>(db, generation, surnames));
  if (tables_.size() > kKeptTables) tables_.pop_back();
  return tables_.front();
}

std::optional<CountService::Answer> CountService::other_shard(const Xapian::Database& db, const std::string& uuid) const {
  if (uuid.empty() || uuid == db.get_uuid()) return std::nullopt;
  return Answer{409, error_body(kWrongShard, "'" + path_ + "' is shard " + db.get_uuid() + ", not " + uuid +
                                                 ": the stub names the count server of another shard")};
}

CountService::Answer CountService::count(const std::string& request_body) {
  CountRequest request;
  Xapian::Query query;
  try {
    request = decode_request(request_body);
    query = Xapian::Query::unserialise(request.query, Xapian::Registry());
  } catch (const CountProtocolError& e) {
    return {400, error_body(kBadCountRequest, e.what())};
  } catch (const Xapian::Error& e) {
    return {400, error_body(kBadCountRequest, "'query' is not a serialised Xapian query: " + e.get_description())};
  }

  std::shared_ptr<const names::SurnameResolution> surnames;
  if (request.surnames) {
    surnames = std::make_shared<const names::SurnameResolution>(std::move(*request.surnames));
    std::lock_guard<std::mutex> lock(mutex_);
    resolutions_.emplace_front(request.resolution_id, surnames);
    if (resolutions_.size() > kKeptResolutions) resolutions_.pop_back();
  } else if (!(surnames = resolution(request.resolution_id))) {
    return {409, error_body(kUnknownResolution, "resolution " + request.resolution_id +
                                                    " is not known here: send it with 'surnames'")};
  }

  try {
    Handle handle(*this);
    if (auto refused = other_shard(handle.db(), request.uuid)) return *refused;
    std::shared_ptr<const facets::FacetTable> counted = table(handle.db(), request.resolution_id, *surnames);
    facets::FacetCounter counter(counted, request.facets);
    CountReply reply;
    reply.documents = search::count_local_matches(handle.db(), query, &counter);
    reply.generation = counted->signature();
    const std::vector<std::uint32_t>& counts = counter.counts();
    for (std::uint32_t id = 0; id < counts.size(); ++id)
      if (counts[id]) reply.counts.emplace_back(id, counts[id]);
    if (request.known_generation != reply.generation) {
      reply.keys.emplace();
      reply.keys->reserve(counted->size());
      for (facets::FacetTable::Id id = 0; id < counted->size(); ++id)
        reply.keys->emplace_back(counted->entry(id).facet, counted->entry(id).key);
    }
    return {200, encode_reply(reply)};
  } catch (const Xapian::Error& e) {
    return {503, error_body(kShardUnreadable, "'" + path_ + "' cannot be counted: " + e.get_description())};
  }
}

CountService::Answer CountService::documents(const std::string& request_body) {
  DocumentsRequest request;
  try {
    request = decode_documents_request(request_body);
  } catch (const CountProtocolError& e) {
    return {400, error_body(kBadCountRequest, e.what())};
  }
  try {
    Handle handle(*this);
    if (auto refused = other_shard(handle.db(), request.uuid)) return *refused;
    DocumentsReply reply;
    reply.uuid = handle.db().get_uuid();
    reply.documents.reserve(request.docids.size());
    for (Xapian::docid docid : request.docids) {
      try {
        reply.documents.emplace_back(docid, handle.db().get_document(docid).get_data());
      } catch (const Xapian::DocNotFoundError&) {
        return {409, error_body(kMissingDocument, "'" + path_ + "' has no document " + std::to_string(docid) +
                                                      " (deleted since it was ranked): search again")};
      }
    }
    return {200, encode_documents_reply(reply)};
  } catch (const Xapian::Error& e) {
    return {503, error_body(kShardUnreadable, "'" + path_ + "' cannot be read: " + e.get_description())};
  }
}

}  // namespace kiosque::shards
