#include "cli/cmd/config.hpp"

#include "catrack/util/date.hpp"
#include "cli/io/io.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::cli::cmd {

using render::Format;
using report::Interval;
using term::ColorMode;
using util::Diagnostic;
using util::fail;

namespace {

util::Result<std::optional<util::Date>> range_date(const std::string& text, const char* flag) {
  if (text.empty()) return std::optional<util::Date>();
  auto parsed = report::parse_range_date(text);
  if (!parsed) return fail({{}, fmt::format("{} {}: {}", flag, text, parsed.error().message)});
  return std::optional<util::Date>(*parsed);
}

ColorMode color_mode(const std::string& name) {
  if (name == "always") return ColorMode::always;
  if (name == "never") return ColorMode::never;
  return ColorMode::automatic;
}

} // namespace

util::Result<ReportConfig> resolve(const args::Report& a, const term::Environment& env) {
  ReportConfig c;
  c.args = a;
  if (!a.format.empty()) c.format = io::parse_format(a.format);
  else if (!a.output.empty()) c.format = io::format_from_extension(a.output).value_or(Format::text);
  if (a.check && render::is_page_format(c.format))
    return fail({{}, fmt::format("-o {}: check writes one line per diary-day as text, json, ndjson, csv or tsv; for "
                                 "a page for the care team, use catrack report",
                                 a.output)});

  const ColorMode color = color_mode(a.color);
  c.err_style = term::Style{term::use_color(color, env.stderr_is_tty, env)};
  render::RenderOptions& r = c.render;
  r.command = a.check ? render::Command::check : render::Command::report;
  r.detail = a.detail;
  if (a.weekly && a.monthly) return fail({{}, "--weekly and --monthly: choose one"});
  r.interval = a.weekly ? Interval::week : a.monthly ? Interval::month : Interval::day;
  const bool to_terminal = a.output.empty() && env.stdout_is_tty;
  r.color = c.format == Format::text &&
            (a.output.empty() ? term::use_color(color, env.stdout_is_tty, env) : color == ColorMode::always);
  r.unicode = to_terminal && env.utf8;
  c.fail_on = rules::parse_severity(a.fail_on).value_or(rules::Severity::warn);

  auto begin = range_date(a.begin, "--begin");
  if (!begin) return fail(begin.error());
  auto end = range_date(a.end, "--end");
  if (!end) return fail(end.error());
  c.range = {*begin, *end};
  if (c.range.begin && c.range.end && !(*c.range.begin < *c.range.end))
    return fail({{}, fmt::format("--begin {} is not before --end {}: the end date is excluded", a.begin, a.end)});
  if (c.range.begin) r.range = "from " + util::format_date(*c.range.begin);
  if (c.range.end) r.range += (r.range.empty() ? "" : " ") + std::string("before ") + util::format_date(*c.range.end);

  c.read = {import::parse_input_format(a.input_format).value_or(import::InputFormat::automatic), a.dv_basis};
  c.progress = !a.quiet && env.stderr_is_tty && !env.dumb_terminal;
  if (stdin_uses(a.files, a) > 1) return fail({{}, "standard input (-) can be read only once"});
  return c;
}

std::size_t stdin_uses(const std::vector<std::string>& diaries, const args::Report& a) {
  const auto is_stdin = [](const std::string& p) { return p == "-"; };
  return static_cast<std::size_t>(std::count_if(diaries.begin(), diaries.end(), is_stdin) +
                                  std::count_if(a.foods.files.begin(), a.foods.files.end(), is_stdin)) +
         (a.files_from == "-" ? 1u : 0u) + (a.profile_file == "-" ? 1u : 0u);
}

} // namespace catrack::cli::cmd
