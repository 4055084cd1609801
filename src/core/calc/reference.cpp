#include "catrack/calc/reference.hpp"

#include "catrack/foods/amount.hpp"
#include "catrack/diary/diary.hpp"
#include "catrack/diary/glucocorticoid.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/date.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::calc {

using diary::Glucocorticoids;
using diary::LifeStage;
using diary::Profile;
using diary::ProfilePlaces;
using diary::Sex;
using diary::prednisone_equivalent_mg;
using util::Date;
using util::Diagnostic;
using util::format_date;
using util::format_number;
using util::format_whole;

namespace {

// NAM (IOM) 2011 DRIs, clinical.md §1.1 (calcium) and §1.2 (vitamin D).
// Infants have an AI and no EAR: the AI is the target and there is no floor.
struct Row {
  int from_months;    // inclusive
  int to_months;      // exclusive
  double ear;         // 0 = none (infants)
  double rda_or_ai;
  double ul;
  double vitamin_d_rda_or_ai;
  double vitamin_d_ul;
  const char* group;
};

constexpr int y = 12;
constexpr int open_end = 200 * y;

// Women 51-70 differ from men in calcium only; handled by a separate row.
constexpr Row general[] = {
    {0, 6, 0, 200, 1000, 400, 1000, "infants 0-6 months"},
    {6, 12, 0, 260, 1500, 400, 1500, "infants 6-12 months"},
    {1 * y, 4 * y, 500, 700, 2500, 600, 2500, "children 1-3 y"},
    {4 * y, 9 * y, 800, 1000, 2500, 600, 3000, "children 4-8 y"},
    {9 * y, 14 * y, 1100, 1300, 3000, 600, 4000, "9-13 y"},
    {14 * y, 19 * y, 1100, 1300, 3000, 600, 4000, "14-18 y"},
    {19 * y, 31 * y, 800, 1000, 2500, 600, 4000, "adults 19-30 y"},
    {31 * y, 51 * y, 800, 1000, 2500, 600, 4000, "adults 31-50 y"},
    {51 * y, 71 * y, 800, 1000, 2000, 600, 4000, "men 51-70 y"},
    {71 * y, open_end, 1000, 1200, 2000, 800, 4000, "adults over 70 y"},
};
constexpr Row women_51_70{51 * y, 71 * y, 1000, 1200, 2000, 600, 4000, "women 51-70 y"};

// Pregnancy and lactation (IOM p.362): no higher requirement than for
// non-pregnant peers. The EAR at 14-18 y is 1,100 mg in the chapter text;
// an OCR copy of the summary table shows 1,000 (clinical.md §9.3).
constexpr Row pregnant_teen{14 * y, 19 * y, 1100, 1300, 3000, 600, 4000, "pregnancy/lactation 14-18 y"};
constexpr Row pregnant_adult{19 * y, 51 * y, 800, 1000, 2500, 600, 4000, "pregnancy/lactation 19-50 y"};

const Row& pick(int months, std::optional<Sex> sex, LifeStage stage, bool& sex_assumed) {
  if (stage != LifeStage::none) {
    if (months >= pregnant_teen.from_months && months < pregnant_teen.to_months) return pregnant_teen;
    if (months >= pregnant_adult.from_months && months < pregnant_adult.to_months) return pregnant_adult;
  }
  if (months >= women_51_70.from_months && months < women_51_70.to_months && sex != Sex::male) {
    sex_assumed = !sex.has_value();
    return women_51_70;
  }
  for (const auto& row : general)
    if (months >= row.from_months && months < row.to_months) return row;
  return general[std::size(general) - 1];
}

int months_between(const Date& from, const Date& to) {
  int months = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
               (static_cast<int>(static_cast<unsigned>(to.month())) -
                static_cast<int>(static_cast<unsigned>(from.month())));
  if (static_cast<unsigned>(to.day()) < static_cast<unsigned>(from.day())) --months;
  return months;
}

// ACR 2022 GIOP guideline population: >= 2.5 mg/day prednisone-equivalent
// for > 3 months (clinical.md §3, [C]). A bare `true` is taken as meeting it.
constexpr double gc_threshold_mg = 2.5;
constexpr double gc_calcium_mg = 1200;  // top of ACR 1,000-1,200 mg [S]
constexpr double gc_vitamin_d_iu = 800; // top of ACR 600-800 IU [S]

bool glucocorticoid_applies(const Glucocorticoids& gc, const Date& day, std::string& reason) {
  if (!gc.taking) return false;
  // The reader has refused unknown drugs; prednisone is the fallback only
  // for a profile built in code without one.
  std::string dose = "glucocorticoids";
  if (gc.mg_per_day) {
    const double equivalent = prednisone_equivalent_mg(gc.drug.empty() ? "prednisone" : gc.drug, *gc.mg_per_day)
                                  .value_or(*gc.mg_per_day);
    dose = gc.drug.empty() || gc.drug == "prednisone"
               ? fmt::format("{} mg/day", format_number(*gc.mg_per_day))
               : fmt::format("{} {} mg/day = {} mg/day prednisone-equivalent", gc.drug, format_number(*gc.mg_per_day),
                             format_number(equivalent));
    if (equivalent < gc_threshold_mg) {
      reason = fmt::format("{}, below the ACR threshold of {} mg/day", dose, format_number(gc_threshold_mg));
      return false;
    }
  }
  if (gc.since) {
    const auto start = std::chrono::sys_days{*gc.since};
    const auto three_months_later = std::chrono::sys_days{*gc.since + std::chrono::months{3}};
    if (std::chrono::sys_days{day} < start) {
      reason = fmt::format("{}, not yet started on this day", dose);
      return false;
    }
    if (std::chrono::sys_days{day} <= three_months_later) {
      reason = fmt::format("{}, taken for 3 months or less on this day (ACR: more than 3 months)", dose);
      return false;
    }
  }
  reason = gc.mg_per_day ? fmt::format("{}, at or above the ACR threshold of {} mg/day", dose,
                                       format_number(gc_threshold_mg))
                         : std::string("glucocorticoids = true");
  return true;
}

} // namespace

util::Result<ReferenceValues> reference_values(const Profile& profile, const ProfilePlaces& places,
                                               const Date& day) {
  ReferenceValues ref;
  std::optional<int> months;
  if (profile.birth_date) {
    if (*profile.birth_date > day)
      return util::fail({places.of("birth_date"), fmt::format("birth_date is after the diary day {}", format_date(day))});
    months = months_between(*profile.birth_date, day);
  } else if (profile.age) {
    if (*profile.age == 0)
      return util::fail({places.of("age"), "for a baby under 1 year, give birth_date: the values change at 6 months",
                         {"birth_date = 2026-05-01"}});
    months = *profile.age * 12;
  }

  bool sex_assumed = false;
  const Row& row = months ? pick(*months, profile.sex, profile.life_stage, sex_assumed)
                          : general[6]; // adults 19-30 y: the adult 19-50 default
  ref.adult_default = !months.has_value();
  ref.target_mg = row.rda_or_ai;
  if (row.ear > 0) ref.floor_mg = row.ear;
  ref.ul_mg = row.ul;
  ref.vitamin_d_target_iu = row.vitamin_d_rda_or_ai;
  ref.vitamin_d_ul_iu = row.vitamin_d_ul;
  ref.group = ref.adult_default ? "adults 19-50 y (no age given)" : row.group;
  if (sex_assumed) ref.group += " (sex not given: women's values)";
  // "NAM 2011 DRI, adults 19-30 y: RDA 1000 mg, EAR 800 mg, UL 2500 mg", without fmt: once per day.
  ref.basis = "NAM 2011 DRI, " + ref.group + (row.ear > 0 ? ": RDA " : ": AI ") + format_whole(row.rda_or_ai) + " mg, ";
  if (row.ear > 0) ref.basis += "EAR " + format_whole(row.ear) + " mg, ";
  ref.basis += "UL " + format_whole(row.ul) + " mg";

  std::string reason;
  if (glucocorticoid_applies(profile.glucocorticoids, day, reason)) {
    ref.glucocorticoid_raised = true;
    const bool raises = ref.target_mg < gc_calcium_mg || ref.vitamin_d_target_iu < gc_vitamin_d_iu;
    ref.target_mg = std::max(ref.target_mg, gc_calcium_mg);
    ref.vitamin_d_target_iu = std::max(ref.vitamin_d_target_iu, gc_vitamin_d_iu);
    ref.basis += raises ? "; raised for glucocorticoids to the top of the ACR GIOP ranges, 1000-1200 mg calcium "
                          "and 600-800 IU vitamin D (per secondary summary)"
                        : "; glucocorticoids: these already meet the ACR GIOP ranges";
  }
  ref.glucocorticoid_reason = reason;

  if (profile.target_mg) {
    ref.target_mg = *profile.target_mg;
    ref.basis += fmt::format("; clinician's target {} mg", *profile.target_mg);
  }
  if (profile.vitamin_d_target_iu) {
    ref.vitamin_d_target_iu = *profile.vitamin_d_target_iu;
    ref.basis += fmt::format("; clinician's vitamin D target {} IU", *profile.vitamin_d_target_iu);
  }
  return ref;
}

} // namespace catrack::calc
