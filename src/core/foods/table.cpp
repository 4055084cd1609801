#include "catrack/foods/table.hpp"

#include "catrack/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::foods {

using util::Diagnostics;
using util::name_key;
using util::nearest;
using util::phrase_key;
using util::trim;

FoodTable::Keys FoodTable::keys_of(const Food& food) {
  Keys keys;
  const auto once = [](std::vector<std::string>& list, std::string key) {
    if (std::find(list.begin(), list.end(), key) == list.end()) list.push_back(std::move(key));
  };
  once(keys.phrases, phrase_key(food.name));
  once(keys.words, name_key(food.name));
  for (const auto& alias : food.aliases) {
    once(keys.phrases, phrase_key(alias));
    once(keys.words, name_key(alias));
  }
  return keys;
}

Diagnostics FoodTable::add(Food food) {
  Diagnostics errors;
  const auto claim = [&](const std::string& name) {
    const std::string key = phrase_key(name);
    if (key.empty()) {
      errors.push_back({food.defined_at, fmt::format("the name \"{}\" has no letters or digits", name), {}});
      return;
    }
    if (const Food* owner = own_phrase(key)) {
      errors.push_back({food.defined_at,
                        fmt::format("\"{}\" is already the name of \"{}\"{}", name, owner->name,
                                    owner->defined_at.line > 0 ? fmt::format(" (line {})", owner->defined_at.line)
                                                               : std::string()),
                        {"names are compared ignoring case, punctuation and a plural s; \"a, b\" reads as \"b a\""}});
    }
  };
  claim(food.name);
  for (const auto& alias : food.aliases) claim(alias);
  if (!errors.empty()) return errors;

  // The maps hold views: the keys live in keys_, whose elements never move.
  Keys keys = keys_of(food);
  std::vector<std::string_view> phrases;
  std::vector<std::string_view> words;
  for (auto& k : keys.phrases) phrases.push_back(keys_.emplace_back(std::move(k)));
  for (auto& k : keys.words) words.push_back(keys_.emplace_back(std::move(k)));
  foods_.push_back(std::make_unique<Food>(std::move(food)));
  index(foods_.back().get(), phrases, words);
  return errors;
}

FoodTable::FoodTable(std::vector<Food> foods, const SortedKeys& keys) : below_(nullptr), sorted_(keys) {
  foods_.reserve(foods.size());
  phrase_of_.reserve(foods.size());
  for (std::size_t i = 0; i < foods.size(); ++i) {
    foods_.push_back(std::make_unique<Food>(std::move(foods[i])));
    phrase_of_.emplace(foods_.back().get(), keys.names[i]);
  }
}

void FoodTable::index(const Food* food, const std::vector<std::string_view>& phrases,
                      const std::vector<std::string_view>& words) {
  phrase_of_.emplace(food, phrases.front());
  for (const auto key : phrases) by_phrase_.emplace(key, food);
  for (const auto key : words) {
    auto& list = by_words_[key];
    if (std::find(list.begin(), list.end(), food) == list.end()) list.push_back(food);
  }
}

namespace {

// The positions of the records a compiled-in key finds; empty if none.
std::span<const std::uint32_t> sorted_find(std::span<const FoodTable::SortedKey> keys,
                                           std::span<const std::uint32_t> records, std::string_view key) {
  const auto it = std::lower_bound(keys.begin(), keys.end(), key,
                                   [](const FoodTable::SortedKey& k, std::string_view wanted) { return k.key < wanted; });
  if (it == keys.end() || it->key != key) return {};
  return records.subspan(it->first, it->count);
}

} // namespace

const Food* FoodTable::own_phrase(std::string_view phrase) const {
  if (auto it = by_phrase_.find(phrase); it != by_phrase_.end()) return it->second;
  const auto hit = sorted_find(sorted_.phrases, sorted_.records, phrase);
  return hit.empty() ? nullptr : foods_[hit.front()].get();
}

std::vector<const Food*> FoodTable::own_words(std::string_view words) const {
  // The compiled-in records came first, then any added to them.
  std::vector<const Food*> out;
  for (const auto position : sorted_find(sorted_.words, sorted_.records, words)) out.push_back(foods_[position].get());
  if (auto it = by_words_.find(words); it != by_words_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  return out;
}

std::optional<std::string_view> FoodTable::phrase_of(const Food& food) const {
  for (const FoodTable* layer = this; layer; layer = layer->below_)
    if (auto it = layer->phrase_of_.find(&food); it != layer->phrase_of_.end()) return it->second;
  return std::nullopt;
}

bool FoodTable::in_force(const Food& food) const {
  const auto phrase = phrase_of(food);
  return phrase && find_phrase(*phrase) == &food;
}

const Food* FoodTable::find_phrase(std::string_view phrase) const {
  for (const FoodTable* layer = this; layer; layer = layer->below_)
    if (const Food* hit = layer->own_phrase(phrase)) return hit;
  return nullptr;
}

const Food* FoodTable::find(std::string_view name) const {
  const Food* hit = find_phrase(phrase_key(name));
  if (!hit) {
    const std::string words = name_key(name);
    for (const FoodTable* layer = this; layer && !hit; layer = layer->below_)
      if (const auto hits = layer->own_words(words); !hits.empty()) {
        if (hits.size() != 1) return nullptr;
        hit = hits.front();
      }
  }
  if (!hit) return nullptr;
  // A record whose name an upper layer reuses is replaced whole: its aliases
  // lead to the upper record too ("skimmed milk" -> your skim milk).
  const auto phrase = phrase_of(*hit);
  return phrase ? find_phrase(*phrase) : hit;
}

std::vector<const Food*> FoodTable::ambiguous(std::string_view name) const {
  const std::string phrase = phrase_key(name);
  if (find_phrase(phrase)) return {};
  const std::string words = name_key(name);
  for (const FoodTable* layer = this; layer; layer = layer->below_)
    if (auto hits = layer->own_words(words); !hits.empty())
      return hits.size() > 1 ? hits : std::vector<const Food*>{};
  return {};
}

bool FoodTable::shadows_lower(const Food& food) const {
  const std::string phrase = phrase_key(food.name);
  for (const FoodTable* layer = this; layer; layer = layer->below_) {
    if (layer->own_phrase(phrase) != &food) continue;
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

std::vector<const Food*> FoodTable::all() const {
  std::vector<const Food*> out;
  for (const FoodTable* layer = this; layer; layer = layer->below_)
    for (const auto& food : layer->foods_)
      if (in_force(*food)) out.push_back(food.get());
  return out;
}

std::vector<const Food*> FoodTable::search(std::string_view query, std::size_t limit) const {
  std::vector<const Food*> out;
  const auto add = [&](const Food* food) {
    // A record hidden by an upper layer's record of the same name is not listed.
    if (food && in_force(*food) && out.size() < limit &&
        std::find(out.begin(), out.end(), food) == out.end())
      out.push_back(food);
  };
  if (trim(query).empty()) {
    auto every = all();
    std::sort(every.begin(), every.end(), [](const Food* a, const Food* b) { return a->name < b->name; });
    for (const Food* f : every) add(f);
    return out;
  }
  add(find(query));
  std::vector<std::string> names;
  collect_names(names);
  // Rank every name and alias, then keep each food once.
  for (const auto& hit : nearest(query, names, names.size())) add(find(hit));
  return out;
}

std::vector<std::string> FoodTable::suggest(std::string_view name, std::size_t limit) const {
  std::vector<std::string> out;
  for (const Food* food : search(name, limit)) out.push_back(food->name);
  return out;
}

std::size_t FoodTable::size() const {
  return foods_.size() + (below_ ? below_->size() : 0);
}

} // namespace catrack::foods
