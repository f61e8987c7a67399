#include "routes.h"

#include <httplib.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "api_errors.h"
#include "auth.h"
#include "doc_handler.h"
#include "export_handler.h"
#include "entity_handler.h"
#include "facets/facet_table.h"
#include "facet_handler.h"
#include "feed_handler.h"
#include "query/query_error.h"
#include "response_cache.h"
#include "search_handler.h"
#include "similar_handler.h"
#include "static_files.h"
#include "searcher_pool.h"

namespace kiosque::web {

namespace {

using json = nlohmann::ordered_json;

constexpr const char* kJsonType = "application/json; charset=utf-8";

void send_json(httplib::Response& res, const json& body, int status = 200) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), kJsonType);
}

void send_error(httplib::Response& res, ApiError error, const std::string& message, int status = 0,
                const std::string& reason = "", const json& params = json::object()) {
  const ErrorKindInfo& info = error_info(error);
  send_json(res, {{"error", {{"code", info.code}, {"message", message}, {"reason", reason}, {"params", params}}}},
            status ? status : info.http_status);
}

// Runs `reply`, which fills `res`, turning what it throws into an error reply.
template <typename F>
void reply_or_error(const httplib::Request& req, httplib::Response& res, F&& reply) {
  try {
    reply();
  } catch (const ApiException& e) {
    send_error(res, e.error(), e.what(), 0, e.reason(), e.params());
  } catch (const query::QueryError& e) {
    json params = {{"position", e.position()}, {"value", e.value()}};
    send_error(res, ApiError::kBadQuery, e.what(), 0, e.reason(), params);
  } catch (...) {
    // Index errors and bugs: the kind and status from the one table (errors.h).
    Failure failure = failure_of(std::current_exception());
    std::fprintf(stderr, "kiosque serve: %s: %s\n", req.path.c_str(), failure.detail.c_str());
    send_error(res, failure.kind,
               failure.kind == ErrorKind::kInternal ? "internal error (reported on the server's stderr)" : failure.message);
  }
}

// Runs a handler that answers JSON, turning what it throws into an error reply.
template <typename F>
void answer(const httplib::Request& req, httplib::Response& res, F&& handler) {
  reply_or_error(req, res, [&] { send_json(res, handler()); });
}

// The cache key of a request: path, parameters (in httplib's order: by
// name, then as given) and the index revision it would be answered from.
std::string cache_key(const httplib::Request& req, const std::string& db) {
  std::string key = req.path;
  for (const auto& [name, value] : req.params) key.append(1, '\0').append(name).append(1, '=').append(value);
  key.append(1, '\0').append(with_searcher(db, [](search::Searcher& s) { return s.signature(); }));
  return key;
}

// answer(), through `cache`: a request seen at the same index revision gets
// the same reply without a search. Only successful replies are kept.
template <typename F>
void answer_cached(const httplib::Request& req, httplib::Response& res, ResponseCache& cache, const std::string& db,
                   F&& handler) {
  std::string key;
  if (cache.enabled()) {
    try {
      key = cache_key(req, db);
    } catch (const Xapian::Error&) {
      // The index cannot be read: answer() reports it.
    }
  }
  if (!key.empty()) {
    if (auto body = cache.get(key)) {
      res.set_header("Cache-Control", "no-store");
      res.set_header("X-Kiosque-Cache", "hit");
      res.set_content(*body, kJsonType);
      return;
    }
  }
  answer(req, res, handler);
  if (!key.empty() && res.status == 200) cache.put(key, std::make_shared<const std::string>(res.body));
}

// "http://host:port" as the client addressed the server, for absolute links.
std::string base_url(const httplib::Request& req) {
  std::string host = req.get_header_value("Host");
  return "http://" + (host.empty() ? std::string("127.0.0.1") : host);
}

// The request's query string as sent ("q=x&person=y"), without the '?'.
std::string query_string(const httplib::Request& req) {
  std::size_t mark = req.target.find('?');
  return mark == std::string::npos ? "" : req.target.substr(mark + 1);
}

void send_file(httplib::Response& res, const std::string& name) {
  const EmbeddedFile* file = find_embedded_file(name);
  if (!file) return send_error(res, ApiError::kNotFound, "no file '" + name + "'");
  res.set_header("Cache-Control", "no-cache");
  res.set_content(reinterpret_cast<const char*>(file->data), file->size, content_type_for(name));
}

// Refuses, before any route runs, a request with too many headers or
// without the token.
httplib::Server::HandlerResponse check_request(const httplib::Request& req, httplib::Response& res,
                                               const std::string& token) {
  std::size_t header_bytes = 0;
  for (const auto& [name, value] : req.headers) header_bytes += name.size() + value.size() + 4;
  if (req.headers.size() > kMaxHeaders || header_bytes > kMaxHeaderBytes) {
    send_error(res, ApiError::kBadRequest, "too many or too large headers: at most " + std::to_string(kMaxHeaders) +
                                               " headers, " + std::to_string(kMaxHeaderBytes) + " bytes", 431);
    return httplib::Server::HandlerResponse::Handled;
  }
  if (!token.empty() && !authorized(req.get_header_value("Authorization"), token)) {
    res.set_header("WWW-Authenticate", kAuthChallenge);
    send_error(res, ApiError::kUnauthorized,
               "this server needs its token: 'Authorization: Bearer TOKEN', or HTTP Basic with the token as password");
    return httplib::Server::HandlerResponse::Handled;
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

}  // namespace

void add_routes(httplib::Server& server, const std::string& db, std::size_t cache_bytes, const std::string& token) {
  auto cache = std::make_shared<ResponseCache>(cache_bytes);
  server.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"}});
  server.set_pre_routing_handler([token](const httplib::Request& req, httplib::Response& res) {
    return check_request(req, res, token);
  });

  server.Get("/healthz", [db](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] {
      auto documents = with_searcher(db, [](search::Searcher& s) { return s.database().get_doccount(); });
      return json{{"status", "ok"}, {"documents", documents}};
    });
  });
  server.Get("/api/search", [db, cache](const httplib::Request& req, httplib::Response& res) {
    answer_cached(req, res, *cache, db, [&] { return handle_search(db, req.params); });
  });
  server.Get("/api/facets", [](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] {
      expect_no_params(req.params);
      return handle_facet_list();
    });
  });
  server.Get("/api/facet/(.*)", [db, cache](const httplib::Request& req, httplib::Response& res) {
    answer_cached(req, res, *cache, db, [&] { return handle_facet(db, req.matches[1], req.params); });
  });
  server.Get("/api/export", [db](const httplib::Request& req, httplib::Response& res) {
    reply_or_error(req, res, [&] {
      ExportStart start = start_export(db, req.params);
      res.set_header("Cache-Control", "no-store");
      res.set_header("Content-Disposition", "attachment; filename=\"" + start.filename + "\"");
      std::shared_ptr<ExportStream> stream = start.stream;
      res.set_chunked_content_provider(start.content_type,
                                       [stream](std::size_t, httplib::DataSink& sink) { return stream->write_next(sink); });
    });
  });
  server.Get("/api/similar/(.+)", [db, cache](const httplib::Request& req, httplib::Response& res) {
    answer_cached(req, res, *cache, db, [&] { return handle_similar(db, req.matches[1], req.params); });
  });
  server.Get("/feed.atom", [db](const httplib::Request& req, httplib::Response& res) {
    reply_or_error(req, res, [&] {
      res.set_header("Cache-Control", "no-cache");
      res.set_content(handle_feed(db, base_url(req), req.params, query_string(req)), "application/atom+xml; charset=utf-8");
    });
  });
  server.Get("/opensearch.xml", [](const httplib::Request& req, httplib::Response& res) {
    reply_or_error(req, res, [&] {
      expect_no_params(req.params);
      res.set_content(opensearch_description(base_url(req)), "application/opensearchdescription+xml; charset=utf-8");
    });
  });
  server.Get("/api/entity/([^/]*)/(.+)", [db, cache](const httplib::Request& req, httplib::Response& res) {
    answer_cached(req, res, *cache, db, [&] { return handle_entity(db, req.matches[1], req.matches[2], req.params); });
  });
  server.Get("/api/doc/(.+)", [db](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] {
      return handle_doc(db, req.matches[1], parse_doc_params(req.params));
    });
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& res) { send_file(res, "index.html"); });
  server.Get("/entity/.*", [](const httplib::Request&, httplib::Response& res) { send_file(res, "entity.html"); });
  server.Get("/assets/(.*)", [](const httplib::Request& req, httplib::Response& res) { send_file(res, req.matches[1]); });

  // Unknown paths, and the HTTP layer's own refusals (malformed request,
  // URI too long), answer the same JSON shape.
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (res.status == 404)
      send_error(res, ApiError::kNotFound, "no such path: " + req.path, 404);
    else
      send_error(res, ApiError::kBadRequest, "bad HTTP request (status " + std::to_string(res.status) + ")", res.status);
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::fprintf(stderr, "kiosque serve: internal error on %s: %s\n", req.path.c_str(), what.c_str());
    send_error(res, ApiError::kInternal, "internal error (reported on the server's stderr)");
  });
}

}  // namespace kiosque::web
