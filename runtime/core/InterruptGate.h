// InterruptGate.h — when an interrupt (Stop, timeout, a resource limit, the checkpoint limit)
// may reach the run's JavaScript.
//
// V8 and Node API calls fail (an empty Maybe) while execution is terminating, so host set-up
// code written to the rule "this cannot fail" (ToLocalChecked, Check) would abort the process if
// a termination landed in the middle of it. The model therefore holds the gate around such
// set-up: an interrupt that arrives then is remembered and delivered when the last hold ends.
// Outside a hold an interrupt is delivered at once.
//
// Threads: Open/Close and Hold on the runtime thread; Interrupt from any thread. The delivering
// function runs under the gate's mutex, so Close() guarantees it will not run again.
#pragma once

#include <functional>
#include <mutex>
#include <utility>

namespace loopscope {

class InterruptGate {
 public:
  // Runtime thread: interrupts go to `deliver` (V8 TerminateExecution, node::Stop) from now on.
  void Open(std::function<void()> deliver) {
    std::lock_guard lock(m_mutex);
    m_deliver = std::move(deliver);
    m_pending = false;
  }
  // Runtime thread: from now on interrupts are dropped (the isolate or environment is going).
  void Close() {
    std::lock_guard lock(m_mutex);
    m_deliver = nullptr;
    m_pending = false;
  }
  // Any thread: deliver now, or when the current hold ends; nothing while closed.
  void Interrupt() {
    std::lock_guard lock(m_mutex);
    if (!m_deliver) return;
    if (m_holds > 0) {
      m_pending = true;
      return;
    }
    m_deliver();
  }

  // Runtime thread, RAII: while one lives, interrupts wait.
  class Hold {
   public:
    explicit Hold(InterruptGate& gate) : m_gate(gate) {
      std::lock_guard lock(m_gate.m_mutex);
      ++m_gate.m_holds;
    }
    ~Hold() {
      std::lock_guard lock(m_gate.m_mutex);
      if (--m_gate.m_holds > 0 || !m_gate.m_pending) return;
      m_gate.m_pending = false;
      if (m_gate.m_deliver) m_gate.m_deliver();
    }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

   private:
    InterruptGate& m_gate;
  };

 private:
  std::mutex m_mutex;
  std::function<void()> m_deliver;  // empty while closed
  int m_holds = 0;
  bool m_pending = false;  // an interrupt arrived during a hold
};

}  // namespace loopscope
