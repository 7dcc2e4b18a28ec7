// ReplayModel.cpp — keyframes, console lines and search over the folded trace.
#include "runtime/replay/ReplayModel.h"

#include <algorithm>
#include <utility>

namespace loopscope {

ReplayModel::ReplayModel(std::shared_ptr<const Trace> trace) : m_trace(std::move(trace)) {
  m_keyframes.push_back(m_latest);  // keyframe 0: the empty state
}

void ReplayModel::Sync() {
  const uint64_t published = m_trace->PublishedCount();
  for (uint64_t index = m_indexed; index < published; ++index) {
    const Event& event = m_trace->At(index);
    ApplyEvent(m_latest, event);
    if (event.Kind() == EventKind::ConsoleOutput || event.Kind() == EventKind::UncaughtError) {
      const bool is_error = event.Kind() == EventKind::UncaughtError;
      m_console_lines.push_back(ConsoleLine{
          is_error ? ConsoleLevel::Error : static_cast<ConsoleLevel>(event.aux),
          is_error,
          event.a,
          is_error ? event.b : 0,
          index,
          event.time_ns,
          is_error && event.aux != 0,
      });
    }
    const std::size_t state_size = m_latest.stack.size() + m_latest.task_queue.size() +
                                   m_latest.microtask_queue.size() + m_latest.next_tick_queue.size() +
                                   m_latest.timers.size() + m_latest.requests.size() + m_latest.thread_pool.size();
    const uint64_t spacing = std::max<uint64_t>(kKeyframeInterval, state_size);
    if (m_latest.event_index - m_keyframes.back().event_index >= spacing) m_keyframes.push_back(m_latest);
  }
  m_indexed = published;
}

ReplayState ReplayModel::StateAt(uint64_t event_index) const {
  const uint64_t target = std::min(event_index, m_indexed);
  if (target == m_indexed) return m_latest;
  // The last keyframe at or before target.
  auto after = std::upper_bound(m_keyframes.begin(), m_keyframes.end(), target,
                                [](uint64_t index, const ReplayState& keyframe) { return index < keyframe.event_index; });
  ReplayState state = *std::prev(after);
  for (uint64_t index = state.event_index; index < target; ++index) ApplyEvent(state, m_trace->At(index));
  return state;
}

uint64_t ReplayModel::SkipDetails(uint64_t index) const {
  while (index < m_indexed && m_trace->At(index).Kind() == EventKind::Detail) ++index;
  return index;
}

std::optional<uint64_t> ReplayModel::NextIndexWhere(uint64_t from, std::function<bool(const Event&)> pred) const {
  for (uint64_t index = from; index < m_indexed; ++index) {
    const Event& event = m_trace->At(index);
    if (event.Kind() != EventKind::Detail && pred(event)) return SkipDetails(index + 1);
  }
  return std::nullopt;
}

std::optional<uint64_t> ReplayModel::PrevIndexWhere(uint64_t from, std::function<bool(const Event&)> pred) const {
  const uint64_t limit = std::min(from, m_indexed);
  // Event `limit - 1` is the one the cursor just passed; start before it (and before its Details,
  // so that a cursor after a Detail does not find that Detail's own event again).
  uint64_t index = limit;
  while (index > 0 && m_trace->At(index - 1).Kind() == EventKind::Detail) --index;
  if (index == 0) return std::nullopt;
  --index;  // skip the event just passed
  while (index > 0) {
    --index;
    const Event& event = m_trace->At(index);
    if (event.Kind() != EventKind::Detail && pred(event)) return SkipDetails(index + 1);
  }
  return std::nullopt;
}

ReplayState FoldFromScratch(const Trace& trace, uint64_t event_index) {
  const uint64_t target = std::min(event_index, trace.PublishedCount());
  ReplayState state;
  for (uint64_t index = 0; index < target; ++index) ApplyEvent(state, trace.At(index));
  return state;
}

}  // namespace loopscope
