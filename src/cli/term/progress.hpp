#pragma once
// A progress bar on standard error for long batches: drawn only on a
// terminal, only once a batch has run for half a second, at most ten times
// a second, and erased before anything else is written there.

#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

namespace catrack::cli::term {

// "[#######.............]  3512/10000 files" in `width` columns.
std::string progress_line(std::size_t done, std::size_t total, std::size_t width, bool unicode);

class Progress {
public:
  using Clock = std::chrono::steady_clock;
  // `now` is the clock: the real one, or a test's.
  Progress(std::ostream& err, bool enabled, std::size_t total, bool unicode,
           std::function<Clock::time_point()> now = Clock::now);
  void update(std::size_t done);
  void clear(); // erases the bar, if one is shown

private:
  std::ostream& err_;
  bool enabled_;
  std::size_t total_;
  bool unicode_;
  std::function<Clock::time_point()> now_;
  bool shown_ = false;
  Clock::time_point start_;
  Clock::time_point last_draw_{};
};

} // namespace catrack::cli::term
