// PageModel.h — the Page panel's view model: the document's elements at the playback cursor, as
// the last PageSnapshot event recorded them (js/dom.js snapshot(), one line per element:
// "depth \t node id \t label \t own text \t L|l|- \t listened types").
//
// Pure (no ImGui), so the rules — which element is whose child, which ones a click reaches a
// listener through — are unit-tested (tests/ui/PageModelTest.cpp). Threads: UI thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/replay/ReplayState.h"
#include "runtime/trace/Trace.h"

namespace loopscope::ui {

// Who hears a click on an element: its own listeners, an ancestor's (the event bubbles or is
// captured there, the window and document included), or nobody.
enum class PageListening : uint8_t { None, Ancestor, Own };

struct PageElement {
  uint32_t node_id = 0;     // what RunSession::RequestClick takes
  uint32_t depth = 0;       // 0 = <html>
  std::string label;        // tag name with #id and .classes: "div#outer.box"
  std::string text;         // its own text children, whitespace collapsed, clipped by the page
  PageListening listening = PageListening::None;
  std::string listened_types;  // its own listeners' event types, comma-separated ("click,mousedown")
  std::vector<std::size_t> children;  // indices into PageView::elements, in document order
  // Whether the Page panel draws a box for it. The frame every page has — <html>, <body>, an
  // empty <head>, <script> elements — is left out (its children are drawn in its place) unless
  // it has listeners of its own; <body> is drawn when nothing inside it is (a page whose only
  // listener is the window's still has something to click).
  bool boxed = false;
};

struct PageView {
  std::vector<PageElement> elements;  // in document order (pre-order)
  std::vector<std::size_t> roots;     // elements of depth 0
  // More than the empty page every script starts in (html, head, body and the script's own
  // <script> element, nobody listening): worth a panel of its own.
  bool HasContent() const;
};

// Lines that do not parse (a corrupt trace) are skipped; an element whose depth skips a level
// hangs under the nearest shallower one.
PageView ParsePageSnapshot(std::string_view snapshot);
// The page at the cursor; empty before the first snapshot.
PageView PageAt(const ReplayState& state, const Trace& trace);

}  // namespace loopscope::ui
