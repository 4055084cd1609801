#include "cli/render/page_charts.hpp"

#include "catrack/report/period.hpp"
#include "catrack/util/date.hpp"
#include "catrack/util/numbers.hpp"
#include "cli/render/text_parts.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::cli::render::page {

using chart::Fill;
using chart::Segment;
using chart::Stroke;
using report::DiaryReport;
using report::Interval;
using report::ReportDay;

namespace {

std::string mg(double x) { return whole_text(x); }

// One bar: a day, or a week's or month's means.
struct Row {
  std::string label;
  int days = 1;
  double calcium = 0, dietary = 0, supplement = 0, absorbable = 0;
  bool split = true;
  double vitamin_d = 0, vitamin_d_dietary = 0, vitamin_d_supplement = 0;
  bool vitamin_d_known = true;
  bool vitamin_d_split = true;
  double target = 0, ul = 0, vitamin_d_target = 0, vitamin_d_ul = 0;
  std::optional<double> floor;
  int below_target = 0;
  std::string notes; // the codes of its notes, or its worst severity
};

using util::whole;

Row day_row(const ReportDay& day) {
  const auto& d = day.result;
  const auto& r = d.reference;
  std::string codes;
  for (const auto& n : day.notes)
    if (n.scope == rules::Scope::day) codes += (codes.empty() ? "" : ", ") + n.code;
  return {util::format_date(d.date), 1, d.calcium_mg, d.dietary_mg, d.supplement_mg, d.absorbable_mg,
          d.split_known, d.vitamin_d_iu, d.vitamin_d_dietary_iu, d.vitamin_d_supplement_iu, d.vitamin_d_known,
          d.split_known && d.vitamin_d_known, r.target_mg, r.ul_mg, r.vitamin_d_target_iu, r.vitamin_d_ul_iu,
          r.floor_mg, whole(d.calcium_mg) < whole(r.target_mg) ? 1 : 0, codes};
}

// A period's reference values are its days' means, as its target is
// (Period::mean_target_mg): they differ only across a birthday or a change.
// A bar is stacked only when every day of it has its split: otherwise the
// split means (over fewer days) would not add up to the mean total.
Row period_row(const report::Period& p, const std::vector<ReportDay>& days) {
  const auto& s = p.summary;
  Row row{period_label(p), s.days, s.mean_calcium_mg, s.mean_dietary_mg, s.mean_supplement_mg,
          s.mean_absorbable_mg, s.days_with_split == s.days, s.mean_vitamin_d_iu, 0, 0, s.days_with_vitamin_d > 0, false,
          p.mean_target_mg, 0, p.mean_vitamin_d_target_iu, 0, std::nullopt, s.days_below_target, p.status()};
  double floor = 0, ul = 0, vitamin_d_ul = 0, vitamin_d_dietary = 0, vitamin_d_supplement = 0;
  int counted = 0, floors = 0, vitamin_d_split = 0;
  for (const auto& d : days) {
    if (d.result.date < p.begin || !(d.result.date < p.end)) continue;
    const auto& r = d.result.reference;
    ++counted;
    ul += r.ul_mg;
    vitamin_d_ul += r.vitamin_d_ul_iu;
    if (r.floor_mg) {
      floor += *r.floor_mg;
      ++floors;
    }
    if (d.result.vitamin_d_known && d.result.split_known) {
      ++vitamin_d_split;
      vitamin_d_dietary += d.result.vitamin_d_dietary_iu;
      vitamin_d_supplement += d.result.vitamin_d_supplement_iu;
    }
  }
  // The split's means are over the same days as the total's, or not shown.
  if (vitamin_d_split > 0 && vitamin_d_split == s.days_with_vitamin_d) {
    row.vitamin_d_split = true;
    row.vitamin_d_dietary = vitamin_d_dietary / vitamin_d_split;
    row.vitamin_d_supplement = vitamin_d_supplement / vitamin_d_split;
  }
  if (counted > 0) {
    row.ul = ul / counted;
    row.vitamin_d_ul = vitamin_d_ul / counted;
  }
  if (floors > 0) row.floor = floor / floors;
  return row;
}

std::vector<Row> rows_of(const DiaryReport& report, Interval interval) {
  std::vector<Row> rows;
  if (interval == Interval::day) {
    rows.reserve(report.days.size());
    for (const auto& day : report.days) rows.push_back(day_row(day));
  } else {
    for (const auto& p : report::group_days(report.days, interval)) rows.push_back(period_row(p, report.days));
  }
  return rows;
}

std::string per(Interval interval) {
  switch (interval) {
  case Interval::day: return "each day";
  case Interval::week: return "each week (the mean of its days)";
  case Interval::month: return "each month (the mean of its days)";
  }
  return {};
}

std::string first_column(Interval interval) {
  return interval == Interval::day ? "date" : interval == Interval::week ? "week of" : "month";
}

std::string split_text(bool known, double x) { return known ? mg(x) : "-"; }

std::string percent(double total, double target) {
  return target > 0 ? whole_text(total / target * 100) + " %" : "-";
}

Table calcium_table(const std::vector<Row>& rows, Interval interval) {
  Table t;
  t.caption = "Calcium " + per(interval) + ", mg";
  const bool days = interval == Interval::day;
  t.header = {first_column(interval), "total", "food", "supplements", "absorbable (est.)", "target", "% of target"};
  if (!days) t.header.insert(t.header.begin() + 1, "days");
  t.header.push_back(days ? "notes" : "days below target");
  if (!days) t.header.push_back("worst note");
  t.numeric.assign(t.header.size(), true);
  t.numeric.front() = false;
  t.numeric.back() = false;
  for (const auto& r : rows) {
    std::vector<std::string> cells{r.label, mg(r.calcium), split_text(r.split, r.dietary),
                                   split_text(r.split, r.supplement), split_text(r.split, r.absorbable),
                                   mg(r.target), percent(r.calcium, r.target)};
    if (!days) cells.insert(cells.begin() + 1, std::to_string(r.days));
    if (days) {
      cells.push_back(r.notes);
    } else {
      cells.push_back(std::to_string(r.below_target));
      cells.push_back(r.notes);
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

// Food under supplements, or the total alone when the split is not known.
chart::Bar stacked_bar(const std::string& label, const char* unit, double total, bool split, double food,
                       double supplement) {
  if (!split)
    return {label, fmt::format("{}: {} {}, split between food and supplements unknown", label, mg(total), unit),
            {{total, Fill::total_only}}};
  return {label,
          fmt::format("{0}: {1} {4}, food {2} {4}, supplements {3} {4}", label, mg(total), mg(food), mg(supplement),
                      unit),
          {{food, Fill::food}, {supplement, Fill::supplement}}};
}

std::vector<Fill> legend_of(const std::vector<chart::Bar>& bars) {
  std::vector<Fill> legend{Fill::food, Fill::supplement};
  const auto total_only = [](const chart::Bar& b) {
    return !b.segments.empty() && b.segments.front().fill == Fill::total_only;
  };
  if (std::any_of(bars.begin(), bars.end(), total_only)) legend.push_back(Fill::total_only);
  return legend;
}

chart::Data calcium_data(const std::vector<Row>& rows, Interval interval) {
  chart::Data data;
  data.title = "Calcium " + per(interval) + ": food and supplements against the target, floor and UL";
  data.y_title = interval == Interval::day ? "calcium, mg" : "calcium, mg a day";
  data.unit = "mg";
  chart::Line target{"target", Stroke::target, {}}, floor{"floor", Stroke::floor, {}}, ul{"UL", Stroke::limit, {}};
  for (const auto& r : rows) {
    chart::Bar bar = stacked_bar(r.label, "mg", r.calcium, r.split, r.dietary, r.supplement);
    data.bars.push_back(std::move(bar));
    target.values.push_back(whole(r.target));
    floor.values.push_back(r.floor ? std::optional(whole(*r.floor)) : std::nullopt);
    ul.values.push_back(whole(r.ul));
  }
  data.lines = {std::move(target), std::move(floor), std::move(ul)};
  data.legend = legend_of(data.bars);
  return data;
}

Table vitamin_d_table(const std::vector<Row>& rows, Interval interval) {
  Table t;
  t.caption = "Vitamin D " + per(interval) + ", IU";
  t.header = {first_column(interval), "total", "food", "supplements", "target", "UL"};
  t.numeric = {false, true, true, true, true, true};
  for (const auto& r : rows) {
    const bool split = r.vitamin_d_known && r.vitamin_d_split;
    t.rows.push_back({r.label, r.vitamin_d_known ? mg(r.vitamin_d) : "-", split_text(split, r.vitamin_d_dietary),
                      split_text(split, r.vitamin_d_supplement), mg(r.vitamin_d_target), mg(r.vitamin_d_ul)});
  }
  return t;
}

chart::Data vitamin_d_data(const std::vector<Row>& rows, Interval interval) {
  chart::Data data;
  data.title = "Vitamin D " + per(interval) + ": food and supplements against the target and UL";
  data.y_title = interval == Interval::day ? "vitamin D, IU" : "vitamin D, IU a day";
  data.unit = "IU";
  chart::Line target{"target", Stroke::target, {}}, ul{"UL", Stroke::limit, {}};
  for (const auto& r : rows) {
    chart::Bar bar = stacked_bar(r.label, "IU", r.vitamin_d, r.vitamin_d_split, r.vitamin_d_dietary,
                                 r.vitamin_d_supplement);
    if (!r.vitamin_d_known) bar = {r.label, r.label + ": vitamin D not known", {}};
    data.bars.push_back(std::move(bar));
    target.values.push_back(whole(r.vitamin_d_target));
    ul.values.push_back(r.vitamin_d_ul > 0 ? std::optional(whole(r.vitamin_d_ul)) : std::nullopt);
  }
  data.lines = {std::move(target), std::move(ul)};
  data.legend = legend_of(data.bars);
  return data;
}

} // namespace

Section calcium_section(const DiaryReport& report, Interval interval) {
  const auto rows = rows_of(report, interval);
  const std::string caption =
      "Food calcium (solid) under supplement calcium (hatched), " + per(interval) +
      ". The solid line is the target, the dashed line the floor (EAR) and the dotted line the UL.";
  return {"calcium", "Calcium " + per(interval),
          {Chart{calcium_data(rows, interval), caption, calcium_table(rows, interval)}}};
}

Section vitamin_d_section(const DiaryReport& report, Interval interval) {
  const auto rows = rows_of(report, interval);
  const std::string caption = "Vitamin D from food (solid) and supplements (hatched), " + per(interval) +
                              ", in IU. The solid line is the target, the dotted line the UL. Sun exposure is not "
                              "counted.";
  return {"vitamin-d", "Vitamin D " + per(interval),
          {Chart{vitamin_d_data(rows, interval), caption, vitamin_d_table(rows, interval)}}};
}

} // namespace catrack::cli::render::page
