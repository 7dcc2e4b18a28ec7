#include "runtime/io/Waker.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <system_error>

namespace loopscope {

Waker::Waker() : m_fd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
  if (m_fd < 0) throw std::system_error(errno, std::generic_category(), "eventfd");
}

Waker::~Waker() {
  if (m_fd >= 0) close(m_fd);
}

void Waker::Wake() {
  uint64_t one = 1;
  // EAGAIN means the counter is saturated, i.e. a wake is pending anyway.
  while (write(m_fd, &one, sizeof one) < 0 && errno == EINTR) {
  }
}

void Waker::Drain() {
  uint64_t count = 0;
  while (read(m_fd, &count, sizeof count) < 0 && errno == EINTR) {
  }
}

}  // namespace loopscope
