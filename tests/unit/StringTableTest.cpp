// StringTableTest — interning, storage of short / long / binary strings, lock-free reads while
// the producer interns.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "runtime/trace/StringTable.h"

namespace loopscope {
namespace {

TEST(StringTableTest, EmptyStringIsIdZero) {
  StringTable table;
  EXPECT_EQ(table.Count(), 1u);
  EXPECT_EQ(table.Intern(""), 0u);
  EXPECT_EQ(table.Get(0), "");
  EXPECT_EQ(table.Find(""), 0u);
}

TEST(StringTableTest, SameTextSameId) {
  StringTable table;
  const uint32_t a = table.Intern("alpha");
  const uint32_t b = table.Intern("beta");
  EXPECT_NE(a, b);
  EXPECT_EQ(table.Intern("alpha"), a);
  EXPECT_EQ(table.Intern(std::string("beta")), b);
  EXPECT_EQ(table.Count(), 3u);
  EXPECT_EQ(table.Find("alpha"), a);
  EXPECT_FALSE(table.Find("gamma").has_value());
  EXPECT_EQ(table.Count(), 3u);  // Find does not intern
}

TEST(StringTableTest, ViewsStayValidAcrossBlocksAndLargeStrings) {
  StringTable table;
  std::vector<std::string> texts;
  std::vector<std::string_view> views;
  // Enough text to fill several blocks, with strings around the large-string threshold.
  for (int i = 0; i < 5000; ++i) {
    std::string text = "s" + std::to_string(i);
    if (i % 97 == 0) text += std::string(StringTable::kLargeStringBytes + i, 'L');
    if (i % 89 == 0) text += std::string(StringTable::kLargeStringBytes - 3, 'M');
    if (i % 13 == 0) text += std::string("\0embedded\n", 10);
    texts.push_back(text);
    views.push_back(table.Get(table.Intern(text)));
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(table.Get(static_cast<uint32_t>(i + 1)), texts[i]);
    EXPECT_EQ(views[i], texts[i]);
    EXPECT_EQ(views[i].data(), table.Get(static_cast<uint32_t>(i + 1)).data());
  }
}

TEST(StringTableTest, UnpublishedIdReadsEmpty) {
  StringTable table;
  table.Intern("x");
  EXPECT_EQ(table.Get(2), "");
  EXPECT_EQ(table.Get(UINT32_MAX), "");
}

TEST(StringTableTest, FullTableReturnsZeroForNewText) {
  StringTable table(4);  // rounded up to one chunk, so use up that chunk
  uint32_t last = 0;
  std::size_t added = 0;
  for (int i = 0; i < 70'000; ++i) {
    last = table.Intern("t" + std::to_string(i));
    if (last == 0) break;
    ++added;
  }
  EXPECT_EQ(last, 0u);
  EXPECT_EQ(added + 1, table.Count());
  EXPECT_EQ(table.Intern("t0"), 1u);  // existing text still resolves
}

TEST(StringTableTest, BytesCountTextAndEntries) {
  StringTable table;
  const std::size_t base = table.Bytes();
  table.Intern("hello");
  table.Intern("hello");
  EXPECT_EQ(table.Bytes(), base + 5 + StringTable::kEntryBytes);
  EXPECT_EQ(table.ProducerBytes(), table.Bytes());
}

TEST(StringTableTest, ConcurrentReaderSeesEveryPublishedStringIntact) {
  constexpr uint32_t kStrings = 400'000;
  StringTable table;
  auto text_for = [](uint32_t n) {
    return std::to_string(n) + ":" + std::string(n % 61, static_cast<char>('a' + n % 26));
  };
  std::thread producer([&] {
    for (uint32_t n = 1; n <= kStrings; ++n) ASSERT_EQ(table.Intern(text_for(n)), n);
  });
  uint32_t verified = 1;
  while (verified <= kStrings) {
    const uint32_t count = table.Count();
    for (; verified < count; ++verified) ASSERT_EQ(table.Get(verified), text_for(verified));
  }
  producer.join();
}

}  // namespace
}  // namespace loopscope
