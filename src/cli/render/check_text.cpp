#include "cli/render/text_parts.hpp"

#include "catrack/util/date.hpp"
#include "catrack/util/text.hpp"
#include "cli/term/terminal.hpp"

#include <fmt/format.h>

namespace catrack::cli::render {

using report::DiaryReport;
using report::Interval;
using report::group_days;
using term::Style;
using term::printable;
using util::format_date;
using util::plural;

namespace {

std::string mg(double x) { return whole_text(x); }

// check: one line per diary-day, for a person scanning a batch.
class CheckTextRenderer final : public Renderer {
public:
  explicit CheckTextRenderer(const RenderOptions& o) : style_{o.color}, interval_(o.interval), range_(o.range) {}
  bool lists_entries() const override { return false; }

  std::string diary(const DiaryReport& report, bool /*first*/) const override {
    const std::string file = printable(report.file);
    if (!report.ok())
      return fmt::format("{}  {:<10}  {}  {} error{}\n", file, "-", style_.paint("error", "1;31"),
                         report.errors.size(), report.errors.size() == 1 ? "" : "s");
    if (report.days.empty())
      return fmt::format("{}  {:<10}  ok     no days{}\n", file, "-", range_.empty() ? "" : " " + range_);
    if (interval_ != Interval::day) return periods(report, file);
    std::string out;
    for (const auto& day : report.days) {
      const auto& d = day.result;
      std::string codes;
      for (const auto& n : day.notes) codes += (codes.empty() ? "" : ",") + n.code;
      const std::string status = day_status(day);
      std::string line = fmt::format("{}  {}  {}  {:>5} of {:>4} mg", file, format_date(d.date),
                                     style_.paint(fmt::format("{:<5}", status),
                                                  day.notes.empty() ? "32" : severity_color(day.worst())),
                                     mg(d.calcium_mg), mg(d.reference.target_mg));
      if (!codes.empty()) line += "  " + codes;
      out += line + "\n";
    }
    return out;
  }

  std::string end() const override { return style_.paint(reminder, "1") + "\n"; }

private:
  // One line per week or month: the worst status of its days, the mean and
  // how many days were below target.
  std::string periods(const DiaryReport& report, const std::string& file) const {
    std::string out;
    for (const auto& p : group_days(report.days, interval_)) {
      const std::string label = period_label(p);
      out += fmt::format("{}  {:<10}  {}  mean {:>5} of {:>4} mg  {} of {} below target\n", file, label,
                         style_.paint(fmt::format("{:<5}", p.status()), p.worst_note ? severity_color(*p.worst_note) : "32"),
                         mg(p.summary.mean_calcium_mg), mg(p.mean_target_mg), p.summary.days_below_target,
                         plural(p.summary.days, "day", "days"));
    }
    return out;
  }

  Style style_;
  Interval interval_;
  std::string range_;
};

} // namespace

std::unique_ptr<Renderer> make_check_text_renderer(const RenderOptions& options) {
  return std::make_unique<CheckTextRenderer>(options);
}

} // namespace catrack::cli::render
