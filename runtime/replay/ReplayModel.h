// ReplayModel.h — the trace, indexed for playback: the state at any event index, the console
// lines, and search for stepping.
//
// Threads: none of its own. Owned and used by one thread (the UI thread); it reads the shared
// Trace as a consumer, so the runtime may keep appending while the model is used. Call Sync()
// (e.g. once per frame) to take in newly published events.
//
// Cost: Sync() folds each new event once and stores a full ReplayState as a keyframe every
// max(kKeyframeInterval, size of the state) events, so StateAt(i) copies the nearest keyframe at or
// before i and folds fewer events than that: scrubbing and stepping backwards cost the same as
// forwards. Spacing keyframes by the state's size (queue depths, timers, stack) keeps their memory
// proportional to the trace even when 100 000 jobs wait in a queue. A keyframe holds the lists'
// entries without their id indexes (IdList.h); StateAt's copy rebuilds one on its first removal,
// in O(state size) like the copy itself. So StateAt(i) is O(state size + kKeyframeInterval).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "runtime/replay/ReplayState.h"
#include "runtime/trace/Trace.h"

namespace loopscope {

struct ConsoleLine {
  ConsoleLevel level;
  bool is_error_report;  // an UncaughtError (level Error), not a console call
  uint32_t text;         // string id (for an error report: the message)
  uint32_t stack;        // string id of the stack trace (error reports; 0 otherwise)
  uint64_t event_index;  // index of the ConsoleOutput / UncaughtError event
  uint64_t time_ns;
  bool in_promise;       // for an error report: "Uncaught (in promise)"

  bool operator==(const ConsoleLine&) const = default;
};

class ReplayModel {
 public:
  static constexpr uint64_t kKeyframeInterval = 2048;

  explicit ReplayModel(std::shared_ptr<const Trace> trace);

  // Indexes events published since the last call: keyframes and console lines. O(new events);
  // a single atomic load when nothing is new.
  void Sync();
  // Events indexed so far (by Sync).
  uint64_t EventCount() const { return m_indexed; }
  // The state after events [0, event_index); event_index is clamped to EventCount().
  ReplayState StateAt(uint64_t event_index) const;
  // The state after every indexed event (no folding: kept up to date by Sync).
  const ReplayState& LatestState() const { return m_latest; }
  // Every console line in the indexed events, in order; the first state.console_line_count of
  // them are visible at a given state.
  const std::vector<ConsoleLine>& ConsoleLines() const { return m_console_lines; }
  const Trace& GetTrace() const { return *m_trace; }

  // Navigation for Step / Step back. A cursor c shows the state after events [0, c).
  // NextIndexWhere: the smallest r > from such that event r-1 matches `pred`, searching indexed
  //   events [from, EventCount()).
  // PrevIndexWhere: the largest r < from such that event r-1 matches `pred`, searching events
  //   (from-1, 0] backwards — so the event just before the cursor (r == from) is not found again.
  // Detail events are never passed to `pred`, and a cursor is never placed between an event and
  // its Detail: r moves past the Detail(s) that follow the matched event.
  std::optional<uint64_t> NextIndexWhere(uint64_t from, std::function<bool(const Event&)> pred) const;
  std::optional<uint64_t> PrevIndexWhere(uint64_t from, std::function<bool(const Event&)> pred) const;

 private:
  uint64_t SkipDetails(uint64_t index) const;

  std::shared_ptr<const Trace> m_trace;
  uint64_t m_indexed = 0;
  ReplayState m_latest;                 // state after [0, m_indexed)
  std::vector<ReplayState> m_keyframes;  // ascending event_index; m_keyframes[0] is the empty state
  std::vector<ConsoleLine> m_console_lines;
};

// The state after events [0, event_index) of `trace`, folded from the start with no keyframes
// (the reference the keyframe path is tested against; O(event_index)). event_index is clamped to
// the published count.
ReplayState FoldFromScratch(const Trace& trace, uint64_t event_index);

}  // namespace loopscope
