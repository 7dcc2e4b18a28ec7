// TraceTextWriter.cpp — formats each event kind's operands (see the table in Event.h).
#include "runtime/trace/TraceTextWriter.h"

#include <cinttypes>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>

namespace loopscope {
namespace {

constexpr uint64_t kNsPerMs = 1'000'000;

// Formats the operands of one event (and of its Detail, if any) as " key=value" pairs.
class OperandFormatter {
 public:
  explicit OperandFormatter(const Trace& trace) : m_trace(trace) {}

  // The operands, each preceded by one space; "" for a kind without operands.
  const std::string& Format(const Event& event, const std::optional<Event>& detail) {
    m_out.clear();
    Append(event, detail);
    return m_out;
  }

 private:
  void Append(const Event& event, const std::optional<Event>& detail) {
    const uint8_t aux = static_cast<uint8_t>(event.aux);
    switch (event.Kind()) {
      case EventKind::Detail:
        Number("a", event.a);
        Number("b", event.b);
        break;
      case EventKind::RunStarted:
        Str("script", event.a);
        Name("model", event.b == static_cast<uint32_t>(LoopModel::Node) ? "node" : "browser");
        break;
      case EventKind::ScriptCompiled:
        Str("script", event.a);
        Number("functions", event.b);
        break;
      case EventKind::RunEnded:
        Name("reason", RunEndReasonName(static_cast<RunEndReason>(aux)));
        Str("message", event.a);
        if (event.b != 0) Number("exit_code", event.b);
        break;
      case EventKind::TraceTruncated:
        Number("dropped", event.a);
        break;
      case EventKind::TaskEnqueued:
      case EventKind::TaskStarted:
        Name("source", TaskSourceName(static_cast<TaskSource>(aux)));
        Number("task", event.a);
        Str("name", event.b);
        break;
      case EventKind::TaskEnded:
        Name("source", TaskSourceName(static_cast<TaskSource>(aux)));
        Number("task", event.a);
        break;
      case EventKind::MicrotaskEnqueued:
      case EventKind::MicrotaskStarted:
        Name("source", MicrotaskSourceName(static_cast<MicrotaskSource>(aux)));
        Number("microtask", event.a);
        Str("name", event.b);
        break;
      case EventKind::MicrotaskEnded:
        Name("source", MicrotaskSourceName(static_cast<MicrotaskSource>(aux)));
        Number("microtask", event.a);
        break;
      case EventKind::CheckpointBegin:
        break;
      case EventKind::CheckpointEnd:
        Number("jobs", event.a);
        if (event.aux == 1) {
          Name("stopped", "limit");
          Number("dropped", event.b);
        }
        break;
      case EventKind::FunctionEnter:
        Function(event.a);
        if (event.b != 0) Number("called_from_line", event.b);
        break;
      case EventKind::FunctionExit:
      case EventKind::FunctionSuspend:
      case EventKind::FunctionResume:
        Function(event.a);
        break;
      case EventKind::TimerInstalled:
        Number("timer", event.a);
        Str("name", event.b);
        Name("repeating", aux != 0 ? "yes" : "no");
        if (detail) {
          m_out += " delay=" + std::to_string(detail->a) + "ms";
          Number("task", detail->b);
          return;  // the Detail is fully described
        }
        break;
      case EventKind::TimerCleared:
        Number("timer", event.a);
        if (event.b != 0) Number("dropped_task", event.b);
        break;
      case EventKind::TimerFired:
        Number("timer", event.a);
        Number("task", event.b);
        break;
      case EventKind::RenderingBegin:
      case EventKind::RenderingEnd:
        Name("step", RenderStepName(static_cast<RenderStep>(aux)));
        Number("frame", event.a);
        break;
      case EventKind::IdleBegin:
        m_out += " length=" + std::to_string(event.a) + "us";
        break;
      case EventKind::IdleEnd:
        break;
      case EventKind::LoopPhaseBegin:
      case EventKind::LoopPhaseEnd:
        Name("phase", LoopPhaseName(static_cast<LoopPhase>(aux)));
        Number("iteration", event.a);
        if (event.Kind() == EventKind::LoopPhaseEnd && event.b != 0) m_out += " blocked=" + std::to_string(event.b) + "us";
        break;
      case EventKind::GcBegin:
      case EventKind::GcEnd:
        Name("kind", GcKindName(static_cast<GcKind>(aux)));
        break;
      case EventKind::JitCode:
        Name("jit", JitKindName(static_cast<JitKind>(aux)));
        Str("function", event.a);
        break;
      case EventKind::NetworkRequest:
        Number("request", event.a);
        Str("url", event.b);
        break;
      case EventKind::NetworkResponse:
        // A response prints as before outcomes existed (golden files); the others name theirs.
        if (aux != 0) Name("outcome", ResponseOutcomeName(static_cast<ResponseOutcome>(aux)));
        Number("request", event.a);
        Number("status", event.b);
        break;
      case EventKind::ConsoleOutput:
        Name("level", ConsoleLevelName(static_cast<ConsoleLevel>(aux)));
        Str("text", event.a);
        break;
      case EventKind::UncaughtError:
        Name("in_promise", aux != 0 ? "yes" : "no");
        Str("message", event.a);
        Str("stack", event.b);
        break;
      case EventKind::SourceLine:
        Number("line", event.a);
        Number("column", event.b);
        break;
      case EventKind::ThreadPoolQueued:
        Number("work", event.a);
        Str("what", event.b);
        break;
      case EventKind::ThreadPoolDone:
        Number("work", event.a);
        if (aux != 0) Name("time", "estimated");
        break;
      case EventKind::ProcessLifecycle:
        Name("step", ProcessStepName(static_cast<ProcessStep>(aux)));
        if (static_cast<ProcessStep>(aux) == ProcessStep::Exit || static_cast<ProcessStep>(aux) == ProcessStep::Terminated) {
          Number("exit_code", event.a);
        }
        break;
      case EventKind::PageSnapshot:
        Str("page", event.a);
        break;
      case EventKind::Count:
      default:
        // A kind this writer does not know: print everything, lose nothing.
        Number("aux", aux);
        Number("a", event.a);
        Number("b", event.b);
        break;
    }
    if (detail) {
      Number("detail.a", detail->a);
      Number("detail.b", detail->b);
    }
  }

  void Key(std::string_view key) {
    m_out += ' ';
    m_out += key;
    m_out += '=';
  }
  void Number(std::string_view key, uint64_t value) {
    Key(key);
    m_out += std::to_string(value);
  }
  void Name(std::string_view key, std::string_view name) {
    Key(key);
    m_out += name;
  }
  void Str(std::string_view key, uint32_t id) {
    Key(key);
    m_out += QuoteTraceString(m_trace.String(id));
  }
  void Function(uint32_t id) {
    const FunctionInfo& info = m_trace.Function(id);
    Number("function", id);
    Str("name", info.name);
    Key("at");
    m_out += std::to_string(info.line) + ':' + std::to_string(info.column);
  }

  const Trace& m_trace;
  std::string m_out;
};

void WriteIndexAndTime(std::ostream& out, uint64_t index, uint64_t time_ns) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%06" PRIu64 "  %" PRIu64 ".%06" PRIu64 "ms  ", index, time_ns / kNsPerMs,
                time_ns % kNsPerMs);
  out << buffer;
}

}  // namespace

std::string QuoteTraceString(std::string_view text) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  quoted.push_back('"');
  for (char c : text) {
    switch (c) {
      case '"': quoted += "\\\""; break;
      case '\\': quoted += "\\\\"; break;
      case '\n': quoted += "\\n"; break;
      case '\r': quoted += "\\r"; break;
      case '\t': quoted += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
          quoted += escaped;
        } else {
          quoted.push_back(c);  // UTF-8 passes through unchanged
        }
    }
  }
  quoted.push_back('"');
  return quoted;
}

void WriteTraceText(const Trace& trace, std::ostream& out) {
  const uint64_t count = trace.PublishedCount();
  OperandFormatter formatter(trace);
  for (uint64_t index = 0; index < count; ++index) {
    const Event& event = trace.At(index);
    // Details are printed with their event; only an orphan (first event) gets a line of its own.
    std::optional<Event> detail;
    if (index + 1 < count && trace.At(index + 1).Kind() == EventKind::Detail) detail = trace.At(index + 1);
    WriteIndexAndTime(out, index, event.time_ns);
    out << EventKindName(event.Kind());
    // Two spaces between the kind and its operands (the first comes with the first operand).
    if (const std::string& operands = formatter.Format(event, detail); !operands.empty()) out << ' ' << operands;
    out << '\n';
    if (detail) ++index;
  }
  if (trace.Truncated()) out << "# trace truncated: " << trace.DroppedCount() << " events dropped\n";
}

}  // namespace loopscope
