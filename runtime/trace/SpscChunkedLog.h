// SpscChunkedLog.h — an append-only log that one thread writes while another reads it, lock-free.
//
// Contract
// - T is trivially copyable (events, string references, function records).
// - Elements live in fixed-size chunks of kChunkElements. Chunks are never moved or freed before
//   the log is destroyed, so a reference returned by operator[] stays valid for the log's life.
//   The chunk pointers sit in a directory allocated once, at construction, for `max_elements`:
//   the directory is never reallocated, so a reader can never see it move.
// - Publication uses ONE atomic counter. The producer writes the element (and, on a chunk
//   boundary, the new chunk's directory slot) and then stores the new count with release order;
//   a consumer loads the count with acquire order and may then read every element below it.
//
// Threads
// - Producer (exactly one thread at a time): Push, ProducerSize.
// - Consumer (any number of threads): Published, operator[], Capacity. Never blocks, never
//   blocks the producer. The producer never waits for consumers.
//
// Memory: one chunk of kChunkElements * sizeof(T) bytes is allocated (on the producer thread)
// each time the log crosses a chunk boundary; nothing is allocated up front except the directory
// (one pointer per possible chunk).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>

namespace loopscope {

template <typename T, std::size_t kChunkElements = std::size_t{1} << 16>
class SpscChunkedLog {
  static_assert(std::is_trivially_copyable_v<T>, "SpscChunkedLog copies elements as bytes");
  static_assert(std::is_trivially_destructible_v<T>, "chunks are freed without running destructors");
  static_assert(kChunkElements > 0 && (kChunkElements & (kChunkElements - 1)) == 0,
                "kChunkElements must be a power of two (index → chunk is a shift and a mask)");

 public:
  static constexpr std::size_t kChunkBytes = kChunkElements * sizeof(T);
  // Directory size limit, whatever `max_elements` asks for (a 2^24-slot directory is 128 MiB).
  static constexpr std::size_t kMaxChunks = std::size_t{1} << 24;

  // `max_elements`: the most elements the log will ever hold; Push fails beyond it. Rounded up
  // to whole chunks.
  explicit SpscChunkedLog(std::size_t max_elements)
      : m_max_chunks(ChunksFor(max_elements)), m_chunks(std::make_unique<T*[]>(m_max_chunks)) {}

  ~SpscChunkedLog() {
    for (std::size_t chunk = 0; chunk < m_max_chunks && m_chunks[chunk] != nullptr; ++chunk) {
      ::operator delete(m_chunks[chunk], std::align_val_t{kChunkAlignment});
    }
  }

  SpscChunkedLog(const SpscChunkedLog&) = delete;
  SpscChunkedLog& operator=(const SpscChunkedLog&) = delete;

  // ---- producer --------------------------------------------------------------------------------

  // Appends and publishes one element. Returns false (and changes nothing) when the log is full.
  bool Push(const T& value) {
    const std::size_t index = m_size;
    const std::size_t chunk = index / kChunkElements;
    const std::size_t offset = index % kChunkElements;
    if (offset == 0 && !AddChunk(chunk)) [[unlikely]] return false;
    ::new (static_cast<void*>(m_chunks[chunk] + offset)) T(value);
    m_size = index + 1;
    m_published.store(m_size, std::memory_order_release);
    return true;
  }

  // Elements pushed so far, as the producer knows it (no atomic load).
  std::size_t ProducerSize() const { return m_size; }

  // ---- consumer (any thread) -------------------------------------------------------------------

  // Elements safe to read: [0, Published()). Acquire: everything the producer wrote before
  // publishing them (including data they point to) is visible after this call.
  std::size_t Published() const { return m_published.load(std::memory_order_acquire); }

  // `index` < a value previously returned by Published() (on this thread, or synchronised with it).
  const T& operator[](std::size_t index) const {
    return m_chunks[index / kChunkElements][index % kChunkElements];
  }

  // The most elements the log can hold (whole chunks).
  std::size_t Capacity() const { return m_max_chunks * kChunkElements; }

 private:
  // Out of line: once per kChunkElements pushes, kept off Push's fast path. The slot is written
  // before Push's release store, so a reader that sees an index published also sees its chunk.
  [[gnu::noinline]] bool AddChunk(std::size_t chunk) {
    if (chunk >= m_max_chunks) return false;
    m_chunks[chunk] = static_cast<T*>(::operator new(kChunkBytes, std::align_val_t{kChunkAlignment}));
    return true;
  }

  static constexpr std::size_t kChunkAlignment = alignof(T) > 64 ? alignof(T) : 64;

  static std::size_t ChunksFor(std::size_t max_elements) {
    std::size_t chunks = max_elements / kChunkElements + (max_elements % kChunkElements != 0 ? 1 : 0);
    if (chunks == 0) chunks = 1;
    return chunks < kMaxChunks ? chunks : kMaxChunks;
  }

  const std::size_t m_max_chunks;
  const std::unique_ptr<T*[]> m_chunks;  // directory; slot i written once, by the producer
  // Each on its own cache line, away from the read-mostly fields above: the producer writes both
  // on every Push, and readers poll m_published.
  alignas(64) std::size_t m_size = 0;    // producer-only copy of the count
  alignas(64) std::atomic<std::size_t> m_published{0};
};

}  // namespace loopscope
