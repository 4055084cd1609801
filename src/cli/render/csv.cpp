#include "cli/render/render.hpp"

#include "catrack/foods/amount.hpp"
#include "catrack/diary/diary.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/date.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::cli::render {

using report::DiaryReport;
using report::Interval;
using report::Summary;
using report::group_days;
using report::interval_name;
using util::format_date;
using util::format_whole;
using util::whole;

std::string whole_text(double x) { return format_whole(whole(x) == 0 ? 0.0 : whole(x)); }

namespace {

// A cell as spreadsheets read it back: a leading = + - @ is quoted away (no
// formulas from a diary), a separator or quote is quoted. Appended in place:
// this runs for every cell of every row.
void append_cell(std::string& out, std::string_view text, char sep) {
  const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
  if (sep == '\t') {
    if (formula) out += '\'';
    for (char c : text) out += c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
    return;
  }
  // A plain loop: find_first_of calls memchr once per character.
  const bool quoted =
      std::any_of(text.begin(), text.end(), [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; });
  if (quoted) out += '"';
  if (formula) out += '\'';
  if (!quoted) {
    out += text;
    return;
  }
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

} // namespace

std::string csv_cell(std::string_view raw, char sep) {
  std::string out;
  append_cell(out, raw, sep);
  return out;
}

namespace {

std::string mg(double x) { return whole_text(x); }

std::string row(std::initializer_list<std::string_view> cells, char sep) {
  std::string out;
  bool first = true;
  for (const auto c : cells) {
    if (!first) out += sep;
    first = false;
    append_cell(out, c, sep);
  }
  out += '\n';
  return out;
}

class CsvRenderer final : public Renderer {
public:
  explicit CsvRenderer(char separator) : sep_(separator) {}
  bool lists_entries() const override { return false; }

  std::string begin() const override {
    return row({"file", "date", "calcium_mg", "dietary_mg", "supplement_mg", "absorbable_mg", "target_mg", "ul_mg",
                "vitamin_d_iu", "status", "notes"});
  }

  std::string diary(const DiaryReport& report, bool /*first*/) const override {
    if (!report.ok()) return row({report.file, "", "", "", "", "", "", "", "", "error", ""});
    std::string out;
    for (const auto& day : report.days) {
      const auto& d = day.result;
      std::string codes;
      for (const auto& n : day.notes) {
        if (!codes.empty()) codes += ';';
        codes += n.code;
      }
      // A day known only by its total has no split: empty cells, never 0.
      const auto split = [&](double x) { return d.split_known ? mg(x) : std::string(); };
      out += row({report.file, format_date(d.date), mg(d.calcium_mg), split(d.dietary_mg), split(d.supplement_mg),
                  split(d.absorbable_mg), mg(d.reference.target_mg), mg(d.reference.ul_mg),
                  d.vitamin_d_known ? mg(d.vitamin_d_iu) : std::string(), day_status(day), codes});
    }
    return out;
  }

private:
  std::string row(std::initializer_list<std::string_view> cells) const { return render::row(cells, sep_); }

  char sep_;
};

// --weekly / --monthly: one row per diary-period, its means and counts.
class CsvPeriodRenderer final : public Renderer {
public:
  CsvPeriodRenderer(char separator, Interval interval) : sep_(separator), interval_(interval) {}
  bool lists_entries() const override { return false; }

  std::string begin() const override {
    return row({"file", "period", "begin", "end", "days", "mean_calcium_mg", "mean_dietary_mg", "mean_supplement_mg",
                "mean_absorbable_mg", "mean_vitamin_d_iu", "target_mg", "days_below_target", "days_below_floor",
                "days_above_ul", "longest_run_below_target", "status", "notes"},
               sep_);
  }

  std::string diary(const DiaryReport& report, bool /*first*/) const override {
    if (!report.ok())
      return row({report.file, interval_name(interval_), "", "", "", "", "", "", "", "", "", "", "", "", "", "error", ""},
                 sep_);
    std::string out;
    for (const auto& p : group_days(report.days, interval_)) {
      const Summary& s = p.summary;
      const auto split = [&](double x) { return s.days_with_split > 0 ? mg(x) : std::string(); };
      std::string notes;
      for (const auto& n : p.note_days) notes += fmt::format("{}{}:{}", notes.empty() ? "" : ";", n.code, n.days);
      out += row({report.file, interval_name(interval_), format_date(p.begin), format_date(p.end),
                  std::to_string(s.days), mg(s.mean_calcium_mg), split(s.mean_dietary_mg), split(s.mean_supplement_mg),
                  split(s.mean_absorbable_mg), s.days_with_vitamin_d > 0 ? mg(s.mean_vitamin_d_iu) : std::string(),
                  mg(p.mean_target_mg), std::to_string(s.days_below_target), std::to_string(s.days_below_floor),
                  std::to_string(s.days_above_ul), std::to_string(s.longest_run_below_target),
                  p.status(), notes},
                 sep_);
    }
    return out;
  }

private:
  char sep_;
  Interval interval_;
};

} // namespace

std::unique_ptr<Renderer> make_csv_renderer(char separator, const RenderOptions& options) {
  if (options.interval != Interval::day) return std::make_unique<CsvPeriodRenderer>(separator, options.interval);
  return std::make_unique<CsvRenderer>(separator);
}

} // namespace catrack::cli::render
