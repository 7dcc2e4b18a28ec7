// EventLoopModel.h — the interface between a run (RunSession) and the host that runs the script:
// the HTML event loop (models/browser) or the real Node.js runtime (models/node).
//
// A model owns its isolate (Node makes its own), installs the Engine on it, runs the script and
// its event loop to the end, and records everything between RunStarted and RunEnded (RunSession
// writes RunEnded). It must record RunStarted with the run's ClockMode and LoopModel first, so a
// replay knows which panels to show.
//
// Threads: Run() on the runtime thread. Interrupt() from any thread, at any time (before Run
// starts, while it runs, after it returned): it only makes running JavaScript stop soon; the
// Stop command on the command queue and the shared `stop` flag carry the decision itself.
#pragma once

#include <atomic>

#include "runtime/budget/MemoryBudget.h"
#include "runtime/core/CheckpointWatch.h"
#include "runtime/core/RunOptions.h"
#include "runtime/core/RunTypes.h"

namespace loopscope {

class TraceRecorder;
class RunClock;
class CommandQueue;

// What a model gets from its run. All references outlive the model.
struct RunEnvironment {
  TraceRecorder& recorder;
  RunClock& clock;
  const RunOptions& options;
  CommandQueue& commands;     // drained by the model's loop at its "drain the command queue" step
  std::atomic<bool>& stop;    // true once the run must end (Stop, timeout, a resource limit)
  MemoryBudget& budget;       // array buffers reserve here (CountingAllocator); any thread
  CheckpointWatch& checkpoint_watch;  // the browser loop marks its microtask checkpoints here
};

class EventLoopModel {
 public:
  virtual ~EventLoopModel() = default;

  // Runtime thread: runs options.source under this model until its loop ends or `stop`.
  virtual RunOutcome Run() = 0;
  // Any thread: interrupt JavaScript running now (V8 TerminateExecution; node::Stop).
  virtual void Interrupt() = 0;
};

}  // namespace loopscope
