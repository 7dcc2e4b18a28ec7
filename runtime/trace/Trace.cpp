// Trace.cpp — the cap and truncation policy; storage and publication are SpscChunkedLog's job.
#include "runtime/trace/Trace.h"

namespace loopscope {
namespace {

constexpr std::size_t kEventBytes = sizeof(Event);

// The event log never needs more slots than the cap allows, plus the headroom events.
std::size_t MaxEventsFor(const TraceLimits& limits) { return limits.cap_bytes / kEventBytes + 8 + Trace::kEndLines; }

// Every string costs at least its entry, so the cap bounds the number of strings too.
std::size_t MaxStringsFor(const TraceLimits& limits) {
  return limits.cap_bytes / StringTable::kEntryBytes + 2 + 2 * Trace::kEndLines;
}

std::string_view Cut(std::string_view text) { return text.substr(0, Trace::kEndTextBytes); }

}  // namespace

Trace::Trace(TraceLimits limits)
    : m_limits(limits), m_events(MaxEventsFor(limits)), m_strings(MaxStringsFor(limits)) {
  m_used_bytes = m_strings.ProducerBytes();
  UpdateFastLimit();
}

void Trace::UpdateFastLimit() {
  const std::size_t needed = kEventBytes + kHeadroomBytes;
  const bool open = !m_truncated_producer && !m_string_overflow && m_limits.cap_bytes >= needed;
  m_fast_limit = open ? m_limits.cap_bytes - needed : 0;
  // m_used_bytes is never 0 (the "" string is counted), so a limit of 0 always fails the fast test.
}

uint32_t Trace::InternString(std::string_view text) {
  if (text.empty()) return 0;
  if (auto existing = m_strings.Find(text)) return *existing;
  const std::size_t cost = text.size() + StringTable::kEntryBytes;
  // Strings must leave the same headroom as events, so the TraceTruncated event still fits.
  const uint32_t id = m_truncated_producer || m_used_bytes + cost + kHeadroomBytes > m_limits.cap_bytes
                          ? 0
                          : m_strings.Intern(text);
  if (id == 0) {
    m_string_overflow = true;
    UpdateFastLimit();
    return 0;
  }
  m_used_bytes += cost;
  return id;
}

uint32_t Trace::AddFunction(const FunctionInfo& info) {
  const uint32_t id = m_functions.Add(info);
  if (id != 0) m_used_bytes += FunctionTable::kEntryBytes;
  return id;
}

bool Trace::AppendSlow(Event event) {
  if (m_truncated_producer) {
    m_dropped.fetch_add(1, std::memory_order_relaxed);
    return false;
  }
  // A Detail may use the first half of the headroom: its event was accepted, and splitting the
  // pair would leave a reader with half an event. Anything else must leave the whole headroom.
  const bool is_detail = event.Kind() == EventKind::Detail;
  const std::size_t reserve = is_detail ? kEventBytes : kHeadroomBytes;
  const bool fits = m_used_bytes + kEventBytes + reserve <= m_limits.cap_bytes;
  if (!fits || (m_string_overflow && !is_detail) || !m_events.Push(event)) {
    Truncate(event.time_ns);
    return false;
  }
  m_used_bytes += kEventBytes;
  return true;
}

void Trace::Truncate(uint64_t time_ns) {
  // The event that did not fit is the first one dropped.
  m_truncated_producer = true;
  UpdateFastLimit();
  m_dropped.store(1, std::memory_order_relaxed);
  // The headroom guarantees the space; the log has slots beyond the cap for exactly this event.
  m_events.Push(MakeEvent(time_ns, EventKind::TraceTruncated, 0, 1, 0));
  m_used_bytes += kEventBytes;
  m_truncated.store(true, std::memory_order_release);
}

void Trace::KeepForEnd(uint64_t time_ns, EventKind kind, uint8_t aux, std::string_view a_text, std::string_view b_text) {
  if (m_finished) return;
  if (m_end_lines.size() == kEndLines) m_end_lines.pop_front();
  m_end_lines.push_back(EndLine{time_ns, kind, aux, std::string(Cut(a_text)), std::string(Cut(b_text))});
}

bool Trace::Finish(uint64_t time_ns, RunEndReason reason, std::string_view message, uint32_t exit_code) {
  if (m_finished) return false;
  m_finished = true;
  // The kept end lines: beyond the cap by design (kEndReserveBytes), so no cap check.
  auto intern_uncapped = [this](std::string_view text) -> uint32_t {
    if (text.empty()) return 0;
    if (auto existing = m_strings.Find(text)) return *existing;
    const uint32_t id = m_strings.Intern(text);
    if (id != 0) m_used_bytes += text.size() + StringTable::kEntryBytes;
    return id;
  };
  for (const EndLine& line : m_end_lines) {
    const uint32_t a = intern_uncapped(line.a_text);
    const uint32_t b = intern_uncapped(line.b_text);
    if (m_events.Push(MakeEvent(line.time_ns, line.kind, line.aux, a, b))) m_used_bytes += kEventBytes;
  }
  m_end_lines.clear();
  message = message.substr(0, kFinalMessageBytes);
  // The headroom below the cap is reserved for this string and event, so no cap check here.
  const uint32_t message_id = intern_uncapped(message);
  const bool pushed = m_events.Push(MakeEvent(time_ns, EventKind::RunEnded, static_cast<uint8_t>(reason), message_id, exit_code));
  if (pushed) m_used_bytes += kEventBytes;
  return pushed;
}

uint64_t Trace::PublishedCount() const { return m_events.Published(); }

const Event& Trace::At(uint64_t index) const { return m_events[static_cast<std::size_t>(index)]; }

std::string_view Trace::String(uint32_t id) const { return m_strings.Get(id); }

const FunctionInfo& Trace::Function(uint32_t id) const { return m_functions.Get(id); }

uint32_t Trace::FunctionCount() const { return m_functions.Count(); }

uint32_t Trace::StringCount() const { return m_strings.Count(); }

bool Trace::Truncated() const { return m_truncated.load(std::memory_order_acquire); }

uint64_t Trace::DroppedCount() const { return m_dropped.load(std::memory_order_relaxed); }

std::size_t Trace::MemoryBytes() const {
  // Summed from the tables' own published counters, so Append does not pay for a second store.
  return static_cast<std::size_t>(PublishedCount()) * kEventBytes + m_strings.Bytes() +
         std::size_t{FunctionCount()} * FunctionTable::kEntryBytes;
}

}  // namespace loopscope
