#pragma once
// Errors as a compiler prints them:
//   diary.toml:12:5: error: unknown food "kael"
//      12 |   "kael 1 cup",
//         |    ^
//     did you mean: kale, raw, kale, cooked or collards, cooked?

#include "catrack/util/diagnostic.hpp"
#include "cli/term/terminal.hpp"

#include <string>
#include <string_view>

namespace catrack::cli::term {

// `source` is the whole text of the diagnostic's file, or empty when the
// file could not be read. `label` is "error", or "warning" for a notice that
// stops nothing (DiaryRead::warnings).
std::string format_diagnostic(const util::Diagnostic& d, std::string_view source, const Style& style,
                              std::string_view label = "error");

} // namespace catrack::cli::term
