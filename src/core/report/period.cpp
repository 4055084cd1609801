#include "catrack/report/period.hpp"
#include "catrack/util/date.hpp"

#include <algorithm>
#include <charconv>

namespace catrack::report {

using diary::Day;
using diary::Diary;
using rules::severity_name;
using util::Date;

namespace {

using std::chrono::sys_days;

std::optional<int> digits(std::string_view text) {
  int value = 0;
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

} // namespace

bool DateRange::contains(const Date& date) const {
  return (!begin || date >= *begin) && (!end || date < *end);
}

util::Result<Date> parse_range_date(std::string_view text) {
  const std::string expected = "a date is YYYY-MM-DD, YYYY-MM (its first day) or YYYY (1 January)";
  const auto year = digits(text.substr(0, 4));
  if (!year || (text.size() != 4 && text.size() != 7 && text.size() != 10)) return util::fail({{}, expected});
  unsigned month = 1;
  unsigned day = 1;
  if (text.size() >= 7) {
    const auto m = digits(text.substr(5, 2));
    if (text[4] != '-' || !m) return util::fail({{}, expected});
    month = static_cast<unsigned>(*m);
  }
  if (text.size() == 10) {
    const auto d = digits(text.substr(8, 2));
    if (text[7] != '-' || !d) return util::fail({{}, expected});
    day = static_cast<unsigned>(*d);
  }
  const Date date{std::chrono::year{*year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok()) return util::fail({{}, std::string(text) + " is not a date in the calendar"});
  return date;
}

void keep_days_in(Diary& diary, const DateRange& range) {
  if (!range.bounded()) return;
  std::erase_if(diary.days, [&](const Day& day) { return !range.contains(day.date); });
}

Date period_start(const Date& date, Interval interval) {
  switch (interval) {
  case Interval::day: return date;
  case Interval::week: {
    const sys_days d{date};
    const auto since_monday = (std::chrono::weekday{d} - std::chrono::Monday).count();
    return Date{d - std::chrono::days{since_monday}};
  }
  case Interval::month: return Date{date.year(), date.month(), std::chrono::day{1}};
  }
  return date;
}

Date period_end(const Date& start, Interval interval) {
  switch (interval) {
  case Interval::day: return Date{sys_days{start} + std::chrono::days{1}};
  case Interval::week: return Date{sys_days{start} + std::chrono::days{7}};
  case Interval::month:
    return Date{(std::chrono::year_month{start.year(), start.month()} + std::chrono::months{1}) / std::chrono::day{1}};
  }
  return start;
}

std::vector<Period> group_days(const std::vector<ReportDay>& days, Interval interval) {
  std::vector<Period> periods;
  auto first = days.begin();
  while (first != days.end()) {
    const Date begin = period_start(first->result.date, interval);
    const Date end = period_end(begin, interval);
    const auto last = std::find_if(first, days.end(), [&](const ReportDay& d) { return !(d.result.date < end); });
    const std::span<const ReportDay> in_period(first, last);
    Period p;
    p.interval = interval;
    p.begin = begin;
    p.end = end;
    p.summary = summarise(in_period);
    for (const auto& d : in_period) {
      p.mean_target_mg += d.result.reference.target_mg;
      p.mean_vitamin_d_target_iu += d.result.reference.vitamin_d_target_iu;
      for (const auto& note : d.notes) {
        p.worst_note = std::max(p.worst_note.value_or(note.severity), note.severity);
        auto it = std::find_if(p.note_days.begin(), p.note_days.end(), [&](const auto& n) { return n.code == note.code; });
        if (it == p.note_days.end()) p.note_days.push_back({note.code, note.scope, 1});
        else ++it->days;
      }
    }
    p.mean_target_mg /= static_cast<double>(in_period.size());
    p.mean_vitamin_d_target_iu /= static_cast<double>(in_period.size());
    periods.push_back(p);
    first = last;
  }
  return periods;
}

std::string Period::status() const { return worst_note ? std::string(severity_name(*worst_note)) : "ok"; }

const char* interval_name(Interval interval) {
  switch (interval) {
  case Interval::day: return "day";
  case Interval::week: return "week";
  case Interval::month: return "month";
  }
  return "day";
}

} // namespace catrack::report
