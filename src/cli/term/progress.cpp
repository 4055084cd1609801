#include "cli/term/progress.hpp"

#include <fmt/format.h>
#include <ostream>

namespace catrack::cli::term {

std::string progress_line(std::size_t done, std::size_t total, std::size_t width, bool unicode) {
  const std::string count = fmt::format("  {}/{} files", done, total);
  const std::size_t cells = width > count.size() + 12 ? std::min<std::size_t>(width - count.size() - 2, 40) : 10;
  const std::size_t filled = total == 0 ? cells : done * cells / total;
  std::string bar = "[";
  for (std::size_t i = 0; i < cells; ++i) bar += i < filled ? (unicode ? "\u2588" : "#") : (unicode ? "\u2591" : ".");
  return bar + "]" + count;
}

Progress::Progress(std::ostream& err, bool enabled, std::size_t total, bool unicode,
                   std::function<Clock::time_point()> now)
    : err_(err), enabled_(enabled && total > 1), total_(total), unicode_(unicode), now_(std::move(now)),
      start_(now_()) {}

void Progress::update(std::size_t done) {
  if (!enabled_) return;
  const auto now = now_();
  // Short batches finish before a bar would help; a redraw per file would
  // cost more than the files.
  if (now - start_ < std::chrono::milliseconds(500) || now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  err_ << "\r" << progress_line(done, total_, 79, unicode_) << std::flush;
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  err_ << "\r\x1b[K" << std::flush;
  shown_ = false;
}

} // namespace catrack::cli::term
