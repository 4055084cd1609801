#pragma once
// Foods by name: exact lookups by normalised key, nearest names for misses.
// Tables stack: a diary's [foods] sits on the user food files, which sit on
// the bundled table. A name in an upper layer shadows the same name below.

#include "catrack/diagnostic.hpp"
#include "catrack/food.hpp"

#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace catrack {

class FoodTable {
public:
  // `below` must outlive this table; nullptr for the bottom layer.
  explicit FoodTable(const FoodTable* below = nullptr) : below_(below) {}

  FoodTable(FoodTable&&) = default;
  FoodTable& operator=(FoodTable&&) = default;
  FoodTable(const FoodTable&) = delete; // the index points into its own key store
  FoodTable& operator=(const FoodTable&) = delete;

  // Adds a record. A name or alias that normalises to a key already used in
  // this layer is an error (returned, the record is not added).
  Diagnostics add(Food food);

  // The keys a record is found by: the phrase keys of its name and aliases
  // (the name's first) and their word keys, each once.
  struct Keys {
    std::vector<std::string> phrases;
    std::vector<std::string> words;
  };
  static Keys keys_of(const Food& food);

  // Adds a record whose keys were worked out and checked for clashes when
  // catrack was built (the bundled table): no normalising, no checks. The
  // keys must outlive the table.
  void add_prebuilt(Food food, std::span<const char* const> phrases, std::span<const char* const> words);

  // Room for `count` records, so that adding them does not rehash.
  void reserve(std::size_t count);

  // True when `food` is the record in force for its name: not hidden by an
  // upper layer's record of the same name.
  bool in_force(const Food& food) const;

  // This layer first, then the layers below: the exact phrase in any layer
  // wins, then the words in any order if only one food has them. nullptr
  // when nothing matches, or when several do (see ambiguous()).
  const Food* find(std::string_view name) const;

  // The foods whose names share the words of `name` in another order, when
  // there is no exact phrase and more than one: the user must choose.
  std::vector<const Food*> ambiguous(std::string_view name) const;

  // True when `food` hides a record of the same name in a lower layer.
  bool shadows_lower(const Food& food) const;

  // The nearest names (and aliases) to a miss in all layers, best first.
  std::vector<std::string> suggest(std::string_view name, std::size_t limit = 3) const;

  // Foods in force (not shadowed) ranked for a search box: an exact match
  // first, then by how well the query's words match names and aliases.
  // An empty query lists every food by name.
  std::vector<const Food*> search(std::string_view query, std::size_t limit) const;

  // Every food in force, upper layers first.
  std::vector<const Food*> all() const;

  // Records of this layer only, in the order added.
  const std::vector<std::unique_ptr<Food>>& own_foods() const { return foods_; }
  std::size_t size() const;
  const FoodTable* below() const { return below_; }

private:
  void collect_names(std::vector<std::string>& out) const;
  const Food* find_phrase(std::string_view phrase) const;

  // Indexes a record by its keys (any list of strings; the name's phrase
  // key first). Defined and used in food_table.cpp only.
  template <class KeyList>
  void index(const Food* food, const KeyList& phrases, const KeyList& words);
  // The phrase key of a record's name, from the layer that holds it.
  std::optional<std::string_view> phrase_of(const Food& food) const;

  const FoodTable* below_;
  std::vector<std::unique_ptr<Food>> foods_;
  std::deque<std::string> keys_; // the keys computed here; the maps point into them
  std::unordered_map<std::string_view, const Food*> by_phrase_;
  std::unordered_map<std::string_view, std::vector<const Food*>> by_words_;
  std::unordered_map<const Food*, std::string_view> phrase_of_; // each record's name
};

} // namespace catrack
