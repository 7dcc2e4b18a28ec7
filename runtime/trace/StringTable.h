// StringTable.h — the trace's interned strings: function names, console text, URLs, messages.
//
// Events carry 32-bit string ids instead of text. The same text always gets the same id within
// one table; id 0 is the empty string and is always present.
//
// Threads
// - Producer (the runtime thread, one at a time): Intern, Find, ProducerBytes. The hash map that
//   makes interning O(1) is touched only here.
// - Consumer (any thread, lock-free): Get, Count, Bytes. A string's bytes and its index entry are
//   written before its id is published (release); Get acquires, so any id a reader obtained from a
//   published event (published after the Intern call) reads back intact.
//
// Storage: text bytes live in blocks that never move (kBlockBytes each; a string longer than
// kLargeStringBytes gets its own allocation), referenced from an SpscChunkedLog of
// {pointer, length} entries. Nothing is freed before the table is destroyed.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/trace/SpscChunkedLog.h"

namespace loopscope {

class StringTable {
 public:
  static constexpr std::size_t kBlockBytes = std::size_t{1} << 18;       // 256 KiB of text per block
  static constexpr std::size_t kLargeStringBytes = std::size_t{1} << 14;  // longer: its own allocation
  static constexpr uint32_t kMaxStringsLimit = UINT32_MAX;
  // Bytes one interned string costs beyond its text (its index entry), for memory accounting.
  static constexpr std::size_t kEntryBytes = 16;

  // `max_strings`: the most distinct strings (including "") the table will hold; Intern returns 0
  // for new text beyond it.
  explicit StringTable(std::size_t max_strings = std::size_t{1} << 24);
  ~StringTable();
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // ---- producer --------------------------------------------------------------------------------
  // Returns the id of `text`, adding and publishing it if new. "" → 0. Returns 0 for new text when
  // the table is full.
  uint32_t Intern(std::string_view text);
  // The id of `text` if it was interned already (no side effects).
  std::optional<uint32_t> Find(std::string_view text) const;
  // Text bytes plus kEntryBytes per string, as the producer knows it.
  std::size_t ProducerBytes() const { return m_producer_bytes; }

  // ---- consumer (any thread, lock-free) --------------------------------------------------------
  // The text of a published id; "" for an id not (yet) published. The view stays valid for the
  // table's life.
  std::string_view Get(uint32_t id) const;
  // Published strings, including "" (so ids [0, Count()) are valid). Acquire.
  uint32_t Count() const;
  // Text bytes plus kEntryBytes per string, for published strings (approximate while the producer
  // runs; exact once it has stopped).
  std::size_t Bytes() const { return m_bytes.load(std::memory_order_relaxed); }

 private:
  struct Entry {
    const char* data;
    uint64_t size;
  };
  static_assert(sizeof(Entry) == kEntryBytes);

  const char* Store(std::string_view text);

  SpscChunkedLog<Entry> m_entries;
  // Producer-only from here on (consumers reach the bytes through published entries).
  std::unordered_map<std::string_view, uint32_t> m_ids;  // keys view the stored bytes
  std::vector<std::unique_ptr<char[]>> m_blocks;
  char* m_block_cursor = nullptr;
  std::size_t m_block_left = 0;
  std::size_t m_producer_bytes = 0;
  std::atomic<std::size_t> m_bytes{0};
};

}  // namespace loopscope
