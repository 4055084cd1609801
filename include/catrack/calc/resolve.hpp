#pragma once
// One entry looked up and worked out: which food it is, its grams, calcium,
// vitamin D and absorbable-calcium estimate, and how they were worked out.

#include "catrack/diary/diary.hpp"
#include "catrack/foods/table.hpp"
#include "catrack/util/diagnostic.hpp"
#include "catrack/util/result.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>

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

// What a table's find() answered for each name asked, for one diary: a diary
// of years names the same foods over and over, and normalising a name and
// searching the keys for it cost more than the rest of its entry.
class FoundFoods {
public:
  explicit FoundFoods(const foods::FoodTable& table) : table_(table) {}
  const foods::Food* find(std::string_view name);
  const foods::FoodTable& table() const { return table_; }

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const foods::FoodTable& table_;
  std::unordered_map<std::string, const foods::Food*, Hash, std::equal_to<>> found_;
};

// Looks one entry up and works out its calcium, into `into` (which can be
// the day's own slot: an EntryResult is large to move). The only code that
// consults the food table for an entry: the item, then for a string that
// starts with a number its amount-first readings. `found` remembers a
// diary's lookups; its table is the diary's layered one (its [foods] over
// the user and bundled tables).
std::optional<util::Diagnostic> resolve_entry(diary::Entry entry, FoundFoods& found, EntryResult& into);

// The same for one entry on its own.
util::Result<EntryResult> resolve_entry(diary::Entry entry, const foods::FoodTable& table);

} // namespace catrack::calc
