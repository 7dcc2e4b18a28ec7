// NodeLoopObserver.h — sees libuv's phases on a Node environment's own loop and records them as
// LoopPhaseBegin / LoopPhaseEnd, without changing what the loop does.
//
// libuv (src/unix/core.c uv_run) runs each iteration as: timers → pending → idle → prepare →
// poll (wait for I/O) → check → closing handles. The observer places unref'd handles of its own
// (they never keep the loop alive, and no idle handle, which would make poll non-blocking):
//  - a prepare handle: the poll phase begins;
//  - two check handles, one just before Node's own (the immediates) and one just after: the poll
//    phase ended (and how long it blocked, from libuv's idle-time metric) / the close phase begins.
// libuv 1.44 runs loop watchers from the head of their queue and starts new ones at the head,
// so Node's check handles are restarted in between ours. The timers and pending phases have no
// hook: they are entered when a callback that belongs to them runs (a Timeout → timers; another
// callback before the prepare handle → pending), or passed as empty when the prepare handle runs.
// Phases are walked in ring order, so every iteration shows all six, empty ones as zero-length.
//
// Thread: the environment's thread (the runtime thread). Does not own the loop or the recorder.
#pragma once

#include <uv.h>

#include <cstdint>
#include <functional>
#include <optional>

#include "runtime/engine/TraceRecorder.h"

namespace loopscope {

class NodeLoopObserver {
 public:
  // `on_iteration` runs once per loop iteration, in the prepare phase (the model's "drain the
  // command queue" step).
  NodeLoopObserver(uv_loop_t* loop, TraceRecorder& recorder, std::function<void()> on_iteration);
  ~NodeLoopObserver();  // the handles must have been closed (Close) and the loop run since
  NodeLoopObserver(const NodeLoopObserver&) = delete;
  NodeLoopObserver& operator=(const NodeLoopObserver&) = delete;

  // The loop is about to start (uv_run): the first iteration's timers phase begins.
  void LoopStarting();
  // uv_run returned: the phase in progress ends.
  void LoopReturned();
  // A callback Node is about to run: moves to the phase it belongs to.
  enum class CallbackKind { Timer, Immediate, Other };
  LoopPhase EnterPhaseFor(CallbackKind kind);
  std::optional<LoopPhase> CurrentPhase() const { return m_phase; }
  // Stops and closes the handles; their close callbacks run in the loop's next closing phase.
  void Close();

 private:
  void EnterPhase(LoopPhase phase, uint32_t poll_blocked_us = 0);
  static void OnPrepare(uv_prepare_t* handle);
  static void OnCheckBefore(uv_check_t* handle);
  static void OnCheckAfter(uv_check_t* handle);
  void StartHandlesAroundNodes();

  uv_loop_t* m_loop;
  TraceRecorder& m_recorder;
  std::function<void()> m_on_iteration;
  uv_prepare_t m_prepare{};
  uv_check_t m_check_before{};
  uv_check_t m_check_after{};
  bool m_closed = false;
  std::optional<LoopPhase> m_phase;  // the phase in progress (nullopt: outside uv_run)
  uint32_t m_iteration = 0;
  uint64_t m_idle_time_at_prepare = 0;  // uv_metrics_idle_time, ns
};

}  // namespace loopscope
