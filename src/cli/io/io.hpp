#pragma once
// What every command shares: reading input files, writing output (to
// standard output or atomically to -o FILE), printing located errors.

#include "catrack/util/diagnostic.hpp"
#include "catrack/util/result.hpp"
#include "cli/render/render.hpp"
#include "cli/term/terminal.hpp"

#include <chrono>
#include <fstream>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>

namespace catrack::cli::io {

// Larger files are refused before reading: a diary of years is a few MB.
inline constexpr std::uintmax_t max_file_bytes = 256u * 1024 * 1024;

struct Input {
  std::string name; // as messages show it
  std::string text;
};

// The file's text, or why it cannot be read (an error about the whole file,
// its where.file the name as shown). "-" is standard input, shown as <stdin>.
util::Result<Input> read_input(const std::string& path, std::istream& in);

// The name a path is shown by: <stdin> for "-".
std::string shown_name(const std::string& path);

// Where output goes: standard output, or a temporary file renamed over
// -o FILE when everything was written, so a failed run leaves no half file.
//
// Standard output is written in blocks, not a write per result: in a batch
// of small files that was a tenth of the time. A result still reaches a
// reader soon: on a terminal after every write; otherwise once 64 KiB wait,
// at the first write 0.1 s after the last block went out, when the batch
// waits for a slow file (flush), and at the end.
class Sink {
public:
  using Clock = std::chrono::steady_clock;
  // `now` is the clock: the real one, or a test's.
  Sink(std::ostream& out, const std::string& path, bool interactive = false,
       std::function<Clock::time_point()> now = Clock::now);
  bool ok() const;
  void write(const std::string& text);
  void flush(); // what waits goes out now
  bool good() const; // nothing failed so far
  bool commit();
  void abandon();

private:
  std::ostream& out_;
  std::string path_;
  std::string temp_;
  std::ofstream file_;
  bool interactive_;
  std::function<Clock::time_point()> now_;
  std::string waiting_;
  Clock::time_point last_flush_;
};

std::optional<render::Format> format_from_extension(const std::string& path);
render::Format parse_format(const std::string& name);

// "catrack: error: MESSAGE" and a pointer to --help; returns exit status 2.
int usage_error(std::ostream& err, const std::string& message);

// Each error with its source line, when `sources` has the file's text.
void print_errors(std::ostream& err, const util::Diagnostics& errors, const std::map<std::string, std::string>& sources,
                  const term::Style& style);

} // namespace catrack::cli::io
