// main.cpp — the loopscope command line.
//
//   loopscope [--clock skip-idle|real] [--model browser|node] [FILE.js]   open the window
//   loopscope run --headless [--model browser|node] [--clock skip-idle|real] [--timeout SECONDS] [--memory-budget MB]
//                 [--click SELECTOR]... [--events FILE] FILE.js [ARGS...]    run without a window; browser: console.log/info/debug
//                                             on stdout, warn/error and uncaught errors on stderr;
//                                             node: stdout, stderr and exit status as `node FILE.js`
//   loopscope shot FILE.js --out OUT.png [--at EVENT_INDEX|end] [--size WxH] [--clock skip-idle|real]
//                  [--model browser|node] [--click SELECTOR]...
//   loopscope --help | --version
#include <cmath>
#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "app/GuiCommands.h"
#include "runtime/core/ScriptHeader.h"
#include "runtime/session/RunSession.h"
#include "runtime/trace/TraceTextWriter.h"
#include "runtime/session/RuntimeInfo.h"

namespace loopscope {
namespace {

// Exit codes of `run --headless`.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitUnreadable = 3;
constexpr int kExitSyntaxError = 4;
constexpr int kExitTimedOut = 5;
constexpr int kExitFatal = 6;
// --timeout's upper bound (a week): beyond it the wall-clock deadline arithmetic would overflow.
constexpr double kMaxTimeoutSeconds = 7 * 24 * 3600;

constexpr const char* kUsage =
    "Loopscope — watch the JavaScript event loop.\n"
    "\n"
    "Usage:\n"
    "  loopscope [--clock skip-idle|real] [--model browser|node] [FILE.js]\n"
    "      Open the window on FILE.js (or on the default sample). --model applies to scripts\n"
    "      whose `// Model:` header names none.\n"
    "  loopscope run --headless [--model browser|node] [--clock skip-idle|real] [--timeout SECONDS]\n"
    "                [--memory-budget MB] [--checkpoint-limit SECONDS] [--click SELECTOR]... [--events FILE]\n"
    "                FILE.js [ARGS...]\n"
    "      Run without a window. The model is --model, else the script's `// Model:` header line,\n"
    "      else browser.\n"
    "      browser (sandboxed): stdout is exactly the script's console.log/info/debug lines;\n"
    "        stderr: console.warn/error, uncaught errors, unhandled rejections.\n"
    "        Exit: 0 ran (even if a task threw), 4 syntax error.\n"
    "      node (the real Node.js runtime, with Node's own powers, like `node FILE.js`): stdout,\n"
    "        stderr and the exit status are Node's own (process.exitCode, process.exit(n), 1 after\n"
    "        an uncaught exception or a syntax error).\n"
    "      --clock skip-idle (default) jumps over idle waits; real really sleeps (browser only).\n"
    "      --timeout stops the script after SECONDS of wall-clock time (exit 5).\n"
    "      --memory-budget MB bounds what the run may allocate besides the V8 heap (array buffers,\n"
    "        WebAssembly memory, queues and timers; default 2048); reaching it stops the run (exit 6).\n"
    "      --checkpoint-limit stops a microtask checkpoint still running after SECONDS (default 1,\n"
    "        0: never) with a message on stderr, and the loop goes on (browser only).\n"
    "      --click SELECTOR clicks the first element matching the CSS selector as a user would (trusted\n"
    "        events in user-interaction tasks) once the page has settled; repeat it for more clicks,\n"
    "        each after the page settled again (browser only).\n"
    "      --events writes the recorded trace as text, one event per line.\n"
    "      Arguments after FILE.js are the node script's own (process.argv).\n"
    "      Exit (both): 2 usage, 3 unreadable file, 5 timed out, 6 stopped by a resource limit.\n"
    "  loopscope shot FILE.js --out OUT.png [--at EVENT_INDEX|end] [--size WxH] [--clock skip-idle|real]\n"
    "                [--model browser|node] [--timeout SECONDS] [--memory-budget MB] [--click SELECTOR]...\n"
    "      Run FILE.js, put playback at the event (default: end), render one frame offscreen\n"
    "      and write it as a PNG. A run still going after --timeout (default 10) is stopped and\n"
    "      the picture shows it as far as it got. --click as for run (the window's Page panel\n"
    "      takes real clicks instead).\n"
    "  loopscope --help | --version\n";

int UsageError(const std::string& message) {
  std::cerr << "loopscope: " << message << "\n(see loopscope --help)\n";
  return kExitUsage;
}

std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  std::error_code status_error;
  if (std::filesystem::is_directory(path, status_error)) {
    *error = "cannot read " + path + ": it is a directory";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::optional<ClockMode> ParseClock(const std::string& text) {
  if (text == "skip-idle") return ClockMode::SkipIdle;
  if (text == "real") return ClockMode::Real;
  return std::nullopt;
}

constexpr const char* kClickUsage = "--click needs a CSS selector (e.g. '.inner')";

const std::string kTimeoutUsage =
    "--timeout needs a positive number of seconds, at most " + std::to_string(static_cast<long>(kMaxTimeoutSeconds));

// --timeout SECONDS: finite, positive, at most kMaxTimeoutSeconds (inf, nan, 1e10 are refused).
std::optional<double> ParseTimeout(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  char* end = nullptr;
  double seconds = std::strtod(text->c_str(), &end);
  if (end == text->c_str() || *end != '\0' || !(seconds > 0) || !std::isfinite(seconds) || seconds > kMaxTimeoutSeconds) {
    return std::nullopt;
  }
  return seconds;
}

const std::string kCheckpointLimitUsage =
    "--checkpoint-limit needs a number of seconds (0: no limit), at most " + std::to_string(static_cast<long>(kMaxTimeoutSeconds));

// --checkpoint-limit SECONDS: 0 (no limit) or a --timeout-like value.
std::optional<double> ParseCheckpointLimit(const std::optional<std::string>& text) {
  if (text && *text == "0") return 0.0;
  return ParseTimeout(text);
}

constexpr unsigned long long kMinMemoryBudgetMb = 64;
constexpr unsigned long long kMaxMemoryBudgetMb = 1ull << 20;  // 1 TiB
const std::string kMemoryBudgetUsage = "--memory-budget needs a whole number of megabytes, from " +
                                       std::to_string(kMinMemoryBudgetMb) + " to " + std::to_string(kMaxMemoryBudgetMb);

// --memory-budget MB, in bytes.
std::optional<std::size_t> ParseMemoryBudget(const std::optional<std::string>& text) {
  if (!text || text->empty() || !std::isdigit(static_cast<unsigned char>((*text)[0]))) return std::nullopt;
  char* end = nullptr;
  unsigned long long megabytes = std::strtoull(text->c_str(), &end, 10);
  if (*end != '\0' || megabytes < kMinMemoryBudgetMb || megabytes > kMaxMemoryBudgetMb) return std::nullopt;
  return static_cast<std::size_t>(megabytes) << 20;
}

std::optional<LoopModel> ParseModel(const std::string& text) {
  if (text == "browser") return LoopModel::Browser;
  if (text == "node") return LoopModel::Node;
  return std::nullopt;
}

int RunHeadless(const std::vector<std::string>& args) {
  std::string error_text;
  RunOptions options;
  std::optional<LoopModel> chosen_model;
  std::optional<std::string> events_path;
  std::optional<std::string> script_path;
  bool headless = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&]() -> std::optional<std::string> {  // the option's argument
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (arg == "--headless") {
      headless = true;
    } else if (arg == "--model") {
      auto model = value();
      if (!model) return UsageError("--model needs a value");
      chosen_model = ParseModel(*model);
      if (!chosen_model) return UsageError("unknown --model '" + *model + "' (available: browser, node)");
    } else if (arg == "--clock") {
      auto text = value();
      auto clock = text ? ParseClock(*text) : std::nullopt;
      if (!clock) return UsageError("--clock must be skip-idle or real");
      options.clock = *clock;
    } else if (arg == "--timeout") {
      auto seconds = ParseTimeout(value());
      if (!seconds) return UsageError(kTimeoutUsage);
      options.timeout_seconds = *seconds;
    } else if (arg == "--memory-budget") {
      auto bytes = ParseMemoryBudget(value());
      if (!bytes) return UsageError(kMemoryBudgetUsage);
      options.memory_budget_bytes = *bytes;
    } else if (arg == "--checkpoint-limit") {
      auto seconds = ParseCheckpointLimit(value());
      if (!seconds) return UsageError(kCheckpointLimitUsage);
      options.checkpoint_limit_seconds = *seconds;
    } else if (arg == "--click") {
      auto selector = value();
      if (!selector || selector->empty()) return UsageError(kClickUsage);
      options.input_clicks.push_back(*selector);
    } else if (arg == "--events") {
      events_path = value();
      if (!events_path) return UsageError("--events needs a file name");
    } else if (script_path) {
      options.script_arguments.push_back(arg);  // after the script: the script's own (process.argv)
    } else if (!arg.empty() && arg[0] == '-') {
      return UsageError("unknown option '" + arg + "'");
    } else {
      script_path = arg;
    }
  }
  if (!options.script_arguments.empty() && chosen_model != LoopModel::Node &&
      ModelDeclaredIn(ReadFile(*script_path, &error_text).value_or("")) != LoopModel::Node) {
    return UsageError("arguments after the script are for node scripts (--model node) only");
  }
  if (!headless) return UsageError("run needs --headless (the window is `loopscope FILE.js`)");
  if (!script_path) return UsageError("run needs a script file");

  std::string error;
  std::optional<std::string> source = ReadFile(*script_path, &error);
  if (!source) {
    std::cerr << "loopscope: " << error << "\n";
    return kExitUnreadable;
  }
  options.script_name = BaseName(*script_path);
  options.script_path = *script_path;
  options.model = chosen_model.value_or(ModelDeclaredIn(*source).value_or(LoopModel::Browser));
  options.source = std::move(*source);
  if (options.model == LoopModel::Browser) {
    // Node writes its own stdout and stderr; the browser model's console comes through here.
    options.console_sink = [](ConsoleLevel level, std::string_view text) {
      std::FILE* stream = IsStdoutLevel(level) ? stdout : stderr;
      std::fwrite(text.data(), 1, text.size(), stream);
      std::fputc('\n', stream);
    };
  }
  const LoopModel model = options.model;

  RunSession session(std::move(options));
  session.Start();
  RunOutcome outcome = session.Wait();
  std::fflush(stdout);

  if (events_path) {
    std::ofstream events(*events_path);
    if (!events) {
      std::cerr << "loopscope: cannot write " << *events_path << ": " << std::strerror(errno) << "\n";
    } else {
      WriteTraceText(*session.GetTrace(), events);
    }
  }
  switch (outcome.reason) {
    case RunEndReason::Completed: return model == LoopModel::Node ? outcome.exit_code : kExitOk;
    case RunEndReason::Stopped: return model == LoopModel::Node ? outcome.exit_code : kExitOk;
    case RunEndReason::SyntaxError:
      std::cerr << BaseName(*script_path) << ": " << outcome.message << "\n";
      return kExitSyntaxError;
    case RunEndReason::TimedOut: std::cerr << "loopscope: timed out: " << outcome.message << "\n"; return kExitTimedOut;
    case RunEndReason::Fatal: std::cerr << "loopscope: " << outcome.message << "\n"; return kExitFatal;
  }
  return kExitOk;
}

std::optional<std::pair<int, int>> ParseSize(const std::string& text) {
  int width = 0;
  int height = 0;
  char x = 0;
  std::istringstream in(text);
  if (!(in >> width >> x >> height) || x != 'x' || width < 320 || height < 240 || width > 8192 || height > 8192) {
    return std::nullopt;
  }
  return std::make_pair(width, height);
}

int RunShot(const std::vector<std::string>& args) {
  ShotOptions options;
  bool have_out = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool has_value = i + 1 < args.size();
    if (arg == "--out" && has_value) {
      options.out_png_path = args[++i];
      have_out = true;
    } else if (arg == "--at" && has_value) {
      std::string at = args[++i];
      if (at != "end") {
        char* end = nullptr;
        unsigned long long index = std::strtoull(at.c_str(), &end, 10);
        if (end == at.c_str() || *end != '\0') return UsageError("--at needs an event index or 'end'");
        options.at_event_index = index;
      }
    } else if (arg == "--size" && has_value) {
      auto size = ParseSize(args[++i]);
      if (!size) return UsageError("--size must be WxH, from 320x240 to 8192x8192");
      options.width = size->first;
      options.height = size->second;
    } else if (arg == "--clock" && has_value) {
      auto clock = ParseClock(args[++i]);
      if (!clock) return UsageError("--clock must be skip-idle or real");
      options.clock = *clock;
    } else if (arg == "--model" && has_value) {
      auto model = ParseModel(args[++i]);
      if (!model) return UsageError("--model must be browser or node");
      options.model = *model;
    } else if (arg == "--timeout") {
      auto seconds = ParseTimeout(has_value ? std::optional<std::string>(args[++i]) : std::nullopt);
      if (!seconds) return UsageError(kTimeoutUsage);
      options.run_timeout_seconds = *seconds;
    } else if (arg == "--memory-budget") {
      auto bytes = ParseMemoryBudget(has_value ? std::optional<std::string>(args[++i]) : std::nullopt);
      if (!bytes) return UsageError(kMemoryBudgetUsage);
      options.memory_budget_bytes = *bytes;
    } else if (arg == "--click") {
      if (!has_value || args[i + 1].empty()) return UsageError(kClickUsage);
      options.input_clicks.push_back(args[++i]);
    } else if (!arg.empty() && arg[0] == '-') {
      return UsageError("unknown or incomplete option '" + arg + "'");
    } else if (options.script_path.empty()) {
      options.script_path = arg;
    } else {
      return UsageError("only one script at a time");
    }
  }
  if (options.script_path.empty()) return UsageError("shot needs a script file");
  if (!have_out) return UsageError("shot needs --out OUT.png");
  return RunShotCommand(options);
}

}  // namespace
}  // namespace loopscope

int main(int argc, char** argv) {
  using namespace loopscope;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << kUsage;
    return kExitOk;
  }
  if (!args.empty() && args[0] == "--version") {
    std::cout << "loopscope " << LOOPSCOPE_VERSION << " (V8 " << V8Version() << ", Node.js " << NodeVersion() << ")\n";
    return kExitOk;
  }
  if (!args.empty() && args[0] == "run") return RunHeadless({args.begin() + 1, args.end()});
  if (std::getenv("LOOPSCOPE_AS_NODE") != nullptr && !args.empty() && args[0] != "shot") {
    // Started by a node-model script as its `node` (child_process.fork uses process.execPath).
    std::vector<std::string> as_node = {"--headless", "--model", "node"};
    as_node.insert(as_node.end(), args.begin(), args.end());
    return RunHeadless(as_node);
  }
  if (!args.empty() && args[0] == "shot") return RunShot({args.begin() + 1, args.end()});
  WindowedAppOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--clock" && i + 1 < args.size()) {
      auto clock = ParseClock(args[++i]);
      if (!clock) return UsageError("--clock must be skip-idle or real");
      options.clock = *clock;
      continue;
    }
    if (arg == "--model" && i + 1 < args.size()) {
      auto model = ParseModel(args[++i]);
      if (!model) return UsageError("--model must be browser or node");
      options.model = *model;
      continue;
    }
    if (!arg.empty() && arg[0] == '-') return UsageError("unknown option '" + arg + "'");
    if (options.script_path) return UsageError("only one script at a time");
    options.script_path = arg;
  }
  return RunWindowedApp(options);
}
