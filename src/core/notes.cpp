#include "catrack/notes.hpp"

#include "catrack/amount.hpp"

#include <cmath>
#include <fmt/format.h>
#include <map>

namespace catrack {

std::string_view severity_name(Severity severity) {
  switch (severity) {
  case Severity::info: return "info";
  case Severity::warn: return "warn";
  case Severity::alert: return "alert";
  }
  return "info";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "info") return Severity::info;
  if (name == "warn") return Severity::warn;
  if (name == "alert") return Severity::alert;
  return std::nullopt;
}

double whole(double value) { return std::round(value); }

namespace {

std::string mg(double value) { return fmt::format("{} mg", whole(value)); }
std::string iu(double value) { return fmt::format("{} IU", whole(value)); }

// Supplement calcium above this at one time is poorly absorbed: BW ("little
// added benefit ... greater than 500 milligrams at a time"), UAB (clinical.md §4.2).
constexpr double max_dose_mg = 500;

std::optional<Finding> no_profile(const RuleContext& c) {
  const auto& r = c.day.reference;
  if (!r.adult_default) return std::nullopt;
  return fmt::format("{}: using the adult 19-50 y values (target {}, floor {}, UL {}). Add age and sex to "
                     "[profile] for your own.",
                     c.profile.present ? "The profile gives no age or birth_date" : "No [profile] in the diary",
                     mg(r.target_mg), mg(r.floor_mg.value_or(0)), mg(r.ul_mg));
}

std::optional<Finding> low_intake(const RuleContext& c) {
  const double total = whole(c.day.calcium_mg);
  const double target = whole(c.day.reference.target_mg);
  if (total >= target) return std::nullopt;
  return Finding{fmt::format("Calcium {} is {} below the {} target.", mg(total), mg(target - total), mg(target)),
                 c.day.reference.basis};
}

std::optional<Finding> below_floor(const RuleContext& c) {
  if (!c.day.reference.floor_mg) return std::nullopt;
  const double total = whole(c.day.calcium_mg);
  const double floor = whole(*c.day.reference.floor_mg);
  if (total >= floor) return std::nullopt;
  return fmt::format("Calcium {} is below the {} EAR, the intake that meets the needs of only half of people "
                     "in this group.",
                     mg(total), mg(floor));
}

std::optional<Finding> above_ul(const RuleContext& c) {
  const double total = whole(c.day.calcium_mg);
  const double ul = whole(c.day.reference.ul_mg);
  if (total <= ul) return std::nullopt;
  return fmt::format("Calcium {} is above the {} tolerable upper intake level; {} of it from supplements. "
                     "Discuss with your care team.",
                     mg(total), mg(ul), mg(c.day.supplement_mg));
}

std::optional<Finding> dose_over_500(const RuleContext& c) {
  // Supplement entries with the same time are one dose; an entry without a
  // time is a dose of its own.
  std::map<int, double> timed;
  std::vector<std::string> doses;
  for (const auto& r : c.day.entries) {
    if (r.entry.kind != EntryKind::supplement || r.calcium_mg <= 0) continue;
    if (r.entry.minute_of_day) timed[*r.entry.minute_of_day] += r.calcium_mg;
    else if (whole(r.calcium_mg) > max_dose_mg)
      doses.push_back(fmt::format("{} in one entry without a time ({})", mg(r.calcium_mg), r.entry.item));
  }
  std::vector<std::string> at_times;
  for (const auto& [minute, total] : timed)
    if (whole(total) > max_dose_mg) at_times.push_back(fmt::format("{} at {}", mg(total), format_time(minute)));
  at_times.insert(at_times.end(), doses.begin(), doses.end());
  if (at_times.empty()) return std::nullopt;
  std::string list;
  for (std::size_t i = 0; i < at_times.size(); ++i) list += (i ? "; " : "") + at_times[i];
  return fmt::format("More than {} of elemental calcium from supplements at one time: {}. Less is absorbed from "
                     "a larger dose.",
                     mg(max_dose_mg), list);
}

std::optional<Finding> vitamin_d_low(const RuleContext& c) {
  const double total = whole(c.day.vitamin_d_iu);
  const double target = whole(c.day.reference.vitamin_d_target_iu);
  if (total >= target) return std::nullopt;
  return fmt::format("Vitamin D {} from the foods and supplements logged is below the {} target (sun exposure "
                     "is not counted).",
                     iu(total), iu(target));
}

std::optional<Finding> vitamin_d_above_ul(const RuleContext& c) {
  const double total = whole(c.day.vitamin_d_iu);
  const double ul = whole(c.day.reference.vitamin_d_ul_iu);
  if (total <= ul) return std::nullopt;
  return fmt::format("Vitamin D {} is above the {} tolerable upper intake level. Discuss with your care team.",
                     iu(total), iu(ul));
}

} // namespace

const std::vector<Rule>& rules() {
  static const std::vector<Rule> all{
      {"no-profile", Severity::info, "no age in the profile: the adult 19-50 y reference values are used",
       "NAM (IOM) 2011 DRI, adults 19-50 y: RDA 1000 mg, EAR 800 mg, UL 2500 mg", no_profile},
      {"low-intake", Severity::info, "total calcium below the target (RDA, or the raised or clinician's target)",
       "target: NAM (IOM) 2011 RDA; raised per ACR 2022 GIOP (secondary summary) or set by a clinician",
       low_intake},
      {"below-floor", Severity::warn, "total calcium below the EAR floor",
       "NAM (IOM) 2011 DRI: EAR (Estimated Average Requirement)", below_floor},
      {"above-ul", Severity::alert, "total calcium above the tolerable upper intake level",
       "NAM (IOM) 2011 DRI: UL; IOM p.423 (excess comes from supplements)", above_ul},
      {"dose-over-500", Severity::warn, "more than 500 mg elemental calcium from supplements taken at one time",
       "UC Berkeley Wellness; UAB: at most 500 mg elemental calcium at one time (clinical.md 4.2)", dose_over_500},
      {"vitamin-d-low", Severity::info, "vitamin D logged below the vitamin D target",
       "NAM (IOM) 2011 DRI: vitamin D RDA (assumes minimal sun exposure)", vitamin_d_low},
      {"vitamin-d-above-ul", Severity::warn, "vitamin D above the tolerable upper intake level",
       "NAM (IOM) 2011 DRI: vitamin D UL (IOM p.10, p.444)", vitamin_d_above_ul},
  };
  return all;
}

std::vector<Note> evaluate_notes(const DayResult& day, const Profile& profile) {
  const RuleContext context{day, profile};
  std::vector<Note> notes;
  for (const auto& rule : rules())
    if (auto finding = rule.check(context))
      notes.push_back({std::string(rule.code), rule.severity, std::move(finding->message),
                       finding->source.empty() ? std::string(rule.source) : std::move(finding->source)});
  return notes;
}

} // namespace catrack
