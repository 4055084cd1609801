#pragma once
// Exit statuses (README "Exit status"; spec §5).

namespace catrack::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_input_error = 2;
inline constexpr int exit_internal_error = 3;

} // namespace catrack::cli
