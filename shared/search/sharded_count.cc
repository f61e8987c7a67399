#include "search/sharded_count.h"

#include <cassert>
#include <exception>
#include <future>

namespace kiosque::search {

ShardedCount::ShardedCount(const shards::IndexDatabase& index) : shards_(index.shards()) {
  for (const shards::Shard& shard : shards_)
    clients_.push_back(shard.count_port ? std::make_unique<shards::CountClient>(shard) : nullptr);
}

ShardedCount::~ShardedCount() = default;

bool ShardedCount::counts_every_shard() const {
  for (const auto& client : clients_)
    if (!client) return false;
  return true;
}

std::future<std::size_t> ShardedCount::count_in_background(const Xapian::Query& query, facets::FacetCounter& counter) {
  assert(counts_every_shard());
  // Serialised here: a Xapian::Query's copies share their reference counts,
  // which no other thread may touch.
  return std::async(std::launch::async, [this, serialised = query.serialise(), &counter] {
    return count(serialised, Xapian::Query(), counter);
  });
}

std::size_t ShardedCount::count(const Xapian::Query& query, facets::FacetCounter& counter) {
  return count(query.serialise(), query, counter);
}

std::size_t ShardedCount::count(const std::string& serialised, const Xapian::Query& query,
                                facets::FacetCounter& counter) {
  const facets::FacetTable& table = *counter.table();
  // Every count server but the last asked on a thread of its own, the last
  // on this one (std::launch::deferred: when its answer is taken).
  std::vector<std::future<shards::ShardCounts>> asked(shards_.size());
  std::size_t last = shards_.size();
  for (std::size_t i = 0; i < shards_.size(); ++i)
    if (clients_[i]) last = i;
  for (std::size_t i = 0; i < shards_.size(); ++i)
    if (clients_[i])
      asked[i] = std::async(i == last ? std::launch::deferred : std::launch::async,
                            [&, i] { return clients_[i]->count(serialised, counter.facets(), table); });

  // Meanwhile the shards without a count server: their matches, unscored,
  // counted by the index's docid (docid d of shard i is (d - 1) * n + i + 1).
  std::size_t total = 0;
  std::exception_ptr failed;
  const auto n = static_cast<Xapian::docid>(shards_.size());
  try {
    for (std::size_t i = 0; i < shards_.size(); ++i) {
      if (clients_[i]) continue;
      Xapian::Enquire counting(shards_[i].db);
      counting.set_query(query);
      counting.set_weighting_scheme(Xapian::BoolWeight());
      Xapian::MSet all = counting.get_mset(0, shards_[i].db.get_doccount());
      for (auto it = all.begin(); it != all.end(); ++it) counter.count((*it - 1) * n + static_cast<Xapian::docid>(i) + 1);
      total += all.size();
    }
  } catch (...) {
    failed = std::current_exception();
  }
  // Every answer is waited for (the tasks use this object), the first failure
  // thrown; the deferred one first: it runs meanwhile.
  std::vector<std::size_t> order;
  if (last < shards_.size()) order.push_back(last);
  for (std::size_t i = 0; i < last; ++i)
    if (clients_[i]) order.push_back(i);
  for (std::size_t i : order) {
    try {
      shards::ShardCounts counts = asked[i].get();
      total += counts.documents;
      counter.add_documents(counts.documents);
      for (const auto& entry : counts.counts) counter.add(entry.first, entry.second);
    } catch (...) {
      if (!failed) failed = std::current_exception();
    }
  }
  if (failed) std::rethrow_exception(failed);
  return total;
}

}  // namespace kiosque::search
