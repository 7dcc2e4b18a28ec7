// TimelineModel.h — the main-thread flame chart, as data: slices on rows, plus instant markers.
//
// Built from a Trace (which may still be growing) by Update(), which reads only the events it has
// not seen yet, so calling it every frame costs O(new events). Pure: no ImGui, no OpenGL; the
// renderer (TimelineRenderer) and the panel (TimelinePanel) draw what this holds.
//
// Shape (like the DevTools Performance panel's "Main" track):
//   depth 0  Task (System grey) · Idle (pale) · rendering steps between tasks
//   depth 1+ what ran inside: Run Microtasks, each microtask, function frames (Scripting yellow),
//            rAF / style / paint (Rendering purple, Painting green), GC (System grey)
// Every row holds its slices sorted by start time, and slices on one row never overlap, so the
// visible range of a row is found with a binary search (FirstVisible).
// A node run that used libuv's thread pool gets a second lane below the main thread: one empty
// row (PoolLabelRow: where the lane's name goes), then the pool's requests packed onto as many
// rows as were in flight at once. Row(depth) spans both; the main thread's rows come first.
// A browser run that fetched gets the same kind of lane for its network: each request from its
// IPC send (NetworkRequest) to its answer reaching the loop (NetworkResponse), packed the same way
// (a run never has both: the thread pool is node's, the network service the browser model's).
//
// Times are nanoseconds on the run's clock. A slice that has begun but not ended yet has
// end_ns == kOpenEnd; draw it up to LastTimeNs().
//
// Cost: Update is amortised O(1) per event, O(log n) for thread-pool requests: an end whose kind
// has no open slice is rejected by a count, without searching the open slices.
//
// Threads: UI thread only (it reads the trace lock-free).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "runtime/trace/Event.h"
#include "runtime/trace/Trace.h"

namespace loopscope::ui {

// The DevTools categories that colour the flame chart.
enum class SliceCategory : uint8_t { Scripting, Rendering, Painting, System, Idle, Count };

enum class SliceKind : uint8_t {
  Task,          // a whole task (TaskStarted … TaskEnded)
  Checkpoint,    // "Run Microtasks"
  Microtask,     // one microtask job
  Function,      // a JavaScript frame (FunctionEnter … Exit/Suspend)
  Rendering,     // a rendering step (rAF callbacks, style/layout, paint)
  Idle,          // the loop had nothing to run
  Gc,            // garbage collection
  LoopPhase,     // node: one libuv phase
  ThreadPool,    // node: a request on libuv's thread pool (ThreadPoolQueued … ThreadPoolDone); aux 1 = end estimated
  Network,       // browser: a request to the network service (NetworkRequest … NetworkResponse); aux = ResponseOutcome
  Count,         // not a kind: how many there are
};

enum class MarkerKind : uint8_t { TimerFired, TimerInstalled, Console, Error, Jit, Network, RunEnded, Truncated };

struct Slice {
  static constexpr uint64_t kOpenEnd = std::numeric_limits<uint64_t>::max();

  uint64_t start_ns = 0;
  uint64_t end_ns = kOpenEnd;
  uint64_t begin_event = 0;  // index of the event that opened the slice (a click moves playback here)
  uint64_t end_event = 0;    // index of the event that closed it (valid once end_ns != kOpenEnd)
  SliceKind kind = SliceKind::Task;
  SliceCategory category = SliceCategory::System;
  uint8_t aux = 0;           // TaskSource / MicrotaskSource / RenderStep / GcKind / LoopPhase
  uint32_t name = 0;         // string id of the callback name (tasks, microtasks), or 0
  uint32_t function = 0;     // function id (Function slices), HTTP status (Network slices), or 0
  bool resumed = false;      // a Function slice that began with FunctionResume (after an await)

  bool IsOpen() const { return end_ns == kOpenEnd; }
};

struct Marker {
  uint64_t time_ns = 0;
  uint64_t event = 0;
  MarkerKind kind = MarkerKind::Console;
  uint32_t text = 0;  // string id (console text, error message, callback name), or 0
};

class TimelineModel {
 public:
  // Reads the events of `trace` not yet read. Returns true if anything changed.
  bool Update(const Trace& trace);
  // Forget everything (a new run).
  void Reset();

  int RowCount() const {
    return static_cast<int>(m_rows.size() + (m_pool_rows.empty() ? 0 : 1 + m_pool_rows.size()));
  }
  const std::vector<Slice>& Row(int depth) const;
  int MainRowCount() const { return static_cast<int>(m_rows.size()); }
  // The row that carries the second lane's name (thread pool or network), or -1 when there is none.
  int PoolLabelRow() const { return m_pool_rows.empty() ? -1 : static_cast<int>(m_rows.size()); }
  // What the second lane holds: SliceKind::ThreadPool or SliceKind::Network (meaningful when PoolLabelRow() >= 0).
  SliceKind PoolKind() const { return m_pool_kind; }
  const std::vector<Marker>& Markers() const { return m_markers; }
  std::size_t SliceCount() const { return m_slice_count; }
  uint64_t EventsRead() const { return m_events_read; }
  uint64_t FirstTimeNs() const { return m_first_ns; }
  uint64_t LastTimeNs() const { return m_last_ns; }
  // The span that has something to draw: from the first slice's start to the last slice end or
  // marker (without the startup before the first task, e.g. compiling the script). Zoom-to-fit
  // shows this.
  uint64_t ContentFirstNs() const { return m_has_content ? m_content_first_ns : m_first_ns; }
  uint64_t ContentLastNs() const { return m_has_content ? std::max(m_content_last_ns, OpenContentEnd()) : m_last_ns; }
  // The slice's end, with an open slice drawn up to the last event seen.
  uint64_t EndOf(const Slice& slice) const { return slice.IsOpen() ? m_last_ns : slice.end_ns; }

  // Index of the first slice in `row` that ends at or after `time_ns` (binary search); row.size()
  // if none. Iterate from there while slice.start_ns <= the visible end.
  std::size_t FirstVisible(int depth, uint64_t time_ns) const;
  // The slice at `time_ns` on row `depth`, or nullptr.
  const Slice* SliceAt(int depth, uint64_t time_ns) const;
  // The deepest slice containing the trace event `event_index` in time (for "where is the cursor").
  int DeepestRowAt(uint64_t time_ns) const;

 private:
  struct OpenSlice {
    int depth;
    std::size_t index;
  };
  void Push(const Event& event, uint64_t event_index, SliceKind kind, SliceCategory category, uint32_t name,
            uint32_t function, bool resumed);
  // Closes the innermost open slice of `kind` (and everything opened inside it). No-op if none.
  void PopTo(SliceKind kind, uint64_t time_ns, uint64_t event_index);
  void CloseAll(uint64_t time_ns, uint64_t event_index);
  void Touch(uint64_t time_ns);
  uint64_t OpenContentEnd() const { return m_open.empty() ? 0 : m_last_ns; }

  void QueuePoolWork(const Event& event, uint64_t event_index, SliceKind kind);
  // Returns the slice it closed, or nullptr when no slice of that id is open.
  Slice* FinishPoolWork(const Event& event, uint64_t event_index);

  std::vector<std::vector<Slice>> m_rows;
  std::vector<std::vector<Slice>> m_pool_rows;              // node: thread-pool requests, packed
  std::multimap<uint32_t, OpenSlice> m_pool_open;           // work id → its open slice (equal ids: oldest first)
  std::set<std::size_t> m_free_pool_rows;                    // pool rows whose last request is over
  SliceKind m_pool_kind = SliceKind::ThreadPool;             // what the second lane's slices are
  std::vector<OpenSlice> m_open;
  std::array<std::size_t, static_cast<std::size_t>(SliceKind::Count)> m_open_of_kind{};  // slices in m_open by kind
  std::vector<Marker> m_markers;
  std::size_t m_slice_count = 0;
  uint64_t m_events_read = 0;
  uint64_t m_first_ns = 0;
  uint64_t m_last_ns = 0;
  bool m_seen_any = false;
  bool m_has_content = false;
  uint64_t m_content_first_ns = 0;
  uint64_t m_content_last_ns = 0;
};

// Names and colours shared by the panel, the tooltips and the tests.
const char* SliceCategoryName(SliceCategory category);
// What the slice is called on the chart: "Task", "Run Microtasks", "then: onResolve", "foo" …
std::string SliceLabel(const Slice& slice, const Trace& trace);

}  // namespace loopscope::ui
