// The HTTP server behind `ghatna serve` (include/ghatna/serve.h): routes,
// JSON answers and errors, the bounded worker pool, the read-only store
// connections and the dashboard's whitelisted files. HTTP is cpp-httplib's.
#include "ghatna/serve.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "ghatna/actors.h"
#include "ghatna/batch.h"
#include "ghatna/io.h"
#include "ghatna/romanize.h"
#include "ghatna/store.h"
#include "ghatna/text.h"

namespace ghatna {
namespace {

// --- Worker pool -----------------------------------------------------------

// Set on the listening thread while it answers a connection the pool had no
// room for: every request on it is answered 503 at once.
thread_local bool tls_overloaded = false;

// cpp-httplib's ThreadPool with a bounded queue: a connection that finds
// `max_queue` others waiting is answered 503 on the listening thread (which
// only reads the request and writes the short answer; it stops accepting
// meanwhile, which is the back-pressure wanted).
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(size_t threads, size_t max_queue) : max_queue_(max_queue) {
    for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
  }
  ~BoundedPool() override = default;

  void enqueue(std::function<void()> fn) override {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (jobs_.size() < max_queue_) {
        jobs_.push_back(std::move(fn));
        cond_.notify_one();
        return;
      }
    }
    tls_overloaded = true;
    fn();
    tls_overloaded = false;
  }

  void shutdown() override {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      shutdown_ = true;
    }
    cond_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

 private:
  void Work() {
    while (true) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        cond_.wait(lock, [&] { return !jobs_.empty() || shutdown_; });
        if (jobs_.empty()) return;  // shut down, queue drained
        fn = std::move(jobs_.front());
        jobs_.pop_front();
      }
      fn();
    }
  }

  const size_t max_queue_;
  std::vector<std::thread> threads_;
  std::deque<std::function<void()>> jobs_;
  bool shutdown_ = false;
  std::condition_variable cond_;
  std::mutex mutex_;
};

// --- Store connections -----------------------------------------------------

// Read-only store connections, one per concurrent request at most (an
// EventStore is not thread-safe); returned to the pool after each request.
class StorePool {
 public:
  explicit StorePool(std::string url) : url_(std::move(url)) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<EventStore> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_ != nullptr) pool_->Return(std::move(store_));
    }
    EventStore* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<EventStore> store_;
  };

  Result<Lease> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!free_.empty()) {
        std::unique_ptr<EventStore> s = std::move(free_.back());
        free_.pop_back();
        return Lease(this, std::move(s));
      }
    }
    auto opened = EventStore::OpenReadOnly(url_);
    if (!opened.ok()) return opened.status();
    return Lease(this, std::move(*opened));
  }

 private:
  void Return(std::unique_ptr<EventStore> s) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(s));
  }
  std::string url_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<EventStore>> free_;
};

// --- JSON helpers ----------------------------------------------------------

std::string JsonString(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// A line writer's output (one JSON object ending in "\n") appended as an
// array element.
void AppendElement(std::string line, bool* first, std::string* out) {
  while (!line.empty() && line.back() == '\n') line.pop_back();
  if (!*first) out->push_back(',');
  *first = false;
  *out += line;
}

void SetJson(httplib::Response& res, std::string body, int status = 200) {
  res.status = status;
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

void SetError(httplib::Response& res, int status, std::string_view message) {
  // Messages may quote the request: keep them valid UTF-8.
  std::string clean;
  DecodeUtf8(message, "", DecodeMode::kRepair, &clean);
  SetJson(res, "{\"error\":" + JsonString(clean) + "}", status);
}

// A request parameter that must be given once at most.
std::string Param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

bool Flag(const httplib::Request& req, const char* name) {
  const std::string v = Param(req, name);
  return v == "1" || v == "true" || v == "yes";
}

// Actor code prefixes of the filters: upper-case letters, and a known
// principal when three or more are given.
bool CheckActorPrefix(const std::string& name, const std::string& v, std::string* error) {
  if (v.empty()) return true;
  const bool letters = v.size() <= 15 && std::all_of(v.begin(), v.end(), [](char c) {
    return c >= 'A' && c <= 'Z';
  });
  if (!letters) {
    *error = name + ": '" + v + "' is not an actor code (upper-case letters, e.g. RUS, RUSGOV, IGOUNO)";
    return false;
  }
  if (v.size() >= 3) {
    const std::string principal = v.substr(0, 3);
    if (principal != "IGO" && principal != "NGO" && !IsValidActorCode(principal)) {
      *error = name + ": unknown actor code '" + v + "' (no principal " + principal + ")";
      return false;
    }
  }
  return true;
}

// The filters of `ghatna events` from the query string; false and *error on
// a bad value.
bool ToQuery(const httplib::Request& req, EventQuery* q, std::string* error) {
  q->source = Param(req, "source");
  q->target = Param(req, "target");
  if (const std::string dyad = Param(req, "dyad"); !dyad.empty()) {
    const size_t comma = dyad.find(',');
    if (comma == std::string::npos || !q->source.empty() || !q->target.empty()) {
      *error = "dyad: want SOURCE,TARGET (and no source or target), not '" + dyad + "'";
      return false;
    }
    q->source = dyad.substr(0, comma);
    q->target = dyad.substr(comma + 1);
  }
  if (!CheckActorPrefix("source", q->source, error) || !CheckActorPrefix("target", q->target, error))
    return false;
  q->root = Param(req, "root");
  if (!q->root.empty()) {
    const bool ok = q->root.size() == 2 && std::isdigit(static_cast<unsigned char>(q->root[0])) &&
                    std::isdigit(static_cast<unsigned char>(q->root[1])) && q->root >= "01" &&
                    q->root <= "20";
    if (!ok) {
      *error = "root: '" + q->root + "' is not a CAMEO root code (two digits, 01 to 20)";
      return false;
    }
  }
  if (const std::string quad = Param(req, "quad"); !quad.empty()) {
    if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4') {
      *error = "quad: '" + quad + "' is not a quad class (1 to 4)";
      return false;
    }
    q->quad_class = quad[0] - '0';
  }
  q->from = Param(req, "from");
  q->to = Param(req, "to");
  for (const auto& [name, v] : {std::pair<const char*, std::string>{"from", q->from}, {"to", q->to}}) {
    if (!v.empty() && !IsIsoDate(v)) {
      *error = std::string(name) + ": '" + v + "' is not a date YYYY-MM-DD (or YYYY-MM, YYYY)";
      return false;
    }
  }
  return true;
}

// Cursors are opaque to clients: "c<offset>-<hash of the filters>", so
// that a cursor given with other filters is refused rather than misread.
std::string QueryFingerprint(const EventQuery& q, bool records) {
  return TextHash(q.source + "|" + q.target + "|" + q.root + "|" + std::to_string(q.quad_class) +
                  "|" + q.from + "|" + q.to + "|" + (records ? "r" : "e"))
      .substr(0, 8);
}

std::string MakeCursor(int64_t offset, const std::string& fingerprint) {
  std::string cursor = "c";
  cursor += std::to_string(offset);
  cursor += '-';
  cursor += fingerprint;
  return cursor;
}

bool ParseCursor(const std::string& cursor, const std::string& fingerprint, int64_t* offset) {
  if (cursor.size() < 3 || cursor[0] != 'c') return false;
  const size_t dash = cursor.find('-');
  if (dash == std::string::npos || dash == 1 || dash > 19) return false;
  int64_t v = 0;
  for (size_t i = 1; i < dash; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(cursor[i]))) return false;
    v = v * 10 + (cursor[i] - '0');
  }
  if (cursor.substr(dash + 1) != fingerprint) return false;
  *offset = v;
  return true;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// --- Actor look-up ---------------------------------------------------------

// The dictionary's names, searchable by Hindi prefix (match key) or by
// romanisation (ASCII, lower case, accents folded) or by code.
class ActorSearch {
 public:
  explicit ActorSearch(const ActorDictionary& dict) : dict_(dict) {
    for (const ActorEntry& e : dict.entries()) {
      if (e.file == ActorFile::kAgents || e.names.empty() || e.codes.empty()) continue;
      Item item{&e, {}, {}};
      for (const std::string& n : e.names) {
        item.keys.push_back(MatchKey(n));
        item.romans.push_back(Lower(FoldRomanToAscii(RomanizeHindi(n))));
      }
      items_.push_back(std::move(item));
    }
  }

  // Up to `limit` entries for `q`, best first: exact name, name prefix,
  // word prefix, then code prefix.
  std::vector<const ActorEntry*> Find(const std::string& q, size_t limit) const {
    const bool ascii = std::all_of(q.begin(), q.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const std::string key = ascii ? Lower(q) : MatchKey(q);
    std::multimap<int, const ActorEntry*> ranked;
    for (const Item& item : items_) {
      int best = 99;
      const std::vector<std::string>& forms = ascii ? item.romans : item.keys;
      for (const std::string& f : forms) {
        if (f == key) best = std::min(best, 0);
        else if (f.rfind(key, 0) == 0) best = std::min(best, 1);
        else if (f.find(" " + key) != std::string::npos) best = std::min(best, 2);
      }
      if (ascii) {
        for (const DatedCode& c : item.entry->codes)
          if (Lower(c.code).rfind(key, 0) == 0) best = std::min(best, 3);
      }
      if (best < 99) ranked.emplace(best, item.entry);
    }
    std::vector<const ActorEntry*> out;
    for (const auto& [rank, e] : ranked) {
      if (out.size() >= limit) break;
      out.push_back(e);
    }
    return out;
  }

  const ActorDictionary& dict() const { return dict_; }

 private:
  static std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  struct Item {
    const ActorEntry* entry;
    std::vector<std::string> keys, romans;
  };
  const ActorDictionary& dict_;
  std::vector<Item> items_;
};

std::string DateString(int32_t d) {
  if (d <= 0 || d >= 99999999) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

// --- Static files ----------------------------------------------------------

struct StaticFile {
  std::string url;      // "/assets/chart.js"
  std::string path;     // where it is read from
  std::string mime;
  std::string package;  // the Debian package that installs it, "" for web/
};

std::vector<StaticFile> StaticFiles(const std::string& web) {
  return {
      {"/", web + "/index.html", "text/html; charset=utf-8", ""},
      {"/app.js", web + "/app.js", "text/javascript; charset=utf-8", ""},
      {"/style.css", web + "/style.css", "text/css; charset=utf-8", ""},
      {"/assets/chart.js", "/usr/share/javascript/chart.js/chart.min.js", "text/javascript; charset=utf-8",
       "libjs-chart.js"},
      {"/assets/d3.js", "/usr/share/javascript/d3/d3.min.js", "text/javascript; charset=utf-8", "libjs-d3"},
      {"/assets/NotoSansDevanagari-Regular.ttf",
       "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf", "font/ttf", "fonts-noto-core"},
      {"/assets/NotoSansDevanagari-Bold.ttf", "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Bold.ttf",
       "font/ttf", "fonts-noto-core"},
  };
}

const char* ReasonFor(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "no such route";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 503: return "server busy: too many requests waiting, try again";
    default: return status >= 500 ? "internal error" : "request failed";
  }
}

}  // namespace

std::string FindWebDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("GHATNA_WEB"); env != nullptr && *env != '\0') return env;
  // An installed ghatna: PREFIX/share/ghatna/web beside its data.
  if (const std::string installed = InstalledDataDir(); !installed.empty()) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(installed + "/web/openapi.json", ec)) return installed + "/web";
  }
#ifdef GHATNA_WEB_DIR
  return GHATNA_WEB_DIR;
#else
  return "web";
#endif
}

class Server::Impl {
 public:
  Impl(const Pipeline& pipeline, ServeOptions options)
      : pipeline_(pipeline), options_(std::move(options)), stores_(options_.db) {}

  Status Init() {
    if (options_.threads < 1 || options_.threads > 1024)
      return Status::InvalidArgument("threads: want 1 to 1024, not " + std::to_string(options_.threads));
    // Fail early on a missing store, not at the first request.
    {
      auto store = stores_.Acquire();
      if (!store.ok()) return store.status();
    }
    if (options_.web_dir.empty()) options_.web_dir = FindWebDir("");
    auto dict = ActorDictionary::Load(options_.data_dir + "/actors");
    if (!dict.ok()) return dict.status();
    dict_ = std::move(*dict);
    search_ = std::make_unique<ActorSearch>(*dict_);
    auto checksum = DataChecksum(options_.data_dir);
    if (!checksum.ok()) return checksum.status();
    checksum_ = *checksum;
    auto openapi = ReadFile(options_.web_dir + "/openapi.json");
    if (!openapi.ok())
      return Status::NotFound(openapi.status().message() + " (the API description; --web DIR)");
    openapi_ = std::move(*openapi);
    for (const StaticFile& f : StaticFiles(options_.web_dir)) {
      auto content = ReadFile(f.path);
      if (!content.ok()) {
        missing_.push_back(f.path + (f.package.empty() ? "" : " (" + f.package + ")"));
        continue;
      }
      files_[f.url] = {std::move(*content), f.mime};
    }
    SetUp();
    return Status::Ok();
  }

  Result<int> Bind() {
    if (options_.port == 0) {
      const int port = http_.bind_to_any_port(options_.host);
      if (port <= 0) return Status::IoError("cannot bind " + options_.host + " to any port");
      port_ = port;
      return port;
    }
    if (!http_.bind_to_port(options_.host, options_.port))
      return Status::IoError("cannot bind " + options_.host + ":" + std::to_string(options_.port) +
                             " (in use, or not an address of this machine)");
    port_ = options_.port;
    return port_;
  }

  Status Run() {
    if (port_ == 0) return Status::InvalidArgument("Run before Bind");
    if (!http_.listen_after_bind()) return Status::IoError("the server stopped with an error");
    return Status::Ok();
  }

  void Stop() { http_.stop(); }
  bool running() const { return http_.is_running(); }

  std::vector<RouteInfo> Routes() const { return routes_; }
  const std::vector<std::string>& missing() const { return missing_; }

 private:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  // Registers `handler` for `method` on `path` (OpenAPI spelling: {id} is a
  // path segment).
  void Route(const std::string& method, const std::string& path, Handler handler) {
    routes_.push_back({method, path});
    std::string pattern;
    for (size_t i = 0; i < path.size(); ++i) {
      if (path[i] == '{') {
        i = path.find('}', i);
        pattern += "([^/]+)";
      } else if (std::string("().[]*+?^$|\\").find(path[i]) != std::string::npos) {
        pattern += '\\';
        pattern += path[i];
      } else {
        pattern += path[i];
      }
    }
    auto guarded = [handler](const httplib::Request& req, httplib::Response& res) {
      try {
        handler(req, res);
      } catch (const std::exception&) {
        // Never a crash, never a library message on the wire.
        SetError(res, 500, "internal error");
      }
    };
    if (method == "GET") http_.Get(pattern, guarded);
    else http_.Post(pattern, guarded);
  }

  void SetUp() {
    http_.new_task_queue = [this] {
      return new BoundedPool(static_cast<size_t>(options_.threads), options_.max_queue);
    };
    // Small JSON answers go out at once: without TCP_NODELAY each waits
    // for the client's delayed ACK (40 ms). Accepted sockets inherit it.
    http_.set_socket_options([](socket_t sock) {
      httplib::default_socket_options(sock);
      int yes = 1;
      setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    });
    http_.set_payload_max_length(options_.max_body);
    http_.set_read_timeout(options_.timeout_seconds, 0);
    http_.set_write_timeout(options_.timeout_seconds, 0);
    // A worker serves one connection at a time: an idle keep-alive
    // connection holds it for at most a second.
    http_.set_keep_alive_timeout(1);
    http_.set_keep_alive_max_count(100);
    http_.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
      if (!tls_overloaded) return httplib::Server::HandlerResponse::Unhandled;
      SetError(res, 503, ReasonFor(503));
      res.set_header("Retry-After", "1");
      return httplib::Server::HandlerResponse::Handled;
    });
    // Every error answer is JSON: statuses set by cpp-httplib itself (404,
    // 413, 400) get {"error": reason}; ours already have their body.
    http_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      std::string reason = ReasonFor(res.status);
      if (res.status == 404) reason += ": " + req.method + " " + req.path;
      SetError(res, res.status, reason);
    });
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      SetError(res, 500, "internal error");
    });

    Route("GET", "/v1/health", [this](const auto& req, auto& res) { Health(res); });
    Route("GET", "/v1/version", [this](const auto& req, auto& res) { Version(res); });
    Route("GET", "/v1/openapi.json", [this](const auto& req, auto& res) {
      res.set_content(openapi_, "application/json; charset=utf-8");
    });
    Route("POST", "/v1/code", [this](const auto& req, auto& res) { Code(req, res); });
    Route("GET", "/v1/events", [this](const auto& req, auto& res) { Events(req, res); });
    Route("GET", "/v1/stats", [this](const auto& req, auto& res) { Stats(req, res); });
    Route("GET", "/v1/actors", [this](const auto& req, auto& res) { Actors(req, res); });
    Route("GET", "/v1/articles/{id}", [this](const auto& req, auto& res) { Article(req, res); });
    // The dashboard: a fixed list of files read at start-up; no path from
    // the request ever reaches the file system.
    for (const StaticFile& f : StaticFiles(options_.web_dir)) {
      Route("GET", f.url, [this, url = f.url](const auto& req, auto& res) {
        auto it = files_.find(url);
        if (it == files_.end()) {
          SetError(res, 404, url + ": not installed (see ghatna serve's start-up warnings)");
          return;
        }
        res.set_header("Cache-Control", url.rfind("/assets/", 0) == 0 ? "max-age=86400" : "no-cache");
        res.set_content(it->second.content, it->second.mime.c_str());
      });
    }
  }

  // --- Handlers --------------------------------------------------------------

  void Health(httplib::Response& res) {
    auto store = stores_.Acquire();
    if (!store.ok()) {
      SetError(res, 503, "store: " + store.status().message());
      return;
    }
    SetJson(res, "{\"status\":\"ok\"}");
  }

  void Version(httplib::Response& res) {
    std::string out = "{\"ghatna\":" + JsonString(GhatnaVersion()) +
                      ",\"data_checksum\":" + JsonString(checksum_) + ",\"api\":\"v1\",\"store_coders\":[";
    auto store = stores_.Acquire();
    if (store.ok()) {
      auto coders = (*store)->CoderVersions();
      if (coders.ok()) {
        bool first = true;
        for (const CoderVersion& c : *coders) {
          if (!first) out += ',';
          first = false;
          out += "{\"ghatna\":" + JsonString(c.ghatna_version) +
                 ",\"data_checksum\":" + JsonString(c.data_checksum) + "}";
        }
      }
    }
    out += "]}";
    SetJson(res, std::move(out));
  }

  // One article (a JSON object) or several (JSON lines) in; their events
  // out, as `ghatna code` writes them.
  void Code(const httplib::Request& req, httplib::Response& res) {
    std::string body;
    if (!DecodeUtf8(req.body, "body", DecodeMode::kStrict, &body).ok()) {
      SetError(res, 400, "body: not valid UTF-8");
      return;
    }
    std::vector<std::string> lines;
    // A single object may span lines (pretty-printed): parse it whole first.
    nlohmann::json whole = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!whole.is_discarded()) {
      if (!whole.is_object()) {
        SetError(res, 400, "body: want a JSON object {\"text\", \"date\", \"id\", \"title\"} or JSON lines of them");
        return;
      }
      lines.push_back(body);
    } else {
      size_t start = 0;
      while (start < body.size()) {
        size_t nl = body.find('\n', start);
        if (nl == std::string::npos) nl = body.size();
        std::string line = body.substr(start, nl - start);
        if (line.find_first_not_of(" \t\r") != std::string::npos) lines.push_back(std::move(line));
        start = nl + 1;
      }
    }
    if (lines.empty()) {
      SetError(res, 400, "body: empty; want {\"text\": \"...\"}");
      return;
    }
    std::vector<Document> docs;
    InputOptions input;
    for (size_t i = 0; i < lines.size(); ++i) {
      Document doc;
      const std::string where = lines.size() == 1 ? "body" : "body line " + std::to_string(i + 1);
      if (Status st = ParseJsonDocument(lines[i], where, input, &doc); !st.ok()) {
        SetError(res, 400, st.message());
        return;
      }
      if (doc.id.empty()) {
        doc.id = "article-" + std::to_string(i + 1);
        doc.id_given = false;
      }
      doc.origin = where;
      docs.push_back(std::move(doc));
    }
    const bool explain = Flag(req, "explain");
    std::string out = "{\"articles\":[";
    bool first_article = true;
    // The coder `ghatna code` and `ghatna ingest` use, on this thread.
    BatchCoder coder(pipeline_, {.threads = 1}, [&](CodedDocument& d) {
      if (!first_article) out += ',';
      first_article = false;
      out += "{\"id\":" + JsonString(d.doc.id) + ",\"date\":" + JsonString(d.doc.date) + ",\"events\":[";
      bool first = true;
      std::string line;
      for (const Event& e : d.events) {
        line.clear();
        AppendEventJson(e, explain, &line);
        AppendElement(std::move(line), &first, &out);
        line = std::string();
      }
      out += "]}";
    });
    for (Document& d : docs) coder.Add(std::move(d));
    coder.Finish();
    out += "]}";
    SetJson(res, std::move(out));
  }

  // Parses limit and cursor; false after answering 400.
  bool Page(const httplib::Request& req, httplib::Response& res, const std::string& fingerprint,
            int64_t* limit, int64_t* offset) {
    *limit = 100;
    *offset = 0;
    if (const std::string l = Param(req, "limit"); !l.empty()) {
      char* end = nullptr;
      const long v = std::strtol(l.c_str(), &end, 10);
      if (end == l.c_str() || *end != '\0' || v < 1 || v > 1000) {
        SetError(res, 400, "limit: want 1 to 1000, not '" + l + "'");
        return false;
      }
      *limit = v;
    }
    if (const std::string c = Param(req, "cursor"); !c.empty() && !ParseCursor(c, fingerprint, offset)) {
      SetError(res, 400, "cursor: not a cursor of this query (use next_cursor as given)");
      return false;
    }
    return true;
  }

  void Events(const httplib::Request& req, httplib::Response& res) {
    EventQuery q;
    std::string error;
    if (!ToQuery(req, &q, &error)) {
      SetError(res, 400, error);
      return;
    }
    const bool records = Flag(req, "records");
    q.explain = Flag(req, "explain");
    q.with_mentions = records;
    const std::string fingerprint = QueryFingerprint(q, records);
    int64_t limit = 0, offset = 0;
    if (!Page(req, res, fingerprint, &limit, &offset)) return;
    q.limit = limit + 1;  // one more: is there a next page?
    q.offset = offset;
    auto store = stores_.Acquire();
    if (!store.ok()) {
      SetError(res, 503, "store: " + store.status().message());
      return;
    }
    std::string out = records ? "{\"records\":[" : "{\"events\":[";
    bool first = true;
    int64_t n = 0;
    std::string line;
    Status st;
    if (records) {
      st = (*store)->QueryRecords(q, [&](const EventRecord& r) {
        if (++n > limit) return;
        line.clear();
        AppendRecordJson(r, &line);
        AppendElement(line, &first, &out);
      });
    } else {
      st = (*store)->QueryEvents(q, [&](const Event& e) {
        if (++n > limit) return;
        line.clear();
        AppendEventJson(e, q.explain, &line);
        AppendElement(line, &first, &out);
      });
    }
    if (!st.ok()) {
      SetError(res, 500, "store: " + st.message());
      return;
    }
    out += "],\"next_cursor\":";
    out += n > limit ? JsonString(MakeCursor(offset + limit, fingerprint)) : "null";
    out += "}";
    SetJson(res, std::move(out));
  }

  void Stats(const httplib::Request& req, httplib::Response& res) {
    EventQuery q;
    std::string error;
    if (!ToQuery(req, &q, &error)) {
      SetError(res, 400, error);
      return;
    }
    std::string by = Param(req, "by");
    if (by.empty()) by = "week";
    if (by != "day" && by != "week" && by != "month") {
      SetError(res, 400, "by: want day, week or month, not '" + by + "'");
      return;
    }
    auto store = stores_.Acquire();
    if (!store.ok()) {
      SetError(res, 503, "store: " + store.status().message());
      return;
    }
    auto rows = (*store)->Stats(q, by);
    if (!rows.ok()) {
      SetError(res, 500, "store: " + rows.status().message());
      return;
    }
    std::string out = "{\"by\":" + JsonString(by) + ",\"rows\":[";
    bool first = true;
    std::string line;
    for (const StatsRow& r : *rows) {
      line.clear();
      AppendStatsJson(r, &line);
      AppendElement(line, &first, &out);
    }
    out += "]}";
    SetJson(res, std::move(out));
  }

  void Actors(const httplib::Request& req, httplib::Response& res) {
    std::string q = Param(req, "q");
    std::string clean;
    if (!DecodeUtf8(q, "q", DecodeMode::kStrict, &clean).ok()) {
      SetError(res, 400, "q: not valid UTF-8");
      return;
    }
    // Trim spaces.
    const size_t b = clean.find_first_not_of(' '), e = clean.find_last_not_of(' ');
    clean = b == std::string::npos ? "" : clean.substr(b, e - b + 1);
    if (clean.empty() || clean.size() > 200) {
      SetError(res, 400, "q: want a name (Hindi or romanised) or a code, 1 to 200 bytes");
      return;
    }
    std::string today(10, '\0');
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    today.resize(std::strftime(today.data(), today.size() + 1, "%Y-%m-%d", &tm));
    std::string out = "{\"actors\":[";
    bool first = true;
    for (const ActorEntry* entry : search_->Find(clean, 20)) {
      if (!first) out += ',';
      first = false;
      std::string code = ActorDictionary::CodeOn(*entry, today);
      if (code.empty()) code = ActorDictionary::CodeOn(*entry, "");
      out += "{\"name\":" + JsonString(entry->names.front()) +
             ",\"romanized\":" + JsonString(RomanizeHindi(entry->names.front())) +
             ",\"code\":" + JsonString(code) + ",\"kind\":" + JsonString(ActorFileName(entry->file)) +
             ",\"names\":[";
      for (size_t i = 0; i < entry->names.size() && i < 8; ++i) {
        if (i > 0) out += ',';
        AppendJsonString(entry->names[i], &out);
      }
      out += "],\"codes\":[";
      for (size_t i = 0; i < entry->codes.size(); ++i) {
        const DatedCode& c = entry->codes[i];
        if (i > 0) out += ',';
        out += "{\"code\":";
        AppendJsonString(c.code, &out);
        out += ",\"from\":";
        AppendJsonString(DateString(c.from), &out);
        out += ",\"to\":";
        AppendJsonString(DateString(c.to), &out);
        out += '}';
      }
      out += "],\"note\":" + JsonString(entry->note) + "}";
    }
    out += "]}";
    SetJson(res, std::move(out));
  }

  void Article(const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches.size() > 1 ? std::string(req.matches[1]) : "";
    std::string clean;
    if (id.empty() || !DecodeUtf8(id, "id", DecodeMode::kStrict, &clean).ok()) {
      SetError(res, 400, "id: not a valid article id");
      return;
    }
    auto store = stores_.Acquire();
    if (!store.ok()) {
      SetError(res, 503, "store: " + store.status().message());
      return;
    }
    StoredArticle a;
    auto found = (*store)->FindArticle(clean, &a);
    if (!found.ok()) {
      SetError(res, 500, "store: " + found.status().message());
      return;
    }
    if (!*found) {
      SetError(res, 404, "no article with id '" + clean + "'");
      return;
    }
    Document doc;
    doc.id = a.doc_id;
    doc.text = a.text;
    AnalyzeText(&doc);
    std::string out = "{\"id\":" + JsonString(a.doc_id) + ",\"title\":" + JsonString(a.title) +
                      ",\"date\":" + JsonString(a.date) + ",\"date_source\":" + JsonString(a.date_source) +
                      ",\"published\":" + JsonString(a.published) + ",\"url\":" + JsonString(a.url) +
                      ",\"outlet\":" + JsonString(a.outlet) + ",\"text\":" + JsonString(a.text) +
                      ",\"sentences\":[";
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      if (i > 0) out += ',';
      out += "{\"start\":" + std::to_string(s.start) + ",\"end\":" + std::to_string(s.end) + "}";
    }
    out += "],\"events\":[";
    bool first = true;
    std::string line;
    for (const Event& e : a.events) {
      line.clear();
      AppendEventJson(e, Flag(req, "explain"), &line);
      AppendElement(line, &first, &out);
    }
    out += "]}";
    SetJson(res, std::move(out));
  }

  struct File {
    std::string content, mime;
  };

  const Pipeline& pipeline_;
  ServeOptions options_;
  StorePool stores_;
  std::unique_ptr<ActorDictionary> dict_;
  std::unique_ptr<ActorSearch> search_;
  std::string checksum_;
  std::string openapi_;
  std::map<std::string, File> files_;
  std::vector<std::string> missing_;
  std::vector<RouteInfo> routes_;
  httplib::Server http_;
  int port_ = 0;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Create(const Pipeline& pipeline, ServeOptions options) {
  auto impl = std::make_unique<Impl>(pipeline, std::move(options));
  if (Status st = impl->Init(); !st.ok()) return st;
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::Bind() { return impl_->Bind(); }
Status Server::Run() { return impl_->Run(); }
void Server::Stop() { impl_->Stop(); }
bool Server::running() const { return impl_->running(); }
std::vector<RouteInfo> Server::Routes() const { return impl_->Routes(); }
const std::vector<std::string>& Server::missing_assets() const { return impl_->missing(); }

}  // namespace ghatna
