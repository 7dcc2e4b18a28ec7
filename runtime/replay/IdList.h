// IdList.h — a sequence kept in arrival order whose entries can also be removed by id.
//
// ReplayState keeps each queue and each "Web APIs" list in one: the panels read it front to back
// in the order the entries arrived, while the fold removes entries by id from anywhere (a task
// started from the middle of a multi-source queue, a timer cleared or fired, a request answered).
//
// Cost, n = live entries:
//   PushBack, RemoveFirst, RemoveAll (per entry removed)  amortised O(1)
//   front, back, size, empty                               O(1)
//   iteration                                              O(n)
//   copy                                                   O(n), and the copy's first removal O(n)
// A removed entry leaves a tombstone that iteration skips; once tombstones outnumber live entries
// the slots are compacted, so iteration never visits more than about 2n slots. A hash index maps
// each id to its slots. A copy carries the live entries only and builds its index on its first
// removal, so a copy kept as a keyframe costs the entries and nothing more.
//
// Duplicate ids are kept (a damaged trace may repeat one); RemoveFirst takes the oldest of them.
// The container protocol (begin/end/size/empty/front/back) has the standard library's names so
// that range-for and the standard algorithms work; IdList's own operations are PascalCase.
//
// Threads: none; a value type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace loopscope {

// T: the entry; kId: its id member (the key for RemoveFirst / RemoveAll).
template <typename T, uint32_t T::*kId>
class IdList {
  struct Slot {
    T value;
    std::size_t next_same;  // the next live slot with the same id (kNone: the last); valid while indexed
    bool live;
  };

 public:
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    const_iterator() = default;
    reference operator*() const { return m_slot->value; }
    pointer operator->() const { return &m_slot->value; }
    const_iterator& operator++() {
      ++m_slot;
      SkipDead();
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const const_iterator& other) const { return m_slot == other.m_slot; }

   private:
    friend class IdList;
    const_iterator(const Slot* slot, const Slot* end) : m_slot(slot), m_end(end) { SkipDead(); }
    void SkipDead() {
      while (m_slot != m_end && !m_slot->live) ++m_slot;
    }
    const Slot* m_slot = nullptr;
    const Slot* m_end = nullptr;
  };
  using value_type = T;
  using iterator = const_iterator;

  IdList() = default;
  IdList(const IdList& other) { AppendLive(other); }
  IdList& operator=(const IdList& other) {
    if (this != &other) {
      *this = IdList();
      AppendLive(other);
    }
    return *this;
  }
  IdList(IdList&& other) noexcept { *this = std::move(other); }
  IdList& operator=(IdList&& other) noexcept {
    if (this == &other) return *this;
    m_slots = std::exchange(other.m_slots, {});
    m_head = std::exchange(other.m_head, 0);
    m_live = std::exchange(other.m_live, 0);
    m_dead = std::exchange(other.m_dead, 0);
    m_index = std::exchange(other.m_index, {});
    m_indexed = std::exchange(other.m_indexed, true);
    return *this;
  }

  // Appends `value` at the back.
  void PushBack(const T& value) {
    const std::size_t position = m_slots.size();
    m_slots.push_back(Slot{value, kNone, true});
    ++m_live;
    if (m_indexed) Link(position);
  }
  // Removes the oldest entry whose id is `id`; false (and no change) if there is none.
  bool RemoveFirst(uint32_t id) {
    EnsureIndex();
    auto chain = m_index.find(id);
    if (chain == m_index.end()) return false;
    const std::size_t position = chain->second.first;
    if (m_slots[position].next_same == kNone) {
      m_index.erase(chain);
    } else {
      chain->second.first = m_slots[position].next_same;
    }
    Kill(position);
    Tidy();
    return true;
  }
  // Removes every entry whose id is `id`; returns how many.
  std::size_t RemoveAll(uint32_t id) {
    EnsureIndex();
    auto chain = m_index.find(id);
    if (chain == m_index.end()) return 0;
    std::size_t removed = 0;
    for (std::size_t position = chain->second.first; position != kNone; position = m_slots[position].next_same) {
      Kill(position);
      ++removed;
    }
    m_index.erase(chain);
    Tidy();
    return removed;
  }

  const_iterator begin() const { return const_iterator(m_slots.data() + m_head, m_slots.data() + m_slots.size()); }
  const_iterator end() const { return const_iterator(m_slots.data() + m_slots.size(), m_slots.data() + m_slots.size()); }
  std::size_t size() const { return m_live; }
  bool empty() const { return m_live == 0; }
  // The oldest / newest entry; the list must not be empty.
  const T& front() const { return m_slots[m_head].value; }
  const T& back() const { return m_slots.back().value; }
  // The newest entry, to complete it (a TimerInstalled's Detail); its id must not be changed.
  T& back() { return m_slots.back().value; }

  // Same entries in the same order (tombstones and the index are not compared).
  bool operator==(const IdList& other) const {
    if (m_live != other.m_live) return false;
    for (auto mine = begin(), theirs = other.begin(); mine != end(); ++mine, ++theirs) {
      if (!(*mine == *theirs)) return false;
    }
    return true;
  }

 private:
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  // Below this many tombstones a list is never compacted (small lists would churn).
  static constexpr std::size_t kMinTombstonesToCompact = 64;

  struct Chain {
    std::size_t first;  // oldest live slot with this id
    std::size_t last;   // newest
  };

  void AppendLive(const IdList& other) {
    m_slots.reserve(other.m_live);
    for (const T& value : other) m_slots.push_back(Slot{value, kNone, true});
    m_live = other.m_live;
    m_indexed = m_live == 0;
  }
  void Link(std::size_t position) {
    auto [chain, inserted] = m_index.try_emplace(m_slots[position].value.*kId, Chain{position, position});
    if (!inserted) {
      m_slots[chain->second.last].next_same = position;
      chain->second.last = position;
    }
  }
  void EnsureIndex() {
    if (m_indexed) return;
    m_index.clear();
    for (std::size_t position = m_head; position < m_slots.size(); ++position) {
      m_slots[position].next_same = kNone;
      if (m_slots[position].live) Link(position);
    }
    m_indexed = true;
  }
  void Kill(std::size_t position) {
    m_slots[position].live = false;
    --m_live;
    ++m_dead;
  }
  // Restores the invariants after removals: no tombstone at the back (so back() is live), m_head
  // on the first live slot, and tombstones at most about as many as live entries. Every tombstone
  // is passed over once by each of these before compaction drops it: amortised O(1) per removal.
  void Tidy() {
    while (!m_slots.empty() && !m_slots.back().live) {
      m_slots.pop_back();
      --m_dead;
    }
    if (m_head > m_slots.size()) m_head = m_slots.size();
    while (m_head < m_slots.size() && !m_slots[m_head].live) ++m_head;
    if (m_dead >= kMinTombstonesToCompact && m_dead > m_live) Compact();
  }
  void Compact() {
    std::size_t kept = 0;
    for (std::size_t position = m_head; position < m_slots.size(); ++position) {
      if (m_slots[position].live) m_slots[kept++] = std::move(m_slots[position]);
    }
    m_slots.resize(kept);
    m_head = 0;
    m_dead = 0;
    m_indexed = false;
    EnsureIndex();
  }

  std::vector<Slot> m_slots;  // arrival order; dead slots are tombstones
  std::size_t m_head = 0;     // first live slot (m_slots.size() when none)
  std::size_t m_live = 0;
  std::size_t m_dead = 0;     // tombstones in m_slots
  std::unordered_map<uint32_t, Chain> m_index;  // id → its live slots, oldest first; valid when m_indexed
  bool m_indexed = true;
};

}  // namespace loopscope
