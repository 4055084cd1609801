#include "cli/io.hpp"

#include "cli/app.hpp"
#include "cli/diagnostics.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <sstream>

namespace catrack::cli {

namespace fs = std::filesystem;

namespace {

// The input, with an error about the whole file.
Input failed(Input input, std::string message, std::vector<std::string> hints = {}) {
  input.error.emplace(Location{input.name, 0, 0}, std::move(message), std::move(hints));
  return input;
}

} // namespace

Input read_input(const std::string& path, std::istream& in) {
  Input input;
  input.name = path == "-" ? "<stdin>" : path;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    input.text = buffer.str();
    return input;
  }
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    // A pattern the shell passed on (quoted, or matching nothing) was tried
    // by expand_inputs.
    const bool pattern = path.find_first_of("*?[") != std::string::npos;
    return failed(std::move(input), pattern ? "cannot read: no file matches this pattern" : "cannot read: no such file");
  }
  if (fs::is_directory(status)) {
    return failed(std::move(input), "cannot read: it is a folder with no *.toml diary in it",
                  {"a folder is read for the *.toml files in it and below; name other files one by one"});
  }
  // A named pipe with no writer would block for ever; process substitution
  // (/dev/fd/N) is a pipe too, and is fine.
  const bool process_substitution = path.rfind("/dev/fd/", 0) == 0 || path.rfind("/proc/self/fd/", 0) == 0;
  if (fs::is_fifo(status) && !process_substitution) {
    return failed(std::move(input), "cannot read: it is a named pipe (FIFO)",
                  {"give a regular file, or pipe it into - for standard input"});
  }
  if (!fs::is_regular_file(status) && !fs::is_fifo(status) && !fs::is_character_file(status)) {
    return failed(std::move(input), "cannot read: it is not a regular file");
  }
  std::uintmax_t size = 0;
  if (fs::is_regular_file(status)) {
    size = fs::file_size(path, ec);
    if (ec) size = 0;
    if (size > max_file_bytes) {
      return failed(std::move(input), fmt::format("cannot read: {} MB is larger than the {} MB limit for one diary",
                                           size / (1024 * 1024), max_file_bytes / (1024 * 1024)),
                    {"split the diary into one file per month or year"});
    }
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return failed(std::move(input), fmt::format("cannot read: {}", std::strerror(errno)));
  }
  // One read into a string of the file's size; a pipe or device is read to its end.
  if (fs::is_regular_file(status)) {
    input.text.resize(static_cast<std::size_t>(size));
    file.read(input.text.data(), static_cast<std::streamsize>(input.text.size()));
    input.text.resize(static_cast<std::size_t>(file.gcount()));
    if (file.gcount() == static_cast<std::streamsize>(size) && file.peek() == std::char_traits<char>::eof()) return input;
    file.clear();
  }
  std::ostringstream rest;
  rest << file.rdbuf();
  input.text += rest.str();
  return input;
}

Sink::Sink(std::ostream& out, const std::string& path) : out_(out), path_(path) {
  if (!path_.empty()) {
    temp_ = path_ + ".catrack-tmp";
    file_.open(temp_, std::ios::binary | std::ios::trunc);
  }
}

bool Sink::ok() const { return path_.empty() || static_cast<bool>(file_); }

void Sink::write(const std::string& text) {
  if (path_.empty()) out_ << text << std::flush;
  else file_ << text;
}

bool Sink::good() const { return path_.empty() ? static_cast<bool>(out_) : static_cast<bool>(file_); }

bool Sink::commit() {
  if (path_.empty()) return static_cast<bool>(out_);
  file_.close();
  if (!file_) return false;
  std::error_code ec;
  fs::rename(temp_, path_, ec);
  return !ec;
}

void Sink::abandon() {
  if (path_.empty()) return;
  file_.close();
  std::error_code ec;
  fs::remove(temp_, ec);
}

std::optional<Format> format_from_extension(const std::string& path) {
  const auto ext = fs::path(path).extension().string();
  if (ext == ".json") return Format::json;
  if (ext == ".ndjson" || ext == ".jsonl") return Format::ndjson;
  if (ext == ".csv") return Format::csv;
  if (ext == ".tsv") return Format::tsv;
  return std::nullopt;
}

Format parse_format(const std::string& name) {
  if (name == "json") return Format::json;
  if (name == "ndjson") return Format::ndjson;
  if (name == "csv") return Format::csv;
  if (name == "tsv") return Format::tsv;
  return Format::text;
}

int usage_error(std::ostream& err, const std::string& message) {
  err << "catrack: error: " << message << "\n";
  err << "Try 'catrack --help' for usage.\n";
  return exit_input_error;
}

void print_errors(std::ostream& err, const Diagnostics& errors, const std::map<std::string, std::string>& sources,
                  const Style& style) {
  for (const auto& d : errors) {
    auto it = sources.find(d.where.file);
    err << format_diagnostic(d, it == sources.end() ? std::string_view{} : std::string_view(it->second), style);
  }
}

} // namespace catrack::cli
