#pragma once
// A progress bar on standard error for long batches: drawn only on a
// terminal, only once a batch has run for half a second, at most ten times
// a second, and erased before anything else is written there.

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace catrack::cli {

// "[#######.............]  3512/10000 files" in `width` columns.
std::string progress_line(std::size_t done, std::size_t total, std::size_t width, bool unicode);

class Progress {
public:
  Progress(std::ostream& err, bool enabled, std::size_t total, bool unicode);
  void update(std::size_t done);
  void clear(); // erases the bar, if one is shown

private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  bool enabled_;
  std::size_t total_;
  bool unicode_;
  bool shown_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
};

} // namespace catrack::cli
