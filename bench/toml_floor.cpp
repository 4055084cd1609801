// toml_floor FILE|DIR...: the benchmark's floor (docs/PERFORMANCE.md).
//
// For each diary (directories are searched for *.toml, in sorted order) it
// reads the file, parses it with toml++ and walks every node, then prints one
// checksum line. That is the least any tool that reads these diaries must do;
// catrack is measured against it. One thread, one file at a time, the table
// freed before the next file, as a plain program would.

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Tally {
  double numbers = 0;      // sum of every integer and float
  std::size_t strings = 0; // count of strings
  std::size_t text = 0;    // their total length, so that the bytes are touched
  std::size_t dates = 0;   // dates, times and date-times
  std::size_t other = 0;   // booleans
};

void walk(const toml::node& node, Tally& tally) {
  node.visit([&](auto&& value) {
    using T = std::remove_cvref_t<decltype(value)>;
    if constexpr (std::is_same_v<T, toml::table>) {
      for (auto&& [key, child] : value) walk(child, tally);
    } else if constexpr (std::is_same_v<T, toml::array>) {
      for (auto&& child : value) walk(child, tally);
    } else if constexpr (std::is_same_v<T, toml::value<std::string>>) {
      ++tally.strings;
      tally.text += value.get().size();
    } else if constexpr (std::is_same_v<T, toml::value<int64_t>> || std::is_same_v<T, toml::value<double>>) {
      tally.numbers += static_cast<double>(value.get());
    } else if constexpr (std::is_same_v<T, toml::value<bool>>) {
      ++tally.other;
    } else {
      ++tally.dates;
    }
  });
}

std::vector<fs::path> diary_files(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path path = argv[i];
    if (!fs::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& entry : fs::recursive_directory_iterator(path))
      if (entry.is_regular_file() && entry.path().extension() == ".toml") found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

} // namespace

int main(int argc, char** argv) {
  int status = 0;
  for (const auto& path : diary_files(argc, argv)) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "%s: cannot read\n", path.c_str());
      status = 1;
      continue;
    }
    std::ostringstream buffer;
    buffer << file.rdbuf();
    const std::string text = buffer.str();
    try {
      const toml::table table = toml::parse(text, path.string());
      Tally tally;
      walk(table, tally);
      std::printf("%s %.2f %zu %zu %zu %zu\n", path.c_str(), tally.numbers, tally.strings, tally.text, tally.dates,
                  tally.other);
    } catch (const toml::parse_error& error) {
      std::fprintf(stderr, "%s: %s\n", path.c_str(), std::string(error.description()).c_str());
      status = 1;
    }
  }
  return status;
}
