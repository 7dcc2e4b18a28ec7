// ScriptHeader.h — what a script's leading comment lines declare about how to run it:
//   // Model: node        (or: browser)
// Only the header counts: the `//` comment lines at the very top of the file (after an optional
// hashbang), before any code. Pure functions; any thread.
#pragma once

#include <optional>
#include <string_view>

#include "runtime/core/RunTypes.h"

namespace loopscope {

// The model the header names, or nothing when it names none (or an unknown one).
inline std::optional<LoopModel> ModelDeclaredIn(std::string_view source) {
  constexpr std::string_view kKey = "Model:";
  size_t position = 0;
  if (source.substr(0, 2) == "#!") position = source.find('\n') == std::string_view::npos ? source.size() : source.find('\n') + 1;
  while (position < source.size()) {
    size_t end = source.find('\n', position);
    std::string_view line = source.substr(position, end == std::string_view::npos ? std::string_view::npos : end - position);
    position = end == std::string_view::npos ? source.size() : end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    if (line.substr(0, 2) != "//") break;  // the header ends at the first line of code
    line.remove_prefix(2);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.substr(0, kKey.size()) != kKey) continue;
    line.remove_prefix(kKey.size());
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line == "node" || line == "Node" || line == "node.js" || line == "Node.js") return LoopModel::Node;
    if (line == "browser" || line == "Browser") return LoopModel::Browser;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace loopscope
