// NetworkService.h — the page's network: a service on its own thread that the event loop talks to
// over a Unix socketpair, as a Chromium renderer talks to its network process over Mojo IPC.
//
// The loop's end of the pair is a file descriptor its Poller watches (LoopFd): Send() writes a
// framed request, the service reads it, answers, and writes a framed reply that makes LoopFd
// readable; TakeReplies() reads what has arrived. Frames are a 32-bit little-endian length and
// that many bytes; inside, integers are little-endian and strings are a 32-bit length and bytes.
//
// What it serves (a sandbox: the script's own folder and nothing else of the machine):
//   file:///ROOT/PATH           the file ROOT/PATH (after percent-decoding, dot segments removed,
//                               symlinks followed: it must still lie under ROOT), 200 with a
//                               content type from its extension; 404 "Not Found" if no such file
//                               (a file over kMaxBodyBytes is a network error)
//   file:///ROOT/delay/MS       200 {"delay":MS} (application/json), MS ms after it was asked for
//                               (0 ≤ MS ≤ kMaxDelayMs)
//   file:///ROOT/status/CODE    CODE (200 ≤ CODE ≤ 599) with its reason phrase as statusText and
//                               body (no body for 204, 205, 304)
//   (a HEAD request gets the same status and headers, without the body)
//   anything else               a network error (what a browser reports as "Failed to fetch"):
//                               paths outside ROOT, other hosts, http(s) and every other scheme
// The same endpoints as tests/oracle/fetch_server.js, which serves Chromium in the oracle.
//
// Latency: the service answers at once and says in each reply how long the answer takes to come
// (latency_ms: the endpoint's delay, or kFileLatencyMs). The loop holds the reply until that much
// script time has passed since the request, so that under the skip-idle clock nothing depends on
// the machine's speed; under the real clock it is real time.
//
// Threads: construct, Send, TakeReplies, LoopFd and destroy on the loop's thread; the service's
// own thread lives from the constructor to the destructor (which closes the loop's end, so the
// service sees end-of-file, and joins it). Owns both descriptors and the thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace loopscope {

using HeaderList = std::vector<std::pair<std::string, std::string>>;  // in order, names lower-case

struct NetworkRequest {
  uint32_t id = 0;          // the caller's; echoed in the reply
  std::string method = "GET";
  std::string url;          // absolute (the caller resolved it against the page's URL)
  HeaderList headers;
};

enum class NetworkOutcome : uint8_t { Response = 0, NetworkError = 1 };

struct NetworkReply {
  uint32_t id = 0;
  NetworkOutcome outcome = NetworkOutcome::Response;
  uint16_t status = 0;          // Response: the HTTP status
  std::string status_text;      // Response: the reason phrase
  std::string url;              // the URL answered (the request's, without its fragment)
  HeaderList headers;           // Response: content-type, content-length
  std::string body;             // Response: the bytes
  uint32_t latency_ms = 0;      // how long after the request the answer arrives
  std::string error;            // NetworkError: why (for the console; the page only sees "Failed to fetch")
};

class NetworkService {
 public:
  static constexpr uint32_t kMaxDelayMs = 10000;
  static constexpr uint32_t kFileLatencyMs = 2;  // a file, a status or a refusal: a local round trip
  static constexpr uint64_t kMaxBodyBytes = uint64_t{64} << 20;  // a larger file is a network error

  // Serves files under `root` (made absolute and canonical; empty: nothing). Throws
  // std::system_error when no socketpair or thread can be made.
  explicit NetworkService(const std::filesystem::path& root);
  ~NetworkService();
  NetworkService(const NetworkService&) = delete;
  NetworkService& operator=(const NetworkService&) = delete;

  int LoopFd() const { return m_loop_fd; }  // readable when a reply is waiting
  const std::filesystem::path& Root() const { return m_root; }

  // Writes one framed request (blocks only while the socket's buffer is full: the service drains
  // requests as they come, so not for long). False if the service is gone: nothing will answer.
  bool Send(const NetworkRequest& request);
  // Every complete reply that has arrived, in arrival order; never blocks.
  std::vector<NetworkReply> TakeReplies();
  // The service's end has closed (its thread stopped on a socket error): requests not yet
  // answered never will be, and LoopFd stays readable (end of file).
  bool Closed() const { return m_closed; }

  // The service's answer to one request (what its thread does for each), for the tests too.
  // `root` is canonical (as Root() is); an empty root (an unsaved script) serves nothing.
  static NetworkReply Answer(const std::filesystem::path& root, const NetworkRequest& request);

  // Framing, exposed for the tests: one message's bytes with its length prefix, and the message
  // of a complete frame at the start of `buffer` (nullopt until one is complete or if malformed;
  // `consumed` is then the frame's size, or 0 when more bytes are needed).
  static std::string EncodeRequest(const NetworkRequest& request);
  static std::string EncodeReply(const NetworkReply& reply);
  static std::optional<NetworkRequest> DecodeRequest(std::string_view buffer, std::size_t& consumed);
  static std::optional<NetworkReply> DecodeReply(std::string_view buffer, std::size_t& consumed);

 private:
  void ServiceMain(int fd);  // the service thread: read requests, answer, write replies until EOF

  std::filesystem::path m_root;
  int m_loop_fd = -1;
  int m_service_fd = -1;
  std::string m_incoming;  // loop side: bytes of replies not yet complete
  bool m_closed = false;   // loop side: end of file or an error seen on LoopFd
  std::thread m_thread;
};

}  // namespace loopscope
