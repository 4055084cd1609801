#pragma once
// Period views: the days between two dates, and the days grouped by week or
// month with their means, counts and longest run below target.

#include "catrack/diary/diary.hpp"
#include "catrack/util/result.hpp"
#include "catrack/report/report.hpp"
#include "catrack/util/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace catrack::report {

// From `begin` (inclusive) to `end` (exclusive), as hledger's -b and -e:
// `-b 2026-11 -e 2026-12` is November. Either end may be open.
struct DateRange {
  std::optional<util::Date> begin;
  std::optional<util::Date> end;
  bool bounded() const { return begin || end; }
  bool contains(const util::Date& date) const;
};

// "2026-11-24", "2026-11" (its first day) or "2026" (1 January); an error,
// without a place, for anything else.
util::Result<util::Date> parse_range_date(std::string_view text);

// Drops the days outside `range`.
void keep_days_in(diary::Diary& diary, const DateRange& range);

enum class Interval { day, week, month };

// Weeks start on Monday (ISO 8601); months are calendar months. A period
// holds only the days logged in it: `summary.days` may be fewer than 7.
struct Period {
  Interval interval = Interval::week;
  util::Date begin;                  // the Monday, or the 1st
  util::Date end;                    // exclusive
  Summary summary;             // over the logged days in it
  double mean_target_mg = 0;   // the days' targets can differ (a birthday, a glucocorticoid start)
  double mean_vitamin_d_target_iu = 0;
  // Each note code of its days with the number of days that had it, in the
  // order they first appear.
  struct NoteDays {
    std::string code;
    rules::Scope scope;
    int days;
  };
  std::vector<NoteDays> note_days;
  std::optional<rules::Severity> worst_note; // none: every day was ok
  std::string status() const;         // "ok", or the worst note's severity
};

// `days` sorted by date, as a report holds them.
std::vector<Period> group_days(const std::vector<ReportDay>& days, Interval interval);

util::Date period_start(const util::Date& date, Interval interval);
util::Date period_end(const util::Date& start, Interval interval);

const char* interval_name(Interval interval); // "day", "week", "month"

} // namespace catrack::report
