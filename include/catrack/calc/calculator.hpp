#pragma once
// Resolved entries and day totals: calcium, vitamin D, the dietary and
// supplement split, and the absorbable-calcium estimate.

#include "catrack/util/diagnostic.hpp"
#include "catrack/diary/diary.hpp"
#include "catrack/foods/table.hpp"
#include "catrack/calc/reference.hpp"
#include "catrack/util/date.hpp"

#include <optional>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace catrack::calc {

// Used when a food has no measured fractional absorption: the milk value of
// the Weaver/Heaney tables (COR17 Table 1), documented in docs/RULES.md.
inline constexpr double default_absorption = 0.321;

// How an entry's calcium was worked out, kept as its numbers: only --detail
// and JSON show it, and wording it for every entry of a batch check cost as
// much as looking the entry up. how_text() words it.
struct Working {
  enum class Basis { none, label_mg, label_dv, salt, elemental_mg, per_food } basis = Basis::none;
  double mg = 0;       // label_mg, salt and elemental_mg: the mg; per_food: the food's mg per `per`
  double dv_percent = 0;
  double dv_basis_mg = 0;
  double calcium_fraction = 0; // salt
  foods::Quantity per;        // per_food: the food's basis
};

struct EntryResult {
  diary::Entry entry;
  std::string food;            // the record used; empty for an unknown item with label values
  std::string source;          // the record's source, or "label" for label values
  std::string origin;          // "bundled", a food file, "diary"
  bool shadows_bundled = false;
  std::optional<double> grams;
  double calcium_mg = 0;
  double absorption = default_absorption;
  bool absorption_is_default = true;
  double absorbable_mg = 0;
  double vitamin_d_iu = 0;
  std::string form;            // supplement salt, e.g. "carbonate"
  Working working;             // how calcium was worked out, for --detail
};

// "122 mg per 100 g", "salt 1250 mg x 40 % elemental", with " x 2" for a count.
std::string how_text(const EntryResult& r);

struct DayResult {
  util::Date date;
  std::vector<EntryResult> entries;
  std::vector<std::string> notes_text; // the day's free-text notes
  double calcium_mg = 0;
  double dietary_mg = 0;
  double supplement_mg = 0;
  double absorbable_mg = 0;
  double vitamin_d_iu = 0;
  double vitamin_d_dietary_iu = 0;
  double vitamin_d_supplement_iu = 0;
  ReferenceValues reference;
  // False for a day known only by its total (Day::total): dietary_mg,
  // supplement_mg, absorbable_mg and the vitamin D split are then unknown
  // (left at 0 here; shown as "-", null or an empty cell, never as 0).
  bool split_known = true;
  // False when the day's vitamin D is unknown (a day total without it):
  // vitamin_d_iu is then 0 here and must be shown as unknown.
  bool vitamin_d_known = true;
  // Supplement entries with calcium and no time: per-dose checks could not
  // place them. Counted here so that a summary needs no entries.
  int untimed_supplements = 0;
};

// Looks one entry up and works out its calcium. `table` is the diary's
// layered table (its [foods] over the user and bundled tables).
std::variant<EntryResult, util::Diagnostic> resolve_entry(diary::Entry entry, const foods::FoodTable& table);

struct DiaryResult {
  std::vector<DayResult> days;
  util::Diagnostics errors; // any error: `days` is empty, no partial totals
};

// What a table's find() answered for each name asked, for one diary: a diary
// of years names the same foods over and over, and normalising a name and
// searching the keys for it cost more than the rest of its entry.
class FoundFoods {
public:
  explicit FoundFoods(const foods::FoodTable& table) : table_(table) {}
  const foods::Food* find(std::string_view name);

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const foods::FoodTable& table_;
  std::unordered_map<std::string, const foods::Food*, Hash, std::equal_to<>> found_;
};

// Works out a diary one day at a time, so that a caller can finish with a
// day (its notes, its output) before the next: a diary of years need not be
// held twice over, as entries and as results.
class Calculator {
public:
  // Both must outlive the calculator. Checks first what involves several
  // days (a day total given twice).
  Calculator(const diary::Diary& diary, const foods::FoodTable& table);
  // The day's entries move into the result.
  DayResult day(diary::Day& day);
  // Everything wrong so far; any error means no totals should be shown.
  const util::Diagnostics& errors() const { return errors_; }
  util::Diagnostics take_errors() { return std::move(errors_); }

private:
  const diary::Profile& profile_;
  const diary::ProfilePlaces& profile_places_;
  const foods::FoodTable& table_;
  FoundFoods found_;
  util::Diagnostics errors_;
  bool reference_error_seen_ = false; // the profile's error, said once
};

// Takes the diary by value: its entries move into the results (a diary of
// years is large). std::move it in when it is not needed after.
DiaryResult calculate(diary::Diary diary, const foods::FoodTable& table);

} // namespace catrack::calc
