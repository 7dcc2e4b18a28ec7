#include "runtime/models/node/NodeLoopObserver.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace loopscope {
namespace {

constexpr int kPhaseCount = 6;  // LoopPhase Timers … Close, in libuv's order

LoopPhase Next(LoopPhase phase) { return static_cast<LoopPhase>((static_cast<int>(phase) + 1) % kPhaseCount); }

NodeLoopObserver* ObserverOf(void* handle) {
  return static_cast<NodeLoopObserver*>(static_cast<uv_handle_t*>(handle)->data);
}

}  // namespace

NodeLoopObserver::NodeLoopObserver(uv_loop_t* loop, TraceRecorder& recorder, std::function<void()> on_iteration)
    : m_loop(loop), m_recorder(recorder), m_on_iteration(std::move(on_iteration)) {
  uv_loop_configure(m_loop, UV_METRICS_IDLE_TIME);  // how long poll blocks
  uv_prepare_init(m_loop, &m_prepare);
  uv_check_init(m_loop, &m_check_before);
  uv_check_init(m_loop, &m_check_after);
  for (uv_handle_t* handle : {reinterpret_cast<uv_handle_t*>(&m_prepare), reinterpret_cast<uv_handle_t*>(&m_check_before),
                              reinterpret_cast<uv_handle_t*>(&m_check_after)}) {
    handle->data = this;
  }
  StartHandlesAroundNodes();
}

NodeLoopObserver::~NodeLoopObserver() = default;

void NodeLoopObserver::StartHandlesAroundNodes() {
  // Node's active check handles (the immediates), in the loop's handle order.
  struct Walk {
    NodeLoopObserver* self;
    std::vector<uv_check_t*> nodes;
  } walk{this, {}};
  uv_walk(
      m_loop,
      [](uv_handle_t* handle, void* arg) {
        auto* walk = static_cast<Walk*>(arg);
        if (handle->type != UV_CHECK || handle->data == walk->self || !uv_is_active(handle)) return;
        walk->nodes.push_back(reinterpret_cast<uv_check_t*>(handle));
      },
      &walk);
  std::vector<uv_check_t*>& nodes = walk.nodes;
  // Started handles go to the head of the queue: after-handle first, then Node's (restarted in
  // the order that keeps their own relative order), then the before-handle at the very head.
  uv_check_start(&m_check_after, &OnCheckAfter);
  for (uv_check_t* node_check : nodes) {
    uv_check_cb callback = node_check->check_cb;
    uv_check_stop(node_check);
    uv_check_start(node_check, callback);
  }
  uv_check_start(&m_check_before, &OnCheckBefore);
  uv_prepare_start(&m_prepare, &OnPrepare);
  uv_unref(reinterpret_cast<uv_handle_t*>(&m_prepare));
  uv_unref(reinterpret_cast<uv_handle_t*>(&m_check_before));
  uv_unref(reinterpret_cast<uv_handle_t*>(&m_check_after));
}

void NodeLoopObserver::Close() {
  if (m_closed) return;
  m_closed = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&m_prepare), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&m_check_before), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&m_check_after), nullptr);
}

void NodeLoopObserver::LoopStarting() {
  if (m_phase) return;
  ++m_iteration;
  m_phase = LoopPhase::Timers;
  m_recorder.Emit(EventKind::LoopPhaseBegin, static_cast<uint8_t>(LoopPhase::Timers), m_iteration);
}

void NodeLoopObserver::LoopReturned() {
  if (!m_phase) return;
  m_recorder.Emit(EventKind::LoopPhaseEnd, static_cast<uint8_t>(*m_phase), m_iteration);
  m_phase.reset();
}

void NodeLoopObserver::EnterPhase(LoopPhase target, uint32_t poll_blocked_us) {
  if (!m_phase) LoopStarting();
  while (*m_phase != target) {
    LoopPhase next = Next(*m_phase);
    m_recorder.Emit(EventKind::LoopPhaseEnd, static_cast<uint8_t>(*m_phase), m_iteration,
                    *m_phase == LoopPhase::Poll ? poll_blocked_us : 0);
    if (next == LoopPhase::Timers) ++m_iteration;
    m_phase = next;
    m_recorder.Emit(EventKind::LoopPhaseBegin, static_cast<uint8_t>(next), m_iteration);
  }
}

LoopPhase NodeLoopObserver::EnterPhaseFor(CallbackKind kind) {
  if (!m_phase) return LoopPhase::Timers;  // outside uv_run (the main module, beforeExit): no phase
  switch (kind) {
    case CallbackKind::Timer: EnterPhase(LoopPhase::Timers); break;
    case CallbackKind::Immediate: EnterPhase(LoopPhase::Check); break;
    case CallbackKind::Other:
      // Before the prepare handle ran, an I/O callback is a pending one (deferred from the last
      // poll); after the close phase began, a close callback; otherwise it ran in poll.
      if (*m_phase == LoopPhase::Timers) EnterPhase(LoopPhase::Pending);
      break;
  }
  return *m_phase;
}

void NodeLoopObserver::OnPrepare(uv_prepare_t* handle) {
  NodeLoopObserver* self = ObserverOf(handle);
  if (self->m_phase == LoopPhase::Close) self->EnterPhase(LoopPhase::Timers);  // a new iteration whose timers ran nothing
  self->EnterPhase(LoopPhase::IdlePrepare);
  if (self->m_on_iteration) self->m_on_iteration();
  self->EnterPhase(LoopPhase::Poll);
  self->m_idle_time_at_prepare = uv_metrics_idle_time(self->m_loop);
}

void NodeLoopObserver::OnCheckBefore(uv_check_t* handle) {
  NodeLoopObserver* self = ObserverOf(handle);
  uint64_t blocked_ns = uv_metrics_idle_time(self->m_loop) - self->m_idle_time_at_prepare;
  uint64_t blocked_us = std::min<uint64_t>(blocked_ns / 1000, std::numeric_limits<uint32_t>::max());
  self->EnterPhase(LoopPhase::Check, static_cast<uint32_t>(blocked_us));
}

void NodeLoopObserver::OnCheckAfter(uv_check_t* handle) { ObserverOf(handle)->EnterPhase(LoopPhase::Close); }

}  // namespace loopscope
