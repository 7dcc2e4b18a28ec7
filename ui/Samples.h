// Samples.h — the sample browser's catalogue: samples/*.js with the titles from their headers.
//
// A sample starts with comment lines such as
//   // Title: setTimeout(0) vs promises
//   // Watch: the promise callbacks run before the 0 ms timer, …
// `samples/DEFAULT` names the sample the app opens with when no file is given.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::ui {

struct SampleInfo {
  std::filesystem::path path;
  std::string title;  // "// Title:" or, without one, the file name
  std::string watch;  // "// Watch:" hint, may be empty
};

// Reads the header comments of a script's source.
SampleInfo DescribeSample(const std::filesystem::path& path, std::string_view source);
// Every *.js in `dir`, sorted by title.
std::vector<SampleInfo> ListSamples(const std::filesystem::path& dir);
// The first that exists of: $LOOPSCOPE_SAMPLES, <exe dir>/../samples, <exe dir>/../../samples,
// the source tree's samples/ (compiled in), /usr/share/loopscope/samples.
std::optional<std::filesystem::path> FindSamplesDir();
// The file samples/DEFAULT names, if it exists.
std::optional<std::filesystem::path> DefaultSample(const std::filesystem::path& dir);

std::optional<std::string> ReadTextFile(const std::filesystem::path& path);

}  // namespace loopscope::ui
