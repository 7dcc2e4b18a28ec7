#include "runtime/engine/NewerSyntax.h"

#include <vector>

namespace loopscope {
namespace {

constexpr std::string_view kChromium = "Chromium 156";

bool IsIdentifierPart(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'$' ||
         c > 0x7f;
}

// The body and flags of the regular expression literal that starts at `start` ('/').
struct RegExpLiteral {
  std::u16string_view pattern;
  std::u16string_view flags;
};
std::optional<RegExpLiteral> RegExpAt(std::u16string_view line, size_t start) {
  if (start >= line.size() || line[start] != u'/') return std::nullopt;
  bool in_class = false;
  for (size_t i = start + 1; i < line.size(); ++i) {
    const char16_t c = line[i];
    if (c == u'\\') {
      ++i;
    } else if (c == u'[') {
      in_class = true;
    } else if (c == u']') {
      in_class = false;
    } else if (c == u'/' && !in_class) {
      size_t end = i + 1;
      while (end < line.size() && IsIdentifierPart(line[end])) ++end;
      return RegExpLiteral{line.substr(start + 1, i - start - 1), line.substr(i + 1, end - i - 1)};
    }
  }
  return std::nullopt;
}

// Calls visit(index) for each character of `pattern` outside escapes and character classes.
template <typename Visit>
void ForEachSyntaxCharacter(std::u16string_view pattern, Visit visit) {
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char16_t c = pattern[i];
    if (c == u'\\') {
      ++i;
    } else if (in_class) {
      if (c == u']') in_class = false;
    } else if (c == u'[') {
      in_class = true;
    } else {
      visit(i);
    }
  }
}

// A modifiers group, "(?ims-ims:" (ES2025 RegExp modifiers).
bool HasModifiers(std::u16string_view pattern) {
  bool found = false;
  ForEachSyntaxCharacter(pattern, [&](size_t i) {
    if (pattern[i] != u'(' || i + 1 >= pattern.size() || pattern[i + 1] != u'?') return;
    size_t j = i + 2;
    while (j < pattern.size() && (pattern[j] == u'i' || pattern[j] == u'm' || pattern[j] == u's' || pattern[j] == u'-')) ++j;
    if (j > i + 2 && j < pattern.size() && pattern[j] == u':') found = true;
  });
  return found;
}

// Duplicate named groups, each pair in different alternatives of a disjunction that holds both
// (ES2025): where each named group is, as the path of (disjunction, alternative) around it.
bool HasDuplicateNamesInAlternatives(std::u16string_view pattern) {
  struct Frame { int disjunction; int alternative; };
  struct Group { std::u16string_view name; std::vector<Frame> path; };
  std::vector<Frame> stack{{0, 0}};
  std::vector<Group> groups;
  int next_disjunction = 1;
  ForEachSyntaxCharacter(pattern, [&](size_t i) {
    const char16_t c = pattern[i];
    if (c == u'|') {
      ++stack.back().alternative;
    } else if (c == u')' && stack.size() > 1) {
      stack.pop_back();
    } else if (c == u'(') {
      if (pattern.substr(i, 3) == u"(?<" && i + 3 < pattern.size() && pattern[i + 3] != u'=' && pattern[i + 3] != u'!') {
        const size_t close = pattern.find(u'>', i + 3);
        if (close != std::u16string_view::npos) groups.push_back({pattern.substr(i + 3, close - i - 3), stack});
      }
      stack.push_back({next_disjunction++, 0});
    }
  });
  bool any_duplicate = false;
  for (size_t a = 0; a < groups.size(); ++a) {
    for (size_t b = a + 1; b < groups.size(); ++b) {
      if (groups[a].name != groups[b].name) continue;
      any_duplicate = true;
      bool apart = false;
      for (size_t k = 0; k < groups[a].path.size() && k < groups[b].path.size(); ++k) {
        if (groups[a].path[k].disjunction != groups[b].path[k].disjunction) break;
        if (groups[a].path[k].alternative != groups[b].path[k].alternative) {
          apart = true;
          break;
        }
      }
      if (!apart) return false;  // in one alternative: an error in Chromium too
    }
  }
  return any_duplicate;
}

// The identifier that ends just before `end` (whitespace skipped), and where it starts.
std::u16string_view WordBefore(std::u16string_view line, size_t end, size_t* start) {
  while (end > 0 && (line[end - 1] == u' ' || line[end - 1] == u'\t')) --end;
  size_t begin = end;
  while (begin > 0 && IsIdentifierPart(line[begin - 1])) --begin;
  *start = begin;
  return line.substr(begin, end - begin);
}

std::string Note(std::string_view feature, std::string_view verb, std::string_view v8_version) {
  return "(" + std::string(feature) + " " + std::string(verb) + " not supported by V8 " + std::string(v8_version) +
         ", the engine Loopscope embeds; " + std::string(kChromium) + " supports " + (verb == "is" ? "it" : "them") + ")";
}

}  // namespace

std::optional<std::string> NewerSyntaxNote(std::u16string_view source_line, size_t column, std::string_view message,
                                           std::string_view v8_version) {
  if (column > source_line.size()) return std::nullopt;
  // new RegExp(pattern, 'v'): V8 names the flags it refused in the message itself.
  constexpr std::string_view kConstructorFlags = "Invalid flags supplied to RegExp constructor '";
  if (message.rfind(kConstructorFlags, 0) == 0) {
    const std::string_view flags = message.substr(kConstructorFlags.size());
    if (flags.substr(0, flags.find('\'')).find('v') != std::string_view::npos) {
      return Note("the RegExp 'v' flag", "is", v8_version);
    }
    return std::nullopt;
  }
  if (message.find("regular expression") != std::string_view::npos) {
    std::optional<RegExpLiteral> literal = RegExpAt(source_line, column);
    if (!literal) return std::nullopt;
    if (message.find("flags") != std::string_view::npos && literal->flags.find(u'v') != std::u16string_view::npos) {
      return Note("the RegExp 'v' flag", "is", v8_version);
    }
    if (HasModifiers(literal->pattern)) return Note("RegExp modifiers (?i:…)", "are", v8_version);
    if (message.find("Duplicate capture group name") != std::string_view::npos &&
        HasDuplicateNamesInAlternatives(literal->pattern)) {
      return Note("duplicate named capture groups in different alternatives", "are", v8_version);
    }
    return std::nullopt;
  }
  // `using x = …` / `await using x = …`: V8 10.2 stops at the declared name.
  size_t using_start = 0;
  if (WordBefore(source_line, column, &using_start) != u"using" ||
      (using_start > 0 && source_line[using_start - 1] == u'.')) {
    return std::nullopt;
  }
  size_t await_start = 0;
  if (WordBefore(source_line, using_start, &await_start) == u"await") {
    return Note("'await using' declarations", "are", v8_version);
  }
  return Note("'using' declarations", "are", v8_version);
}

}  // namespace loopscope
