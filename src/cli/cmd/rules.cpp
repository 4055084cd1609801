// catrack rules [CODE]: what each note means, when it fires, and its source.

#include "cli/cmd/commands.hpp"

#include "catrack/rules/rules.hpp"
#include "catrack/util/text.hpp"
#include "cli/exit.hpp"
#include "cli/io/io.hpp"
#include "cli/render/records.hpp"

#include <fmt/format.h>
#include <iostream>

namespace catrack::cli::cmd {

using render::Fields;
using rules::Rule;
using rules::Scope;
using rules::severity_name;

namespace {

std::string rule_text(const Rule& r) {
  return fmt::format("{} ({})\n  when:      {}\n  threshold: {}\n  why:       {}\n  source:    {}\n", r.code,
                     severity_name(r.severity), r.when, r.threshold, r.why, r.source);
}

std::string list_text(const std::vector<const Rule*>& chosen) {
  if (chosen.size() == 1) return rule_text(*chosen.front());
  std::string out;
  for (const Rule* r : chosen) out += fmt::format("{:<24} {:<5}  {}\n", r->code, severity_name(r->severity), r->when);
  return out + "\n'catrack rules CODE' shows one rule in full; docs/RULES.md has them all.\n";
}

Fields rule_fields(const Rule& r) {
  return {{"code", r.code},
          {"severity", severity_name(r.severity)},
          {"scope", r.scope == Scope::diary ? "diary" : "day"},
          {"when", r.when},
          {"threshold", r.threshold},
          {"why", r.why},
          {"source", r.source}};
}

} // namespace

int run_rules(const args::Rules& a, Streams io) {
  std::vector<const Rule*> chosen;
  if (a.code.empty()) {
    for (const auto& r : rules::all()) chosen.push_back(&r);
  } else if (const Rule* r = rules::find(a.code)) {
    chosen.push_back(r);
  } else {
    std::vector<std::string> codes;
    for (const auto& known : rules::all()) codes.emplace_back(known.code);
    const auto close = util::nearest(a.code, codes, 1);
    return io::usage_error(io.err, close.empty() ? fmt::format("unknown note code \"{}\"", a.code)
                                                 : fmt::format("unknown note code \"{}\"; did you mean \"{}\"?",
                                                               a.code, close.front()));
  }
  const render::Format format = io::parse_format(a.format);
  if (format == render::Format::text) {
    io.out << list_text(chosen);
    return exit_ok;
  }
  render::Records records{"rules", "rule", {}, rule_fields(rules::all().front())};
  for (const Rule* r : chosen) records.items.push_back(rule_fields(*r));
  io.out << render::render_records(records, format);
  return exit_ok;
}

} // namespace catrack::cli::cmd
