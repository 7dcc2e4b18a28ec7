// CallStack.cpp — pushes and pops with a per-function count, so that an exit nobody entered is
// rejected without searching the stack (100 000 of them would otherwise cost O(depth) each).
#include "runtime/replay/CallStack.h"

namespace loopscope {

void CallStack::Push(const StackFrame& frame) {
  m_frames.push_back(frame);
  ++m_open_count[frame.function_id];
}

bool CallStack::PopTo(uint32_t function_id) {
  if (!m_open_count.contains(function_id)) return false;
  // A frame of function_id is on the stack, so this loop ends at it; every frame it pops was
  // pushed once.
  while (true) {
    const uint32_t popped = m_frames.back().function_id;
    m_frames.pop_back();
    auto count = m_open_count.find(popped);
    if (--count->second == 0) m_open_count.erase(count);
    if (popped == function_id) return true;
  }
}

void CallStack::SetTopLine(uint32_t line) {
  if (!m_frames.empty()) m_frames.back().line = line;
}

}  // namespace loopscope
