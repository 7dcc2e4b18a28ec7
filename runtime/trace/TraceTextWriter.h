// TraceTextWriter.h — the readable text form of a trace (`loopscope run --events FILE`, golden
// tests, bug reports).
//
// One line per event, in order:
//
//   000042  1.234567ms  TaskEnqueued  source=Timer task=3 name="tick"
//   000043  1.240001ms  TimerInstalled  timer=2 name="tick" repeating=no delay=100ms task=4
//
// index (zero-padded to 6 digits, wider when needed), time since the run started in milliseconds
// with nanosecond precision, the kind's name (EventKindName), then `key=value` operands: string
// ids resolved to quoted text (escaped: \" \\ \n \r \t, other control bytes as \xHH), functions
// as `function=ID name="f" at=LINE:COLUMN`, enums by name. A Detail event is printed on the line
// of the event it belongs to (its index is skipped), never on a line of its own — unless it has
// no event before it, when it is printed as `Detail  a=.. b=..`. If the trace was truncated, a
// final comment line `# trace truncated: N events dropped` follows.
//
// Threads: reads the trace as a consumer (any thread); writes the events published when called.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "runtime/trace/Trace.h"

namespace loopscope {

void WriteTraceText(const Trace& trace, std::ostream& out);

// `text` quoted and escaped as WriteTraceText prints strings.
std::string QuoteTraceString(std::string_view text);

}  // namespace loopscope
