// Trace.h — one run's trace: the events, the strings and the functions they refer to.
//
// Shared (std::shared_ptr) between the runtime thread, which writes it, and the UI thread (or
// the CLI), which reads it while it grows. Nothing here locks and the writer never waits.
//
// Threads
// - Producer: the runtime thread only (InternString, AddFunction, Append).
// - Consumer: any thread, lock-free (everything const). Read events [0, PublishedCount()).
//   Ordering guarantee: a string or function created before an event was appended is visible to
//   any reader that sees that event (the event counter is stored with release after the string /
//   function counters, and loaded with acquire). So: intern, add, then append.
//
// Memory cap: events (16 bytes each) + interned strings (text + 16 bytes each) + functions are
// counted against TraceLimits::cap_bytes. When the next event would not fit (or a string did not
// fit), the trace writes one final TraceTruncated event (a = events dropped at that moment, i.e. 1:
// the event that did not fit; aux/b = 0; time = that event's time) and drops every later event,
// counting them (DroppedCount()). A small headroom is kept so that the TraceTruncated event, and
// the Detail that may follow an accepted event, always fit: truncation never splits an event
// from its Detail, and is never silent. The headroom also holds the run's RunEnded event and its
// message (Finish), so even a truncated trace says how the run ended.
//
// The end of a truncated run: console lines and error reports that come after the truncation are
// kept aside (KeepForEnd: the last kEndLines, each text cut to kEndTextBytes) and published by
// Finish just before RunEnded, so the Console still shows what the run printed last. They are the
// only bytes beyond the cap: at most kEndReserveBytes.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

#include "runtime/trace/Event.h"
#include "runtime/trace/FunctionTable.h"
#include "runtime/trace/SpscChunkedLog.h"
#include "runtime/trace/StringTable.h"

namespace loopscope {

struct TraceLimits {
  std::size_t cap_bytes = std::size_t{512} << 20;  // events + strings + functions, in bytes
};

class Trace {
 public:
  // Longest RunEnded message kept (longer ones are cut); its bytes are part of the headroom.
  static constexpr std::size_t kFinalMessageBytes = 512;
  // Bytes kept free below the cap for one Detail, the TraceTruncated event and RunEnded.
  static constexpr std::size_t kHeadroomBytes = 3 * sizeof(Event) + kFinalMessageBytes + StringTable::kEntryBytes;
  // What a truncated trace keeps of the run's last output (see above).
  static constexpr std::size_t kEndLines = 100;
  static constexpr std::size_t kEndTextBytes = 2048;
  static constexpr std::size_t kEndReserveBytes =
      kEndLines * (sizeof(Event) + 2 * (kEndTextBytes + StringTable::kEntryBytes));

  explicit Trace(TraceLimits limits = {});
  Trace(const Trace&) = delete;
  Trace& operator=(const Trace&) = delete;

  // ---- producer: runtime thread only -----------------------------------------------------------
  // Same text → same id; "" → 0. Returns 0 (the empty string) when the text does not fit under the
  // cap or the trace is already truncated; the next Append then truncates the trace.
  uint32_t InternString(std::string_view text);
  // Returns the new function's id (>= 1); 0 only if the function table is full (FunctionTable.h).
  // Functions are counted in MemoryBytes but never refused because of the cap.
  uint32_t AddFunction(const FunctionInfo& info);
  // Appends and publishes one event. Returns false if the event was dropped: the trace is (or has
  // just become) truncated. Inline: it runs for every call, await and enqueue of the script.
  bool Append(const Event& event) {
    if (m_finished) return false;
    // Fast path: well under the cap and inside the current chunk (the common case by far).
    if (m_used_bytes <= m_fast_limit && m_events.Push(event)) {
      m_used_bytes += sizeof(Event);
      return true;
    }
    return AppendSlow(event);  // by value: taking the address would force the event through the stack
  }

  // False once the trace is truncated (or a string was refused): events would be dropped.
  bool AcceptsEvents() const { return !m_truncated_producer && !m_string_overflow; }
  // A ConsoleOutput or UncaughtError (with its texts) that arrived after truncation: kept for
  // Finish (the oldest kept one goes when more than kEndLines arrive).
  void KeepForEnd(uint64_t time_ns, EventKind kind, uint8_t aux, std::string_view a_text, std::string_view b_text);
  // Appends the kept end lines, then RunEnded (reason, message, exit code) as the very last
  // event: it always fits, even after truncation (the headroom is kept for it). Later Appends and
  // Finishes are refused.
  bool Finish(uint64_t time_ns, RunEndReason reason, std::string_view message, uint32_t exit_code);

  // ---- consumer: any thread, lock-free ---------------------------------------------------------
  uint64_t PublishedCount() const;                  // acquire
  const Event& At(uint64_t index) const;            // index < a PublishedCount() you loaded
  std::string_view String(uint32_t id) const;       // "" for an unknown id
  const FunctionInfo& Function(uint32_t id) const;  // id in [1, FunctionCount()]; else {0, 0, 0}
  uint32_t FunctionCount() const;
  uint32_t StringCount() const;                     // ids [0, StringCount()) are valid
  bool Truncated() const;                           // true once TraceTruncated is published
  uint64_t DroppedCount() const;                    // events dropped: the one that hit the cap and every later one
  std::size_t MemoryBytes() const;                  // bytes counted against the cap so far
  const TraceLimits& Limits() const { return m_limits; }

 private:
  bool AppendSlow(Event event);
  void Truncate(uint64_t time_ns);
  void UpdateFastLimit();

  const TraceLimits m_limits;
  SpscChunkedLog<Event> m_events;
  StringTable m_strings;
  FunctionTable m_functions;
  // Producer-only state.
  std::size_t m_used_bytes = 0;  // events + strings + functions, as counted against the cap
  // Largest m_used_bytes at which any event fits with the full headroom left; 0 once truncated or
  // after a refused string, so that every Append takes the slow path that handles those.
  std::size_t m_fast_limit = 0;
  bool m_truncated_producer = false;
  bool m_finished = false;         // RunEnded written
  bool m_string_overflow = false;  // a string was refused: truncate at the next Append
  struct EndLine {
    uint64_t time_ns;
    EventKind kind;
    uint8_t aux;
    std::string a_text;
    std::string b_text;
  };
  std::deque<EndLine> m_end_lines;  // producer-only until Finish
  // Published for readers.
  std::atomic<bool> m_truncated{false};
  std::atomic<uint64_t> m_dropped{0};
};

}  // namespace loopscope
