#include "cli/term/terminal.hpp"

#include <cstdlib>
#include <fmt/format.h>
#include <unistd.h>

namespace catrack::cli::term {

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

bool names_utf8(const std::string& locale) {
  return locale.find("UTF-8") != std::string::npos || locale.find("utf8") != std::string::npos ||
         locale.find("utf-8") != std::string::npos || locale.find("UTF8") != std::string::npos;
}

} // namespace

Environment read_environment() {
  Environment e;
  e.stdout_is_tty = isatty(STDOUT_FILENO) == 1;
  e.stderr_is_tty = isatty(STDERR_FILENO) == 1;
  e.no_color = !env("NO_COLOR").empty();
  e.dumb_terminal = env("TERM") == "dumb";
  e.config_dir = env("XDG_CONFIG_HOME");
  if (e.config_dir.empty() && !env("HOME").empty()) e.config_dir = env("HOME") + "/.config";
  // The first of these that is set decides, as in POSIX locale lookup.
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const std::string v = env(name);
    if (!v.empty()) {
      e.utf8 = names_utf8(v);
      break;
    }
  }
  return e;
}

bool use_color(ColorMode mode, bool is_tty, const Environment& env) {
  switch (mode) {
  case ColorMode::always: return true;
  case ColorMode::never: return false;
  case ColorMode::automatic: return is_tty && !env.no_color && !env.dumb_terminal;
  }
  return false;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) out += fmt::format("\\x{:02x}", u);
    else out += c;
  }
  return out;
}

std::string Style::paint(std::string_view text, std::string_view code) const {
  if (!on) return std::string(text);
  return fmt::format("\033[{}m{}\033[0m", code, text);
}

} // namespace catrack::cli::term
