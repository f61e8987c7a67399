// A shard's count server, the part that is no HTTP (`kiosque shard-serve`
// wraps it: web/shard_serve_command.h): it answers a coordinator's
// CountRequest (shards/count_protocol.h) by counting the query's matches on
// its one local database with the same FacetTable and FacetCounter as an
// unsharded search, persons' surnames resolved as the coordinator says; and
// a DocumentsRequest with the stored data of a page's documents at once.
//
// Thread-safe: requests are served in parallel, each on a database handle
// of its own, reopened to the shard's latest revision.
#pragma once

#include <xapian.h>

#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "facets/facet_table.h"
#include "names/surname_resolution.h"

namespace kiosque::shards {

class CountService {
 public:
  // Opens the shard; throws Xapian::DatabaseOpeningError when `path` is not
  // one Kiosque database (a stub of shards is refused: its docids are no
  // shard's).
  explicit CountService(std::string path);

  struct Answer {
    int status = 200;
    std::string body;  // a CountReply, or an error body
  };
  // Never throws: a malformed request is a 400, a shard that cannot be read
  // a 503, each with its message.
  Answer count(const std::string& request_body);
  // The same for a DocumentsRequest; a document deleted since the
  // coordinator ranked it is a 409 (kMissingDocument).
  Answer documents(const std::string& request_body);

  std::size_t documents();

 private:
  // A database handle for one request.
  class Handle;
  std::shared_ptr<const names::SurnameResolution> resolution(const std::string& id);
  // An error answer when `uuid` names another shard than `db`; nullopt when it is db's (or empty).
  std::optional<Answer> other_shard(const Xapian::Database& db, const std::string& uuid) const;
  std::shared_ptr<const facets::FacetTable> table(const Xapian::Database& db, const std::string& resolution_id,
                                                  const names::SurnameResolution& surnames);

  std::string path_;
  std::mutex mutex_;  // guards the members below
  std::vector<std::unique_ptr<Xapian::Database>> idle_;
  std::list<std::pair<std::string, std::shared_ptr<const names::SurnameResolution>>> resolutions_;  // recent first
  std::mutex table_mutex_;  // one table read at a time
  std::list<std::shared_ptr<const facets::FacetTable>> tables_;  // recent first
};

}  // namespace kiosque::shards
