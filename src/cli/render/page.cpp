#include "cli/render/page.hpp"

#include "catrack/report/food_sources.hpp"
#include "catrack/report/note_groups.hpp"
#include "catrack/report/schedule.hpp"
#include "catrack/rules/doses.hpp"
#include "catrack/util/date.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/text.hpp"
#include "cli/render/page_charts.hpp"
#include "cli/render/text_parts.hpp"

#include <fmt/format.h>

namespace catrack::cli::render::page {

using report::DiaryReport;
using report::Interval;
using util::format_date;
using util::plural;

namespace {

// So many food rows tell where the calcium came from; more is a list.
constexpr std::size_t top_foods = 10;
// So many runs of days are listed under a note; the JSON has every day.
constexpr std::size_t listed_runs = 8;
// A few times of day need less height than a diary's days.
constexpr chart::Frame schedule_frame{.height = 170};

std::string mg(double x) { return whole_text(x) + " mg"; }
std::string iu(double x) { return whole_text(x) + " IU"; }

Table key_values(std::string caption, std::vector<std::vector<std::string>> rows) {
  return {std::move(caption), {"", "", ""}, {false, true, false}, std::move(rows)};
}

// Where a target comes from: the clinician's own, raised for
// glucocorticoids, or the reference intake of the person's group.
std::string target_origin(bool clinician, const calc::ReferenceValues& ref) {
  if (clinician) return "set by the clinician (in the profile)";
  if (ref.glucocorticoid_raised) return "raised for glucocorticoids (ACR ranges, per a secondary summary)";
  return (ref.floor_mg ? "RDA for " : "AI for ") + ref.group;
}

Section who(const DiaryReport& report) {
  const auto& ref = *report.reference();
  const auto& p = report.profile;
  std::vector<std::vector<std::string>> rows{
      {"calcium target", mg(ref.target_mg) + " a day", target_origin(p.target_mg.has_value(), ref)}};
  if (ref.floor_mg) rows.push_back({"calcium floor", mg(*ref.floor_mg) + " a day", "EAR: meets the needs of half of healthy people"});
  rows.push_back({"calcium upper limit", mg(ref.ul_mg) + " a day", "UL: tolerable upper intake level"});
  rows.push_back({"vitamin D target", iu(ref.vitamin_d_target_iu) + " a day",
                  target_origin(p.vitamin_d_target_iu.has_value(), ref)});
  rows.push_back({"vitamin D upper limit", iu(ref.vitamin_d_ul_iu) + " a day", "UL: tolerable upper intake level"});
  Section s{"who", "Who and which targets", {}};
  s.blocks.push_back(Paragraph{p.present ? "Profile: " + profile_words(p) + "."
                                         : "No [profile] in the diary: the reference values are the adult "
                                           "19-50 y ones."});
  s.blocks.push_back(key_values("Reference values", std::move(rows)));
  s.blocks.push_back(Paragraph{"Basis: " + ref.basis + "."});
  const bool changes = std::any_of(report.days.begin(), report.days.end(), [&](const report::ReportDay& d) {
    const auto& r = d.result.reference;
    return r.target_mg != ref.target_mg || r.floor_mg != ref.floor_mg || r.ul_mg != ref.ul_mg ||
           r.vitamin_d_target_iu != ref.vitamin_d_target_iu;
  });
  if (changes)
    s.blocks.push_back(Paragraph{"The reference values change during this period (an age group or a start date in the "
                                 "profile): these are the first day's, and the charts show each day's."});
  return s;
}

std::string of_days(int known, int days) {
  return known < days ? fmt::format(" (from {} of {} days)", known, days) : std::string();
}

Section summary(const DiaryReport& report, const RenderOptions& options) {
  const auto& s = report.summary;
  std::string period = fmt::format("{}, {} to {}", plural(s.days, "day logged", "days logged"),
                                   format_date(report.days.front().result.date),
                                   format_date(report.days.back().result.date));
  if (!options.range.empty()) period += " (the days " + options.range + ")";
  std::vector<std::vector<std::string>> means{{"total calcium", mg(s.mean_calcium_mg), ""}};
  if (s.days_with_split > 0) {
    const std::string known = of_days(s.days_with_split, s.days);
    means.push_back({"from food", mg(s.mean_dietary_mg), known});
    means.push_back({"from supplements", mg(s.mean_supplement_mg), known});
    means.push_back({"absorbable, estimated", mg(s.mean_absorbable_mg), known});
  } else {
    means.push_back({"from food and supplements", "-", "the split is not known (day totals only)"});
  }
  if (s.days_with_vitamin_d > 0)
    means.push_back({"vitamin D", iu(s.mean_vitamin_d_iu), of_days(s.days_with_vitamin_d, s.days)});
  const auto of = [&](int n) { return fmt::format("{} of {}", n, s.days); };
  std::vector<std::vector<std::string>> counts{{"below target", of(s.days_below_target), ""}};
  if (report.reference()->floor_mg) counts.push_back({"below the floor (EAR)", of(s.days_below_floor), ""});
  counts.push_back({"above the UL", of(s.days_above_ul), ""});
  counts.push_back({"longest run below target", plural(s.longest_run_below_target, "day", "days"), "in a row"});
  return {"summary",
          "Period summary",
          {Paragraph{period + "."}, key_values("Mean a day", std::move(means)), key_values("Days", std::move(counts))}};
}

Section food_sources(const DiaryReport& report) {
  Section s{"foods", "Top food sources of calcium", {}};
  const auto foods = report::top_food_sources(report.days, top_foods);
  if (foods.empty()) {
    s.blocks.push_back(Paragraph{"No food entries: days known only by their totals do not say which foods."});
    return s;
  }
  Table t{"The foods that gave the most calcium: mg over the period, mg a day, share of all food calcium, days "
          "eaten",
          {"food", "mg", "mg a day", "share", "days", "source"},
          {false, true, true, true, true, false},
          {}};
  for (const auto& f : foods)
    t.rows.push_back({f.food, whole_text(f.calcium_mg), whole_text(f.calcium_mg / report.summary.days),
                      whole_text(f.share * 100) + " %", std::to_string(f.days), f.source});
  s.blocks.push_back(std::move(t));
  return s;
}

std::string time_text(const report::ScheduleRow& row) {
  return row.minute ? util::format_time(*row.minute) : "no time";
}

Section supplements(const DiaryReport& report) {
  Section s{"supplements", "Supplement schedule", {}};
  const auto rows = report::supplement_schedule(report.days);
  if (rows.empty()) {
    s.blocks.push_back(Paragraph{"No calcium supplements logged."});
    return s;
  }
  Table t{"Calcium supplements by time of day (elemental calcium; a dose is everything taken at one time)",
          {"time", "supplements", "doses", "mg a dose", "largest, mg", "over 500 mg at once"},
          {false, false, true, true, true, true},
          {}};
  chart::Data data{"The largest calcium dose at each time of day, against 500 mg at one time",
                   "largest dose, mg", "mg", {}, {{"one dose", chart::Stroke::limit, {}}}, {chart::Fill::supplement}};
  for (const auto& row : rows) {
    t.rows.push_back({time_text(row), util::join(row.items, ", "), std::to_string(row.doses), whole_text(row.mean_mg),
                      whole_text(row.largest_mg), std::to_string(row.over_limit)});
    if (!row.minute) continue; // untimed entries have no place on a clock
    data.bars.push_back({time_text(row),
                         fmt::format("{}: largest {} mg, {} a dose", time_text(row), whole_text(row.largest_mg),
                                     mg(row.mean_mg)),
                         {{row.largest_mg, chart::Fill::supplement}}});
    data.lines.front().values.push_back(rules::max_dose_mg);
  }
  const rules::Rule* rule = rules::find("dose-over-500");
  const std::string why = fmt::format("Why {} at one time: {} Source: {}.", mg(rules::max_dose_mg), rule->why,
                                      rule->source);
  if (data.bars.empty()) s.blocks.push_back(std::move(t));
  else
    s.blocks.push_back(Chart{std::move(data),
                             "The largest dose at each time (hatched bars) against the dotted 500 mg line.",
                             std::move(t), schedule_frame});
  s.blocks.push_back(Paragraph{why});
  if (rows.back().minute) return s;
  s.blocks.push_back(Paragraph{"Entries without a time cannot be joined into doses; a single entry over 500 mg is "
                               "still counted. Give each supplement its time for the per-dose checks."});
  return s;
}

std::string days_text(const report::NoteGroup& g, int days) {
  if (g.scope == rules::Scope::diary && static_cast<int>(g.days.size()) == days) return "every day (about the profile)";
  const auto runs = report::date_runs(g.days);
  std::vector<std::string> listed;
  for (std::size_t i = 0; i < runs.size() && i < listed_runs; ++i)
    listed.push_back(runs[i].first == runs[i].second
                         ? format_date(runs[i].first)
                         : format_date(runs[i].first) + " to " + format_date(runs[i].second));
  std::string text = fmt::format("on {} of {}: {}", g.days.size(), plural(days, "day", "days"), util::join(listed, ", "));
  if (runs.size() > listed_runs) {
    std::size_t rest = 0;
    for (std::size_t i = listed_runs; i < runs.size(); ++i)
      rest += static_cast<std::size_t>((std::chrono::sys_days(runs[i].second) - std::chrono::sys_days(runs[i].first)).count()) + 1;
    text += fmt::format(" and {} more", plural(rest, "day", "days"));
  }
  return text;
}

Section notes(const DiaryReport& report) {
  Section s{"notes", "Notes to discuss", {}};
  const auto groups = report::group_notes(report.days);
  if (groups.empty()) {
    s.blocks.push_back(Paragraph{"No notes on any day."});
    return s;
  }
  s.blocks.push_back(Paragraph{"Each note once, the most serious first, with the days it applied and the source it "
                               "rests on."});
  Notes list;
  for (const auto& g : groups) {
    const std::string message = g.same_every_day ? g.first_message
                                                 : "On " + format_date(g.days.front()) + ": " + g.first_message;
    list.notes.push_back({g.severity, g.code, days_text(g, report.summary.days), message, util::join(g.sources, "; ")});
  }
  s.blocks.push_back(std::move(list));
  return s;
}

Section about(const DiaryReport& report, const RenderOptions& options) {
  Section s{"about", "About these numbers", {}};
  s.blocks.push_back(Paragraph{"All calcium is elemental, in mg. The absorbable figure is an estimate: each food's "
                               "calcium times the fraction absorbed from it in the Weaver/Heaney studies, or 32.1 % "
                               "(milk) where none was measured; the targets are set on intake, not on absorbed "
                               "calcium."});
  for (const auto& c : report.caveats)
    if (!c.about_suggestions) s.blocks.push_back(Paragraph{c.message});
  s.blocks.push_back(Paragraph{"A run below target counts days in a row: a date with nothing logged ends it, since "
                               "what was eaten that day is not known."});
  if (options.interval != Interval::day)
    s.blocks.push_back(Paragraph{"Weeks and months show the mean of the days logged in them."});
  return s;
}

Section sources(const DiaryReport& report) {
  // Each note's source is under the note.
  std::vector<std::vector<std::string>> rows{{"reference values", report.reference()->basis}};
  rows.push_back({"food values", "each food's own row (USDA SR28 numbers, or the label), as in the table of food sources"});
  rows.push_back({"absorbable estimate", "Weaver/Heaney fractional absorption, as tabulated in COR17 Table 1 (docs/RULES.md)"});
  return {"sources",
          "Sources",
          {Table{"What the numbers rest on (each note's source is given with the note)", {"", ""}, {false, false},
                 std::move(rows)}}};
}

Section errors(const DiaryReport& report) {
  Table t{"The errors, as on standard error", {"line", "column", "error"}, {true, true, false}, {}};
  for (const auto& e : report.errors)
    t.rows.push_back({e.where.line ? std::to_string(e.where.line) : "", e.where.column ? std::to_string(e.where.column) : "",
                      e.message});
  return {"errors",
          "Not reported",
          {Paragraph{fmt::format("This diary has {}: a diary with any error gives no totals, so none is shown.",
                                 plural(report.errors.size(), "error", "errors"))},
           std::move(t)}};
}

} // namespace

DiaryPage diary_page(const DiaryReport& report, const RenderOptions& options) {
  DiaryPage page{report.file, {}};
  if (!report.ok()) {
    page.sections.push_back(errors(report));
    return page;
  }
  if (report.days.empty()) {
    page.sections.push_back({"empty", "No days",
                             {Paragraph{options.range.empty() ? "No days in this diary: add a [[day]] with its date "
                                                                "and entries."
                                                              : "No days " + options.range + "."}}});
    return page;
  }
  page.sections = {who(report),
                   summary(report, options),
                   calcium_section(report, options.interval),
                   vitamin_d_section(report, options.interval),
                   food_sources(report),
                   supplements(report),
                   notes(report),
                   about(report, options),
                   sources(report)};
  return page;
}

} // namespace catrack::cli::render::page
