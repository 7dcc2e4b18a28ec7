#include "ui/Samples.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace loopscope::ui {
namespace {

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

std::filesystem::path ExecutableDir() {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path(".") : exe.parent_path();
}

}  // namespace

SampleInfo DescribeSample(const std::filesystem::path& path, std::string_view source) {
  SampleInfo info;
  info.path = path;
  std::size_t start = 0;
  while (start < source.size()) {
    const auto end = source.find('\n', start);
    std::string_view line = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    const std::string trimmed = Trim(line);
    if (trimmed.rfind("//", 0) != 0) break;  // header comments only
    const std::string body = Trim(std::string_view(trimmed).substr(2));
    if (body.rfind("Title:", 0) == 0) info.title = Trim(std::string_view(body).substr(6));
    if (body.rfind("Watch:", 0) == 0) info.watch = Trim(std::string_view(body).substr(6));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (info.title.empty()) info.title = path.filename().string();
  return info;
}

std::optional<std::string> ReadTextFile(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return std::nullopt;  // a folder reads as "" otherwise
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<SampleInfo> ListSamples(const std::filesystem::path& dir) {
  std::vector<SampleInfo> samples;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".js") continue;
    if (auto text = ReadTextFile(entry.path())) samples.push_back(DescribeSample(entry.path(), *text));
  }
  std::sort(samples.begin(), samples.end(), [](const SampleInfo& a, const SampleInfo& b) { return a.title < b.title; });
  return samples;
}

std::optional<std::filesystem::path> FindSamplesDir() {
  std::vector<std::filesystem::path> candidates;
  if (const char* env = std::getenv("LOOPSCOPE_SAMPLES"); env && *env) candidates.emplace_back(env);
  const auto exe_dir = ExecutableDir();
  candidates.push_back(exe_dir / ".." / "samples");
  candidates.push_back(exe_dir / ".." / ".." / "samples");
#ifdef LOOPSCOPE_SOURCE_DIR
  candidates.push_back(std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "samples");
#endif
  candidates.emplace_back("/usr/share/loopscope/samples");
  for (const auto& dir : candidates) {
    std::error_code error;
    if (std::filesystem::is_directory(dir, error)) return std::filesystem::weakly_canonical(dir, error);
  }
  return std::nullopt;
}

std::optional<std::filesystem::path> DefaultSample(const std::filesystem::path& dir) {
  const auto name = ReadTextFile(dir / "DEFAULT");
  if (!name) return std::nullopt;
  const auto path = dir / Trim(std::string_view(*name).substr(0, name->find('\n')));
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  return path;
}

}  // namespace loopscope::ui
