#pragma once
// What the terminal can show, decided once from flags and the environment.

#include <string>
#include <string_view>

namespace catrack::cli::term {

enum class ColorMode { automatic, always, never };

struct Environment {
  bool stdout_is_tty = false;
  bool stderr_is_tty = false;
  bool no_color = false;  // NO_COLOR set and not empty
  bool utf8 = false;      // LC_ALL / LC_CTYPE / LANG name UTF-8
  bool dumb_terminal = false;
  std::string config_dir; // $XDG_CONFIG_HOME, else $HOME/.config; empty if neither
};

Environment read_environment();

bool use_color(ColorMode mode, bool is_tty, const Environment& env);

// Control characters from a diary never reach a terminal raw.
std::string printable(std::string_view text);

// ANSI style, or nothing when colour is off.
struct Style {
  bool on = false;
  std::string paint(std::string_view text, std::string_view code) const;
};

} // namespace catrack::cli::term
