#pragma once
// What a run needs, worked out from the command line and the environment
// before anything is read: formats, colours, the period, the exit threshold.
// Pure (no file is opened), so every rule about options is unit-tested here;
// the command then only runs.

#include "catrack/import/export_reader.hpp"
#include "catrack/report/period.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/util/result.hpp"
#include "cli/args/args.hpp"
#include "cli/render/render.hpp"
#include "cli/term/terminal.hpp"

#include <string>
#include <vector>

namespace catrack::cli::cmd {

struct ReportConfig {
  args::Report args;            // as given: files, --files-from, -o, --profile, --foods, -j, -q, --merge
  render::Format format = render::Format::text;
  render::RenderOptions render; // colours, chart characters, detail, interval, the range as words
  term::Style err_style;        // standard error: colour or not
  report::DateRange range;
  rules::Severity fail_on = rules::Severity::warn;
  import::ReadOptions read;
  bool progress = false;        // a progress bar on standard error
};

// A usage error is a Diagnostic without a place: its message is what the
// user typed wrong.
util::Result<ReportConfig> resolve(const args::Report& args, const term::Environment& env);

// How many of a run's inputs are standard input ("-"): the diaries, the
// --files-from list, --profile and --foods. More than one cannot be read.
std::size_t stdin_uses(const std::vector<std::string>& diaries, const args::Report& args);

} // namespace catrack::cli::cmd
