#include "ui/timeline/TimelineModel.h"

#include "ui/panels/PanelModels.h"

#include <algorithm>

namespace loopscope::ui {

void TimelineModel::Reset() { *this = TimelineModel{}; }

bool TimelineModel::Update(const Trace& trace) {
  const uint64_t published = trace.PublishedCount();
  if (published == m_events_read) return false;
  for (uint64_t i = m_events_read; i < published; ++i) {
    const Event& event = trace.At(i);
    const uint64_t t = event.time_ns;
    if (!m_seen_any) {
      m_first_ns = t;
      m_seen_any = true;
    }
    m_last_ns = std::max<uint64_t>(m_last_ns, t);
    switch (event.Kind()) {
      case EventKind::TaskStarted:
        Push(event, i, SliceKind::Task, SliceCategory::System, event.b, 0, false);
        break;
      case EventKind::TaskEnded: PopTo(SliceKind::Task, t, i); break;
      case EventKind::CheckpointBegin:
        Push(event, i, SliceKind::Checkpoint, SliceCategory::Scripting, 0, 0, false);
        break;
      case EventKind::CheckpointEnd:
        PopTo(SliceKind::Checkpoint, t, i);
        if (event.aux == 1) m_markers.push_back({t, i, MarkerKind::Error, 0});  // stopped at the limit
        break;
      case EventKind::MicrotaskStarted:
        Push(event, i, SliceKind::Microtask, SliceCategory::Scripting, event.b, 0, false);
        break;
      case EventKind::MicrotaskEnded: PopTo(SliceKind::Microtask, t, i); break;
      case EventKind::FunctionEnter:
      case EventKind::FunctionResume:
        Push(event, i, SliceKind::Function, SliceCategory::Scripting, 0, event.a,
             event.Kind() == EventKind::FunctionResume);
        break;
      case EventKind::FunctionExit:
      case EventKind::FunctionSuspend: PopTo(SliceKind::Function, t, i); break;
      case EventKind::RenderingBegin: {
        const bool paint = event.aux == static_cast<uint8_t>(RenderStep::Paint);
        Push(event, i, SliceKind::Rendering, paint ? SliceCategory::Painting : SliceCategory::Rendering, 0, 0, false);
        break;
      }
      case EventKind::RenderingEnd: PopTo(SliceKind::Rendering, t, i); break;
      case EventKind::IdleBegin: Push(event, i, SliceKind::Idle, SliceCategory::Idle, 0, 0, false); break;
      case EventKind::IdleEnd: PopTo(SliceKind::Idle, t, i); break;
      case EventKind::GcBegin: Push(event, i, SliceKind::Gc, SliceCategory::System, 0, 0, false); break;
      case EventKind::GcEnd: PopTo(SliceKind::Gc, t, i); break;
      case EventKind::LoopPhaseBegin:
        Push(event, i, SliceKind::LoopPhase, SliceCategory::System, 0, 0, false);
        break;
      case EventKind::LoopPhaseEnd: PopTo(SliceKind::LoopPhase, t, i); break;
      case EventKind::ThreadPoolQueued: QueuePoolWork(event, i, SliceKind::ThreadPool); break;
      case EventKind::ThreadPoolDone: FinishPoolWork(event, i); break;
      case EventKind::TimerFired: m_markers.push_back({t, i, MarkerKind::TimerFired, 0}); break;
      case EventKind::TimerInstalled: m_markers.push_back({t, i, MarkerKind::TimerInstalled, event.b}); break;
      case EventKind::ConsoleOutput:
        m_markers.push_back({t, i,
                             event.aux == static_cast<uint8_t>(ConsoleLevel::Error) ? MarkerKind::Error
                                                                                    : MarkerKind::Console,
                             event.a});
        break;
      case EventKind::UncaughtError: m_markers.push_back({t, i, MarkerKind::Error, event.a}); break;
      case EventKind::JitCode: m_markers.push_back({t, i, MarkerKind::Jit, event.a}); break;
      // IPC send and receive: markers on the main thread, the span between them on the network lane.
      case EventKind::NetworkRequest:
        QueuePoolWork(event, i, SliceKind::Network);
        m_markers.push_back({t, i, MarkerKind::Network, event.b});
        break;
      case EventKind::NetworkResponse:
        if (Slice* request = FinishPoolWork(event, i)) request->function = event.b;
        m_markers.push_back({t, i, MarkerKind::Network, 0});
        break;
      case EventKind::RunEnded:
        if (!m_open.empty()) CloseAll(t, i);
        m_markers.push_back({t, i, MarkerKind::RunEnded, event.a});
        break;
      case EventKind::TraceTruncated:
        CloseAll(t, i);
        m_markers.push_back({t, i, MarkerKind::Truncated, 0});
        break;
      default: break;
    }
    if (!m_markers.empty() && m_markers.back().event == i && m_markers.back().kind != MarkerKind::RunEnded &&
        m_markers.back().kind != MarkerKind::Truncated) {
      Touch(t);
    }
  }
  m_events_read = published;
  return true;
}

void TimelineModel::Touch(uint64_t time_ns) {
  if (!m_has_content) {
    m_has_content = true;
    m_content_first_ns = time_ns;
  }
  m_content_last_ns = std::max(m_content_last_ns, time_ns);
}

void TimelineModel::Push(const Event& event, uint64_t event_index, SliceKind kind, SliceCategory category,
                         uint32_t name, uint32_t function, bool resumed) {
  Touch(event.time_ns);
  const int depth = static_cast<int>(m_open.size());
  if (static_cast<int>(m_rows.size()) <= depth) m_rows.resize(static_cast<std::size_t>(depth) + 1);
  Slice slice;
  slice.start_ns = event.time_ns;
  slice.begin_event = event_index;
  slice.kind = kind;
  slice.category = category;
  slice.aux = static_cast<uint8_t>(event.aux);
  slice.name = name;
  slice.function = function;
  slice.resumed = resumed;
  auto& row = m_rows[static_cast<std::size_t>(depth)];
  // Rows must stay sorted and non-overlapping for binary search; a malformed trace (a slice that
  // starts before its row's previous slice ended) is clamped rather than trusted.
  if (!row.empty() && !row.back().IsOpen() && row.back().end_ns > slice.start_ns) slice.start_ns = row.back().end_ns;
  row.push_back(slice);
  m_open.push_back({depth, row.size() - 1});
  ++m_open_of_kind[static_cast<std::size_t>(kind)];
  ++m_slice_count;
}

void TimelineModel::PopTo(SliceKind kind, uint64_t time_ns, uint64_t event_index) {
  if (m_open_of_kind[static_cast<std::size_t>(kind)] == 0) return;  // an end without a begin (the trace started mid-way): ignore
  // Found within the slices this call closes, so the search is paid for by the pops.
  auto it = std::find_if(m_open.rbegin(), m_open.rend(), [&](const OpenSlice& open) {
    return m_rows[static_cast<std::size_t>(open.depth)][open.index].kind == kind;
  });
  const std::size_t keep = static_cast<std::size_t>(std::distance(it, m_open.rend())) - 1;
  while (m_open.size() > keep) {
    const OpenSlice open = m_open.back();
    m_open.pop_back();
    Slice& slice = m_rows[static_cast<std::size_t>(open.depth)][open.index];
    --m_open_of_kind[static_cast<std::size_t>(slice.kind)];
    slice.end_ns = std::max(time_ns, slice.start_ns);
    slice.end_event = event_index;
    Touch(slice.end_ns);
  }
}

void TimelineModel::CloseAll(uint64_t time_ns, uint64_t event_index) {
  while (!m_open.empty()) {
    const OpenSlice open = m_open.back();
    m_open.pop_back();
    Slice& slice = m_rows[static_cast<std::size_t>(open.depth)][open.index];
    --m_open_of_kind[static_cast<std::size_t>(slice.kind)];
    slice.end_ns = std::max(time_ns, slice.start_ns);
    slice.end_event = event_index;
    Touch(slice.end_ns);
  }
}

const std::vector<Slice>& TimelineModel::Row(int depth) const {
  static const std::vector<Slice> kLabelRow;
  const auto main = static_cast<int>(m_rows.size());
  if (depth < main) return m_rows[static_cast<std::size_t>(depth)];
  if (depth == main) return kLabelRow;
  return m_pool_rows[static_cast<std::size_t>(depth - main - 1)];
}

void TimelineModel::QueuePoolWork(const Event& event, uint64_t event_index, SliceKind kind) {
  m_pool_kind = kind;
  // First row whose last request is over; requests in flight together stack up.
  std::size_t row = m_pool_rows.size();
  if (!m_free_pool_rows.empty()) {
    row = *m_free_pool_rows.begin();
    m_free_pool_rows.erase(m_free_pool_rows.begin());
  } else {
    m_pool_rows.emplace_back();
  }
  Slice slice;
  slice.start_ns = event.time_ns;
  slice.begin_event = event_index;
  slice.kind = kind;
  slice.category = SliceCategory::System;
  slice.name = event.b;
  m_pool_rows[row].push_back(slice);
  m_pool_open.emplace(event.a, OpenSlice{static_cast<int>(row), m_pool_rows[row].size() - 1});
  ++m_slice_count;
  Touch(event.time_ns);
}

Slice* TimelineModel::FinishPoolWork(const Event& event, uint64_t event_index) {
  auto it = m_pool_open.lower_bound(event.a);  // the oldest request with this id
  if (it == m_pool_open.end() || it->first != event.a) return nullptr;
  Slice& slice = m_pool_rows[static_cast<std::size_t>(it->second.depth)][it->second.index];
  slice.end_ns = std::max<uint64_t>(event.time_ns, slice.start_ns);
  slice.end_event = event_index;
  slice.aux = static_cast<uint8_t>(event.aux);
  // A request's slice is always its row's last (a row takes a new one only when free).
  m_free_pool_rows.insert(static_cast<std::size_t>(it->second.depth));
  m_pool_open.erase(it);
  Touch(slice.end_ns);
  return &slice;
}

std::size_t TimelineModel::FirstVisible(int depth, uint64_t time_ns) const {
  if (depth < 0 || depth >= RowCount()) return 0;
  const auto& row = Row(depth);
  // Ends are non-decreasing along a row (slices do not overlap), so this is a partition point.
  auto it = std::partition_point(row.begin(), row.end(), [&](const Slice& s) { return EndOf(s) < time_ns; });
  return static_cast<std::size_t>(it - row.begin());
}

const Slice* TimelineModel::SliceAt(int depth, uint64_t time_ns) const {
  if (depth < 0 || depth >= RowCount()) return nullptr;
  const auto& row = Row(depth);
  const std::size_t i = FirstVisible(depth, time_ns);
  if (i < row.size() && row[i].start_ns <= time_ns) return &row[i];
  return nullptr;
}

int TimelineModel::DeepestRowAt(uint64_t time_ns) const {
  int deepest = -1;
  for (int depth = 0; depth < MainRowCount(); ++depth) {
    if (!SliceAt(depth, time_ns)) break;
    deepest = depth;
  }
  return deepest;
}

const char* SliceCategoryName(SliceCategory category) {
  switch (category) {
    case SliceCategory::Scripting: return "Scripting";
    case SliceCategory::Rendering: return "Rendering";
    case SliceCategory::Painting: return "Painting";
    case SliceCategory::System: return "System";
    case SliceCategory::Idle: return "Idle";
    default: return "";
  }
}


std::string SliceLabel(const Slice& slice, const Trace& trace) {
  switch (slice.kind) {
    case SliceKind::Task: {
      const auto source = static_cast<TaskSource>(slice.aux);
      if (source == TaskSource::Script) return "Task · Evaluate Script";
      std::string name(trace.String(slice.name));
      return "Task · " + std::string(TaskSourceBadge(source)) + (name.empty() ? "" : " → " + name);
    }
    case SliceKind::Checkpoint: return "Run Microtasks";
    case SliceKind::Microtask:
      return std::string(MicrotaskSourceBadge(static_cast<MicrotaskSource>(slice.aux))) + " → " +
             OrAnonymous(trace.String(slice.name));
    case SliceKind::Function: {
      std::string name = OrAnonymous(trace.String(trace.Function(slice.function).name));
      return slice.resumed ? name + " (resumed)" : name;
    }
    case SliceKind::Rendering:
      switch (static_cast<RenderStep>(slice.aux)) {
        case RenderStep::AnimationFrames: return "Animation Frame Fired";
        case RenderStep::StyleLayout: return "Recalculate Style · Layout";
        case RenderStep::Paint: return "Paint";
      }
      return "Rendering";
    case SliceKind::Idle: return "Idle";
    case SliceKind::Gc:
      switch (static_cast<GcKind>(slice.aux)) {
        case GcKind::Minor: return "Minor GC";
        case GcKind::Major: return "Major GC";
        default: return "GC";
      }
    case SliceKind::ThreadPool: {
      std::string what = slice.name ? std::string(trace.String(slice.name)) : std::string("thread-pool request");
      return slice.aux != 0 ? what + " (end estimated)" : what;
    }
    case SliceKind::Network: {
      std::string what = "fetch " + RequestDisplayName(trace.String(slice.name));
      if (slice.IsOpen()) return what;
      switch (static_cast<ResponseOutcome>(slice.aux)) {
        case ResponseOutcome::Response: return what + " → " + std::to_string(slice.function);
        case ResponseOutcome::NetworkError: return what + " → network error";
        case ResponseOutcome::Aborted: return what + " → aborted";
        default: return what;
      }
    }
    case SliceKind::LoopPhase: {
      static const char* kPhaseNames[] = {"timers", "pending callbacks", "idle, prepare", "poll", "check", "close callbacks"};
      return slice.aux < 6 ? std::string(kPhaseNames[slice.aux]) + " phase" : "phase";
    }
    case SliceKind::Count: break;
  }
  return "";
}

}  // namespace loopscope::ui
