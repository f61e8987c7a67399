#include "search/sharded_documents.h"

#include <exception>
#include <future>

namespace kiosque::search {

ShardedDocuments::ShardedDocuments(const shards::IndexDatabase& index) : shards_(index.shards()) {
  for (const shards::Shard& shard : shards_)
    clients_.push_back(shard.count_port ? std::make_unique<shards::CountClient>(shard) : nullptr);
}

ShardedDocuments::~ShardedDocuments() = default;

std::vector<std::string> ShardedDocuments::data(const std::vector<Xapian::docid>& docids) {
  // Docid d of the index is docid (d - 1) / n + 1 of shard (d - 1) % n.
  const auto n = static_cast<Xapian::docid>(shards_.size());
  std::vector<std::vector<Xapian::docid>> asked(shards_.size());
  std::vector<std::vector<std::size_t>> places(shards_.size());  // where each shard's documents go
  for (std::size_t place = 0; place < docids.size(); ++place) {
    const Xapian::docid shard = (docids[place] - 1) % n;
    asked[shard].push_back((docids[place] - 1) / n + 1);
    places[shard].push_back(place);
  }
  // Count servers asked on threads of their own but the last, asked on this
  // one (std::launch::deferred: when its answer is taken, first).
  std::size_t last = shards_.size();
  for (std::size_t i = 0; i < shards_.size(); ++i)
    if (clients_[i] && !asked[i].empty()) last = i;
  std::vector<std::future<std::vector<std::string>>> answers(shards_.size());
  for (std::size_t i = 0; i < shards_.size(); ++i)
    if (clients_[i] && !asked[i].empty())
      answers[i] = std::async(i == last ? std::launch::deferred : std::launch::async,
                              [&, i] { return clients_[i]->documents(asked[i]); });

  std::vector<std::string> out(docids.size());
  std::exception_ptr failed;
  auto take = [&](std::size_t i) {
    try {
      std::vector<std::string> data = answers[i].get();
      for (std::size_t k = 0; k < data.size(); ++k) out[places[i][k]] = std::move(data[k]);
    } catch (...) {
      if (!failed) failed = std::current_exception();
    }
  };
  if (last < shards_.size()) take(last);
  try {
    for (std::size_t i = 0; i < shards_.size(); ++i)
      if (!clients_[i])
        for (std::size_t k = 0; k < asked[i].size(); ++k)
          out[places[i][k]] = shards_[i].db.get_document(asked[i][k]).get_data();
  } catch (...) {
    if (!failed) failed = std::current_exception();
  }
  // Every answer is waited for (the tasks use this object), the first failure thrown.
  for (std::size_t i = 0; i < last; ++i)
    if (answers[i].valid()) take(i);
  if (failed) std::rethrow_exception(failed);
  return out;
}

}  // namespace kiosque::search
