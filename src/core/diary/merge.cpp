#include "catrack/diary/merge.hpp"

#include "catrack/util/date.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>

namespace catrack::diary {

using util::Diagnostics;
using util::Location;
using util::format_date;

namespace {

// Sorted by date; the days of a date made one, totals left alone.
void join_days(std::vector<Day>& days) {
  std::stable_sort(days.begin(), days.end(), [](const Day& a, const Day& b) { return a.date < b.date; });
  std::vector<Day> merged;
  for (auto& d : days) {
    if (!merged.empty() && merged.back().date == d.date && !merged.back().total && !d.total) {
      auto& into = merged.back();
      into.entries.insert(into.entries.end(), std::make_move_iterator(d.entries.begin()),
                          std::make_move_iterator(d.entries.end()));
      into.notes.insert(into.notes.end(), d.notes.begin(), d.notes.end());
    } else {
      merged.push_back(std::move(d));
    }
  }
  days = std::move(merged);
}

// One error for each pair of neighbouring days of a date where one is a
// total; with `across_files_only`, a pair within one file is left out (that
// file's reader has said it).
Diagnostics duplicate_totals(const std::vector<Day>& days, bool across_files_only) {
  Diagnostics out;
  for (std::size_t i = 1; i < days.size(); ++i) {
    const Day& first = days[i - 1];
    const Day& second = days[i];
    if (first.date != second.date || (!first.total && !second.total)) continue;
    if (across_files_only && first.at.file == second.at.file) continue;
    const Day& with_total = first.total ? first : second;
    const Location& where = second.total ? second.total->at : second.at;
    const Location& other = with_total.total->at;
    out.push_back({where,
                   fmt::format("{} is given twice, and one is a day total ({}:{}); a day total is the whole day, "
                               "so it cannot be added to",
                               format_date(second.date), other.file.str(), other.line),
                   {"keep one of them"}});
  }
  return out;
}

} // namespace

Diagnostics merge_days(std::vector<Day>& days) {
  join_days(days);
  return duplicate_totals(days, false);
}

util::Parsed<Diary> merge_diaries(std::vector<Diary> diaries) {
  util::Parsed<Diary> out;
  Diary& merged = out.value;
  std::string names;
  const Diary* profile_from = nullptr;
  for (auto& d : diaries) {
    names += (names.empty() ? "" : "+") + d.file;
    if (d.profile.present) {
      if (!profile_from) {
        merged.profile = d.profile;
        merged.profile_places = d.profile_places;
        profile_from = &d;
      } else if (d.profile != profile_from->profile) {
        out.errors.push_back({d.profile_places.table,
                              fmt::format("this [profile] differs from the one in {}; merged diaries share one "
                                          "profile",
                                          profile_from->file),
                              {"remove one of them, or report the files separately (without --merge)"}});
      }
    }
    merged.foods.insert(merged.foods.end(), std::make_move_iterator(d.foods.begin()),
                        std::make_move_iterator(d.foods.end()));
    merged.days.insert(merged.days.end(), std::make_move_iterator(d.days.begin()),
                       std::make_move_iterator(d.days.end()));
  }
  merged.file = names;
  join_days(merged.days);
  for (auto& e : duplicate_totals(merged.days, true)) out.errors.push_back(std::move(e));
  return out;
}

} // namespace catrack::diary
