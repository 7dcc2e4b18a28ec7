#include "ui/Theme.h"

#include <imgui.h>

namespace loopscope::ui::theme {

uint32_t CategoryColor(SliceCategory category) {
  switch (category) {
    case SliceCategory::Scripting: return kScripting;
    case SliceCategory::Rendering: return kRendering;
    case SliceCategory::Painting: return kPainting;
    case SliceCategory::System: return kSystem;
    case SliceCategory::Idle: return kIdle;
    default: return kSystem;
  }
}

uint32_t SliceColor(const Slice& slice) {
  switch (slice.kind) {
    case SliceKind::Task: return kSystem;
    case SliceKind::Checkpoint: return kScriptingDark;
    case SliceKind::Microtask: return kMicrotaskSlice;
    case SliceKind::Function: return kFunctionShades[slice.function % (sizeof kFunctionShades / sizeof kFunctionShades[0])];
    case SliceKind::Gc: return kGc;
    case SliceKind::ThreadPool: return slice.aux != 0 ? (kMarkerThreadPool & 0x00FFFFFF) | 0xB0000000u : kMarkerThreadPool;
    // A request that ended without a response (refused or aborted) is drawn in the error colour.
    case SliceKind::Network: return slice.IsOpen() || slice.aux == 0 ? kMarkerNetwork : kMarkerError;
    case SliceKind::LoopPhase: return slice.aux < 6 ? (kPhaseColors[slice.aux] & 0x00FFFFFF) | 0x70000000u : kSystem;
    default: return CategoryColor(slice.category);
  }
}

uint32_t TaskBadgeColor(TaskSource source) {
  switch (source) {
    case TaskSource::Timer: return Rgb(0xf29900);
    case TaskSource::Interval: return Rgb(0xe37400);
    case TaskSource::Networking: return Rgb(0x4ecdc4);
    case TaskSource::UserInteraction: return Rgb(0xff8bcb);
    case TaskSource::PostedMessage: return Rgb(0x78d9ec);
    case TaskSource::IdleCallback: return Rgb(0xbdc1c6);
    case TaskSource::Immediate: return Rgb(0xfcad70);
    case TaskSource::DomManipulation: return Rgb(0xf28b82);
    case TaskSource::PrioritizedTask: return Rgb(0xc58af9);
    case TaskSource::Script: return Rgb(0x9aa0a6);
    default: return Rgb(0x9aa0a6);
  }
}

uint32_t MicrotaskBadgeColor(MicrotaskSource source) {
  switch (source) {
    case MicrotaskSource::Then: return Rgb(0x81c995);
    case MicrotaskSource::Catch: return Rgb(0xf28b82);
    case MicrotaskSource::Finally: return Rgb(0xa8dab5);
    case MicrotaskSource::Await: return Rgb(0x8ab4f8);
    case MicrotaskSource::QueueMicrotask: return Rgb(0xc58af9);
    case MicrotaskSource::ResolveThenable: return Rgb(0xbdc1c6);
    case MicrotaskSource::NextTick: return Rgb(0xff8bcb);
    default: return Rgb(0x9aa0a6);
  }
}

void ApplyTheme(ImGuiStyle& style, float scale) {
  style = ImGuiStyle();
  ImGui::StyleColorsDark(&style);
  auto c = [](uint32_t color) { return ImGui::ColorConvertU32ToFloat4(color); };
  ImVec4* colors = style.Colors;
  colors[ImGuiCol_Text] = c(kText);
  colors[ImGuiCol_TextDisabled] = c(kTextFaint);
  colors[ImGuiCol_WindowBg] = c(kWindowBg);
  colors[ImGuiCol_ChildBg] = c(kPanelBg);
  colors[ImGuiCol_PopupBg] = c(Rgb(0x2d2e31, 0xF8));
  colors[ImGuiCol_Border] = c(kBorder);
  colors[ImGuiCol_FrameBg] = c(Rgb(0x35363a));
  colors[ImGuiCol_FrameBgHovered] = c(Rgb(0x3f4044));
  colors[ImGuiCol_FrameBgActive] = c(Rgb(0x46474b));
  colors[ImGuiCol_TitleBg] = c(kPanelHeaderBg);
  colors[ImGuiCol_TitleBgActive] = c(kPanelHeaderBg);
  colors[ImGuiCol_MenuBarBg] = c(kToolbarBg);
  colors[ImGuiCol_ScrollbarBg] = c(Rgb(0x000000, 0x00));
  colors[ImGuiCol_ScrollbarGrab] = c(Rgb(0x5f6368, 0xA0));
  colors[ImGuiCol_ScrollbarGrabHovered] = c(Rgb(0x80868b));
  colors[ImGuiCol_ScrollbarGrabActive] = c(Rgb(0x9aa0a6));
  colors[ImGuiCol_CheckMark] = c(kAccent);
  colors[ImGuiCol_SliderGrab] = c(kAccent);
  colors[ImGuiCol_SliderGrabActive] = c(kAccentStrong);
  colors[ImGuiCol_Button] = c(Rgb(0x3c4043));
  colors[ImGuiCol_ButtonHovered] = c(Rgb(0x4a4e52));
  colors[ImGuiCol_ButtonActive] = c(Rgb(0x5f6368));
  colors[ImGuiCol_Header] = c(Rgb(0x3c4043));
  colors[ImGuiCol_HeaderHovered] = c(Rgb(0x4a4e52));
  colors[ImGuiCol_HeaderActive] = c(Rgb(0x5f6368));
  colors[ImGuiCol_Separator] = c(kBorder);
  colors[ImGuiCol_TextSelectedBg] = c(Rgb(0x4c8bf5, 0x70));
  colors[ImGuiCol_NavHighlight] = c(kAccent);
  style.WindowPadding = ImVec2(8, 8);
  style.FramePadding = ImVec2(7, 4);
  style.ItemSpacing = ImVec2(7, 5);
  style.ItemInnerSpacing = ImVec2(5, 4);
  style.ScrollbarSize = 11;
  style.GrabMinSize = 10;
  style.WindowRounding = 0;
  style.ChildRounding = 0;
  style.FrameRounding = 4;
  style.PopupRounding = 4;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 4;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameBorderSize = 0;
  style.PopupBorderSize = 1;
  style.ScaleAllSizes(scale);
}

}  // namespace loopscope::ui::theme
