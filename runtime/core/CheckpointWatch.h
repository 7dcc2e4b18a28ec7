// CheckpointWatch.h — how the run's watchdog sees a microtask checkpoint that never ends.
//
// A microtask chain that re-queues itself (`function f() { queueMicrotask(f) }`) keeps a
// checkpoint — and so the whole loop — busy forever; Chromium hangs the tab there. Loopscope stops
// such a checkpoint after RunOptions::checkpoint_limit_seconds, says so, and lets the loop go on:
// the loop marks the checkpoint's start here (Begin / End), and the watchdog (RunSession), seeing
// one run past the limit, interrupts JavaScript and marks it Fired; the loop then cancels the
// termination, drops the queued microtasks and reports it (BrowserEventLoop).
//
// Threads: Begin / End / TakeFired on the runtime thread; FireIfPast on the watchdog thread. The
// mutex makes "is a checkpoint still running?" and "interrupt it" one step, so a checkpoint that
// ends just then is never confused with the JavaScript after it.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

namespace loopscope {

class CheckpointWatch {
 public:
  using Clock = std::chrono::steady_clock;

  void Begin() {
    std::lock_guard lock(m_mutex);
    m_started = Clock::now();
  }
  // Ends the checkpoint; true if the watchdog interrupted it (the caller must cancel the
  // termination it requested).
  bool End() {
    std::lock_guard lock(m_mutex);
    m_started.reset();
    const bool fired = m_fired;
    m_fired = false;
    return fired;
  }
  // Watchdog: if a checkpoint has run for more than `limit`, marks it and calls interrupt once.
  void FireIfPast(Clock::duration limit, const std::function<void()>& interrupt) {
    std::lock_guard lock(m_mutex);
    if (!m_started || m_fired || Clock::now() - *m_started <= limit) return;
    m_fired = true;
    interrupt();
  }

 private:
  std::mutex m_mutex;
  std::optional<Clock::time_point> m_started;
  bool m_fired = false;
};

}  // namespace loopscope
