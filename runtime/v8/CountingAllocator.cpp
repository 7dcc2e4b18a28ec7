#include "runtime/v8/CountingAllocator.h"

namespace loopscope {

CountingAllocator::CountingAllocator(MemoryBudget& budget)
    : m_budget(budget), m_inner(v8::ArrayBuffer::Allocator::NewDefaultAllocator()) {}

CountingAllocator::~CountingAllocator() = default;

void* CountingAllocator::Allocate(size_t length) {
  if (!m_budget.TryReserve(length)) return nullptr;
  void* data = m_inner->Allocate(length);
  if (data == nullptr) m_budget.Release(length);
  return data;
}

void* CountingAllocator::AllocateUninitialized(size_t length) {
  if (!m_budget.TryReserve(length)) return nullptr;
  void* data = m_inner->AllocateUninitialized(length);
  if (data == nullptr) m_budget.Release(length);
  return data;
}

void CountingAllocator::Free(void* data, size_t length) {
  m_inner->Free(data, length);
  m_budget.Release(length);
}

void* CountingAllocator::Reallocate(void* data, size_t old_length, size_t new_length) {
  if (new_length > old_length && !m_budget.TryReserve(new_length - old_length)) return nullptr;
  void* moved = m_inner->Reallocate(data, old_length, new_length);
  if (moved == nullptr && new_length > old_length) {
    m_budget.Release(new_length - old_length);
    return nullptr;
  }
  if (new_length < old_length) m_budget.Release(old_length - new_length);
  return moved;
}

}  // namespace loopscope
