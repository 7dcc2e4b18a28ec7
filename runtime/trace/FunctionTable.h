// FunctionTable.h — the functions the instrumenter found in the user's script, by id.
//
// FunctionEnter / FunctionExit / FunctionSuspend / FunctionResume events carry a function id;
// this table turns it into a name and a source position. Ids start at 1 (0 means "no function")
// and are dense: [1, Count()].
//
// Threads: Add on the producer (the runtime thread, while compiling a script); Get / Count from
// any thread, lock-free (same publication pattern as SpscChunkedLog). Add a function before
// appending any event that names it.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/trace/SpscChunkedLog.h"

namespace loopscope {

struct FunctionInfo {
  uint32_t name;        // string id (0 = anonymous)
  uint32_t line;        // 1-based, in the user's source as written
  uint32_t column;      // 1-based
  uint32_t script = 0;  // string id of the file it is in (node: one of the program's modules); 0 = the main script
};

class FunctionTable {
 public:
  static constexpr std::size_t kMaxFunctions = std::size_t{1} << 22;
  static constexpr std::size_t kChunkElements = std::size_t{1} << 12;
  static constexpr std::size_t kEntryBytes = sizeof(FunctionInfo);

  FunctionTable() : m_functions(kMaxFunctions + 1) {
    m_functions.Push(FunctionInfo{0, 0, 0, 0});  // slot 0: "no function", so id == index
  }

  // Producer. Returns the new function's id (>= 1), or 0 if the table is full (kMaxFunctions).
  uint32_t Add(const FunctionInfo& info) {
    const std::size_t id = m_functions.ProducerSize();
    return m_functions.Push(info) ? static_cast<uint32_t>(id) : 0;
  }

  // Any thread. An id outside [1, Count()] reads as {0, 0, 0}.
  const FunctionInfo& Get(uint32_t id) const {
    static constexpr FunctionInfo kUnknown{0, 0, 0, 0};
    return id != 0 && id < m_functions.Published() ? m_functions[id] : kUnknown;
  }
  // Functions published so far (acquire); valid ids are [1, Count()].
  uint32_t Count() const { return static_cast<uint32_t>(m_functions.Published() - 1); }
  // Producer view of the same, without an atomic load.
  uint32_t ProducerCount() const { return static_cast<uint32_t>(m_functions.ProducerSize() - 1); }

 private:
  SpscChunkedLog<FunctionInfo, kChunkElements> m_functions;
};

}  // namespace loopscope
