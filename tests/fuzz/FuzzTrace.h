// FuzzTrace.h — builds a Trace (runtime/trace/Trace.h) from fuzz bytes, for the trace targets.
//
// The bytes are a little program the builder runs as the trace's producer:
//
//   bytes 0..1   the memory cap: 1 KiB + (N & 0x03FF) * 64 bytes, at most 65 KiB or ~4 000
//                events (small caps make truncation likely; larger traces only slow the search)
//   then ops, one byte each (op % 6), with their operands:
//     0 string    len(1) bytes(len)          InternString; the id is remembered
//     1 function  name(1) line(1) column(1)  AddFunction (name: a remembered string)
//     2 event     kind(1) aux(1) a(1) b(1)   Append; kind is any byte % (Count + 2), so unknown
//                                             kinds occur; a / b are small ids (< 256) unless the
//                                             aux byte's top bit asks for raw 32-bit ids (4+4 more)
//     3 repeat    n(1)                       the last event again n * 16 times (many events from
//                                             a short input: keyframes, chunk boundaries)
//     4 sync      -                          a consumer step (the caller's `on_sync`), as a UI
//                                             frame would do while the runtime appends
//     5 finish    reason(1) len(1) bytes     Finish (RunEnded); later appends are refused
//   Timestamps advance by the op's position, so they are non-decreasing, as the runtime's are.
//
// Whatever the bytes, the result is a trace the producer API allowed: it is what any reader of
// a trace (the text writer, the replay model, a future file reader) must handle.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/trace/Trace.h"

namespace loopscope::fuzz {

class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}
  bool Empty() const { return m_offset >= m_size; }
  uint8_t Byte() { return m_offset < m_size ? m_data[m_offset++] : 0; }
  uint32_t U32() {
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= uint32_t{Byte()} << (8 * i);
    return value;
  }
  std::string_view Bytes(size_t count) {
    count = std::min(count, m_size - std::min(m_offset, m_size));
    std::string_view text(reinterpret_cast<const char*>(m_data + m_offset), count);
    m_offset += count;
    return text;
  }
  size_t Offset() const { return m_offset; }

 private:
  const uint8_t* m_data;
  size_t m_size;
  size_t m_offset = 0;
};

inline constexpr uint32_t kCapStepMask = 0x03FF;

struct BuiltTrace {
  std::shared_ptr<Trace> trace;
  std::vector<std::pair<std::string, uint32_t>> interned;  // text and the id InternString gave it
};

// `on_sync` is called for every sync op, with the trace being built (to read as a consumer).
inline BuiltTrace BuildTrace(const uint8_t* data, size_t size,
                             const std::function<void(const std::shared_ptr<const Trace>&)>& on_sync = {}) {
  ByteReader in(data, size);
  const uint32_t cap_steps = (uint32_t{in.Byte()} | (uint32_t{in.Byte()} << 8)) & kCapStepMask;
  BuiltTrace built;
  built.trace = std::make_shared<Trace>(TraceLimits{std::size_t{1024} + std::size_t{cap_steps} * 64});
  Trace& trace = *built.trace;
  std::vector<uint32_t> strings = {0};
  Event last = MakeEvent(0, EventKind::RunStarted);
  uint64_t time_ns = 0;
  constexpr int kKindCount = static_cast<int>(EventKind::Count) + 2;
  while (!in.Empty()) {
    time_ns += in.Offset();
    switch (in.Byte() % 6) {
      case 0: {
        const std::string text(in.Bytes(in.Byte()));
        const uint32_t id = trace.InternString(text);
        built.interned.emplace_back(text, id);
        strings.push_back(id);
        break;
      }
      case 1: {
        const uint32_t name = strings[in.Byte() % strings.size()];
        const uint32_t line = in.Byte();
        const uint32_t column = in.Byte();
        trace.AddFunction(FunctionInfo{name, line, column, 0});
        break;
      }
      case 2: {
        const auto kind = static_cast<EventKind>(in.Byte() % kKindCount);
        const uint8_t aux = in.Byte();
        uint32_t a = in.Byte();
        uint32_t b = in.Byte();
        if (aux & 0x80) {
          a = in.U32();
          b = in.U32();
        }
        last = MakeEvent(time_ns, kind, aux & 0x7f, a, b);
        trace.Append(last);
        break;
      }
      case 3: {
        const int copies = in.Byte() * 16;
        for (int i = 0; i < copies; ++i) {
          last.time_ns = std::min<uint64_t>(last.time_ns + 1, kMaxEventTimeNs);
          trace.Append(last);
        }
        time_ns = last.time_ns;
        break;
      }
      case 4:
        if (on_sync) on_sync(built.trace);
        break;
      case 5: {
        const auto reason = static_cast<RunEndReason>(in.Byte());
        const std::string message(in.Bytes(in.Byte()));
        trace.Finish(time_ns, reason, message, in.Byte());
        break;
      }
    }
  }
  return built;
}

}  // namespace loopscope::fuzz
