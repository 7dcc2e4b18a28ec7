#include "runtime/budget/MemoryBudget.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace loopscope {

MemoryBudget::MemoryBudget(std::size_t budget_bytes, std::function<void()> on_exceeded)
    : m_budget(budget_bytes), m_on_exceeded(std::move(on_exceeded)) {}

bool MemoryBudget::TryReserve(std::size_t bytes) {
  std::size_t reserved = m_reserved.load(std::memory_order_relaxed);
  do {
    if (bytes > m_budget || reserved > m_budget - bytes) {
      NoteExceeded("array buffers and WebAssembly memory");
      return false;
    }
  } while (!m_reserved.compare_exchange_weak(reserved, reserved + bytes, std::memory_order_relaxed));
  return true;
}

void MemoryBudget::Release(std::size_t bytes) { m_reserved.fetch_sub(bytes, std::memory_order_relaxed); }

void MemoryBudget::Sample(std::size_t resident_bytes) {
  const std::size_t margin = std::min(kSampleMarginBytes, m_budget / 4);
  if (resident_bytes > m_budget - margin) NoteExceeded("resident memory");
}

void MemoryBudget::NoteExceeded(const char* what) {
  {
    std::lock_guard lock(m_mutex);
    if (m_exceeded.load()) return;
    m_what = what;
    m_exceeded.store(true, std::memory_order_release);
  }
  if (m_on_exceeded) m_on_exceeded();
}

std::string MemoryBudget::Description() const {
  std::lock_guard lock(m_mutex);
  return "the run reached its memory budget of " + std::to_string(m_budget >> 20) + " MB (" + m_what +
         "); --memory-budget MB sets another";
}

std::size_t ResidentBytes() {
  std::FILE* file = std::fopen("/proc/self/statm", "r");
  if (file == nullptr) return 0;
  unsigned long long total_pages = 0;
  unsigned long long resident_pages = 0;
  const int read = std::fscanf(file, "%llu %llu", &total_pages, &resident_pages);
  std::fclose(file);
  if (read != 2) return 0;
  return static_cast<std::size_t>(resident_pages) * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace loopscope
