// The Page panel's view model: parsing the document snapshots js/dom.js records.
#include "ui/panels/PageModel.h"

#include <gtest/gtest.h>

namespace loopscope::ui {
namespace {

TEST(PageModelTest, NestsElementsByDepthInDocumentOrder) {
  const PageView view = ParsePageSnapshot(
      "0\t1\thtml\t\t-\t\n"
      "1\t2\thead\t\t-\t\n"
      "1\t3\tbody\t\tL\tclick\n"
      "2\t7\tdiv.outer\t\tL\tclick,mousedown\n"
      "3\t8\tdiv.inner\thello\tl\t\n"
      "2\t5\tscript\t\tl\t");
  ASSERT_EQ(view.elements.size(), 6u);
  ASSERT_EQ(view.roots.size(), 1u);
  const PageElement& html = view.elements[view.roots[0]];
  EXPECT_EQ(html.label, "html");
  ASSERT_EQ(html.children.size(), 2u);
  const PageElement& body = view.elements[html.children[1]];
  EXPECT_EQ(body.label, "body");
  EXPECT_EQ(body.listening, PageListening::Own);
  ASSERT_EQ(body.children.size(), 2u);
  const PageElement& outer = view.elements[body.children[0]];
  EXPECT_EQ(outer.node_id, 7u);
  EXPECT_EQ(outer.listened_types, "click,mousedown");
  ASSERT_EQ(outer.children.size(), 1u);
  const PageElement& inner = view.elements[outer.children[0]];
  EXPECT_EQ(inner.text, "hello");
  EXPECT_EQ(inner.listening, PageListening::Ancestor);
  EXPECT_EQ(view.elements[body.children[1]].label, "script");
  EXPECT_TRUE(view.HasContent());
  // The page's frame is drawn without boxes, what the script made and whatever listens with them.
  EXPECT_FALSE(html.boxed);
  EXPECT_FALSE(view.elements[html.children[0]].boxed);  // an empty <head>
  EXPECT_FALSE(view.elements[body.children[1]].boxed);  // <script>, heard only through an ancestor
  EXPECT_TRUE(body.boxed);  // it listens itself
  EXPECT_TRUE(outer.boxed);
  EXPECT_TRUE(inner.boxed);
}

TEST(PageModelTest, TheBodyIsTheBoxWhenNothingInsideIsDrawn) {
  // Only the window listens: the body is what a user can click.
  const PageView listened = ParsePageSnapshot("0\t1\thtml\t\tl\t\n1\t2\thead\t\tl\t\n1\t3\tbody\t\tl\t\n2\t4\tscript\t\tl\t");
  ASSERT_EQ(listened.elements.size(), 4u);
  EXPECT_TRUE(listened.elements[2].boxed);
  EXPECT_FALSE(listened.elements[3].boxed);
  // With an element of its own inside, the body steps back.
  const PageView built = ParsePageSnapshot("0\t1\thtml\t\t-\t\n1\t3\tbody\t\t-\t\n2\t4\tul\t\t-\t\n3\t5\tli\tone\t-\t");
  EXPECT_FALSE(built.elements[1].boxed);
  EXPECT_TRUE(built.elements[2].boxed);
  EXPECT_TRUE(built.elements[3].boxed);
}

TEST(PageModelTest, TheEmptyPageEveryScriptStartsInHasNoContent) {
  EXPECT_FALSE(ParsePageSnapshot("0\t1\thtml\t\t-\t\n1\t2\thead\t\t-\t\n1\t3\tbody\t\t-\t\n2\t4\tscript\t\t-\t").HasContent());
  EXPECT_FALSE(ParsePageSnapshot("").HasContent());
  // A listener anywhere (the window's shows as "l" on every element) is content: a click does something.
  EXPECT_TRUE(ParsePageSnapshot("0\t1\thtml\t\tl\t\n1\t3\tbody\t\tl\t").HasContent());
  EXPECT_TRUE(ParsePageSnapshot("0\t1\thtml\t\t-\t\n1\t3\tbody\t\t-\t\n2\t9\tp\ttext\t-\t").HasContent());
}

TEST(PageModelTest, CorruptLinesAreSkippedAndDepthJumpsHangUnderTheNearestParent) {
  const PageView view = ParsePageSnapshot(
      "garbage\n"
      "0\t1\thtml\t\t-\t\n"
      "x\t2\thead\t\t-\t\n"
      "1\t\tbody\t\t-\t\n"
      "5\t9\tdiv\t\t-\t\n"   // depth 5 right under html: becomes html's child
      "1\t10\t\t\t-\t\n"     // no label
      "0\t11\tsvg");         // missing trailing fields: still an element
  ASSERT_EQ(view.elements.size(), 3u);
  ASSERT_EQ(view.roots.size(), 2u);
  const PageElement& html = view.elements[view.roots[0]];
  ASSERT_EQ(html.children.size(), 1u);
  EXPECT_EQ(view.elements[html.children[0]].node_id, 9u);
  EXPECT_EQ(view.elements[html.children[0]].depth, 1u);
  EXPECT_EQ(view.elements[view.roots[1]].label, "svg");
  EXPECT_EQ(view.elements[view.roots[1]].listening, PageListening::None);
}

}  // namespace
}  // namespace loopscope::ui
