#include "catrack/rules/rules.hpp"

#include "catrack/rules/doses.hpp"

#include "catrack/foods/amount.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/date.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <map>

namespace catrack::rules {

using calc::DayResult;
using calc::EntryResult;
using diary::EntryKind;
using diary::Profile;
using util::format_time;
using util::format_whole;
using util::whole;

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

namespace {

std::string mg(double value) { return format_whole(whole(value)) + " mg"; }
std::string iu(double value) { return format_whole(whole(value)) + " IU"; }

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
  if (!c.day.split_known)
    return fmt::format("Calcium {} is above the {} tolerable upper intake level. This day is a total only, so how "
                       "much came from supplements is not known. Discuss with your care team.",
                       mg(total), mg(ul));
  return fmt::format("Calcium {} is above the {} tolerable upper intake level; {} of it from supplements. "
                     "Discuss with your care team.",
                     mg(total), mg(ul), mg(c.day.supplement_mg));
}

std::optional<Finding> dose_over_500(const RuleContext& c) {
  std::vector<std::string> over;
  for (const Dose& dose : supplement_doses(c.day)) {
    if (!over_dose_limit(dose)) continue;
    over.push_back(dose.minute ? fmt::format("{} at {}", mg(dose.calcium_mg), format_time(*dose.minute))
                               : fmt::format("{} in one {} without a time", mg(dose.calcium_mg), dose.items.front()));
  }
  if (over.empty()) return std::nullopt;
  std::string list;
  for (std::size_t i = 0; i < over.size(); ++i) list += (i ? "; " : "") + over[i];
  return Finding(fmt::format("More than {} of elemental calcium from supplements at one time: {}. Less of a "
                             "larger dose is absorbed; how to split doses is a question for your care team.",
                             mg(max_dose_mg), list));
}

std::optional<Finding> vitamin_d_low(const RuleContext& c) {
  const double total = whole(c.day.vitamin_d_iu);
  const double target = whole(c.day.reference.vitamin_d_target_iu);
  if (total >= target) return std::nullopt;
  return Finding(fmt::format("Vitamin D {} from the foods and supplements logged is below the {} target (sun "
                             "exposure is not counted).",
                             iu(total), iu(target)));
}

std::optional<Finding> vitamin_d_above_ul(const RuleContext& c) {
  const double total = whole(c.day.vitamin_d_iu);
  const double ul = whole(c.day.reference.vitamin_d_ul_iu);
  if (total <= ul) return std::nullopt;
  return Finding(fmt::format("Vitamin D {} is above the {} tolerable upper intake level. Discuss with your care "
                             "team.",
                             iu(total), iu(ul)));
}

// --- scleroderma, calcinosis, glucocorticoids, kidneys, absorption ------------

bool calcinosis_context(const Profile& p) { return p.calcinosis || p.scleroderma; }

const char* calcinosis_words(const Profile& p) {
  if (p.calcinosis && p.scleroderma) return "scleroderma and calcinosis";
  return p.calcinosis ? "calcinosis" : "scleroderma";
}

std::optional<Finding> supplement_not_needed(const RuleContext& c) {
  if (!calcinosis_context(c.profile) || whole(c.day.supplement_mg) <= 0) return std::nullopt;
  const double diet = whole(c.day.dietary_mg);
  const double target = whole(c.day.reference.target_mg);
  if (diet < target) return std::nullopt;
  return Finding(fmt::format("Food alone gave {}, which meets the {} target; the {} from supplements was not "
                             "needed to reach it. With {}, ask your rheumatologist whether you need the "
                             "supplement on days like this.",
                             mg(diet), mg(target), mg(c.day.supplement_mg), calcinosis_words(c.profile)));
}

std::optional<Finding> calcinosis_supplement(const RuleContext& c) {
  if (!calcinosis_context(c.profile) || whole(c.day.supplement_mg) <= 0) return std::nullopt;
  return Finding(fmt::format("{} of calcium from supplements today. With {}, food calcium is preferred; discuss "
                             "supplements with your rheumatologist, with your magnesium and vitamin K2 status.",
                             mg(c.day.supplement_mg), calcinosis_words(c.profile)));
}

std::optional<Finding> glucocorticoid(const RuleContext& c) {
  const auto& gc = c.profile.glucocorticoids;
  if (!gc.taking) return std::nullopt;
  const auto& r = c.day.reference;
  std::string drug = gc.drug.empty() ? "glucocorticoids" : gc.drug;
  if (r.glucocorticoid_raised) {
    const std::string why = gc.mg_per_day ? fmt::format(" ({})", r.glucocorticoid_reason) : std::string();
    return Finding(fmt::format("On {}{}: targets of {} calcium and {} vitamin D (ACR ranges for glucocorticoid "
                               "users: 1000-1200 mg and 600-800 IU). Ask about bone density testing, which ACR "
                               "advises when glucocorticoids are started and every 1-2 years while they continue.",
                               drug, why, mg(r.target_mg), iu(r.vitamin_d_target_iu)));
  }
  return Finding(fmt::format("On {}: {}, so the usual targets apply ({} calcium, {} vitamin D). ACR's guidance "
                             "covers 2.5 mg/day prednisone-equivalent or more for over 3 months; ask your care "
                             "team whether it applies to you.",
                             drug, r.glucocorticoid_reason, mg(r.target_mg), iu(r.vitamin_d_target_iu)));
}

bool is_carbonate(const EntryResult& r) {
  return r.entry.kind == EntryKind::supplement && r.form == "carbonate" && r.calcium_mg > 0;
}

std::optional<Finding> carbonate_ppi(const RuleContext& c) {
  if (!c.profile.ppi) return std::nullopt;
  double carbonate = 0;
  for (const auto& r : c.day.entries)
    if (is_carbonate(r)) carbonate += r.calcium_mg;
  if (whole(carbonate) <= 0) return std::nullopt;
  return Finding(fmt::format("{} of calcium came from calcium carbonate while on a proton-pump inhibitor. "
                             "Carbonate is absorbed best with stomach acid, which a PPI reduces; calcium citrate "
                             "does not need stomach acid. Long-term PPI use has also been linked to calcinosis in "
                             "scleroderma. Worth raising with your care team.",
                             mg(carbonate)));
}

// "With food" read as: a food entry within an hour either side. The sources
// say "with meals" without a window; this one is catrack's (docs/RULES.md).
constexpr int meal_window_minutes = 60;

std::optional<Finding> carbonate_empty_stomach(const RuleContext& c) {
  std::vector<int> food_times;
  for (const auto& r : c.day.entries)
    if (r.entry.kind == EntryKind::food && r.entry.minute_of_day) food_times.push_back(*r.entry.minute_of_day);
  std::vector<std::string> alone;
  for (const auto& r : c.day.entries) {
    if (!is_carbonate(r) || !r.entry.minute_of_day) continue;
    const int t = *r.entry.minute_of_day;
    const bool near_food = std::any_of(food_times.begin(), food_times.end(),
                                       [&](int f) { return std::abs(f - t) <= meal_window_minutes; });
    if (!near_food) alone.push_back(format_time(t));
  }
  if (alone.empty()) return std::nullopt;
  std::sort(alone.begin(), alone.end());
  alone.erase(std::unique(alone.begin(), alone.end()), alone.end());
  std::string times;
  for (std::size_t i = 0; i < alone.size(); ++i) times += (i ? ", " : "") + alone[i];
  return Finding(fmt::format("Calcium carbonate at {} with no food logged within an hour. Carbonate is absorbed "
                             "best when taken with food.",
                             times));
}

std::optional<Finding> kidney(const RuleContext& c) {
  const Profile& p = c.profile;
  if ((!p.kidney_disease && !p.kidney_stones) || whole(c.day.supplement_mg) <= 0)
    return std::nullopt;
  const char* what = p.kidney_disease && p.kidney_stones ? "kidney disease and kidney stones"
                     : p.kidney_disease                   ? "kidney disease"
                                                          : "kidney stones";
  return Finding(fmt::format("{} of calcium from supplements, with {} in the profile. Kidney stones are linked to "
                             "supplement calcium rather than food calcium, and in chronic kidney disease the "
                             "calcium limits are set by the kidney team. Discuss with your nephrologist.",
                             mg(c.day.supplement_mg), what));
}

// Foods absorbed at under 10 % (spinach 5.1 %, rhubarb 8.5 %, Chinese spinach
// 8.4 %: oxalate binds their calcium), giving a quarter or more of the day.
constexpr double poor_absorption = 0.10;
constexpr double poor_share = 0.25;

std::optional<Finding> low_bioavailability(const RuleContext& c) {
  double poor = 0;
  std::vector<std::string> names;
  for (const auto& r : c.day.entries) {
    if (r.absorption_is_default || r.absorption >= poor_absorption || r.calcium_mg <= 0) continue;
    poor += r.calcium_mg;
    if (std::find(names.begin(), names.end(), r.food) == names.end()) names.push_back(r.food);
  }
  const double total = c.day.calcium_mg;
  // As elsewhere, compared as printed: whole mg.
  if (whole(total) <= 0 || whole(poor) <= 0 || whole(poor) / whole(total) < poor_share) return std::nullopt;
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) list += (i ? ", " : "") + names[i];
  return Finding(fmt::format("{} ({} %) of today's calcium came from foods whose calcium is poorly absorbed "
                             "({}). The absorbable estimate already counts this; such foods add little usable "
                             "calcium.",
                             mg(poor), whole(poor / total * 100), list));
}

std::optional<Finding> malabsorption(const RuleContext& c) {
  if (!c.profile.malabsorption) return std::nullopt;
  return Finding("Malabsorption is in the profile: the calcium you absorb may be lower than the absorbable "
                 "estimate, which assumes normal absorption. Discuss your calcium and vitamin D with your care "
                 "team.");
}

} // namespace

const std::vector<Rule>& all() {
  static const std::vector<Rule> all{
      {"no-profile", Severity::info, Scope::diary, "no age in the profile: the adult 19-50 y reference values are used",
       "no age or birth_date in [profile] (or no [profile])",
       "Reference values depend on age, sex and life stage; without an age catrack cannot choose them.",
       "NAM (IOM) 2011 DRI, adults 19-50 y: RDA 1000 mg, EAR 800 mg, UL 2500 mg", no_profile},
      {"low-intake", Severity::info, Scope::day, "total calcium below the target (RDA, or the raised or clinician's target)",
       "total (whole mg) < target",
       "The RDA meets the needs of nearly all healthy people; a day below it is worth a look, a habit below it more so.",
       "target: NAM (IOM) 2011 RDA; raised per ACR 2022 GIOP (secondary summary) or set by a clinician",
       low_intake},
      {"below-floor", Severity::warn, Scope::day, "total calcium below the EAR floor",
       "total (whole mg) < EAR",
       "The EAR meets the needs of only half of healthy people; intakes below it are likely inadequate, which "
       "matters for bones already at risk (osteoporosis, glucocorticoids, scleroderma).",
       "NAM (IOM) 2011 DRI: EAR (Estimated Average Requirement)", below_floor},
      {"above-ul", Severity::alert, Scope::day, "total calcium above the tolerable upper intake level",
       "total (whole mg) > UL",
       "Above the UL the risk of harm (kidney stones in the studies behind it) rises; food alone rarely gets "
       "there, supplements do.",
       "NAM (IOM) 2011 DRI: UL; IOM p.423 (excess comes from supplements)", above_ul},
      {"dose-over-500", Severity::warn, Scope::day,
       "more than 500 mg elemental calcium from supplements taken at one time",
       "supplement calcium at the same time (to the minute) > 500 mg; an untimed single entry > 500 mg",
       "Fractional absorption falls as the dose grows, so little is gained above about 500 mg at once.",
       "UC Berkeley Wellness; UAB: at most 500 mg elemental calcium at one time (clinical.md 4.2)",
       dose_over_500, Needs::entries},
      {"supplement-not-needed", Severity::warn, Scope::day,
       "calcinosis or scleroderma, supplements taken, and food alone meets the target",
       "calcinosis or scleroderma in profile, supplement calcium > 0, dietary calcium (whole mg) >= target",
       "In calcinosis, food calcium is preferred over supplements; on a day when food meets the target, the "
       "supplement added calcium without being needed for the target.",
       "NAM (IOM) 2011 target; He R et al., J Cutan Med Surg 2025 (narrative review, hypothesis-generating)",
       supplement_not_needed, Needs::entries},
      {"calcinosis-supplement", Severity::warn, Scope::day,
       "calcinosis or scleroderma in the profile and any supplement calcium",
       "calcinosis or scleroderma in profile, supplement calcium (whole mg) > 0",
       "Calcinosis affects up to 40 % of people with scleroderma. A 2025 review suggests calcium supplements may "
       "promote tissue calcification, more so with magnesium or vitamin K2 deficiency; the evidence is a "
       "hypothesis, not a trial result.",
       "He R et al., J Cutan Med Surg 2025, doi:10.1177/12034754251320640 (narrative review); Davuluri et al., "
       "Curr Opin Rheumatol 2022 (up to 40 %)",
       calcinosis_supplement, Needs::entries},
      {"glucocorticoid", Severity::info, Scope::diary,
       "glucocorticoids in the profile: the raised targets, vitamin D, bone density monitoring",
       "glucocorticoids = true, or a table; raised when mg_per_day >= 2.5 and taken for more than 3 months",
       "Glucocorticoids impair intestinal calcium absorption (Belgian Bone Club 2022); ACR's guideline covers "
       "people on 2.5 mg/day prednisone-equivalent or more for over 3 months.",
       "ACR 2022 GIOP guideline (population, BMD testing); calcium 1000-1200 mg and vitamin D 600-800 IU per a "
       "secondary summary",
       glucocorticoid},
      {"carbonate-ppi", Severity::warn, Scope::day, "calcium carbonate while on a proton-pump inhibitor",
       "ppi = true and calcium from a carbonate supplement (whole mg) > 0",
       "Carbonate needs stomach acid to dissolve; citrate does not. PPI use has also been linked to calcinosis in "
       "scleroderma. catrack states both facts and recommends neither.",
       "UAB; UC Berkeley Wellness; Purdue Extension (citrate without stomach acid); Davuluri et al. 2022 (PPIs "
       "and calcinosis)",
       carbonate_ppi, Needs::entries},
      {"carbonate-empty-stomach", Severity::info, Scope::day, "calcium carbonate at a time with no food logged near it",
       "a carbonate supplement with a time and no food entry within 60 minutes of it",
       "Carbonate is absorbed best with a meal. The hour either side is catrack's reading of \"with meals\".",
       "UAB; UC Berkeley Wellness; Purdue Extension; MedicalAlgorithms (take carbonate with meals)",
       carbonate_empty_stomach, Needs::entries},
      {"kidney", Severity::warn, Scope::day, "kidney disease or stones in the profile and supplement calcium",
       "kidney_disease or kidney_stones in profile, supplement calcium (whole mg) > 0",
       "Supplement calcium, not food calcium, is linked to kidney stones; in CKD, KDIGO advises restricting "
       "calcium-based binders and avoiding high blood calcium.",
       "IOM 2011 p.8 and Heart 2012 editorial (stones and supplements); KDIGO 2017 CKD-MBD update",
       kidney, Needs::entries},
      {"low-bioavailability", Severity::info, Scope::day,
       "a large share of the day's calcium comes from poorly absorbed foods (spinach, rhubarb, ...)",
       "foods with measured absorption < 10 % give >= 25 % of the day's calcium",
       "Oxalate binds the calcium of spinach and rhubarb: about 5-9 % is absorbed, against 32 % from milk.",
       "Weaver/Heaney data: Curr Osteoporos Rep 2017 Table 1; KSU Human Nutrition 12.22",
       low_bioavailability, Needs::entries},
      {"malabsorption", Severity::info, Scope::diary, "malabsorption in the profile",
       "malabsorption = true",
       "Malabsorption is named among the risk factors for bone loss particular to scleroderma; the absorbable "
       "estimate assumes normal absorption.",
       "Thai SSc osteoporosis study, Sci Rep 2021 (malabsorption as an SSc bone risk factor)", malabsorption},
      {"vitamin-d-low", Severity::info, Scope::day, "vitamin D logged below the vitamin D target",
       "vitamin D (whole IU) < target",
       "The RDA assumes little sun. Vitamin D deficiency was found in 60 % of people with scleroderma against 39 % "
       "of controls (Hungarian SSc bone study, 2019).",
       "NAM (IOM) 2011 DRI: vitamin D RDA (assumes minimal sun exposure)", vitamin_d_low, Needs::vitamin_d},
      {"vitamin-d-above-ul", Severity::warn, Scope::day, "vitamin D above the tolerable upper intake level",
       "vitamin D (whole IU) > UL",
       "Above the UL the risk of high blood calcium rises.",
       "NAM (IOM) 2011 DRI: vitamin D UL (IOM p.10, p.444)", vitamin_d_above_ul, Needs::vitamin_d},
  };
  return all;
}

const Rule* find(std::string_view code) {
  for (const auto& rule : all())
    if (rule.code == code) return &rule;
  return nullptr;
}

std::vector<Note> evaluate_notes(const DayResult& day, const Profile& profile) {
  const RuleContext context{day, profile};
  std::vector<Note> notes;
  for (const auto& rule : all()) {
    const bool unknown = (rule.needs == Needs::entries && !day.split_known) ||
                         (rule.needs == Needs::vitamin_d && !day.vitamin_d_known);
    if (unknown) continue;
    if (auto finding = rule.check(context))
      notes.push_back({std::string(rule.code), rule.severity, rule.scope, std::move(finding->message),
                       finding->source.empty() ? std::string(rule.source) : std::move(finding->source)});
  }
  return notes;
}

} // namespace catrack::rules
