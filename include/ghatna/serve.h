// ghatna serve: an HTTP API (JSON, under /v1) and a web dashboard over an
// event store, and the coder itself behind POST /v1/code. Routes, errors
// and limits: docs/serve.md; the API's OpenAPI 3 description is
// web/openapi.json, served at /v1/openapi.json.
//
//   auto server = ghatna::Server::Create(*pipeline, {.db = "events.db", .port = 0});
//   int port = *(*server)->Bind();          // 127.0.0.1, a free port
//   std::thread t([&] { (*server)->Run(); });
//   ... (*server)->Stop(); t.join();        // in-flight requests finish
//
// The store is opened read-only, one connection per worker at most; the
// server never writes to it. Requests are served by a bounded pool of worker
// threads with a bounded queue: beyond it, 503.
#ifndef GHATNA_SERVE_H_
#define GHATNA_SERVE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "ghatna/pipeline.h"
#include "ghatna/status.h"

namespace ghatna {

struct ServeOptions {
  std::string db;                   // store: SQLite path or postgresql:// URL
  std::string host = "127.0.0.1";   // address to bind
  int port = 8080;                  // 0: any free port (see Bind)
  int threads = 16;                 // worker threads (one per open connection)
  size_t max_queue = 256;           // connections waiting for a worker; beyond: 503
  size_t max_body = size_t{2} << 20;  // request body limit; beyond: 413
  int timeout_seconds = 5;          // socket read and write timeouts
  std::string data_dir;             // the dictionaries (version checksum, actor look-up)
  std::string web_dir;              // dashboard files and openapi.json; "": FindWebDir("")
};

// One route of the server: "GET", "/v1/articles/{id}" (OpenAPI's spelling).
struct RouteInfo {
  std::string method;
  std::string path;
};

class Server {
 public:
  // Opens the store read-only (an error if it is missing or not a store),
  // loads the actor dictionary, the dashboard files and openapi.json.
  // `pipeline` must outlive the server.
  static Result<std::unique_ptr<Server>> Create(const Pipeline& pipeline, ServeOptions options);
  ~Server();

  // Binds options.host:options.port (port 0: a free port). Returns the port.
  Result<int> Bind();
  // Serves until Stop(): blocks. Call after Bind.
  Status Run();
  // Stops accepting; Run returns once the requests in flight are answered.
  // Thread-safe; not async-signal-safe (call it from a normal thread).
  void Stop();
  // True once Run is accepting connections.
  bool running() const;

  // Every route the server answers, API and dashboard.
  std::vector<RouteInfo> Routes() const;
  // Dashboard assets that could not be found (a Debian package missing):
  // "PATH (package)". They answer 404 until installed.
  const std::vector<std::string>& missing_assets() const;

 private:
  class Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Where web/ is: `flag` if set, else $GHATNA_WEB, else the source tree's
// web/ compiled in (GHATNA_WEB_DIR).
std::string FindWebDir(const std::string& flag);

}  // namespace ghatna

#endif  // GHATNA_SERVE_H_
