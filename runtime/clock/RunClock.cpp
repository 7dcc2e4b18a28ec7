#include "runtime/clock/RunClock.h"

namespace loopscope {

RunClock::RunClock(ClockMode mode)
    : m_mode(mode),
      m_start(SteadyClock::now()),
      m_epoch_millis_at_start(std::chrono::duration<double, std::milli>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count()) {}

uint64_t RunClock::NowNs() const {
  auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - m_start);
  return static_cast<uint64_t>(elapsed.count()) + m_skipped_ns;
}

double RunClock::EpochMillis() const {
  return m_epoch_millis_at_start + static_cast<double>(NowNs()) / 1e6;
}

bool RunClock::WaitUntil(uint64_t target_ns) {
  std::unique_lock lock(m_mutex);
  if (m_interrupted) return false;
  uint64_t now = NowNs();
  if (now >= target_ns) return true;
  if (m_mode == ClockMode::SkipIdle) {
    m_skipped_ns += target_ns - now;
    return true;
  }
  auto deadline = m_start + std::chrono::nanoseconds(target_ns - m_skipped_ns);
  m_wake.wait_until(lock, deadline, [this] { return m_interrupted; });
  return !m_interrupted;
}

void RunClock::Interrupt() {
  {
    std::lock_guard lock(m_mutex);
    m_interrupted = true;
  }
  m_wake.notify_all();
}

}  // namespace loopscope
