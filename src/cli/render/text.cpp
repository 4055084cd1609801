#include "cli/render/render.hpp"
#include "cli/render/text_parts.hpp"
#include "cli/term/terminal.hpp"

#include "catrack/foods/amount.hpp"
#include "catrack/diary/diary.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/report/period.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/text.hpp"
#include "catrack/util/date.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <optional>

namespace catrack::cli::render {

using util::plural;

using calc::DayResult;
using calc::ReferenceValues;
using calc::how_text;
using term::Style;
using term::printable;
using diary::Entry;
using diary::EntryKind;
using plan::describe_serving;
using report::DiaryReport;
using report::Interval;
using report::Period;
using report::ReportDay;
using report::Summary;
using report::group_days;
using rules::Note;
using rules::Rule;
using rules::Scope;
using rules::Severity;
using rules::severity_name;
using util::format_date;
using util::format_number;
using util::format_time;
using util::whole;

std::string day_status(const ReportDay& day) {
  return day.notes.empty() ? "ok" : std::string(severity_name(day.worst()));
}

namespace {

// The chart: 12 cells up to the target, its marker, 4 cells beyond (133 %).
constexpr int cells_to_target = 12;
constexpr int cells_beyond = 4;

std::string mg(double x) { return whole_text(x); }

class TextRenderer final : public Renderer {
public:
  explicit TextRenderer(const RenderOptions& o) : options_(o), style_{o.color} {}
  bool lists_entries() const override { return options_.detail; }

  std::string diary(const DiaryReport& report, bool first) const override {
    std::string out;
    if (!first) out += "\n";
    out += style_.paint(printable(report.file), "1") + "\n";
    if (!report.ok()) {
      out += fmt::format("  not reported: {} error{}, listed on standard error\n", report.errors.size(),
                         report.errors.size() == 1 ? "" : "s");
      return out;
    }
    if (report.days.empty()) {
      out += options_.range.empty() ? "  no days in this diary: add a [[day]] with its date and entries\n"
                                    : "  no days " + options_.range + "\n";
      return out;
    }
    const ReferenceValues& ref = *report.reference();
    out += "  " + wrap(printable(profile_words(report.profile)), 2, 4) + "\n";
    out += fmt::format("  target {} mg, {}UL {} mg; vitamin D target {} IU, UL {} IU\n", mg(ref.target_mg),
                       ref.floor_mg ? fmt::format("floor {} mg, ", mg(*ref.floor_mg)) : "", mg(ref.ul_mg),
                       mg(ref.vitamin_d_target_iu), mg(ref.vitamin_d_ul_iu));
    out += "  " + style_.paint(wrap(ref.basis, 2, 4), "2") + "\n";

    std::map<std::string, std::string> sources;
    // Notes about the profile say the same every day: shown once, here.
    std::vector<std::pair<std::string, std::string>> shown_once;
    for (const auto& day : report.days)
      for (const auto& note : day.notes) {
        if (note.scope != Scope::diary) continue;
        const std::pair key{note.code, note.message};
        if (std::find(shown_once.begin(), shown_once.end(), key) != shown_once.end()) continue;
        shown_once.push_back(key);
        out += note_line(note);
        sources.emplace(note.code, note.source);
      }
    if (options_.interval == Interval::day) {
      out += "\n" + header("date", "total") + "\n";
      for (const auto& day : report.days) {
        out += day_row(day);
        if (options_.detail) out += entries(day);
        for (const auto& note : day.notes) {
          if (note.scope == Scope::diary) continue;
          out += note_line(note);
          sources.emplace(note.code, note.source);
        }
        out += suggestions(day);
      }
    } else {
      out += "\n" + header(options_.interval == Interval::week ? "week of" : "month", "mean") + "\n";
      for (const auto& period : group_days(report.days, options_.interval)) out += period_rows(report, period, sources);
    }
    if (report.days.size() > 1) out += summary(report);
    for (const auto& caveat : report.caveats) {
      // Suggestions are listed under days, not under weeks or months.
      if (caveat.about_suggestions && options_.interval != Interval::day) continue;
      out += "\n  " + wrap(caveat.message, 2, 2) + "\n";
    }
    if (!sources.empty()) {
      out += "\n  " + style_.paint("sources", "1") + "\n";
      for (const auto& [code, source] : sources)
        out += "    " + style_.paint(code + ":", "2") + " " + wrap(printable(source), 6 + code.size(), 6) + "\n";
    }
    return out;
  }

  std::string end() const override {
    return "\nabsorb~ = estimated absorbable calcium; all calcium is elemental, in mg.\n" +
           style_.paint(reminder, "1") + "\n";
  }

private:
  // "########....|....": one cell per twelfth of the target, the marker at
  // the target, and a last cell of > when the total is off the chart.
  std::string chart(double total, double target, const char* color) const {
    const double cells = target > 0 ? total / target * cells_to_target : 0;
    const int filled = std::clamp(static_cast<int>(cells + 0.5), 0, cells_to_target + cells_beyond);
    const bool off_chart = cells > cells_to_target + cells_beyond;
    const char* full = options_.unicode ? "\u2588" : "#";
    const char* empty = options_.unicode ? "\u2591" : ".";
    std::string below;
    std::string above;
    for (int i = 0; i < cells_to_target; ++i) below += i < filled ? full : empty;
    for (int i = cells_to_target; i < cells_to_target + cells_beyond; ++i) {
      const bool last = i == cells_to_target + cells_beyond - 1;
      above += last && off_chart ? (options_.unicode ? "\u25b8" : ">") : i < filled ? full : empty;
    }
    return style_.paint(below, color) + marker() + style_.paint(above, color);
  }

  const char* marker() const { return options_.unicode ? "\u2502" : "|"; }

  // Every row's marker sits under the one after "target".
  std::string header(const char* first_column, const char* total_column) const {
    return style_.paint(fmt::format("  {:<10}  {:>7}  {:>5}  {:>5}  {:>7}  {:>8}  {:>12}", first_column, total_column, "diet",
                                    "suppl", "absorb~", "vit D IU", "target"),
                        "1") +
           marker() + style_.paint(fmt::format("{:>10}", "%"), "1");
  }

  // The numbers of one row: a day's totals, or a period's means.
  struct Row {
    double calcium_mg, dietary_mg, supplement_mg, absorbable_mg, vitamin_d_iu;
    bool split_known, vitamin_d_known;
  };

  std::string row(const std::string& label, const Row& d, double target, const char* color) const {
    const double percent = target > 0 ? whole(d.calcium_mg / target * 100) : 0;
    const auto split = [&](double x) { return d.split_known ? mg(x) : std::string("-"); };
    return fmt::format("  {:<10}  {:>7}  {:>5}  {:>5}  {:>7}  {:>8}  {} {:>4}%\n", label, mg(d.calcium_mg),
                       split(d.dietary_mg), split(d.supplement_mg), split(d.absorbable_mg),
                       d.vitamin_d_known ? mg(d.vitamin_d_iu) : "-", chart(d.calcium_mg, target, color), percent);
  }

  std::string day_row(const ReportDay& day) const {
    const auto& d = day.result;
    const Row values{d.calcium_mg, d.dietary_mg, d.supplement_mg, d.absorbable_mg, d.vitamin_d_iu, d.split_known,
                     d.vitamin_d_known};
    return row(format_date(d.date), values, d.reference.target_mg,
               day.notes.empty() ? "32" : severity_color(day.worst()));
  }

  // A week or month: its means on the chart, then what its days had.
  static std::string note_source(const DiaryReport& report, const std::string& code) {
    for (const auto& day : report.days)
      for (const auto& note : day.notes)
        if (note.code == code) return note.source;
    return {};
  }

  std::string period_rows(const DiaryReport& report, const Period& period,
                          std::map<std::string, std::string>& sources) const {
    const Summary& s = period.summary;
    const Row mean{s.mean_calcium_mg,    s.mean_dietary_mg,      s.mean_supplement_mg,     s.mean_absorbable_mg,
                   s.mean_vitamin_d_iu, s.days_with_split > 0, s.days_with_vitamin_d > 0};
    const std::string label = period_label(period);
    const char* color = period.worst_note ? severity_color(*period.worst_note) : "32";
    std::string out = row(label, mean, period.mean_target_mg, color);
    std::string counts = fmt::format("{} logged: {} below target", plural(s.days, "day", "days"), s.days_below_target);
    if (s.longest_run_below_target > 1) counts += fmt::format(" ({} in a row)", s.longest_run_below_target);
    counts += fmt::format(", {} below floor, {} above UL", s.days_below_floor, s.days_above_ul);
    out += "    " + style_.paint(wrap(counts, 4, 6), "2") + "\n";
    std::vector<std::pair<std::string, int>> tally;
    for (const auto& n : period.note_days) {
      if (n.scope == Scope::diary) continue;
      tally.emplace_back(n.code, n.days);
      if (!sources.count(n.code)) sources.emplace(n.code, note_source(report, n.code));
    }
    if (!tally.empty()) {
      std::string notes = "notes:";
      for (const auto& [code, days] : tally) notes += fmt::format(" {} on {},", code, plural(days, "day", "days"));
      notes.pop_back();
      out += "    " + wrap(notes, 4, 6) + "\n";
    }
    return out;
  }

  std::string entries(const ReportDay& day) const {
    std::string out;
    if (!day.result.split_known)
      out += "      " + style_.paint("a day total only: the split between food and supplements is not known", "2") + "\n";
    for (const auto& text : day.result.notes_text) out += "      " + style_.paint(wrap("note: " + printable(text), 6, 8), "2") + "\n";
    for (const auto& r : day.result.entries) {
      const Entry& e = r.entry;
      std::string what = e.item;
      if (e.amount) what += ", " + e.amount->text;
      if (e.count != 1) what += " x " + format_number(e.count);
      what = printable(what);
      if (what.size() > 34) what = what.substr(0, 33) + "~";
      const std::string time = e.minute_of_day ? format_time(*e.minute_of_day) : "";
      const std::string grams = r.grams ? format_number(std::round(*r.grams)) + " g" : "";
      out += fmt::format("      {:<5} {:<4}  {:<34} {:>8} {:>7} mg\n", time,
                         e.kind == EntryKind::food ? "food" : "supp", what, grams, mg(r.calcium_mg));
      std::string used;
      if (r.food.empty()) {
        used = "not in the food table: " + printable(how_text(r));
      } else {
        used = "= " + printable(r.food);
        if (!r.source.empty()) used += " [" + printable(r.source) + "]";
        if (r.origin == "diary") used += " (diary food)";
        else if (r.origin != "bundled") used += " (from " + printable(r.origin) + ")";
        if (r.shadows_bundled) used += ", replaces the bundled food";
        if (const std::string how = how_text(r); !how.empty()) used += "; " + printable(how);
      }
      out += "                  " + style_.paint(wrap(used, 18, 20), "2") + "\n";
    }
    return out;
  }

  // Up to three foods that would close the day's gap, for a day below target.
  std::string suggestions(const ReportDay& day) const {
    if (day.suggestions.empty()) return {};
    const double gap = whole(day.result.reference.target_mg) - whole(day.result.calcium_mg);
    std::string out = "    " + style_.paint(fmt::format("to close the {} mg gap, one of:", mg(gap)), "2") + "\n";
    for (const auto& s : day.suggestions) {
      out += "      " +
             wrap(fmt::format("{}: {} mg, about {} mg absorbed{}", printable(describe_serving(s)),
                              mg(s.calcium_mg * s.portions_to_close),
                              mg(s.absorbable_mg * s.portions_to_close), s.in_diary ? " (in your diary)" : ""),
                  6, 8) +
             "\n";
    }
    return out;
  }

  std::string note_line(const Note& note) const {
    const std::string head = fmt::format("{:<5} {}:", severity_name(note.severity), note.code);
    return "    " + style_.paint(head, severity_color(note.severity)) + " " +
           wrap(printable(note.message), 5 + head.size(), 10) + "\n";
  }

  std::string summary(const DiaryReport& report) const {
    const Summary& s = report.summary;
    const auto& first = report.days.front().result.date;
    const auto& last = report.days.back().result.date;
    std::string out = "\n";
    out += fmt::format("  {} days, {} to {}\n", s.days, format_date(first), format_date(last));
    std::string means = fmt::format("mean {} mg a day", mg(s.mean_calcium_mg));
    // Days known only by their total give no split: the split means are over
    // the days that have one, and say so.
    const auto of_days = [&](int known) {
      return known < s.days ? fmt::format(" (from {} of {} days)", known, s.days) : std::string();
    };
    if (s.days_with_split > 0)
      means += fmt::format(": diet {} mg, supplements {} mg; absorbable about {} mg{}", mg(s.mean_dietary_mg),
                           mg(s.mean_supplement_mg), mg(s.mean_absorbable_mg), of_days(s.days_with_split));
    else
      means += ": the split between food and supplements is not known";
    if (s.days_with_vitamin_d > 0)
      means += fmt::format("; vitamin D {} IU{}", mg(s.mean_vitamin_d_iu), of_days(s.days_with_vitamin_d));
    out += "    " + wrap(means, 4, 6) + "\n";
    out += "    " + wrap(fmt::format("days below target {}, below floor {}, above UL {}; longest run below target {}",
                                     s.days_below_target, s.days_below_floor, s.days_above_ul,
                                     plural(s.longest_run_below_target, "day", "days")),
                         4, 6) +
           "\n";
    return out;
  }

  RenderOptions options_;
  Style style_;
};

} // namespace

std::unique_ptr<Renderer> make_text_renderer(const RenderOptions& options) {
  if (options.command == Command::check) return make_check_text_renderer(options);
  return std::make_unique<TextRenderer>(options);
}

std::unique_ptr<Renderer> make_renderer(Format format, const RenderOptions& options) {
  switch (format) {
  case Format::text: return make_text_renderer(options);
  case Format::json: return make_json_renderer(options);
  case Format::ndjson: return make_ndjson_renderer(options);
  case Format::csv: return make_csv_renderer(',', options);
  case Format::tsv: return make_csv_renderer('\t', options);
  case Format::html: return make_html_renderer(options);
  case Format::md: return make_markdown_renderer(options);
  }
  return make_text_renderer(options);
}

} // namespace catrack::cli::render
