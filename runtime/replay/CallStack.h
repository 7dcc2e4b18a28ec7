// CallStack.h — the JavaScript call stack as the replay sees it: frames pushed by FunctionEnter /
// FunctionResume and popped by FunctionExit / FunctionSuspend.
//
// An exit names its function. It pops that function's topmost frame and every frame above it
// (inner exits the trace never showed, e.g. after an exception); an exit whose function has no
// frame on the stack is unmatched and changes nothing.
//
// Cost, d = depth: Push O(1) amortised; PopTo O(1) when unmatched (a count of open frames per
// function id), otherwise O(frames popped), so amortised O(1) per event; reads O(1); copy O(d).
// Threads: none; a value type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace loopscope {

struct StackFrame {
  uint32_t function_id;      // FunctionTable id
  uint64_t pushed_at_event;  // index of the FunctionEnter / FunctionResume that pushed it
  uint32_t line = 0;         // where the frame is now (last SourceLine while on top); 0 = not known

  bool operator==(const StackFrame&) const = default;
};

class CallStack {
 public:
  using const_iterator = std::vector<StackFrame>::const_iterator;
  using const_reverse_iterator = std::vector<StackFrame>::const_reverse_iterator;

  void Push(const StackFrame& frame);
  // Pops the topmost frame of `function_id` and all frames above it; returns false (and changes
  // nothing) when no frame of `function_id` is on the stack.
  bool PopTo(uint32_t function_id);
  // Where the top frame is now (SourceLine, or the call site when it calls); no-op when empty.
  void SetTopLine(uint32_t line);

  // Bottom first, like a std::vector.
  const_iterator begin() const { return m_frames.begin(); }
  const_iterator end() const { return m_frames.end(); }
  const_reverse_iterator rbegin() const { return m_frames.rbegin(); }
  const_reverse_iterator rend() const { return m_frames.rend(); }
  std::size_t size() const { return m_frames.size(); }
  bool empty() const { return m_frames.empty(); }
  const StackFrame& operator[](std::size_t depth) const { return m_frames[depth]; }
  const StackFrame& front() const { return m_frames.front(); }  // the bottom frame
  const StackFrame& back() const { return m_frames.back(); }    // the top frame

  // Same frames (the counts follow from them).
  bool operator==(const CallStack& other) const { return m_frames == other.m_frames; }

 private:
  std::vector<StackFrame> m_frames;                     // bottom first
  std::unordered_map<uint32_t, uint32_t> m_open_count;  // function id → its frames in m_frames (no zeros)
};

}  // namespace loopscope
