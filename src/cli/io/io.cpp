#include "cli/io/io.hpp"

#include "cli/app.hpp"
#include "cli/term/diagnostics.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <sstream>

namespace catrack::cli::io {

using cli::exit_input_error;
using render::Format;
using term::Style;
using term::format_diagnostic;
using util::Diagnostic;
using util::Diagnostics;
using util::Location;

namespace fs = std::filesystem;

namespace {

// Closes the file however read_input returns.
struct FileDescriptor {
  int fd;
  explicit FileDescriptor(int opened) : fd(opened) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() { ::close(fd); }
};

// The input, with an error about the whole file.
tl::unexpected<Diagnostic> failed(const Input& input, std::string message, std::vector<std::string> hints = {}) {
  return util::fail({Location{input.name, 0, 0}, std::move(message), std::move(hints)});
}

} // namespace

std::string shown_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

util::Result<Input> read_input(const std::string& path, std::istream& in) {
  Input input;
  input.name = shown_name(path);
  if (path == "-") {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    input.text = buffer.str();
    return input;
  }
  // open, fstat, read, close: as few system calls per file as the bare
  // parse of the benchmark makes (docs/PERFORMANCE.md). Opened without
  // blocking, so that a named pipe with no writer is refused, not waited on.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno != ENOENT && errno != ENOTDIR) return failed(input, fmt::format("cannot read: {}", std::strerror(errno)));
    // A pattern the shell passed on (quoted, or matching nothing) was tried
    // by expand_inputs.
    const bool pattern = path.find_first_of("*?[") != std::string::npos;
    return failed(input, pattern ? "cannot read: no file matches this pattern" : "cannot read: no such file");
  }
  const FileDescriptor closer{fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0) return failed(input, fmt::format("cannot read: {}", std::strerror(errno)));
  if (S_ISDIR(status.st_mode)) {
    return failed(input, "cannot read: it is a folder with no *.toml diary in it",
                  {"a folder is read for the *.toml files in it and below; name other files one by one"});
  }
  // Process substitution (/dev/fd/N) is a pipe too, and is fine.
  const bool process_substitution = path.rfind("/dev/fd/", 0) == 0 || path.rfind("/proc/self/fd/", 0) == 0;
  if (S_ISFIFO(status.st_mode) && !process_substitution) {
    return failed(input, "cannot read: it is a named pipe (FIFO)",
                  {"give a regular file, or pipe it into - for standard input"});
  }
  if (!S_ISREG(status.st_mode) && !S_ISFIFO(status.st_mode) && !S_ISCHR(status.st_mode)) {
    return failed(input, "cannot read: it is not a regular file");
  }
  const auto size = static_cast<std::uintmax_t>(status.st_size);
  if (S_ISREG(status.st_mode) && size > max_file_bytes) {
    return failed(input, fmt::format("cannot read: {} MB is larger than the {} MB limit for one diary",
                                                size / (1024 * 1024), max_file_bytes / (1024 * 1024)),
                  {"split the diary into one file per month or year"});
  }
  if (!S_ISREG(status.st_mode)) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  // A regular file in one read of one byte more than its size: a read of a
  // regular file is short only at its end, so that says it has not grown.
  // A pipe or device is read to its end.
  std::size_t have = 0;
  input.text.resize(S_ISREG(status.st_mode) ? static_cast<std::size_t>(size) + 1 : 64 * 1024);
  for (;;) {
    const ::ssize_t got = ::read(fd, input.text.data() + have, input.text.size() - have);
    if (got < 0) {
      if (errno == EINTR) continue;
      return failed(input, fmt::format("cannot read: {}", std::strerror(errno)));
    }
    have += static_cast<std::size_t>(got);
    if (got == 0 || (S_ISREG(status.st_mode) && have < input.text.size())) break;
    if (have > max_file_bytes) {
      return failed(input, fmt::format("cannot read: it is larger than the {} MB limit for one diary",
                                                  max_file_bytes / (1024 * 1024)),
                    {"split the diary into one file per month or year"});
    }
    if (have == input.text.size()) input.text.resize(input.text.size() * 2);
  }
  input.text.resize(have);
  return input;
}

Sink::Sink(std::ostream& out, const std::string& path, bool interactive, std::function<Clock::time_point()> now)
    : out_(out), path_(path), interactive_(interactive), now_(std::move(now)), last_flush_(now_()) {
  if (!path_.empty()) {
    temp_ = path_ + ".catrack-tmp";
    file_.open(temp_, std::ios::binary | std::ios::trunc);
  }
}

bool Sink::ok() const { return path_.empty() || static_cast<bool>(file_); }

void Sink::write(const std::string& text) {
  if (!path_.empty()) {
    file_ << text;
    return;
  }
  waiting_ += text;
  constexpr std::size_t block = 64 * 1024;
  if (interactive_ || waiting_.size() >= block || now_() - last_flush_ >= std::chrono::milliseconds(100)) flush();
}

void Sink::flush() {
  if (!path_.empty() || waiting_.empty()) return;
  out_.write(waiting_.data(), static_cast<std::streamsize>(waiting_.size()));
  out_.flush();
  waiting_.clear();
  last_flush_ = now_();
}

bool Sink::good() const { return path_.empty() ? static_cast<bool>(out_) : static_cast<bool>(file_); }

bool Sink::commit() {
  flush();
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
  if (ext == ".html" || ext == ".htm") return Format::html;
  if (ext == ".md" || ext == ".markdown") return Format::md;
  return std::nullopt;
}

Format parse_format(const std::string& name) {
  if (name == "json") return Format::json;
  if (name == "ndjson") return Format::ndjson;
  if (name == "csv") return Format::csv;
  if (name == "tsv") return Format::tsv;
  if (name == "html") return Format::html;
  if (name == "md") return Format::md;
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

} // namespace catrack::cli::io
