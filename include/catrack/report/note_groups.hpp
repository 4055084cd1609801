#pragma once
// A period's notes, each code once with the days it applied: what a reader
// of many days wants instead of the same note under every day.

#include "catrack/report/report.hpp"
#include "catrack/util/date.hpp"

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace catrack::report {

struct NoteGroup {
  std::string code;
  rules::Severity severity = rules::Severity::info;
  rules::Scope scope = rules::Scope::day;
  std::vector<util::Date> days;        // in date order
  std::string first_message;           // the note as it read on its first day
  bool same_every_day = true;          // every day's message was first_message
  std::vector<std::string> sources;    // distinct, first seen first
};

// The most severe first; among equals, in the order they first appear.
std::vector<NoteGroup> group_notes(std::span<const ReportDay> days);

// Days in a row as runs: {first, last} pairs, a lone day as {d, d}.
std::vector<std::pair<util::Date, util::Date>> date_runs(std::span<const util::Date> dates);

} // namespace catrack::report
