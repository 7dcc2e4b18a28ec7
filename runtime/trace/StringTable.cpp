// StringTable.cpp — interning on the producer, lock-free lookups for readers (see the header).
#include "runtime/trace/StringTable.h"

#include <cstring>

namespace loopscope {

StringTable::StringTable(std::size_t max_strings) : m_entries(max_strings == 0 ? 1 : max_strings) {
  // Id 0 is "" from the start, so a reader never has to special-case it.
  m_entries.Push(Entry{"", 0});
  m_ids.emplace(std::string_view{}, 0);
  m_producer_bytes = kEntryBytes;
  m_bytes.store(m_producer_bytes, std::memory_order_relaxed);
}

StringTable::~StringTable() = default;

uint32_t StringTable::Intern(std::string_view text) {
  if (text.empty()) return 0;
  if (auto found = m_ids.find(text); found != m_ids.end()) return found->second;
  const std::size_t id = m_entries.ProducerSize();
  if (id >= m_entries.Capacity() || id > kMaxStringsLimit) return 0;
  const char* stored = Store(text);
  // Push publishes the entry (release); the bytes were copied before it.
  m_entries.Push(Entry{stored, text.size()});
  m_ids.emplace(std::string_view{stored, text.size()}, static_cast<uint32_t>(id));
  m_producer_bytes += text.size() + kEntryBytes;
  m_bytes.store(m_producer_bytes, std::memory_order_relaxed);
  return static_cast<uint32_t>(id);
}

std::optional<uint32_t> StringTable::Find(std::string_view text) const {
  if (auto found = m_ids.find(text); found != m_ids.end()) return found->second;
  return std::nullopt;
}

std::string_view StringTable::Get(uint32_t id) const {
  if (id >= m_entries.Published()) return {};
  const Entry& entry = m_entries[id];
  return {entry.data, static_cast<std::size_t>(entry.size)};
}

uint32_t StringTable::Count() const { return static_cast<uint32_t>(m_entries.Published()); }

const char* StringTable::Store(std::string_view text) {
  // Long strings (a big console.log) would waste most of a shared block: give them their own.
  if (text.size() > kLargeStringBytes) {
    auto& block = m_blocks.emplace_back(std::make_unique_for_overwrite<char[]>(text.size()));
    std::memcpy(block.get(), text.data(), text.size());
    return block.get();
  }
  if (text.size() > m_block_left) {
    auto& block = m_blocks.emplace_back(std::make_unique_for_overwrite<char[]>(kBlockBytes));
    m_block_cursor = block.get();
    m_block_left = kBlockBytes;
  }
  char* stored = m_block_cursor;
  std::memcpy(stored, text.data(), text.size());
  m_block_cursor += text.size();
  m_block_left -= text.size();
  return stored;
}

}  // namespace loopscope
