// A shard's count server without HTTP (shards/count_service.h): it counts
// persons' surnames as the coordinator resolves them, even when its own
// articles never give the full name, and answers a malformed request with a
// 400 and a message, never a crash. It sends the stored documents asked, in
// order, and refuses a request meant for another shard.
#include <doctest/doctest.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "facets/entity_slot.h"
#include "query/match_all.h"
#include "schema.h"
#include "shards/count_protocol.h"
#include "shards/count_service.h"

using namespace kiosque;

namespace {

// A shard whose articles name "Sarkozy" alone, both names, or others; the
// full name alone is in another shard.
class Shard {
 public:
  Shard() {
    char pattern[] = "/tmp/kiosque-count-service-XXXXXX";
    path_ = mkdtemp(pattern);
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OPEN);
    const std::vector<std::vector<std::pair<std::string, std::string>>> persons = {
        {{"sarkozy", "Sarkozy"}},
        {{"sarkozy", "Sarkozy"}, {"nicolas sarkozy", "Nicolas Sarkozy"}},
        {{"sarkozy", "Sarkozy"}, {"francois fillon", "François Fillon"}},
        {{"francois fillon", "François Fillon"}},
    };
    for (const auto& names : persons) {
      Xapian::Document doc;
      doc.set_data("article " + std::to_string(db.get_lastdocid() + 1));
      doc.add_value(schema::kPersonsSlot, facets::encode_entity_slot(names));
      doc.add_value(schema::kDateSlot, "20120506");
      doc.add_term(names.size() > 1 ? "two" : "one");
      db.add_document(doc);
    }
    db.commit();
  }
  ~Shard() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

names::SurnameResolution sarkozy_resolution() {
  names::SurnameResolution surnames;
  surnames.add("sarkozy", "nicolas sarkozy", true);
  return surnames;
}

// The counts of a reply by "facet:key".
std::map<std::string, std::uint32_t> by_key(const shards::CountReply& reply) {
  REQUIRE(reply.keys.has_value());
  std::map<std::string, std::uint32_t> out;
  for (const auto& entry : reply.counts) {
    const auto& key = (*reply.keys)[entry.first];
    out[std::string(facets::facet_name(key.first)) + ":" + key.second] = entry.second;
  }
  return out;
}

shards::CountReply ask(shards::CountService& service, const shards::CountRequest& request) {
  shards::CountService::Answer answer = service.count(shards::encode_request(request));
  REQUIRE(answer.status == 200);
  return shards::decode_reply(answer.body);
}

}  // namespace

TEST_CASE("count service: surnames counted as the coordinator resolves them, once per article") {
  Shard shard;
  shards::CountService service(shard.path());
  shards::CountRequest request;
  request.query = query::match_all().serialise();
  request.surnames = sarkozy_resolution();
  request.resolution_id = shards::resolution_id(*request.surnames);
  request.facets = {facets::Facet::kPerson};
  shards::CountReply reply = ask(service, request);
  CHECK(reply.documents == 4);
  // No article of this shard has the full name alone: it is counted anyway,
  // and the article naming both counts once.
  CHECK(by_key(reply) == std::map<std::string, std::uint32_t>{{"person:nicolas sarkozy", 3}, {"person:francois fillon", 2}});

  // The resolution is kept: the next request names it only, and a
  // coordinator holding the table's keys gets none again.
  request.surnames.reset();
  request.known_generation = reply.generation;
  request.query = Xapian::Query("two").serialise();
  shards::CountReply again = ask(service, request);
  CHECK(again.generation == reply.generation);
  CHECK_FALSE(again.keys.has_value());
  CHECK(again.documents == 2);
  REQUIRE(again.counts.size() == 2);

  // Without a resolution, the surname stays apart.
  request.surnames = names::SurnameResolution();
  request.resolution_id = shards::resolution_id(*request.surnames);
  request.known_generation.clear();
  request.query = query::match_all().serialise();
  CHECK(by_key(ask(service, request)) == std::map<std::string, std::uint32_t>{
                                             {"person:sarkozy", 3}, {"person:nicolas sarkozy", 1}, {"person:francois fillon", 2}});
}

TEST_CASE("count service: a malformed request is a 400 saying what is wrong, an unknown resolution a 409") {
  Shard shard;
  shards::CountService service(shard.path());
  const std::string id = shards::resolution_id(sarkozy_resolution());
  const std::string hex_garbage = "67617262616765";  // "garbage"
  const std::pair<std::string, const char*> cases[] = {
      {"not json", "is not a JSON object"},
      {"[]", "is not a JSON object"},
      {R"({"resolution": "x"})", "missing 'query'"},
      {R"({"query": 3, "resolution": "x"})", "'query' must be a string"},
      {R"({"query": "abc", "resolution": "x"})", "odd length"},
      {R"({"query": "zz", "resolution": "x"})", "not lower-case hexadecimal"},
      {R"({"query": ")" + hex_garbage + R"(", "resolution": "x", "surnames": []})", "do not match"},
      {R"({"query": "", "resolution": "x", "facets": ["nope"]})", "unknown facet 'nope'"},
      {R"({"query": "", "resolution": "x", "facets": "person"})", "'facets' must be an array"},
      {R"({"query": "", "resolution": ")" + id + R"(", "surnames": [["sarkozy"]]})", "[surname key, full name key]"},
      {R"({"query": ")" + hex_garbage + R"(", "resolution": ")" + shards::resolution_id(names::SurnameResolution()) +
           R"(", "surnames": []})",
       "not a serialised Xapian query"},
  };
  for (const auto& entry : cases) {
    // Not a structured binding: CAPTURE's lambda could not take one (C++17).
    const std::string& body = entry.first;
    const char* message = entry.second;
    CAPTURE(body);
    shards::CountService::Answer answer = service.count(body);
    CHECK(answer.status == 400);
    CHECK(shards::error_code(answer.body) == shards::kBadCountRequest);
    CHECK(answer.body.find(message) != std::string::npos);
  }
  shards::CountRequest request;
  request.query = query::match_all().serialise();
  request.resolution_id = id;  // never sent
  shards::CountService::Answer answer = service.count(shards::encode_request(request));
  CHECK(answer.status == 409);
  CHECK(shards::error_code(answer.body) == shards::kUnknownResolution);
}

TEST_CASE("count replies: malformed ones are errors, not counts") {
  shards::CountReply reply;
  reply.generation = "g";
  reply.documents = 7;
  reply.counts = {{0, 5}, {3, 2}, {300, 70000}};
  reply.keys = std::vector<std::pair<facets::Facet, std::string>>(301, {facets::Facet::kYear, "2020"});
  shards::CountReply back = shards::decode_reply(shards::encode_reply(reply));
  CHECK(back.counts == reply.counts);
  CHECK(back.documents == 7);
  CHECK(back.keys->size() == 301);
  const std::string good = shards::encode_reply(reply);
  for (const std::string& bad : {std::string("no header"), good.substr(0, good.size() - 1), good + "x",
                                 std::string("{\"generation\": \"g\"}\n")}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(shards::decode_reply(bad), shards::CountProtocolError);
  }
}

TEST_CASE("count service: a stub of shards is refused, naming the fix") {
  char pattern[] = "/tmp/kiosque-count-stub-XXXXXX";
  std::string folder = mkdtemp(pattern);
  { std::ofstream(folder + "/XAPIANDB") << "glass shard-0\n"; }
  try {
    shards::CountService service(folder);
    FAIL("no error");
  } catch (const Xapian::DatabaseOpeningError& e) {
    CHECK(e.get_msg().find("give one shard's database") != std::string::npos);
  }
  std::filesystem::remove_all(folder);
}

TEST_CASE("count service: a page's documents in the order asked, from the shard named only") {
  Shard shard;
  shards::CountService service(shard.path());
  const std::string uuid = Xapian::Database(shard.path()).get_uuid();
  shards::CountService::Answer answer = service.documents(shards::encode_documents_request({uuid, {3, 1, 4}}));
  REQUIRE(answer.status == 200);
  shards::DocumentsReply reply = shards::decode_documents_reply(answer.body);
  CHECK(reply.uuid == uuid);
  CHECK(reply.documents == std::vector<std::pair<Xapian::docid, std::string>>{
                               {3, "article 3"}, {1, "article 1"}, {4, "article 4"}});

  // A stub naming another shard's count server: refused, counts as documents.
  answer = service.documents(shards::encode_documents_request({"another-uuid", {1}}));
  CHECK(answer.status == 409);
  CHECK(shards::error_code(answer.body) == shards::kWrongShard);
  shards::CountRequest count;
  count.uuid = "another-uuid";
  count.query = query::match_all().serialise();
  count.surnames = names::SurnameResolution();
  count.resolution_id = shards::resolution_id(*count.surnames);
  answer = service.count(shards::encode_request(count));
  CHECK(answer.status == 409);
  CHECK(shards::error_code(answer.body) == shards::kWrongShard);
  count.uuid = uuid;
  CHECK(service.count(shards::encode_request(count)).status == 200);

  // A document deleted since it was ranked: a 409, not an empty article.
  answer = service.documents(shards::encode_documents_request({uuid, {1, 9}}));
  CHECK(answer.status == 409);
  CHECK(shards::error_code(answer.body) == shards::kMissingDocument);

  const std::pair<std::string, const char*> malformed[] = {
      {R"({"docids": [1]})", "missing 'uuid'"},
      {R"({"uuid": "u"})", "'docids' must be an array"},
      {R"({"uuid": "u", "docids": [0]})", "a docid must be a number from 1"},
      {R"({"uuid": "u", "docids": ["1"]})", "a docid must be a number from 1"},
  };
  for (const auto& entry : malformed) {
    const std::string& body = entry.first;
    CAPTURE(body);
    answer = service.documents(body);
    CHECK(answer.status == 400);
    CHECK(answer.body.find(entry.second) != std::string::npos);
  }
}

TEST_CASE("count protocol: a documents reply that is cut or padded is refused") {
  const std::string whole = shards::encode_documents_reply({"u", {{2, "deux"}, {5, ""}}});
  shards::DocumentsReply reply = shards::decode_documents_reply(whole);
  CHECK(reply.documents == std::vector<std::pair<Xapian::docid, std::string>>{{2, "deux"}, {5, ""}});
  CHECK_THROWS_AS(shards::decode_documents_reply(whole.substr(0, whole.size() - 3)), shards::CountProtocolError);
  CHECK_THROWS_AS(shards::decode_documents_reply(whole + "x"), shards::CountProtocolError);
  CHECK_THROWS_AS(shards::decode_documents_reply("{\"uuid\": \"u\", \"documents\": 1}\n"), shards::CountProtocolError);
}
