#include "catrack/food_table.hpp"

#include "catrack/text.hpp"

#include <fmt/format.h>

namespace catrack {

Diagnostics FoodTable::add(Food food) {
  Diagnostics errors;
  std::vector<std::string> keys;
  const auto claim = [&](const std::string& name) {
    const std::string key = name_key(name);
    if (key.empty()) {
      errors.push_back({food.defined_at, fmt::format("the name \"{}\" has no letters or digits", name), {}});
      return;
    }
    for (const auto& k : keys)
      if (k == key) return; // the record repeats itself ("milk" and "Milk"): harmless
    if (auto it = by_key_.find(key); it != by_key_.end()) {
      errors.push_back({food.defined_at,
                        fmt::format("\"{}\" is already the name of \"{}\"{}", name, it->second->name,
                                    it->second->defined_at.line > 0
                                        ? fmt::format(" (line {})", it->second->defined_at.line)
                                        : std::string()),
                        {"names and aliases are compared ignoring case, punctuation, plural s and word order"}});
      return;
    }
    keys.push_back(key);
  };
  claim(food.name);
  for (const auto& alias : food.aliases) claim(alias);
  if (!errors.empty()) return errors;

  foods_.push_back(std::make_unique<Food>(std::move(food)));
  for (const auto& key : keys) by_key_.emplace(key, foods_.back().get());
  return errors;
}

const Food* FoodTable::find(std::string_view name) const {
  const std::string key = name_key(name);
  for (const FoodTable* layer = this; layer; layer = layer->below_)
    if (auto it = layer->by_key_.find(key); it != layer->by_key_.end()) return it->second;
  return nullptr;
}

bool FoodTable::shadows_lower(const Food& food) const {
  for (const FoodTable* layer = this; layer; layer = layer->below_) {
    auto it = layer->by_key_.find(name_key(food.name));
    if (it == layer->by_key_.end() || it->second != &food) continue;
    return layer->below_ && layer->below_->find(food.name) != nullptr;
  }
  return false;
}

void FoodTable::collect_names(std::vector<std::string>& out) const {
  for (const auto& food : foods_) {
    out.push_back(food->name);
    for (const auto& alias : food->aliases) out.push_back(alias);
  }
  if (below_) below_->collect_names(out);
}

std::vector<std::string> FoodTable::suggest(std::string_view name, std::size_t limit) const {
  std::vector<std::string> names;
  collect_names(names);
  // Rank every name and alias, then report each food once, by its name.
  std::vector<std::string> out;
  for (const auto& hit : nearest(name, names, names.size())) {
    const Food* food = find(hit);
    if (!food) continue;
    bool seen = false;
    for (const auto& o : out) seen = seen || o == food->name;
    if (!seen) out.push_back(food->name);
    if (out.size() == limit) break;
  }
  return out;
}

std::size_t FoodTable::size() const {
  return foods_.size() + (below_ ? below_->size() : 0);
}

} // namespace catrack
