#pragma once
// Diary -> catrack TOML (docs/FORMAT.md), for `catrack import`. What it
// writes reads back with read_diary() to the same profile, days, entries and
// totals.
//
// It writes `version`, `[profile]` and the days. A diary's own `[foods]` are
// not written (an import has none): do not pass a diary that has some, as
// the entries that use them would then find other foods, or none.

#include "catrack/diary/diary.hpp"

#include <string>

namespace catrack::diary {

std::string write_diary_toml(const Diary& diary);

} // namespace catrack::diary
