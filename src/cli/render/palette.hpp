#pragma once
// The page formats' colours, in one place: the CSS and the SVG charts use
// these, and a unit test checks each against the page's white for WCAG 2.1
// AA (4.5:1 for text, 3:1 for the marks of a chart). Colour never carries
// meaning alone: bars also differ by pattern, lines by dash, notes by word.

namespace catrack::cli::render::palette {

inline constexpr const char* paper = "#ffffff";
inline constexpr const char* ink = "#1a1a1a";        // text, the target line
inline constexpr const char* muted = "#595959";      // secondary text, the floor line, axes
inline constexpr const char* rule = "#c8c8c8";       // grid lines and borders: decoration only

inline constexpr const char* food = "#1f4e79";       // food calcium: solid dark blue
inline constexpr const char* supplement = "#b34700"; // supplement calcium: orange, hatched
inline constexpr const char* total_only = "#6b6b6b"; // a total without its split: grey, cross-hatched
inline constexpr const char* limit = "#a3001b";      // the UL and the 500 mg line: red, dotted

inline constexpr const char* info = "#1f4e79";
inline constexpr const char* warn = "#8a4500";
inline constexpr const char* alert = "#a3001b";

} // namespace catrack::cli::render::palette
