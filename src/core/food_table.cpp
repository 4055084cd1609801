#include "catrack/food_table.hpp"

#include "catrack/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack {

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
    if (auto it = by_phrase_.find(key); it != by_phrase_.end()) {
      errors.push_back({food.defined_at,
                        fmt::format("\"{}\" is already the name of \"{}\"{}", name, it->second->name,
                                    it->second->defined_at.line > 0
                                        ? fmt::format(" (line {})", it->second->defined_at.line)
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

void FoodTable::add_prebuilt(Food food, std::span<const char* const> phrases, std::span<const char* const> words) {
  foods_.push_back(std::make_unique<Food>(std::move(food)));
  index(foods_.back().get(), phrases, words);
}

template <class KeyList>
void FoodTable::index(const Food* food, const KeyList& phrases, const KeyList& words) {
  phrase_of_.emplace(food, std::string_view(phrases.front()));
  for (const auto& key : phrases) by_phrase_.emplace(std::string_view(key), food);
  for (const auto& key : words) {
    auto& list = by_words_[std::string_view(key)];
    if (std::find(list.begin(), list.end(), food) == list.end()) list.push_back(food);
  }
}

void FoodTable::reserve(std::size_t count) {
  foods_.reserve(count);
  by_phrase_.reserve(count * 2);
  by_words_.reserve(count * 2);
  phrase_of_.reserve(count);
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
    if (auto it = layer->by_phrase_.find(phrase); it != layer->by_phrase_.end()) return it->second;
  return nullptr;
}

const Food* FoodTable::find(std::string_view name) const {
  const Food* hit = find_phrase(phrase_key(name));
  if (!hit) {
    const std::string words = name_key(name);
    for (const FoodTable* layer = this; layer && !hit; layer = layer->below_)
      if (auto it = layer->by_words_.find(words); it != layer->by_words_.end()) {
        if (it->second.size() != 1) return nullptr;
        hit = it->second.front();
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
  for (const FoodTable* layer = this; layer; layer = layer->below_)
    if (layer->by_phrase_.count(phrase)) return {};
  const std::string words = name_key(name);
  for (const FoodTable* layer = this; layer; layer = layer->below_)
    if (auto it = layer->by_words_.find(words); it != layer->by_words_.end())
      return it->second.size() > 1 ? it->second : std::vector<const Food*>{};
  return {};
}

bool FoodTable::shadows_lower(const Food& food) const {
  const std::string phrase = phrase_key(food.name);
  for (const FoodTable* layer = this; layer; layer = layer->below_) {
    auto it = layer->by_phrase_.find(phrase);
    if (it == layer->by_phrase_.end() || it->second != &food) continue;
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

} // namespace catrack
