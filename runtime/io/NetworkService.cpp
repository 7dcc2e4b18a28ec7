#include "runtime/io/NetworkService.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace loopscope {
namespace {

// node's http.STATUS_CODES for 200–599: the oracle's server (fetch_server.js) sends these.
struct ReasonPhrase {
  uint16_t status;
  const char* phrase;
};
constexpr ReasonPhrase kReasonPhrases[] = {
    {200, "OK"}, {201, "Created"}, {202, "Accepted"}, {203, "Non-Authoritative Information"}, {204, "No Content"},
    {205, "Reset Content"}, {206, "Partial Content"}, {207, "Multi-Status"}, {208, "Already Reported"}, {226, "IM Used"},
    {300, "Multiple Choices"}, {301, "Moved Permanently"}, {302, "Found"}, {303, "See Other"}, {304, "Not Modified"},
    {305, "Use Proxy"}, {307, "Temporary Redirect"}, {308, "Permanent Redirect"}, {400, "Bad Request"},
    {401, "Unauthorized"}, {402, "Payment Required"}, {403, "Forbidden"}, {404, "Not Found"},
    {405, "Method Not Allowed"}, {406, "Not Acceptable"}, {407, "Proxy Authentication Required"},
    {408, "Request Timeout"}, {409, "Conflict"}, {410, "Gone"}, {411, "Length Required"}, {412, "Precondition Failed"},
    {413, "Payload Too Large"}, {414, "URI Too Long"}, {415, "Unsupported Media Type"}, {416, "Range Not Satisfiable"},
    {417, "Expectation Failed"}, {418, "I'm a Teapot"}, {421, "Misdirected Request"}, {422, "Unprocessable Entity"},
    {423, "Locked"}, {424, "Failed Dependency"}, {425, "Too Early"}, {426, "Upgrade Required"},
    {428, "Precondition Required"}, {429, "Too Many Requests"}, {431, "Request Header Fields Too Large"},
    {451, "Unavailable For Legal Reasons"}, {500, "Internal Server Error"}, {501, "Not Implemented"},
    {502, "Bad Gateway"}, {503, "Service Unavailable"}, {504, "Gateway Timeout"}, {505, "HTTP Version Not Supported"},
    {506, "Variant Also Negotiates"}, {507, "Insufficient Storage"}, {508, "Loop Detected"},
    {509, "Bandwidth Limit Exceeded"}, {510, "Not Extended"}, {511, "Network Authentication Required"},
};

std::string ReasonPhraseOf(uint16_t status) {
  for (const ReasonPhrase& entry : kReasonPhrases) {
    if (entry.status == status) return entry.phrase;
  }
  return "unknown";  // node's word for a status it has no phrase for
}

std::string ContentTypeOf(const std::filesystem::path& file) {
  const std::string extension = file.extension().string();
  if (extension == ".json") return "application/json";
  if (extension == ".txt") return "text/plain; charset=utf-8";
  if (extension == ".js") return "text/javascript; charset=utf-8";
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  return "application/octet-stream";
}

std::string LowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decoding; nullopt for a decoded NUL (no file name holds one).
std::optional<std::string> PercentDecoded(std::string_view text) {
  std::string decoded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
      decoded += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      decoded += text[i];
    }
  }
  if (decoded.find('\0') != std::string::npos) return std::nullopt;
  return decoded;
}

// A decoded absolute path with its "." and ".." segments applied (RFC 3986 5.2.4); ".." above
// the top stays at the top, as URL parsers do.
std::string WithoutDotSegments(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string result;
  for (std::string_view segment : segments) {
    result += '/';
    result += segment;
  }
  return result.empty() ? "/" : result;
}

// A whole decimal number in [0, max], or nullopt.
std::optional<uint32_t> DecimalAtMost(std::string_view text, uint32_t max) {
  uint32_t value = 0;
  if (text.empty() || text.size() > 10) return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value > max) return std::nullopt;
  return value;
}

NetworkReply ErrorReply(const NetworkRequest& request, std::string why) {
  NetworkReply reply;
  reply.id = request.id;
  reply.outcome = NetworkOutcome::NetworkError;
  reply.url = request.url;
  reply.latency_ms = NetworkService::kFileLatencyMs;
  reply.error = std::move(why);
  return reply;
}

NetworkReply ResponseReply(const NetworkRequest& request, std::string url, uint16_t status, std::string content_type,
                           std::string body) {
  NetworkReply reply;
  reply.id = request.id;
  reply.status = status;
  reply.status_text = ReasonPhraseOf(status);
  reply.url = std::move(url);
  const bool null_body = status == 204 || status == 205 || status == 304;
  if (null_body) body.clear();
  if (!null_body) reply.headers.emplace_back("content-type", std::move(content_type));
  if (!null_body) reply.headers.emplace_back("content-length", std::to_string(body.size()));
  if (request.method == "HEAD") body.clear();  // the headers say what a GET would have had
  reply.body = std::move(body);
  reply.latency_ms = NetworkService::kFileLatencyMs;
  return reply;
}

bool IsUnder(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto [root_end, path_it] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end() && path_it != path.end();
}

// --- framing ------------------------------------------------------------------------------------

void PutU32(std::string& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}
void PutString(std::string& out, std::string_view text) {
  PutU32(out, static_cast<uint32_t>(text.size()));
  out += text;
}
void PutHeaders(std::string& out, const HeaderList& headers) {
  PutU32(out, static_cast<uint32_t>(headers.size()));
  for (const auto& [name, value] : headers) {
    PutString(out, name);
    PutString(out, value);
  }
}
std::string Framed(const std::string& message) {
  std::string frame;
  PutU32(frame, static_cast<uint32_t>(message.size()));
  return frame + message;
}

// Reads fields off a message; any read past its end marks it malformed.
class FieldReader {
 public:
  explicit FieldReader(std::string_view bytes) : m_bytes(bytes) {}
  uint32_t U32() {
    if (m_bytes.size() < 4) return Fail();
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= static_cast<uint32_t>(static_cast<unsigned char>(m_bytes[i])) << (8 * i);
    m_bytes.remove_prefix(4);
    return value;
  }
  std::string String() {
    const uint32_t size = U32();
    if (m_failed || m_bytes.size() < size) {
      Fail();
      return {};
    }
    std::string text(m_bytes.substr(0, size));
    m_bytes.remove_prefix(size);
    return text;
  }
  HeaderList Headers() {
    HeaderList headers;
    const uint32_t count = U32();
    for (uint32_t i = 0; i < count && !m_failed; ++i) {
      std::string name = String();
      std::string value = String();
      headers.emplace_back(std::move(name), std::move(value));
    }
    return headers;
  }
  bool Complete() const { return !m_failed && m_bytes.empty(); }

 private:
  uint32_t Fail() {
    m_failed = true;
    m_bytes = {};
    return 0;
  }
  std::string_view m_bytes;
  bool m_failed = false;
};

// The message of the frame at the start of `buffer`: nullopt with consumed 0 while incomplete.
std::optional<std::string_view> FrameAt(std::string_view buffer, std::size_t& consumed) {
  consumed = 0;
  if (buffer.size() < 4) return std::nullopt;
  FieldReader length_reader(buffer.substr(0, 4));
  const uint32_t length = length_reader.U32();
  if (buffer.size() - 4 < length) return std::nullopt;
  consumed = 4 + static_cast<std::size_t>(length);
  return buffer.substr(4, length);
}

void SetNonBlocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

}  // namespace

std::string NetworkService::EncodeRequest(const NetworkRequest& request) {
  std::string message;
  PutU32(message, request.id);
  PutString(message, request.method);
  PutString(message, request.url);
  PutHeaders(message, request.headers);
  return Framed(message);
}

std::string NetworkService::EncodeReply(const NetworkReply& reply) {
  std::string message;
  PutU32(message, reply.id);
  PutU32(message, static_cast<uint32_t>(reply.outcome));
  PutU32(message, reply.status);
  PutString(message, reply.status_text);
  PutString(message, reply.url);
  PutHeaders(message, reply.headers);
  PutString(message, reply.body);
  PutU32(message, reply.latency_ms);
  PutString(message, reply.error);
  return Framed(message);
}

std::optional<NetworkRequest> NetworkService::DecodeRequest(std::string_view buffer, std::size_t& consumed) {
  std::optional<std::string_view> message = FrameAt(buffer, consumed);
  if (!message) return std::nullopt;
  FieldReader reader(*message);
  NetworkRequest request;
  request.id = reader.U32();
  request.method = reader.String();
  request.url = reader.String();
  request.headers = reader.Headers();
  if (!reader.Complete()) return std::nullopt;
  return request;
}

std::optional<NetworkReply> NetworkService::DecodeReply(std::string_view buffer, std::size_t& consumed) {
  std::optional<std::string_view> message = FrameAt(buffer, consumed);
  if (!message) return std::nullopt;
  FieldReader reader(*message);
  NetworkReply reply;
  reply.id = reader.U32();
  const uint32_t outcome = reader.U32();
  reply.outcome = outcome == 0 ? NetworkOutcome::Response : NetworkOutcome::NetworkError;
  reply.status = static_cast<uint16_t>(reader.U32());
  reply.status_text = reader.String();
  reply.url = reader.String();
  reply.headers = reader.Headers();
  reply.body = reader.String();
  reply.latency_ms = reader.U32();
  reply.error = reader.String();
  if (!reader.Complete() || outcome > 1) return std::nullopt;
  return reply;
}

NetworkReply NetworkService::Answer(const std::filesystem::path& root, const NetworkRequest& request) {
  if (root.empty()) return ErrorReply(request, "an unsaved script has no folder to fetch from");
  std::string_view url = request.url;
  const std::size_t colon = url.find(':');
  const std::string scheme = colon == std::string_view::npos ? std::string() : LowerAscii(url.substr(0, colon));
  if (scheme != "file") {
    if (scheme == "http" || scheme == "https") {
      return ErrorReply(request, "no real network: only files in the script's folder (" + root.string() + ") are served");
    }
    return ErrorReply(request, "URL scheme \"" + scheme + "\" is not supported");
  }
  // file://HOST/PATH?QUERY#FRAGMENT — the answer is for the URL without its fragment.
  std::string_view rest = url.substr(colon + 1);
  const std::string answered_url(url.substr(0, url.find('#')));
  rest = rest.substr(0, rest.find('#'));
  rest = rest.substr(0, rest.find('?'));
  if (rest.substr(0, 2) != "//") return ErrorReply(request, "not a file URL with a path");
  rest.remove_prefix(2);
  const std::size_t slash = rest.find('/');
  const std::string_view host = rest.substr(0, slash);
  if (!host.empty() && LowerAscii(host) != "localhost") return ErrorReply(request, "file URLs on other hosts are not served");
  std::optional<std::string> decoded = PercentDecoded(slash == std::string_view::npos ? "/" : rest.substr(slash));
  if (!decoded) return ErrorReply(request, "a NUL character in the path");
  // Symlinks followed (a link inside the folder must not lead out of it); a missing tail (the
  // synthetic endpoints, a missing file) is kept as written.
  std::error_code error;
  const std::filesystem::path path = std::filesystem::weakly_canonical(WithoutDotSegments(*decoded), error);
  if (error || !IsUnder(path, root)) return ErrorReply(request, "outside the script's folder (" + root.string() + ")");

  const std::string relative = path.lexically_relative(root).generic_string();
  constexpr std::string_view kDelay = "delay/";
  constexpr std::string_view kStatus = "status/";
  if (relative.rfind(kDelay, 0) == 0) {
    if (std::optional<uint32_t> ms = DecimalAtMost(std::string_view(relative).substr(kDelay.size()), kMaxDelayMs)) {
      NetworkReply reply = ResponseReply(request, answered_url, 200, "application/json", "{\"delay\":" + std::to_string(*ms) + "}");
      reply.latency_ms = *ms;
      return reply;
    }
  }
  if (relative.rfind(kStatus, 0) == 0) {
    std::optional<uint32_t> code = DecimalAtMost(std::string_view(relative).substr(kStatus.size()), 599);
    if (code && *code >= 200) {
      const auto status = static_cast<uint16_t>(*code);
      return ResponseReply(request, answered_url, status, "text/plain; charset=utf-8", ReasonPhraseOf(status));
    }
  }
  std::ifstream file(path, std::ios::binary);
  if (!std::filesystem::is_regular_file(path, error) || !file) {
    return ResponseReply(request, answered_url, 404, "text/plain; charset=utf-8", "Not Found");
  }
  if (std::filesystem::file_size(path, error) > kMaxBodyBytes) {
    return ErrorReply(request, "larger than the " + std::to_string(kMaxBodyBytes >> 20) + " MB a fetch may read");
  }
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return ResponseReply(request, answered_url, 200, ContentTypeOf(path), bytes.str());
}

NetworkService::NetworkService(const std::filesystem::path& root) {
  if (!root.empty()) {
    std::error_code error;
    m_root = std::filesystem::weakly_canonical(std::filesystem::absolute(root, error), error);
    if (error) m_root = root.lexically_normal();
  }
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) < 0) {
    throw std::system_error(errno, std::generic_category(), "socketpair");
  }
  m_loop_fd = fds[0];
  m_service_fd = fds[1];
  SetNonBlocking(m_loop_fd);
  SetNonBlocking(m_service_fd);
  m_thread = std::thread([this, fd = m_service_fd] { ServiceMain(fd); });
}

NetworkService::~NetworkService() {
  // End-of-file on the service's end: its thread drops what it still had to write and returns.
  shutdown(m_loop_fd, SHUT_RDWR);
  if (m_thread.joinable()) m_thread.join();
  close(m_loop_fd);
  close(m_service_fd);
}

bool NetworkService::Send(const NetworkRequest& request) {
  if (m_closed) return false;
  const std::string frame = EncodeRequest(request);
  std::size_t written = 0;
  while (written < frame.size()) {
    const ssize_t n = send(m_loop_fd, frame.data() + written, frame.size() - written, MSG_NOSIGNAL);
    if (n > 0) {
      written += static_cast<std::size_t>(n);
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      pollfd writable{m_loop_fd, POLLOUT, 0};
      poll(&writable, 1, -1);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      m_closed = true;  // the service is gone: nothing will answer
      return false;
    }
  }
  return true;
}

std::vector<NetworkReply> NetworkService::TakeReplies() {
  char chunk[64 * 1024];
  while (true) {
    const ssize_t n = recv(m_loop_fd, chunk, sizeof chunk, 0);
    if (n > 0) {
      m_incoming.append(chunk, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) m_closed = true;  // the service is gone
      break;  // EAGAIN: all read
    }
  }
  std::vector<NetworkReply> replies;
  std::size_t offset = 0;
  while (true) {
    std::size_t consumed = 0;
    std::optional<NetworkReply> reply = DecodeReply(std::string_view(m_incoming).substr(offset), consumed);
    if (consumed == 0) break;
    offset += consumed;
    if (reply) replies.push_back(std::move(*reply));
  }
  m_incoming.erase(0, offset);
  return replies;
}

void NetworkService::ServiceMain(int fd) {
  std::string incoming;
  std::string outgoing;
  char chunk[16 * 1024];
  while (true) {
    pollfd watched{fd, static_cast<short>(POLLIN | (outgoing.empty() ? 0 : POLLOUT)), 0};
    if (poll(&watched, 1, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if (watched.revents & (POLLIN | POLLHUP | POLLERR)) {
      const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
      if (n == 0) return;  // the loop closed its end: the run is over
      if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return;
      if (n > 0) incoming.append(chunk, static_cast<std::size_t>(n));
      std::size_t offset = 0;
      while (true) {
        std::size_t consumed = 0;
        std::optional<NetworkRequest> request = DecodeRequest(std::string_view(incoming).substr(offset), consumed);
        if (consumed == 0) break;
        offset += consumed;
        if (request) outgoing += EncodeReply(Answer(m_root, *request));
      }
      incoming.erase(0, offset);
    }
    if (!outgoing.empty()) {
      const ssize_t n = send(fd, outgoing.data(), outgoing.size(), MSG_NOSIGNAL);
      if (n > 0) outgoing.erase(0, static_cast<std::size_t>(n));
      if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return;
    }
  }
}

}  // namespace loopscope
