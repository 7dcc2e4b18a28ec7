#include "ui/Layout.h"

#include <gtest/gtest.h>

#include "ui/timeline/TimelineViewport.h"

namespace loopscope::ui {
namespace {

bool Overlap(const Rect& a, const Rect& b) {
  return a.x < b.Right() - 0.5f && b.x < a.Right() - 0.5f && a.y < b.Bottom() - 0.5f && b.y < a.Bottom() - 0.5f;
}

void ExpectReadable(float width, float height, const LayoutSettings& settings, bool page) {
  // The panel area left under the menu, toolbar and scrubber at the default font size.
  const Rect area{5, 95, width - 10, height - 100};
  LayoutMetrics metrics;
  metrics.page = page;
  const LayoutRects r = ComputeLayout(settings, area, metrics);
  if (!page) {
    EXPECT_EQ(r[PanelId::Page].w * r[PanelId::Page].h, 0) << "the Page panel takes no room without a document";
    EXPECT_FLOAT_EQ(r[PanelId::Console].Bottom(), area.Bottom());
  }
  for (int i = 0; i < kPanelCount; ++i) {
    const Rect& p = r.panels[i];
    if (!page && static_cast<PanelId>(i) == PanelId::Page) continue;
    SCOPED_TRACE(PanelTitle(static_cast<PanelId>(i)));
    EXPECT_GE(p.w, 200) << "too narrow at " << width << "x" << height;
    EXPECT_GE(p.h, 80) << "too short at " << width << "x" << height;
    EXPECT_GE(p.x, area.x - 0.5f);
    EXPECT_LE(p.Right(), area.Right() + 0.5f);
    EXPECT_LE(p.Bottom(), area.Bottom() + 0.5f);
    for (int j = i + 1; j < kPanelCount; ++j) EXPECT_FALSE(Overlap(p, r.panels[j])) << PanelTitle(static_cast<PanelId>(j));
  }
  EXPECT_GE(r[PanelId::Timeline].h, 150);
  EXPECT_GE(r[PanelId::Source].h, 250);
}

TEST(LayoutTest, EveryPanelIsReadableAt1280x720And1920x1080) {
  for (bool page : {false, true}) {
    SCOPED_TRACE(page ? "with the Page panel" : "without a document");
    ExpectReadable(1280, 720, LayoutSettings{}, page);
    ExpectReadable(1920, 1080, LayoutSettings{}, page);
  }
}

TEST(LayoutTest, ThePageSplitterSharesTheSpaceBelowTheSource) {
  LayoutSettings settings;
  const Rect area{0, 0, 1000, 800};
  LayoutMetrics metrics;
  metrics.page = true;
  const LayoutRects r = ComputeLayout(settings, area, metrics);
  const Rect& page = r[PanelId::Page];
  EXPECT_NEAR(page.y, r[PanelId::Source].Bottom() + metrics.splitter, 0.5f);
  EXPECT_NEAR(r[PanelId::Console].y, page.Bottom() + metrics.splitter, 0.5f);
  DragSplitter(settings, r, SplitterId::PageHeight, 10, page.y + (r[PanelId::Console].Bottom() - page.y) * 0.25f);
  EXPECT_NEAR(settings.page_height, 0.25f, 0.01f);
  EXPECT_FLOAT_EQ(settings.source_height, LayoutSettings{}.source_height);
  DragSplitter(settings, r, SplitterId::PageHeight, 10, page.y - 100);  // cannot squeeze the Page away
  EXPECT_GE(settings.page_height, 0.15f);
}

TEST(LayoutTest, DraggingASplitterChangesOnlyItsFractionAndIsClamped) {
  LayoutSettings settings;
  const Rect area{0, 0, 1000, 600};
  const LayoutRects r = ComputeLayout(settings, area, LayoutMetrics{});
  DragSplitter(settings, r, SplitterId::LeftWidth, 500, 10);
  EXPECT_NEAR(settings.left_width, 0.5f, 0.01f);
  EXPECT_FLOAT_EQ(settings.top_band, LayoutSettings{}.top_band);
  DragSplitter(settings, r, SplitterId::LeftWidth, 5, 10);  // cannot squeeze the Source away
  EXPECT_GE(settings.left_width, 0.18f);
}

TEST(LayoutTest, SettingsSurviveARoundTripAndIgnoreJunk) {
  LayoutSettings settings;
  settings.left_width = 0.41f;
  settings.zoom = 1.5f;
  EXPECT_EQ(LayoutSettings::Parse(settings.Serialize()), settings);
  const LayoutSettings junk = LayoutSettings::Parse("left_width=banana\nzoom=99\nunknown=1\n");
  EXPECT_FLOAT_EQ(junk.left_width, LayoutSettings{}.left_width);
  EXPECT_FLOAT_EQ(junk.zoom, 3.0f);
}

TEST(TimelineViewportTest, ZoomKeepsTheTimeUnderThePointer) {
  TimelineViewport viewport;
  viewport.Set(1000, 10);
  const double before = viewport.TimeAt(300);
  viewport.ZoomAround(300, 4);
  EXPECT_NEAR(viewport.TimeAt(300), before, 1e-6);
  EXPECT_NEAR(viewport.NsPerPx(), 2.5, 1e-9);
  viewport.PanPixels(100);  // dragging right shows earlier time
  EXPECT_NEAR(viewport.TimeAt(400), before, 1e-6);
}

TEST(TimelineViewportTest, FitShowsTheWholeSpan) {
  TimelineViewport viewport;
  viewport.Fit(5'000'000, 15'000'000, 1000);
  EXPECT_LT(viewport.StartNs(), 5'000'000);
  EXPECT_GT(viewport.EndNs(1000), 15'000'000);
  EXPECT_LT(viewport.EndNs(1000) - viewport.StartNs(), 11'000'000);
}

TEST(TimelineViewportTest, RulerTicksUseOneTwoFiveStepsAndUnits) {
  EXPECT_DOUBLE_EQ(NiceStep(130), 200);
  EXPECT_DOUBLE_EQ(NiceStep(3000), 5000);
  EXPECT_DOUBLE_EQ(NiceStep(7'000'000), 10'000'000);
  EXPECT_EQ(TickLabel(2'000'000, 1'000'000), "2 ms");
  EXPECT_EQ(TickLabel(1'500'000, 500'000), "1.5 ms");
  EXPECT_EQ(TickLabel(40'000, 20'000), "40 µs");
  EXPECT_EQ(TickLabel(0, 20'000), "0 µs");
  const auto ticks = RulerTicks(0, 10'000, 1000, 90);  // 10 ms across 1000 px
  int major = 0;
  for (const RulerTick& tick : ticks) major += tick.major;
  EXPECT_GE(major, 5);
  EXPECT_LE(major, 12);
  EXPECT_EQ(ticks.front().label, "0 ms");
}

}  // namespace
}  // namespace loopscope::ui
