#include "cli/io/paths.hpp"

#include <algorithm>
#include <filesystem>
#include <glob.h>
#include <istream>

namespace catrack::cli::io {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name.front() == '.' && name != "..";
}

void add_directory(const std::string& dir, std::vector<std::string>& out) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    if (hidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (entry.path().extension() == ".toml" && entry.is_regular_file(ec)) found.push_back(entry.path().string());
  }
  std::sort(found.begin(), found.end());
  // A folder with no diary stays in the list, so that it is reported rather
  // than checked as a silent success.
  if (found.empty()) out.push_back(dir);
  out.insert(out.end(), found.begin(), found.end());
}

bool has_wildcard(const std::string& path) { return path.find_first_of("*?[") != std::string::npos; }

std::vector<std::string> glob_matches(const std::string& pattern) {
  std::vector<std::string> matches;
  glob_t result{};
  if (::glob(pattern.c_str(), 0, nullptr, &result) == 0)
    for (std::size_t i = 0; i < result.gl_pathc; ++i) matches.emplace_back(result.gl_pathv[i]);
  ::globfree(&result);
  return matches; // glob sorts them
}

void add_path(const std::string& path, std::vector<std::string>& out) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) add_directory(path, out);
  else out.push_back(path);
}

} // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const auto& arg : args) {
    std::error_code ec;
    if (arg != "-" && has_wildcard(arg) && !fs::exists(arg, ec)) {
      const auto matches = glob_matches(arg);
      if (matches.empty()) out.push_back(arg); // reported as a missing file, in its place
      for (const auto& m : matches) add_path(m, out);
      continue;
    }
    add_path(arg, out);
  }
  return out;
}

std::vector<std::string> read_path_list(std::istream& list) {
  std::vector<std::string> paths;
  std::string line;
  while (std::getline(list, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths.push_back(line);
  }
  return paths;
}

} // namespace catrack::cli::io
