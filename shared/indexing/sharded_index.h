// `kiosque index --shards N --db DIR`: N shard databases, DIR/shard-0 to
// DIR/shard-(N-1), and the stub DIR/XAPIANDB listing them
// (shards/stub_file.h), which `kiosque search` and `kiosque serve` open as
// one index.
//
// Each shard is written by its own run_index() on its own thread: every run
// reads all the archives, keeps the articles whose id hashes to its shard
// (shards/shard_placement.h) and analyses only those, so the shards are
// analysed and written in parallel. Re-indexing and --prune, run per shard,
// only ever touch the shard that holds an article.
#pragma once

#include <string>

#include "indexing/index_run.h"

namespace kiosque::indexing {

// Indexes into `options.db` as `shards` shards; --jobs threads are shared
// out between them. Throws FatalError when the folder holds an unsharded
// index, or a sharded one with another number of shards (articles are placed
// by the number of shards: changing it means indexing into a new folder).
IndexStats run_sharded_index(const IndexOptions& options, unsigned shards, const Reporter& report);

// Throws FatalError when `db` is a sharded index, which an unsharded run
// must not write into.
void check_not_sharded(const std::string& db);

}  // namespace kiosque::indexing
