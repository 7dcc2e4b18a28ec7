// TraceRecorder.h — the runtime thread's pen: stamps events with the run's trace clock and appends
// them to the trace. Runtime thread only. Does not own the trace or the clock.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/clock/RunClock.h"
#include "runtime/trace/Event.h"
#include "runtime/trace/Trace.h"

namespace loopscope {

class TraceRecorder {
 public:
  TraceRecorder(Trace& trace, const RunClock& clock) : m_trace(trace), m_clock(clock) {}

  void Emit(EventKind kind, uint8_t aux = 0, uint32_t a = 0, uint32_t b = 0) {
    m_trace.Append(MakeEvent(m_clock.TraceNowNs(), kind, aux, a, b));
  }
  // An event followed by its Detail (see Event.h), both with the same timestamp.
  void EmitWithDetail(EventKind kind, uint8_t aux, uint32_t a, uint32_t b, uint32_t detail_a, uint32_t detail_b) {
    uint64_t now = m_clock.TraceNowNs();
    m_trace.Append(MakeEvent(now, kind, aux, a, b));
    m_trace.Append(MakeEvent(now, EventKind::Detail, 0, detail_a, detail_b));
  }
  uint32_t Intern(std::string_view text) { return m_trace.InternString(text); }
  // An event whose operands a and b are texts (ConsoleOutput, UncaughtError). Once the trace is
  // truncated it is kept for the trace's end instead (Trace::KeepForEnd), so the last output
  // survives truncation.
  void EmitText(EventKind kind, uint8_t aux, std::string_view a_text, std::string_view b_text = {}) {
    const uint64_t now = m_clock.TraceNowNs();
    if (m_trace.AcceptsEvents()) {
      const uint32_t a = Intern(a_text);
      const uint32_t b = Intern(b_text);
      if (m_trace.Append(MakeEvent(now, kind, aux, a, b))) return;
    }
    m_trace.KeepForEnd(now, kind, aux, a_text, b_text);
  }
  Trace& GetTrace() { return m_trace; }

 private:
  Trace& m_trace;
  const RunClock& m_clock;
};

}  // namespace loopscope
