// ghatna serve: the HTTP API and dashboard over an event store
// (docs/serve.md). The server is the library's (ghatna/serve.h); this file
// parses flags, waits for SIGINT/SIGTERM and stops it gracefully.
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <memory>
#include <thread>

#include "command.h"
#include "ghatna/pipeline.h"
#include "ghatna/serve.h"

namespace ghatna::cli::serve_command {
namespace {

struct ServeFlags {
  std::string db, host = "127.0.0.1", data, web;
  int port = 8080;
  int threads = 16;
  uint64_t max_body = uint64_t{2} << 20;
  size_t max_queue = 256;
  int timeout = 5;
};

Runner SetUp(CLI::App* app) {
  auto f = std::make_shared<ServeFlags>();
  app->add_option("--db", f->db, "The store: an SQLite file or postgresql:// URL (opened read-only)")
      ->required();
  app->add_option("--host", f->host, "Address to listen on (default 127.0.0.1: this machine only)");
  app->add_option("--port", f->port, "Port (default 8080; 0: any free port)")->check(CLI::Range(0, 65535));
  app->add_option("--threads", f->threads, "Worker threads, each serving one connection at a time (default 16)")->check(CLI::Range(1, 1024));
  app->add_option("--max-queue", f->max_queue,
                  "Connections waiting for a worker; beyond them 503 (default 256)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  app->add_option("--max-body", f->max_body, "Request body limit, K and M suffixes; beyond it 413 (default 2M)")
      ->transform(CLI::AsSizeValue(false));
  app->add_option("--timeout", f->timeout, "Socket read and write timeout in seconds (default 5)")
      ->check(CLI::Range(1, 3600));
  app->add_option("--data", f->data, "Data directory (default: $GHATNA_DATA or the built-in path)");
  app->add_option("--web", f->web, "Dashboard directory (default: $GHATNA_WEB or the built-in web/)");
  return [f]() {
    if (f->max_body == 0) {
      ReportError("--max-body: want a positive size");
      return kExitUsage;
    }
    if (f->host != "127.0.0.1" && f->host != "localhost" && f->host != "::1") {
      std::cerr << "ghatna: warning: listening on " << f->host
                << ": the API and dashboard are open to other machines (no authentication, no TLS)\n";
    }
    // SIGINT and SIGTERM are taken by a thread of ours (sigwait), blocked
    // in every other thread, so that the server stops from normal code.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    std::unique_ptr<Pipeline> pipe = LoadPipeline(f->data);
    if (!pipe) return kExitInput;
    ServeOptions so;
    so.db = f->db;
    so.host = f->host;
    so.port = f->port;
    so.threads = f->threads;
    so.max_queue = f->max_queue;
    so.max_body = f->max_body;
    so.timeout_seconds = f->timeout;
    so.data_dir = FindDataDir(f->data);
    so.web_dir = FindWebDir(f->web);
    auto server = Server::Create(*pipe, so);
    if (!server.ok()) {
      ReportError(server.status().ToString());
      return kExitInput;
    }
    for (const std::string& m : (*server)->missing_assets())
      std::cerr << "ghatna: warning: dashboard file missing: " << m << "\n";
    auto port = (*server)->Bind();
    if (!port.ok()) {
      ReportError(port.status().ToString());
      return kExitInput;
    }
    std::cerr << "ghatna: serving " << f->db << " on http://" << (f->host.find(':') != std::string::npos ? "[" + f->host + "]" : f->host)
              << ":" << *port << "/ (Ctrl-C to stop)\n";
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&signals, &sig);
      std::cerr << "ghatna: " << (sig == SIGTERM ? "SIGTERM" : "SIGINT")
                << ": stopping after the requests in flight\n";
      (*server)->Stop();
    });
    Status st = (*server)->Run();
    // Run also returns on a listening error: wake the waiter to end it.
    if (waiter.joinable()) {
      pthread_kill(waiter.native_handle(), SIGTERM);
      waiter.join();
    }
    if (!st.ok()) {
      ReportError(st.ToString());
      return kExitInput;
    }
    std::cerr << "ghatna: stopped\n";
    return kExitOk;
  };
}

const bool kServe = RegisterCommand(
    {"serve", "Serve a store over HTTP: a JSON API under /v1 and a dashboard at /", &SetUp});

}  // namespace
}  // namespace ghatna::cli::serve_command
