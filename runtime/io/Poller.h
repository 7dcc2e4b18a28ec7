// Poller.h — the runtime thread's one blocking point: epoll over the file descriptors the loop
// waits on (the command queue's Waker, the network service's socket once the page has fetched).
//
// The browser model never sleeps anywhere else: when nothing is runnable it waits here until
// the next timer is due, a command arrives, or a watched socket becomes readable.
//
// Thread: one thread (the runtime thread) only. Owns the epoll descriptor, not the watched ones.
#pragma once

#include <cstdint>
#include <vector>

namespace loopscope {

class Poller {
 public:
  static constexpr uint64_t kForever = UINT64_MAX;

  Poller();  // throws std::system_error if epoll is unavailable
  ~Poller();
  Poller(const Poller&) = delete;
  Poller& operator=(const Poller&) = delete;

  // Watches `fd` for readability; `token` is what Wait reports for it.
  void Watch(int fd, uint64_t token);
  void Unwatch(int fd);

  // Blocks for at most `timeout_ns` (0: just look; kForever: until something is ready) and
  // returns the tokens of the descriptors that are readable (empty on timeout). Millisecond
  // granularity, rounded up, so a deadline is never reported early.
  std::vector<uint64_t> Wait(uint64_t timeout_ns);

 private:
  int m_epoll = -1;
};

}  // namespace loopscope
