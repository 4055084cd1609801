#pragma once
// Small string helpers shared by the reader, the food table and the renderers.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::util {

// A food's or an entry's name is a few words; a longer "name" is a mistake
// (or an attack), and would only slow the search for similar names.
inline constexpr std::size_t max_name_bytes = 200;

std::string_view trim(std::string_view text);
std::string lowercase(std::string_view text);

// The loose key of a name: case, punctuation, a plural "s" and word order
// are ignored, so "Milk, Skim" and "skim milks" find the same food.
std::string name_key(std::string_view name);

// The phrase key of a name: like name_key but word order counts, and a
// comma name "head, qualifier" reads as "qualifier head", as catalogues
// write it. "milk, chocolate" and "chocolate milk" agree; "milk chocolate"
// (the sweet) differs.
std::string phrase_key(std::string_view name);

// Singular candidates for a unit or portion word ("slices" -> "slice").
std::vector<std::string> singular_forms(std::string_view word);

// True when two unit or portion words share a singular form ("slices" and
// "Slice", "glass" and "glasses"), as comparing their singular_forms() would
// say, without building them.
bool same_singular(std::string_view a, std::string_view b);

// The index of the first of `names` (lowercase) that a singular form of
// `word` spells, trying the forms in singular_forms() order.
std::optional<std::size_t> match_singular(std::string_view word, std::span<const std::string_view> names);

std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `limit` candidates closest to `wanted`, best first (edit distance on
// name keys, with a bonus for shared words). Candidates that are nowhere near
// are left out, so an empty result means "nothing similar".
std::vector<std::string> nearest(std::string_view wanted,
                                 const std::vector<std::string>& candidates,
                                 std::size_t limit);

// "a, b or c"
std::string join_or(const std::vector<std::string>& items);

// The items with `separator` between them.
std::string join(const std::vector<std::string>& items, std::string_view separator);

// "1 day", "3 days".
template <class Count>
std::string plural(Count n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace catrack::util
