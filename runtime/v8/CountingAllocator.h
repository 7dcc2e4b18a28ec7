// CountingAllocator.h — a v8::ArrayBuffer::Allocator that reserves every backing store in the
// run's MemoryBudget before allocating it, so array buffers cannot pass the budget (issue: 6.3 GB
// of ArrayBuffers with exit 0). A refused allocation returns nullptr (V8 throws "RangeError:
// Array buffer allocation failed") and the budget's on_exceeded stops the run.
//
// Threads: V8 may call it from any thread. Does not own the budget, which must outlive it.
#pragma once

#include <v8.h>

#include <memory>

#include "runtime/budget/MemoryBudget.h"

namespace loopscope {

class CountingAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  explicit CountingAllocator(MemoryBudget& budget);
  ~CountingAllocator() override;

  void* Allocate(size_t length) override;
  void* AllocateUninitialized(size_t length) override;
  void Free(void* data, size_t length) override;
  void* Reallocate(void* data, size_t old_length, size_t new_length) override;

 private:
  MemoryBudget& m_budget;
  std::unique_ptr<v8::ArrayBuffer::Allocator> m_inner;  // V8's default (calloc / malloc)
};

}  // namespace loopscope
