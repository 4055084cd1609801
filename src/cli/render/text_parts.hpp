#pragma once
// What the text report and the text check share: line wrapping, period
// labels, the colour of a severity. Not a public header.

#include "catrack/diary/profile.hpp"
#include "catrack/report/period.hpp"
#include "catrack/rules/rules.hpp"
#include "cli/render/render.hpp"

#include <string>

namespace catrack::cli::render {

// Text output fits 80 columns.
inline constexpr std::size_t width = 80;

// A week by its Monday (2026-11-16), a month by itself (2026-11).
std::string period_label(const report::Period& p);

// Greedy word wrap to `width`; continuation lines get `indent` spaces.
std::string wrap(const std::string& text, std::size_t first_column, std::size_t indent);

// The profile in a few words: "female, 58 y, calcinosis", as written (not
// yet made printable or escaped).
std::string profile_words(const diary::Profile& profile);

// The ANSI colour of a note's severity.
const char* severity_color(rules::Severity s);

// The text check: one line per diary-day, for a person scanning a batch.
std::unique_ptr<Renderer> make_check_text_renderer(const RenderOptions& options);

} // namespace catrack::cli::render
