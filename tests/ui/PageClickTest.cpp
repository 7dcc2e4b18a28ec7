// A user's click through the Page panel, as a learner makes it: Jake Archibald's puzzle runs in the
// app, the page waits for input, the test moves the pointer onto the inner box and clicks, and the
// console must then print exactly what Chromium printed for a real click (the puzzle's .expected,
// from tests/oracle). Needs a display (smoke executable, under Xvfb).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/ui/OffscreenApp.h"

namespace loopscope::ui {
namespace {

constexpr auto kDeadline = std::chrono::seconds(20);

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> ConsoleTexts(const AppView& view) {
  std::vector<std::string> texts;
  for (const ConsoleLine& line : view.Model()->ConsoleLines()) {
    texts.emplace_back(view.Model()->GetTrace().String(line.text));
  }
  return texts;
}

TEST(PageClickTest, AClickOnTheInnerBoxRunsJakesPuzzleAsChromiumDoes) {
  testing::OffscreenApp app;
  std::string error;
  ASSERT_TRUE(app.Create(1600, 900, &error)) << error;
  AppView& view = *app.view;
  const std::filesystem::path puzzle = std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "tests/puzzles/dom_jake_user_click.js";
  const std::vector<std::string> chromium = Lines(ReadFile(puzzle.string().substr(0, puzzle.string().size() - 3) + ".expected"));
  ASSERT_FALSE(chromium.empty());
  view.OpenSource("dom_jake_user_click.js", ReadFile(puzzle));
  view.Run();

  // The script runs, the page settles and waits for the user.
  const auto deadline = std::chrono::steady_clock::now() + kDeadline;
  auto waiting = [&] { return view.Model() && view.Model()->LatestState().waiting_for_input; };
  while (!waiting() && std::chrono::steady_clock::now() < deadline) {
    app.Frame();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_TRUE(waiting()) << "a page that listens for clicks must wait for one";
  EXPECT_FALSE(view.Session()->Finished());
  view.SeekAndPause(view.Model()->EventCount());
  app.Frame();
  app.Frame();
  ASSERT_TRUE(view.PageShown());
  EXPECT_TRUE(ConsoleTexts(view).empty()) << "nothing prints before the click";

  // Find the inner element's box and click in it.
  const PageView page = PageAt(view.State(), view.Model()->GetTrace());
  uint32_t inner_id = 0;
  for (const PageElement& element : page.elements) {
    if (element.label == "div.inner") inner_id = element.node_id;
  }
  ASSERT_NE(inner_id, 0u);
  const PagePanel::DrawnBox* inner = nullptr;
  for (const PagePanel::DrawnBox& box : view.Page().LastBoxes()) {
    if (box.node_id == inner_id) inner = &box;
  }
  ASSERT_NE(inner, nullptr) << "the inner element's box is drawn";
  const Rect panel = view.LastLayout()[PanelId::Page];
  SyntheticInput input;
  input.mouse_x = (inner->min.x + inner->max.x) * 0.5f;
  input.mouse_y = (inner->min.y + inner->max.y) * 0.5f;
  EXPECT_GE(input.mouse_y, panel.y);
  EXPECT_LE(input.mouse_y, panel.Bottom());
  app.Frame(input);
  input.mouse_down = true;
  app.Frame(input);
  input.mouse_down = false;
  app.Frame(input);

  while (ConsoleTexts(view).size() < chromium.size() && std::chrono::steady_clock::now() < deadline) {
    app.Frame();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(ConsoleTexts(view), chromium);
  // The page goes back to waiting; the screenshot shows the run after the click.
  while (!waiting() && std::chrono::steady_clock::now() < deadline) app.Frame();
  EXPECT_TRUE(waiting());
  view.SeekAndPause(view.Model()->EventCount());
  app.Frame(input);
  app.Frame(input);
  EXPECT_TRUE(app.host.SaveFrame((std::filesystem::temp_directory_path() / "loopscope_page_click.png").string(), &error));
  view.Stop();
  const auto stop_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!view.Session()->Finished() && std::chrono::steady_clock::now() < stop_deadline) app.Frame();
  EXPECT_TRUE(view.Session()->Finished()) << "Stop ends a page that waits for input";
}

}  // namespace
}  // namespace loopscope::ui
