#pragma once
// Everything a renderer needs about one diary, computed once: the days with
// their totals and notes, the period summary, or the errors that stopped it.

#include "catrack/calc/calculator.hpp"
#include "catrack/util/diagnostic.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/diary/profile.hpp"
#include "catrack/plan/suggest.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace catrack::report {

struct ReportDay {
  calc::DayResult result;
  std::vector<rules::Note> notes;
  std::vector<plan::Suggestion> suggestions; // foods that would close a gap below target
  rules::Severity worst() const;
  bool has_notes() const { return !notes.empty(); }
};

struct Summary {
  int days = 0;
  // Days known only by their total (a daily export) have no split and may
  // have no vitamin D: those means are over the days that have them.
  int days_with_split = 0;
  int days_with_vitamin_d = 0;
  double mean_calcium_mg = 0;
  double mean_dietary_mg = 0;
  double mean_supplement_mg = 0;
  double mean_absorbable_mg = 0;
  double mean_vitamin_d_iu = 0;
  int days_below_target = 0;
  int days_below_floor = 0;
  int days_above_ul = 0;
  // The most days in a row below target; a date with nothing logged ends a run.
  int longest_run_below_target = 0;
  int untimed_supplements = 0; // supplement entries per-dose checks could not place
};

// What a reader must know about the numbers beyond the notes, said once for
// the diary in every format: which checks could not be made, what a
// suggestion's texture means.
struct Caveat {
  std::string code;    // stable: "untimed-supplements", "texture-defaults"
  std::string message;
  bool about_suggestions = false; // only where suggestions are shown
};

struct DiaryReport {
  std::string file;
  diary::Profile profile;
  std::vector<ReportDay> days;
  Summary summary;
  std::vector<Caveat> caveats;
  util::Diagnostics errors;
  bool ok() const { return errors.empty(); }
  // The reference values to show for the diary as a whole: the first day's.
  const calc::ReferenceValues* reference() const;
};

struct ReportOptions {
  // Foods that would close each gap below target: the report shows them; a
  // batch check has no use for them and skips the work.
  bool suggest = true;
  // Each day's entries, for output that lists them; without them a diary of
  // years takes a fraction of the memory.
  bool keep_entries = true;
};

// Reads nothing: `diary` has been read; `base` is the user food files over
// the bundled table. The diary's own [foods] go on top.
// The diary is taken by value and moved into the report: std::move it in.
DiaryReport build_report(diary::Diary diary, const foods::FoodTable& base, ReportOptions options = {});

Summary summarise(std::span<const ReportDay> days);

} // namespace catrack::report
