#include "runtime/io/Poller.h"

#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <system_error>

namespace loopscope {
namespace {

constexpr int kMaxEventsPerWait = 16;
constexpr uint64_t kNsPerMs = 1'000'000;

int TimeoutMs(uint64_t timeout_ns) {
  if (timeout_ns == Poller::kForever) return -1;
  uint64_t ms = (timeout_ns + kNsPerMs - 1) / kNsPerMs;
  return ms > static_cast<uint64_t>(INT_MAX) ? INT_MAX : static_cast<int>(ms);
}

}  // namespace

Poller::Poller() : m_epoll(epoll_create1(EPOLL_CLOEXEC)) {
  if (m_epoll < 0) throw std::system_error(errno, std::generic_category(), "epoll_create1");
}

Poller::~Poller() {
  if (m_epoll >= 0) close(m_epoll);
}

void Poller::Watch(int fd, uint64_t token) {
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.u64 = token;
  if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) < 0) {
    throw std::system_error(errno, std::generic_category(), "epoll_ctl");
  }
}

void Poller::Unwatch(int fd) { epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); }

std::vector<uint64_t> Poller::Wait(uint64_t timeout_ns) {
  epoll_event events[kMaxEventsPerWait];
  int count;
  do {
    count = epoll_wait(m_epoll, events, kMaxEventsPerWait, TimeoutMs(timeout_ns));
  } while (count < 0 && errno == EINTR);  // a signal is not a wake; the caller re-checks its deadline anyway
  std::vector<uint64_t> ready;
  for (int i = 0; i < count; ++i) ready.push_back(events[i].data.u64);
  return ready;
}

}  // namespace loopscope
