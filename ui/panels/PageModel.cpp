#include "ui/panels/PageModel.h"

#include <charconv>

namespace loopscope::ui {
namespace {

// The next tab-separated field of `line` (advancing it); the rest when there is no tab.
std::string_view NextField(std::string_view& line) {
  const std::size_t tab = line.find('\t');
  const std::string_view field = line.substr(0, tab);
  line = tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
  return field;
}

bool ParseNumber(std::string_view text, uint32_t& out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc{} && end == text.data() + text.size() && !text.empty();
}

// The tag name of a label ("div#a.b" → "div").
std::string_view TagOf(std::string_view label) { return label.substr(0, label.find_first_of("#.")); }

}  // namespace

bool PageView::HasContent() const {
  for (const PageElement& element : elements) {
    if (element.listening != PageListening::None) return true;
    const std::string_view tag = TagOf(element.label);
    if (tag != "html" && tag != "head" && tag != "body" && tag != "script") return true;
  }
  return false;
}

// PageElement::boxed for every element: children come after their parent, so one backward pass
// knows each subtree before its root.
void DecideBoxes(PageView& view) {
  std::vector<bool> subtree_boxed(view.elements.size(), false);
  for (std::size_t i = view.elements.size(); i-- > 0;) {
    PageElement& element = view.elements[i];
    bool inside = false;
    for (std::size_t child : element.children) inside = inside || subtree_boxed[child];
    const std::string_view tag = TagOf(element.label);
    if (element.listening == PageListening::Own) {
      element.boxed = true;
    } else if (tag == "body") {
      element.boxed = !inside;
    } else {
      element.boxed = tag != "html" && tag != "script" && !(tag == "head" && element.children.empty());
    }
    subtree_boxed[i] = inside || element.boxed;
  }
}

PageView ParsePageSnapshot(std::string_view snapshot) {
  PageView view;
  std::vector<std::size_t> open;  // the current element at each depth: the path from a root
  while (!snapshot.empty()) {
    const std::size_t newline = snapshot.find('\n');
    std::string_view line = snapshot.substr(0, newline);
    snapshot = newline == std::string_view::npos ? std::string_view{} : snapshot.substr(newline + 1);
    PageElement element;
    if (!ParseNumber(NextField(line), element.depth) || !ParseNumber(NextField(line), element.node_id)) continue;
    element.label = std::string(NextField(line));
    if (element.label.empty()) continue;
    element.text = std::string(NextField(line));
    const std::string_view listening = NextField(line);
    element.listening = listening == "L" ? PageListening::Own : listening == "l" ? PageListening::Ancestor : PageListening::None;
    element.listened_types = std::string(NextField(line));

    if (element.depth > open.size()) element.depth = static_cast<uint32_t>(open.size());
    open.resize(element.depth);
    const std::size_t index = view.elements.size();
    if (open.empty()) {
      view.roots.push_back(index);
    } else {
      view.elements[open.back()].children.push_back(index);
    }
    open.push_back(index);
    view.elements.push_back(std::move(element));
  }
  DecideBoxes(view);
  return view;
}

PageView PageAt(const ReplayState& state, const Trace& trace) {
  if (state.page == 0) return {};
  return ParsePageSnapshot(trace.String(state.page));
}

}  // namespace loopscope::ui
