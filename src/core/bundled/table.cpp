#include "catrack/bundled/table.hpp"

#include "bundled/rows.hpp"
#include "catrack/foods/fields.hpp"

namespace catrack::bundled {

using foods::Food;
using foods::FoodKind;
using foods::FoodTable;
using foods::NumberMember;
using foods::Portion;
using foods::Quantity;
using util::FileName;
using util::Location;

namespace {

// The table's fields by what they hold, in its order: the rows' arrays.
struct Members {
  std::vector<NumberMember> numbers;
  std::vector<std::string Food::*> texts;
  std::vector<std::vector<std::string> Food::*> lists;
};

Members members() {
  Members out;
  for (const auto& field : foods::food_fields()) {
    if (auto* n = std::get_if<NumberMember>(&field.member)) out.numbers.push_back(*n);
    if (auto* t = std::get_if<std::string Food::*>(&field.member)) out.texts.push_back(*t);
    if (auto* l = std::get_if<std::vector<std::string> Food::*>(&field.member)) out.lists.push_back(*l);
  }
  return out;
}

Food food_of(const FoodRow& r, const Members& m, const FileName& file) {
  Food f;
  for (std::size_t i = 0; i < m.numbers.size(); ++i)
    if (r.numbers[i]) m.numbers[i].set(f, *r.numbers[i]);
  for (std::size_t i = 0; i < m.texts.size(); ++i)
    if (*r.texts[i]) f.*m.texts[i] = r.texts[i];
  for (std::size_t i = 0; i < m.lists.size(); ++i)
    (f.*m.lists[i]).assign(r.lists[i].items, r.lists[i].items + r.lists[i].count);
  f.kind = r.supplement ? FoodKind::supplement : FoodKind::food;
  f.per = Quantity{r.per_value, static_cast<Quantity::Kind>(r.per_kind), r.per_portion};
  f.portions.reserve(r.portion_count);
  for (std::size_t p = 0; p < r.portion_count; ++p) {
    const auto& pr = r.portions[p];
    const auto kind = static_cast<Quantity::Kind>(pr.kind);
    f.portions.push_back(Portion{pr.name, Quantity{pr.value, kind, kind == Quantity::Kind::portion ? pr.name : ""}});
  }
  f.origin = "bundled";
  f.defined_at = Location{file, r.line, r.column};
  return f;
}

} // namespace

std::vector<Food> bundled_food_records() {
  std::size_t count = 0;
  const FoodRow* all = rows(count);
  const Members m = members();
  std::vector<Food> out;
  out.reserve(count);
  // One shared name per food file: the rows come file by file.
  FileName file;
  for (std::size_t i = 0; i < count; ++i) {
    if (file.str() != all[i].file) file = FileName(all[i].file);
    out.push_back(food_of(all[i], m, file));
  }
  return out;
}

FoodTable bundled_table() {
  // The generator has refused duplicate names and worked out the keys.
  return FoodTable(bundled_food_records(), sorted_keys());
}

const FoodTable& shared_bundled_table() {
  // Never destroyed: freeing its ~800 records at exit cost more than
  // reading and reporting a day's diary. The static reference keeps it
  // reachable, so leak checkers do not count it.
  static const FoodTable& table = *new FoodTable(bundled_table());
  return table;
}

} // namespace catrack::bundled
