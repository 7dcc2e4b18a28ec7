// CommandQueue.h — what the controlling thread (UI, CLI) asks of a running script, delivered to
// the runtime thread at a named step of its event loop ("drain the command queue": before the
// loop picks its next task, and whenever its poller wakes).
//
// Stop, and a user click on a page element (which becomes user-interaction tasks when drained).
//
// Threads: Push from any thread (wakes the runtime thread's Poller through the Waker); TakeAll and
// WakeFd on the runtime thread only.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/io/Waker.h"

namespace loopscope {

enum class RunCommandKind : uint8_t {
  Stop,   // end the run: no more JavaScript runs once it is drained
  Click,  // browser: the user clicked page element `target` (a dom.js node id): user-interaction tasks
};

struct RunCommand {
  RunCommandKind kind = RunCommandKind::Stop;
  uint32_t target = 0;  // kind-specific (an element id, a request id…)
  std::string text;     // kind-specific payload
};

class CommandQueue {
 public:
  void Push(RunCommand command);         // any thread
  std::vector<RunCommand> TakeAll();     // runtime thread: in push order; consumes the wake
  int WakeFd() const { return m_waker.Fd(); }  // for the runtime thread's Poller

 private:
  std::mutex m_mutex;
  std::deque<RunCommand> m_commands;
  Waker m_waker;
};

}  // namespace loopscope
