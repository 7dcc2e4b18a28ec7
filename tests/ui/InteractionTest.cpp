// The app answers the mouse and the keyboard: frames rendered offscreen with synthetic input over
// a hand-built trace (no runtime). Needs a display (smoke executable, under Xvfb).
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <filesystem>

#include "tests/ui/OffscreenApp.h"
#include "tests/ui/TraceBuilder.h"

namespace loopscope::ui {
namespace {

class InteractionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    ASSERT_TRUE(m_app.Create(1280, 720, &error)) << error;
    m_view = m_app.view.get();
    m_view->OpenSource("puzzle.js", "function main() {}\n");
    m_trace = testing::TimeoutVsPromiseTrace();
    m_view->ShowTrace(m_trace);
    m_view->SeekAndPause(0);
    Frame();
    Frame();
  }
  void Frame(const SyntheticInput& input = {}) { m_app.Frame(input); }

  testing::OffscreenApp m_app;
  AppView* m_view = nullptr;
  std::shared_ptr<Trace> m_trace;
};

TEST_F(InteractionTest, WheelOverTheTimelineZoomsAroundThePointer) {
  const Rect r = m_view->LastLayout()[PanelId::Timeline];
  const double before = m_view->GetTimelinePanel().Viewport().NsPerPx();
  SyntheticInput input;
  input.mouse_x = r.x + r.w * 0.5f;
  input.mouse_y = r.y + r.h * 0.6f;
  input.wheel = 2;
  Frame(input);
  EXPECT_LT(m_view->GetTimelinePanel().Viewport().NsPerPx(), before * 0.7);
}

TEST_F(InteractionTest, ClickingASliceMovesThePlaybackCursorThere) {
  const Slice& timer_task = m_view->Timeline().Row(0)[2];  // the setTimeout task
  float x = 0, y = 0;
  ASSERT_TRUE(m_view->GetTimelinePanel().SliceCenter(0, timer_task.start_ns, timer_task.end_ns, &x, &y));
  SyntheticInput input;
  input.mouse_x = x;
  input.mouse_y = y;
  Frame(input);
  input.mouse_down = true;
  Frame(input);
  input.mouse_down = false;
  Frame(input);
  Frame();  // the panels show the new cursor from the next frame on
  EXPECT_EQ(m_view->GetPlayback().Cursor(), timer_task.begin_event + 1);
  EXPECT_EQ(m_view->State().current_task_id, 2u);
}

TEST_F(InteractionTest, HoveringASliceShowsItsTooltip) {
  m_view->SeekAndPause(14);
  Frame();
  const Slice& microtask = m_view->Timeline().Row(2)[0];  // then → promise1
  float x = 0, y = 0;
  ASSERT_TRUE(m_view->GetTimelinePanel().SliceCenter(2, microtask.start_ns, microtask.end_ns, &x, &y));
  SyntheticInput input;
  input.mouse_x = x;
  input.mouse_y = y;
  Frame(input);
  Frame(input);
  std::string error;
  EXPECT_TRUE(m_app.host.SaveFrame((std::filesystem::temp_directory_path() / "loopscope_hover.png").string(), &error));
}

TEST_F(InteractionTest, TypingInTheSourceMarksItEdited) {
  const Rect source = m_view->LastLayout()[PanelId::Source];
  SyntheticInput input;
  input.mouse_x = source.x + source.w * 0.5f;
  input.mouse_y = source.y + source.h * 0.5f;
  Frame(input);
  input.mouse_down = true;
  Frame(input);
  input.mouse_down = false;
  Frame(input);
  EXPECT_FALSE(m_view->Source().Edited());
  input.text = 'x';
  Frame(input);
  input.text = 0;
  Frame(input);
  EXPECT_TRUE(m_view->Source().Edited());
  EXPECT_NE(m_view->Source().Text().find('x'), std::string::npos);
  std::string error;
  EXPECT_TRUE(m_app.host.SaveFrame((std::filesystem::temp_directory_path() / "loopscope_edit.png").string(), &error));
}

TEST_F(InteractionTest, ArrowKeysStepAndShiftArrowJumpsToTheNextTask) {
  SyntheticInput input;
  input.key = GLFW_KEY_RIGHT;
  Frame(input);
  Frame();
  EXPECT_EQ(m_view->GetPlayback().Cursor(), 1u);
  input.shift = true;
  Frame(input);
  Frame();
  EXPECT_EQ(m_trace->At(m_view->GetPlayback().Cursor() - 1).Kind(), EventKind::TaskStarted);
  input.shift = false;
  input.key = GLFW_KEY_LEFT;
  const uint64_t at = m_view->GetPlayback().Cursor();
  Frame(input);
  EXPECT_EQ(m_view->GetPlayback().Cursor(), at - 1);
}

TEST_F(InteractionTest, CtrlPlusZoomsTheWholeUi) {
  SyntheticInput input;
  input.key = GLFW_KEY_EQUAL;
  input.ctrl = true;
  Frame(input);
  EXPECT_TRUE(m_view->FontsDirty());
  const float before = ImGui::GetFontSize();
  Frame();  // the host rebuilds the fonts before this frame
  Frame();
  EXPECT_GT(ImGui::GetFontSize(), before);
}

TEST_F(InteractionTest, DraggingTheSplitterResizesTheSourceColumn) {
  const Rect source = m_view->LastLayout()[PanelId::Source];
  const Rect splitter = m_view->LastLayout().splitters[static_cast<int>(SplitterId::LeftWidth)];
  SyntheticInput input;
  input.mouse_x = splitter.x + splitter.w * 0.5f;
  input.mouse_y = splitter.y + 200;
  Frame(input);
  input.mouse_down = true;
  Frame(input);
  input.mouse_x += 150;
  Frame(input);
  Frame(input);
  input.mouse_down = false;
  Frame(input);
  Frame();
  EXPECT_NEAR(m_view->LastLayout()[PanelId::Source].w, source.w + 150, 8);
}

TEST_F(InteractionTest, PresentationZoomStillFitsAt1280x720) {
  SyntheticInput zoom_in;
  zoom_in.key = GLFW_KEY_EQUAL;
  zoom_in.ctrl = true;
  for (int i = 0; i < 3; ++i) {  // 1.15³ ≈ 150 %
    Frame(zoom_in);
    Frame();
  }
  m_view->SeekAndPause(13);
  Frame();
  Frame();
  const auto png = std::filesystem::temp_directory_path() / "loopscope_zoom150.png";
  std::string error;
  EXPECT_TRUE(m_app.host.SaveFrame(png.string(), &error)) << error;
  for (int i = 0; i < kPanelCount; ++i) {
    if (static_cast<PanelId>(i) == PanelId::Page && !m_view->PageShown()) continue;  // no document: no panel
    const Rect& p = m_view->LastLayout().panels[i];
    EXPECT_GT(p.h, ImGui::GetFontSize() * 3) << PanelTitle(static_cast<PanelId>(i));
  }
}

}  // namespace
}  // namespace loopscope::ui

namespace loopscope::ui {
namespace {

// Cards glide: a microtask entering the queue starts off to the right and transparent, and has
// settled into its slot a moment later. (Also writes mid-animation PNGs to look at.)
TEST(QueueAnimationTest, EnqueuedCardSlidesInThenSettles) {
  GuiHost host;
  std::string error;
  ASSERT_TRUE(host.Create(HostMode::Offscreen, 1280, 720, "animation", &error)) << error;
  AppViewOptions options;
  options.layout = LayoutPersistence::Ignore;  // animated (the default)
  AppView view(options);
  ASSERT_TRUE(view.InitGraphics(1.0f));
  view.OpenSource("puzzle.js", "\n");
  auto trace = testing::TimeoutVsPromiseTrace();
  view.ShowTrace(trace);
  uint64_t enqueued = 0;
  for (uint64_t i = 0; i < trace->PublishedCount(); ++i) {
    if (trace->At(i).Kind() == EventKind::MicrotaskEnqueued) enqueued = i + 1;
  }
  view.SeekAndPause(enqueued - 1);
  for (int i = 0; i < 30; ++i) host.RenderOffscreenFrame(view, 1.0 / 60);
  view.SeekAndPause(enqueued);
  host.RenderOffscreenFrame(view, 1.0 / 60);
  host.RenderOffscreenFrame(view, 1.0 / 60);
  const auto dir = std::filesystem::temp_directory_path();
  EXPECT_TRUE(host.SaveFrame((dir / "loopscope_anim_early.png").string(), &error));
  for (int i = 0; i < 40; ++i) host.RenderOffscreenFrame(view, 1.0 / 60);
  EXPECT_TRUE(host.SaveFrame((dir / "loopscope_anim_settled.png").string(), &error));
}

}  // namespace
}  // namespace loopscope::ui
