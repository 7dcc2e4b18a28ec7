// RunSession.h — one run of one script on its own runtime thread.
//
// The run's model (RunOptions::model: the browser's HTML event loop or real Node.js) runs on a
// dedicated runtime thread that owns the V8 isolate; it appends to the Trace, which the
// controlling thread may read at any time without locks (Trace.h). The controlling thread talks
// to the runtime thread only through commands (RequestStop today), delivered at a named step of
// the model's loop. This header is V8-free: the UI never sees V8.
//
// Threads: construct, Start, RequestStop, Finished, Wait and the destructor are called from one
// controlling thread (the UI or CLI main thread).
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "runtime/core/RunOptions.h"
#include "runtime/trace/Trace.h"

namespace loopscope {

class RunSession {
 public:
  explicit RunSession(RunOptions options);
  ~RunSession();  // requests stop and joins
  RunSession(const RunSession&) = delete;
  RunSession& operator=(const RunSession&) = delete;

  void Start();                  // spawns the runtime thread; returns at once
  void RequestStop();            // thread-safe: terminates running JavaScript and ends the loop (Stop command)
  // Thread-safe: the user clicked page element `element_id` (a PageSnapshot line's node id);
  // browser model, delivered when the loop next drains its commands. Ignored once the run ended.
  void RequestClick(uint32_t element_id);
  bool Finished() const;         // true once the runtime thread has written RunEnded
  RunOutcome Wait();             // blocks until the run ends; returns how it ended

  std::shared_ptr<const Trace> GetTrace() const { return m_trace; }

 private:
  RunOptions m_options;
  std::shared_ptr<Trace> m_trace;
  std::thread m_thread;
  std::atomic<bool> m_finished{false};
  RunOutcome m_outcome;
  struct Shared;
  std::shared_ptr<Shared> m_shared;  // state the watchdog / stop request share with the runtime thread
};

}  // namespace loopscope
