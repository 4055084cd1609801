#include "catrack/report/report.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/date.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

namespace catrack::report {

using calc::Calculator;
using calc::EntryResult;
using calc::ReferenceValues;
using diary::Day;
using diary::Diary;
using diary::Profile;
using foods::Food;
using foods::FoodTable;
using plan::SuggestRequest;
using plan::Suggestion;
using plan::rank_suggestions;
using plan::suggestion_candidates;
using rules::Severity;
using rules::evaluate_notes;
using util::Date;
using util::whole;

Severity ReportDay::worst() const {
  Severity s = Severity::info;
  for (const auto& n : notes)
    if (n.severity > s) s = n.severity;
  return s;
}

const ReferenceValues* DiaryReport::reference() const {
  return days.empty() ? nullptr : &days.front().result.reference;
}

Summary summarise(std::span<const ReportDay> days) {
  Summary s;
  s.days = static_cast<int>(days.size());
  if (days.empty()) return s;
  int run = 0;
  std::optional<Date> previous;
  for (const auto& d : days) {
    const auto& r = d.result;
    s.mean_calcium_mg += r.calcium_mg;
    if (r.split_known) {
      ++s.days_with_split;
      s.mean_dietary_mg += r.dietary_mg;
      s.mean_supplement_mg += r.supplement_mg;
      s.mean_absorbable_mg += r.absorbable_mg;
    }
    if (r.vitamin_d_known) {
      ++s.days_with_vitamin_d;
      s.mean_vitamin_d_iu += r.vitamin_d_iu;
    }
    // As the notes do: compared in whole mg.
    const double total = whole(r.calcium_mg);
    const bool below = total < whole(r.reference.target_mg);
    if (below) ++s.days_below_target;
    const bool follows = previous && std::chrono::sys_days(*previous) + std::chrono::days(1) == std::chrono::sys_days(r.date);
    run = below ? (follows ? run + 1 : 1) : 0;
    s.longest_run_below_target = std::max(s.longest_run_below_target, run);
    previous = r.date;
    if (r.reference.floor_mg && total < whole(*r.reference.floor_mg)) ++s.days_below_floor;
    if (total > whole(r.reference.ul_mg)) ++s.days_above_ul;
    s.untimed_supplements += r.untimed_supplements;
  }
  s.mean_calcium_mg /= static_cast<double>(days.size());
  if (s.days_with_split > 0) {
    const double n = static_cast<double>(s.days_with_split);
    s.mean_dietary_mg /= n;
    s.mean_supplement_mg /= n;
    s.mean_absorbable_mg /= n;
  }
  if (s.days_with_vitamin_d > 0) s.mean_vitamin_d_iu /= static_cast<double>(s.days_with_vitamin_d);
  return s;
}

namespace {

std::vector<Caveat> caveats_of(const DiaryReport& report) {
  std::vector<Caveat> out;
  const bool suggested =
      std::any_of(report.days.begin(), report.days.end(), [](const ReportDay& d) { return !d.suggestions.empty(); });
  if (suggested && report.profile.dysphagia && report.profile.dysphagia_level != 7)
    out.push_back({"texture-defaults",
                   "Suggested foods: textures are catrack's defaults, not IDDSI assessments, and drinks are left out; "
                   "check each food with your speech and language therapist.",
                   true});
  if (const int n = report.summary.untimed_supplements; n > 0)
    out.push_back({"untimed-supplements",
                   fmt::format("{} supplement entr{} had no time: per-dose checks (dose-over-500, "
                               "carbonate-empty-stomach) need the time each was taken.",
                               n, n == 1 ? "y" : "ies")});
  return out;
}

} // namespace

DiaryReport build_report(Diary diary, const FoodTable& base, ReportOptions options) {
  DiaryReport report;
  report.file = diary.file;
  report.profile = diary.profile;
  // The diary's own foods shadow the user's and the bundled ones.
  FoodTable table(&base);
  for (const Food& food : diary.foods) {
    auto errors = table.add(food);
    report.errors.insert(report.errors.end(), errors.begin(), errors.end());
  }
  if (!report.errors.empty()) return report;
  const Profile& profile = report.profile;
  SuggestRequest request;
  request.diet = profile.diet;
  request.dysphagia = profile.dysphagia;
  request.dysphagia_level = profile.dysphagia_level;
  // A day at a time: its notes, then its entries can go (options).
  Calculator calculator(diary, table);
  report.days.reserve(diary.days.size());
  for (Day& day : diary.days) {
    ReportDay rd{calculator.day(day), {}, {}};
    if (!calculator.errors().empty()) continue; // no totals will be shown
    rd.notes = evaluate_notes(rd.result, profile);
    if (options.suggest)
      for (const auto& e : rd.result.entries)
        if (!e.food.empty()) request.diary_foods.insert(e.food);
    if (!options.keep_entries) std::vector<EntryResult>().swap(rd.result.entries);
    report.days.push_back(std::move(rd));
  }
  if (!calculator.errors().empty()) {
    report.errors = calculator.take_errors();
    report.days.clear();
    return report;
  }
  // Suggestions leave out the foods of every day of the diary, so they come
  // after all days are worked out.
  std::optional<std::vector<Suggestion>> candidates; // scanned once, on the first day below target
  for (auto& rd : report.days) {
    const double gap = whole(rd.result.reference.target_mg) - whole(rd.result.calcium_mg);
    if (options.suggest && gap > 0) {
      if (!candidates) candidates = suggestion_candidates(table, request);
      rd.suggestions = rank_suggestions(*candidates, gap, request.limit);
    }
  }
  report.summary = summarise(report.days);
  report.caveats = caveats_of(report);
  return report;
}

} // namespace catrack::report
