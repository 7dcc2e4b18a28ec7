// Theme.h — Loopscope's look: a dark, DevTools-like palette, every colour named once.
//
// Colours are ImU32 in ImGui's packing (0xAABBGGRR); use them through these names, never as
// literals in panel code. ApplyTheme sets ImGui's style from them, scaled for the font size.
#pragma once

#include <cstdint>

#include "runtime/trace/Event.h"
#include "ui/timeline/TimelineModel.h"

struct ImGuiStyle;

namespace loopscope::ui::theme {

constexpr uint32_t Rgb(uint32_t rgb, uint32_t alpha = 0xFF) {
  return (alpha << 24) | ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
}

// ---- Surfaces ------------------------------------------------------------------------------------
inline constexpr uint32_t kWindowBg = Rgb(0x202124);
inline constexpr uint32_t kPanelBg = Rgb(0x242528);
inline constexpr uint32_t kPanelHeaderBg = Rgb(0x303134);
inline constexpr uint32_t kToolbarBg = Rgb(0x2b2c2f);
inline constexpr uint32_t kBorder = Rgb(0x3c4043);
inline constexpr uint32_t kSplitter = Rgb(0x3c4043);
inline constexpr uint32_t kSplitterHover = Rgb(0x8ab4f8);
inline constexpr uint32_t kSourceBg = Rgb(0x1e1f22);
inline constexpr uint32_t kGutterBg = Rgb(0x232427);

// ---- Text ----------------------------------------------------------------------------------------
inline constexpr uint32_t kText = Rgb(0xe8eaed);
inline constexpr uint32_t kTextDim = Rgb(0x9aa0a6);
inline constexpr uint32_t kTextFaint = Rgb(0x6b7075);
inline constexpr uint32_t kTextOnBar = Rgb(0x202124);
inline constexpr uint32_t kAccent = Rgb(0x8ab4f8);
inline constexpr uint32_t kAccentDim = Rgb(0x8ab4f8, 0x55);  // a selected toggle button
inline constexpr uint32_t kAccentStrong = Rgb(0x4c8bf5);
inline constexpr uint32_t kError = Rgb(0xf28b82);
inline constexpr uint32_t kErrorBg = Rgb(0x4a2124);
inline constexpr uint32_t kWarn = Rgb(0xfdd663);
inline constexpr uint32_t kWarnBg = Rgb(0x413a1c);
inline constexpr uint32_t kSuccess = Rgb(0x81c995);

// ---- Source --------------------------------------------------------------------------------------
inline constexpr uint32_t kCurrentLineBg = Rgb(0x4c8bf5, 0x44);
inline constexpr uint32_t kCurrentLineMarker = Rgb(0x8ab4f8);
inline constexpr uint32_t kErrorLineBg = Rgb(0xf28b82, 0x30);
inline constexpr uint32_t kLineNumber = Rgb(0x6b7075);
inline constexpr uint32_t kTokenPlain = Rgb(0xe8eaed);
inline constexpr uint32_t kTokenKeyword = Rgb(0xc792ea);
inline constexpr uint32_t kTokenLiteral = Rgb(0xf78c6c);
inline constexpr uint32_t kTokenNumber = Rgb(0xf78c6c);
inline constexpr uint32_t kTokenString = Rgb(0xc3e88d);
inline constexpr uint32_t kTokenComment = Rgb(0x7f848e);
inline constexpr uint32_t kTokenCall = Rgb(0x82aaff);
inline constexpr uint32_t kTokenPunctuation = Rgb(0x89ddff);

// ---- Timeline categories (DevTools Performance panel) --------------------------------------------
inline constexpr uint32_t kScripting = Rgb(0xf2c94c);
inline constexpr uint32_t kScriptingDark = Rgb(0xd9a92c);
inline constexpr uint32_t kRendering = Rgb(0xa98ae6);
inline constexpr uint32_t kPainting = Rgb(0x6fbf73);
inline constexpr uint32_t kSystem = Rgb(0x9e9e9e);
inline constexpr uint32_t kIdle = Rgb(0xdfe3e8, 0x38);
inline constexpr uint32_t kGc = Rgb(0x7d8a96);
inline constexpr uint32_t kTimelineBg = Rgb(0x1b1c1f);
inline constexpr uint32_t kRulerBg = Rgb(0x2b2c2f);
inline constexpr uint32_t kRulerTick = Rgb(0x5f6368);
inline constexpr uint32_t kGridLine = Rgb(0xffffff, 0x0c);
inline constexpr uint32_t kPlaybackCursor = Rgb(0x8ab4f8);
inline constexpr uint32_t kMarkerTimer = Rgb(0xf29900);
inline constexpr uint32_t kMarkerConsole = Rgb(0x9aa0a6);
inline constexpr uint32_t kMarkerError = Rgb(0xf28b82);
inline constexpr uint32_t kMarkerJit = Rgb(0x78d9ec);
inline constexpr uint32_t kMarkerNetwork = Rgb(0x4ecdc4);
inline constexpr uint32_t kMarkerThreadPool = Rgb(0x7fb3d5);  // node: work on libuv's thread pool
// node: libuv's phases (the Loop phases lane), in LoopPhase order.
inline constexpr uint32_t kPhaseColors[] = {Rgb(0xf29900), Rgb(0xb08968), Rgb(0x6c757d),
                                            Rgb(0x4ecdc4), Rgb(0x81c995), Rgb(0xc58af9)};
inline constexpr uint32_t kFutureShade = Rgb(0x000000, 0x60);  // trace beyond the playback cursor

// JavaScript frames: close shades of the Scripting yellow, picked by function id, so that a frame
// and its caller stay distinguishable.
inline constexpr uint32_t kFunctionShades[] = {Rgb(0xf2c94c), Rgb(0xf6d87a), Rgb(0xe9b949), Rgb(0xf3d060)};
inline constexpr uint32_t kMicrotaskSlice = Rgb(0xe0c060);
uint32_t CategoryColor(SliceCategory category);
uint32_t SliceColor(const Slice& slice);

// ---- Queue badges --------------------------------------------------------------------------------
uint32_t TaskBadgeColor(TaskSource source);
uint32_t MicrotaskBadgeColor(MicrotaskSource source);
inline constexpr uint32_t kCardBg = Rgb(0x35363a);
inline constexpr uint32_t kCardBorder = Rgb(0x4a4d51);
inline constexpr uint32_t kCardHighlight = Rgb(0x8ab4f8);
inline constexpr uint32_t kStackFrameBg = Rgb(0x3a3520);
inline constexpr uint32_t kStackFrameTopBg = Rgb(0x5a4d1c);
inline constexpr uint32_t kStackFrameBorder = Rgb(0xf2c94c, 0x90);
inline constexpr uint32_t kStackInternalBg = Rgb(0x2c2d30);  // node: "(node internals)" below the user's frames

// ---- Event Loop diagram --------------------------------------------------------------------------
inline constexpr uint32_t kLoopRing = Rgb(0x3c4043);
inline constexpr uint32_t kLoopStationIdle = Rgb(0x35363a);
inline constexpr uint32_t kLoopStationActive = Rgb(0x8ab4f8);

void ApplyTheme(ImGuiStyle& style, float scale);

}  // namespace loopscope::ui::theme
