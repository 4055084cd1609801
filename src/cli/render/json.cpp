#include "cli/render/json_writer.hpp"
#include "cli/render/render.hpp"

#include "catrack/diary/diary.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/date.hpp"

#include <cmath>
#include <fmt/format.h>

namespace catrack::cli::render {

using calc::DayResult;
using calc::EntryResult;
using calc::ReferenceValues;
using calc::how_text;
using diary::Entry;
using diary::EntryKind;
using report::DiaryReport;
using report::Interval;
using report::Period;
using report::ReportDay;
using report::Summary;
using report::group_days;
using report::interval_name;
using rules::Note;
using rules::severity_name;
using util::Diagnostics;
using util::format_date;
using util::format_time;
using util::whole;

namespace {

double one_decimal(double x) { return std::round(x * 10) / 10; }

void write_profile(JsonWriter& w, const DiaryReport& report) {
  const ReferenceValues* r = report.reference();
  if (!r) {
    w.null();
    return;
  }
  w.begin_object();
  w.field("target_mg", whole(r->target_mg));
  w.key("floor_mg");
  if (r->floor_mg) w.value(whole(*r->floor_mg));
  else w.null();
  w.field("ul_mg", whole(r->ul_mg));
  w.field("vitamin_d_target_iu", whole(r->vitamin_d_target_iu));
  w.field("vitamin_d_ul_iu", whole(r->vitamin_d_ul_iu));
  w.field("basis", r->basis);
  w.field("group", r->group);
  w.field("default", r->adult_default);
  w.end_object();
}

void write_entry(JsonWriter& w, const EntryResult& r) {
  const Entry& e = r.entry;
  w.begin_object();
  w.field("kind", e.kind == EntryKind::food ? "food" : "supplement");
  w.field("item", e.item);
  w.key("food");
  if (r.food.empty()) w.null();
  else w.value(r.food);
  w.field("source", r.source);
  w.key("amount");
  if (e.amount) w.value(e.amount->text);
  else w.null();
  w.field("count", e.count);
  w.key("grams");
  if (r.grams) w.value(one_decimal(*r.grams));
  else w.null();
  w.field("calcium_mg", whole(r.calcium_mg));
  w.field("absorbable_mg", whole(r.absorbable_mg));
  w.field("absorption", r.absorption);
  w.field("absorption_default", r.absorption_is_default);
  w.field("vitamin_d_iu", whole(r.vitamin_d_iu));
  w.key("time");
  if (e.minute_of_day) w.value(format_time(*e.minute_of_day));
  else w.null();
  w.key("meal");
  if (e.meal.empty()) w.null();
  else w.value(e.meal);
  w.field("origin", r.origin);
  w.field("how", how_text(r));
  w.field("line", e.at.line);
  w.end_object();
}

void write_notes(JsonWriter& w, const std::vector<Note>& notes) {
  w.begin_array();
  for (const auto& n : notes) {
    w.begin_object();
    w.field("code", n.code);
    w.field("severity", severity_name(n.severity));
    w.field("message", n.message);
    w.field("source", n.source);
    w.end_object();
  }
  w.end_array();
}

void known_or_null(JsonWriter& w, std::string_view key, bool known, double value) {
  w.key(key);
  if (known) w.value(whole(value));
  else w.null();
}

void write_day(JsonWriter& w, const ReportDay& day, const std::string* file) {
  const DayResult& d = day.result;
  w.begin_object();
  if (file) w.field("schema", schema_version).field("kind", "day").field("file", *file);
  w.field("date", format_date(d.date));
  w.key("calcium_mg").begin_object();
  w.field("total", whole(d.calcium_mg));
  // A day known only by its total has no split: null, never an invented 0.
  known_or_null(w, "dietary", d.split_known, d.dietary_mg);
  known_or_null(w, "supplement", d.split_known, d.supplement_mg);
  known_or_null(w, "absorbable_estimate", d.split_known, d.absorbable_mg);
  w.end_object();
  w.field("target_mg", whole(d.reference.target_mg));
  w.key("floor_mg");
  if (d.reference.floor_mg) w.value(whole(*d.reference.floor_mg));
  else w.null();
  w.field("ul_mg", whole(d.reference.ul_mg));
  w.field("percent_of_target", whole(d.calcium_mg / d.reference.target_mg * 100));
  w.key("vitamin_d_iu").begin_object();
  known_or_null(w, "total", d.vitamin_d_known, d.vitamin_d_iu);
  known_or_null(w, "dietary", d.split_known && d.vitamin_d_known, d.vitamin_d_dietary_iu);
  known_or_null(w, "supplement", d.split_known && d.vitamin_d_known, d.vitamin_d_supplement_iu);
  w.field("target", whole(d.reference.vitamin_d_target_iu));
  w.field("ul", whole(d.reference.vitamin_d_ul_iu));
  w.end_object();
  w.field("status", day_status(day));
  w.key("entries").begin_array();
  for (const auto& e : d.entries) write_entry(w, e);
  w.end_array();
  w.key("notes");
  write_notes(w, day.notes);
  w.key("suggestions").begin_array();
  for (const auto& s : day.suggestions) {
    w.begin_object();
    w.field("food", s.food);
    w.field("source", s.source);
    w.field("portion", s.portion);
    w.field("portions", s.portions_to_close);
    w.field("calcium_mg", whole(s.calcium_mg * s.portions_to_close));
    w.field("absorbable_mg", whole(s.absorbable_mg * s.portions_to_close));
    w.field("in_diary", s.in_diary);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_errors(JsonWriter& w, const Diagnostics& errors) {
  w.begin_array();
  for (const auto& e : errors) {
    w.begin_object();
    w.field("file", e.where.file.str());
    w.field("line", e.where.line);
    w.field("column", e.where.column);
    w.field("message", e.message);
    w.key("hints").begin_array();
    for (const auto& h : e.hints) w.value(h);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

void write_summary_fields(JsonWriter& w, const Summary& s) {
  w.field("days", s.days);
  w.field("mean_calcium_mg", whole(s.mean_calcium_mg));
  known_or_null(w, "mean_dietary_mg", s.days_with_split > 0, s.mean_dietary_mg);
  known_or_null(w, "mean_supplement_mg", s.days_with_split > 0, s.mean_supplement_mg);
  known_or_null(w, "mean_absorbable_mg", s.days_with_split > 0, s.mean_absorbable_mg);
  known_or_null(w, "mean_vitamin_d_iu", s.days_with_vitamin_d > 0, s.mean_vitamin_d_iu);
  w.field("days_below_target", s.days_below_target);
  w.field("days_below_floor", s.days_below_floor);
  w.field("days_above_ul", s.days_above_ul);
  w.field("longest_run_below_target", s.longest_run_below_target);
}

void write_summary(JsonWriter& w, const Summary& s) {
  w.begin_object();
  write_summary_fields(w, s);
  w.field("untimed_supplements", s.untimed_supplements);
  w.end_object();
}

// A week or month: its dates (end exclusive), means, counts and the number
// of days that had each note.
void write_period(JsonWriter& w, const Period& p, const std::string* file) {
  w.begin_object();
  if (file) w.field("schema", schema_version).field("kind", "period").field("file", *file);
  w.field("period", interval_name(p.interval));
  w.field("begin", format_date(p.begin));
  w.field("end", format_date(p.end));
  write_summary_fields(w, p.summary);
  w.field("mean_target_mg", whole(p.mean_target_mg));
  w.field("mean_vitamin_d_target_iu", whole(p.mean_vitamin_d_target_iu));
  w.key("note_days").begin_object();
  for (const auto& n : p.note_days) w.field(n.code, n.days);
  w.end_object();
  w.end_object();
}

class JsonRenderer final : public Renderer {
public:
  explicit JsonRenderer(Interval interval) : interval_(interval) {}

  std::string begin() const override {
    return fmt::format("{{\"schema\":{},\"kind\":\"report\",\"diaries\":[", schema_version);
  }

  std::string diary(const DiaryReport& report, bool first) const override {
    std::string out;
    if (!first) out += ",";
    out += "\n";
    JsonWriter w(out);
    w.begin_object();
    w.field("file", report.file);
    w.key("profile");
    write_profile(w, report);
    w.key("days").begin_array();
    for (const auto& day : report.days) write_day(w, day, nullptr);
    w.end_array();
    w.key("summary");
    if (report.ok()) write_summary(w, report.summary);
    else w.null();
    if (interval_ != Interval::day) {
      w.key("periods").begin_array();
      for (const auto& p : group_days(report.days, interval_)) write_period(w, p, nullptr);
      w.end_array();
    }
    w.key("caveats").begin_array();
    for (const auto& c : report.caveats) w.begin_object().field("code", c.code).field("message", c.message).end_object();
    w.end_array();
    w.key("errors");
    write_errors(w, report.errors);
    w.end_object();
    return out;
  }

  std::string end() const override { return "\n]}\n"; }

private:
  Interval interval_;
};

// One JSON object per line: a day (or with --weekly/--monthly a period),
// or for a diary with errors, its errors.
class NdjsonRenderer final : public Renderer {
public:
  explicit NdjsonRenderer(Interval interval) : interval_(interval) {}

  std::string diary(const DiaryReport& report, bool /*first*/) const override {
    std::string out;
    if (!report.ok()) {
      JsonWriter w(out);
      w.begin_object();
      w.field("schema", schema_version).field("kind", "error").field("file", report.file);
      w.field("status", "error");
      w.key("errors");
      write_errors(w, report.errors);
      w.end_object();
      out += '\n';
      return out;
    }
    if (interval_ != Interval::day) {
      for (const auto& p : group_days(report.days, interval_)) {
        JsonWriter w(out);
        write_period(w, p, &report.file);
        out += '\n';
      }
      return out;
    }
    for (const auto& day : report.days) {
      JsonWriter w(out);
      write_day(w, day, &report.file);
      out += '\n';
    }
    return out;
  }

private:
  Interval interval_;
};

} // namespace

std::unique_ptr<Renderer> make_json_renderer(const RenderOptions& options) {
  return std::make_unique<JsonRenderer>(options.interval);
}
std::unique_ptr<Renderer> make_ndjson_renderer(const RenderOptions& options) {
  return std::make_unique<NdjsonRenderer>(options.interval);
}

} // namespace catrack::cli::render
