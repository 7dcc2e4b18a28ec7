// SourcePanel.cpp — the script: syntax-coloured, with line numbers, editable (then Run again), the
// line of the frame on top of the stack highlighted during playback, a syntax error marked at its
// line with its message.
//
// ImGui 1.86 has no coloured text editor, so this is one ImGui multiline input whose own text is
// drawn transparent, with the coloured spans (JsHighlighter) drawn over it at the same positions:
// the input keeps doing selection, clipboard, undo and scrolling, the overlay does the colour.
// The overlay reads the input's child window (scroll) and its edit state (caret), found the way
// ImGui itself names them.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"
#include "ui/source/Utf8Text.h"

namespace loopscope::ui {
namespace {

constexpr const char* kEditorLabel = "##source";
constexpr float kCaretBlinkPeriod = 1.20f;  // ImGui's own caret timing
constexpr float kCaretBlinkOn = 0.80f;

uint32_t TokenColor(TokenKind kind) {
  switch (kind) {
    case TokenKind::Keyword: return theme::kTokenKeyword;
    case TokenKind::Literal: return theme::kTokenLiteral;
    case TokenKind::Number: return theme::kTokenNumber;
    case TokenKind::String: return theme::kTokenString;
    case TokenKind::Comment: return theme::kTokenComment;
    case TokenKind::Call: return theme::kTokenCall;
    case TokenKind::Punctuation: return theme::kTokenPunctuation;
    default: return theme::kTokenPlain;
  }
}

// Byte offsets of the start of each line.
std::vector<std::size_t> LineStarts(const std::string& text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

}  // namespace

void SourcePanel::SetText(std::string text) {
  m_text = ReplaceInvalidUtf8(text);
  m_edited = false;
  m_last_line = 0;
  Rehighlight();
}

void SourcePanel::Rehighlight() { m_spans = HighlightSource(m_text); }

void SourcePanel::Draw(const PanelContext& ctx) {
  std::string note;
  uint32_t note_color = 0;
  if (m_error) {
    note = "syntax error";
    note_color = theme::kError;
  } else if (m_edited) {
    note = "edited — Run to apply";
    note_color = theme::kWarn;
  }
  PanelHeader(ctx, m_title.empty() ? "Source" : m_title.c_str(), note, note_color);

  const float em = ctx.fonts->size_px;
  const float pad = std::floor(6 * ctx.scale);
  ImFont* mono = ctx.fonts->mono;
  const float line_h = mono->FontSize;
  const float char_w = mono->CalcTextSizeA(line_h, FLT_MAX, 0, "0").x;
  const auto line_count = static_cast<int>(m_spans.size());
  const int digits = std::max(2, static_cast<int>(std::log10(std::max(1, line_count))) + 1);
  const float gutter_w = std::floor(digits * char_w + 3 * pad + em * 0.6f);

  // The error bar under the editor.
  std::string error_text;
  if (m_error) {
    error_text = m_error->line ? m_error->message + "  (line " + std::to_string(m_error->line) + ", column " +
                                     std::to_string(m_error->column) + ")"
                               : m_error->message;
  }
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float error_h = m_error ? ImGui::CalcTextSize(error_text.c_str(), nullptr, false, avail_w - 3 * em).y + 2 * pad : 0;
  const ImVec2 area_min = ImGui::GetCursorScreenPos();
  const float area_h = std::max(line_h * 2, ImGui::GetContentRegionAvail().y - error_h);
  ImDrawList* parent_list = ImGui::GetWindowDrawList();
  parent_list->AddRectFilled(area_min, ImVec2(area_min.x + gutter_w, area_min.y + area_h), theme::kGutterBg);

  // The editor: ImGui's multiline input with transparent text.
  ImGui::SetCursorScreenPos(ImVec2(area_min.x + gutter_w, area_min.y));
  const ImGuiID editor_id = ImGui::GetID(kEditorLabel);
  ImGui::PushFont(mono);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::Rgb(0xffffff, 0x00));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::kSourceBg);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad, pad));
  const ImVec2 frame_padding = ImGui::GetStyle().FramePadding;
  if (ImGui::InputTextMultiline(kEditorLabel, &m_text, ImVec2(avail_w - gutter_w, area_h), ImGuiInputTextFlags_AllowTabInput)) {
    m_edited = true;
    m_error.reset();
    Rehighlight();
  }
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);

  ImGuiWindow* parent = ImGui::GetCurrentWindow();
  char child_name[512];
  std::snprintf(child_name, sizeof child_name, "%s/%s_%08X", parent->Name, kEditorLabel, editor_id);
  ImGuiWindow* editor = ImGui::FindWindowByName(child_name);
  ImGuiInputTextState* edit_state = ImGui::GetInputTextState(editor_id);
  const bool editing = edit_state != nullptr && ImGui::GetActiveID() == editor_id;

  // The line to highlight: the innermost frame's function line.
  // 0: none. A line past the end means the text was edited since the run.
  uint32_t current_line = ctx.trace ? CurrentSourceLine(*ctx.state, *ctx.trace).value_or(0) : 0;
  if (current_line > static_cast<uint32_t>(line_count)) current_line = 0;
  if (editor) {
    const float scroll_y = editor->Scroll.y;
    const float scroll_x = editing ? edit_state->ScrollX : 0.0f;
    const ImVec2 origin(editor->Pos.x + frame_padding.x - scroll_x, editor->Pos.y + frame_padding.y - scroll_y);
    const float visible_h = editor->Size.y;
    // Follow the playback: bring a newly highlighted line into view (a third from the top).
    if (current_line && current_line != m_last_line && !editing) {
      const float line_y = (current_line - 1) * line_h;
      if (line_y < scroll_y || line_y + line_h > scroll_y + visible_h - 2 * frame_padding.y) {
        ImGui::SetScrollY(editor, std::max(0.0f, line_y - visible_h / 3));
      }
    }
    m_last_line = current_line;

    ImDrawList* list = editor->DrawList;
    list->PushClipRect(editor->InnerClipRect.Min, editor->InnerClipRect.Max, false);
    const int first = std::max(0, static_cast<int>(scroll_y / line_h) - 1);
    const int last = std::min(line_count, static_cast<int>((scroll_y + visible_h) / line_h) + 1);
    const auto starts = LineStarts(m_text);
    auto line_band = [&](int line_index, uint32_t color) {
      const float y = origin.y + line_index * line_h;
      list->AddRectFilled(ImVec2(editor->Pos.x, y), ImVec2(editor->Pos.x + editor->Size.x, y + line_h), color);
    };
    if (current_line >= 1) line_band(static_cast<int>(current_line) - 1, theme::kCurrentLineBg);
    if (m_error && m_error->line >= 1) line_band(static_cast<int>(m_error->line) - 1, theme::kErrorLineBg);
    for (int i = first; i < last && i < static_cast<int>(starts.size()); ++i) {
      const char* line_text = m_text.c_str() + starts[static_cast<std::size_t>(i)];
      float x = origin.x;
      const float y = origin.y + i * line_h;
      for (const Span& span : m_spans[static_cast<std::size_t>(i)]) {
        const char* begin = line_text + span.begin;
        const char* end = begin + span.length;
        list->AddText(mono, line_h, ImVec2(x, y), TokenColor(span.kind), begin, end);
        x += mono->CalcTextSizeA(line_h, FLT_MAX, 0, begin, end).x;
      }
    }
    // A wavy underline under the error position.
    if (m_error && m_error->line >= 1 && m_error->line <= static_cast<uint32_t>(line_count)) {
      const float y = origin.y + m_error->line * line_h - 1;
      const float x0 = origin.x + (m_error->column ? m_error->column - 1 : 0) * char_w;
      const float x1 = x0 + std::max(char_w * 3, 2 * pad);
      for (float x = x0; x < x1; x += char_w * 0.5f) {
        const float up = std::fmod((x - x0) / (char_w * 0.5f), 2.0f) < 1.0f ? -1.5f : 1.5f;
        list->AddLine(ImVec2(x, y + up), ImVec2(x + char_w * 0.5f, y - up), theme::kError, 1.2f * ctx.scale);
      }
    }
    // The caret (ImGui draws it in the transparent text colour).
    if (editing && (!ImGui::GetIO().ConfigInputTextCursorBlink || edit_state->CursorAnim <= 0.0f ||
                    std::fmod(edit_state->CursorAnim, kCaretBlinkPeriod) <= kCaretBlinkOn)) {
      const int cursor = std::clamp(edit_state->Stb.cursor, 0, edit_state->CurLenW);
      int line = 0;
      float x = 0;
      for (int i = 0; i < cursor; ++i) {
        const ImWchar c = edit_state->TextW[i];
        if (c == '\n') {
          ++line;
          x = 0;
        } else {
          x += mono->GetCharAdvance(c);
        }
      }
      const ImVec2 top(origin.x + x, origin.y + line * line_h);
      list->AddLine(top, ImVec2(top.x, top.y + line_h), theme::kText, std::max(1.0f, ctx.scale));
    }
    list->PopClipRect();

    // Line numbers, aligned with the editor's scroll.
    parent_list->PushClipRect(area_min, ImVec2(area_min.x + gutter_w, area_min.y + area_h), true);
    for (int i = first; i < last; ++i) {
      const float y = origin.y + i * line_h;
      const bool is_current = current_line != 0 && static_cast<int>(current_line) == i + 1;
      const bool is_error = m_error && static_cast<int>(m_error->line) == i + 1;
      char number[16];
      std::snprintf(number, sizeof number, "%d", i + 1);
      const float w = mono->CalcTextSizeA(line_h, FLT_MAX, 0, number).x;
      parent_list->AddText(mono, line_h, ImVec2(area_min.x + gutter_w - pad - w, y),
                           is_error ? theme::kError : is_current ? theme::kText : theme::kLineNumber, number);
      const ImVec2 mark(area_min.x + pad + em * 0.25f, y + line_h * 0.5f);
      if (is_error) {
        parent_list->AddCircleFilled(mark, em * 0.28f, theme::kError, 12);
      } else if (is_current) {
        const float s = em * 0.3f;
        parent_list->AddTriangleFilled(ImVec2(mark.x - s, mark.y - s), ImVec2(mark.x + s, mark.y), ImVec2(mark.x - s, mark.y + s),
                                       theme::kCurrentLineMarker);
      }
    }
    parent_list->PopClipRect();
  }
  ImGui::PopFont();

  if (m_error) {
    const ImVec2 min(area_min.x, area_min.y + area_h);
    const ImVec2 max(area_min.x + avail_w, min.y + error_h);
    parent_list->AddRectFilled(min, max, theme::kErrorBg);
    parent_list->AddLine(min, ImVec2(max.x, min.y), theme::kError);
    const ImVec2 icon(min.x + pad + em * 0.5f, min.y + pad + em * 0.5f);
    parent_list->AddCircleFilled(icon, em * 0.5f, theme::kError, 16);
    const float s = em * 0.2f;
    parent_list->AddLine(ImVec2(icon.x - s, icon.y - s), ImVec2(icon.x + s, icon.y + s), theme::kErrorBg, 2 * ctx.scale);
    parent_list->AddLine(ImVec2(icon.x + s, icon.y - s), ImVec2(icon.x - s, icon.y + s), theme::kErrorBg, 2 * ctx.scale);
    parent_list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad + em * 1.5f, min.y + pad), theme::kError,
                         error_text.c_str(), nullptr, avail_w - 3 * em);
    ImGui::SetCursorScreenPos(min);
    ImGui::Dummy(ImVec2(avail_w, error_h));
  }
}

}  // namespace loopscope::ui
