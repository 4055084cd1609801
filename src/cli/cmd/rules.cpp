// catrack rules [CODE]: what each note means, when it fires, and its source.

#include "cli/cmd/commands.hpp"

#include "catrack/rules/rules.hpp"
#include "catrack/util/text.hpp"
#include "cli/app.hpp"
#include "cli/io/io.hpp"
#include "cli/render/json_writer.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

namespace catrack::cli::cmd {

using cli::exit_ok;
using io::usage_error;
using render::JsonWriter;
using render::csv_cell;
using rules::Rule;
using rules::Scope;
using rules::severity_name;
using util::nearest;

namespace {

std::string rule_text(const Rule& r) {
  return fmt::format("{} ({})\n  when:      {}\n  threshold: {}\n  why:       {}\n  source:    {}\n", r.code,
                     severity_name(r.severity), r.when, r.threshold, r.why, r.source);
}

void rule_json(JsonWriter& w, const Rule& r) {
  w.begin_object();
  w.field("code", r.code);
  w.field("severity", severity_name(r.severity));
  w.field("when", r.when);
  w.field("threshold", r.threshold);
  w.field("why", r.why);
  w.field("source", r.source);
  w.end_object();
}


} // namespace

int run_rules(const std::vector<std::string>& args, Streams io) {
  std::string code;
  std::string format = "text";
  CLI::App app{"What each note code means: when it fires, its threshold, why, and its source.", "catrack rules"};
  app.add_option("code", code, "One note code, e.g. dose-over-500");
  app.add_option("--format", format, "text (default), json, ndjson, csv or tsv")
      ->check(CLI::IsMember({"text", "json", "ndjson", "csv", "tsv"}));
  if (auto status = parse_arguments(app, args, io)) return *status;

  std::vector<const Rule*> chosen;
  if (code.empty()) {
    for (const auto& r : rules::all()) chosen.push_back(&r);
  } else if (const Rule* r = rules::find(code)) {
    chosen.push_back(r);
  } else {
    std::vector<std::string> codes;
    for (const auto& r2 : rules::all()) codes.emplace_back(r2.code);
    const auto close = nearest(code, codes, 1);
    return usage_error(io.err, close.empty() ? fmt::format("unknown note code \"{}\"", code)
                                             : fmt::format("unknown note code \"{}\"; did you mean \"{}\"?", code,
                                                           close.front()));
  }

  std::string out;
  if (format == "json") {
    JsonWriter w(out);
    w.begin_array();
    for (const Rule* r : chosen) rule_json(w, *r);
    w.end_array();
    out += "\n";
  } else if (format == "ndjson") {
    for (const Rule* r : chosen) {
      JsonWriter w(out);
      rule_json(w, *r);
      out += "\n";
    }
  } else if (format == "csv" || format == "tsv") {
    const char sep = format == "csv" ? ',' : '\t';
    out += fmt::format("code{0}severity{0}scope{0}when{0}threshold{0}source\n", sep);
    for (const Rule* r : chosen)
      out += fmt::format("{1}{0}{2}{0}{3}{0}{4}{0}{5}{0}{6}\n", sep, r->code, severity_name(r->severity),
                         r->scope == Scope::diary ? "diary" : "day", csv_cell(r->when, sep),
                         csv_cell(r->threshold, sep), csv_cell(r->source, sep));
  } else if (chosen.size() == 1) {
    out += rule_text(*chosen.front());
  } else {
    for (const Rule* r : chosen) out += fmt::format("{:<24} {:<5}  {}\n", r->code, severity_name(r->severity), r->when);
    out += "\n'catrack rules CODE' shows one rule in full; docs/RULES.md has them all.\n";
  }
  io.out << out;
  return exit_ok;
}

} // namespace catrack::cli::cmd
