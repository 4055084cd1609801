#pragma once
// Foods by name: exact lookups by normalised key, nearest names for misses.
// Tables stack: a diary's [foods] sits on the user food files, which sit on
// the bundled table. A name in an upper layer shadows the same name below.

#include "catrack/util/diagnostic.hpp"
#include "catrack/foods/food.hpp"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace catrack::foods {

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
  util::Diagnostics add(Food food);

  // The keys a record is found by: the phrase keys of its name and aliases
  // (the name's first) and their word keys, each once.
  struct Keys {
    std::vector<std::string> phrases;
    std::vector<std::string> words;
  };
  static Keys keys_of(const Food& food);

  // Keys worked out, checked for clashes and sorted when catrack was built
  // (the bundled table), so that a table of them starts without normalising,
  // hashing or allocating anything per key. Binary search finds a key.
  struct SortedKey {
    std::string_view key;
    std::uint32_t first; // the key's records: records[first, first + count)
    std::uint32_t count;
  };
  struct SortedKeys {
    std::span<const SortedKey> phrases;      // by phrase key; one record each
    std::span<const SortedKey> words;        // by word key
    std::span<const std::uint32_t> records;  // positions in `foods`
    std::span<const std::string_view> names; // each record's name phrase key, in order
  };
  // `keys` must outlive the table and describe `foods`, in this order.
  FoodTable(std::vector<Food> foods, const SortedKeys& keys);

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
  // This layer's record for a phrase key, and its records for a word key.
  const Food* own_phrase(std::string_view phrase) const;
  std::vector<const Food*> own_words(std::string_view words) const;

  // Indexes a record by its keys (the name's phrase key first).
  void index(const Food* food, const std::vector<std::string_view>& phrases,
             const std::vector<std::string_view>& words);
  // The phrase key of a record's name, from the layer that holds it.
  std::optional<std::string_view> phrase_of(const Food& food) const;

  const FoodTable* below_;
  std::vector<std::unique_ptr<Food>> foods_;
  std::deque<std::string> keys_; // the keys computed here; the maps point into them
  std::unordered_map<std::string_view, const Food*> by_phrase_;
  std::unordered_map<std::string_view, std::vector<const Food*>> by_words_;
  std::unordered_map<const Food*, std::string_view> phrase_of_; // each record's name
  SortedKeys sorted_{};                                          // compiled-in keys, if any
};

} // namespace catrack::foods
