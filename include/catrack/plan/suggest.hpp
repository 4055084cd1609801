#pragma once
// Foods that would close a calcium gap: ranked by absorbable calcium in one
// usual portion, filtered by the profile's diet tags and dysphagia, and
// preferring foods the diary already holds. Foods only: catrack never
// proposes a supplement.

#include "catrack/foods/table.hpp"
#include "catrack/diary/profile.hpp"

#include <set>
#include <string>
#include <vector>

namespace catrack::plan {

struct SuggestRequest {
  double gap_mg = 0;
  std::vector<std::string> diet;
  bool dysphagia = false;
  std::optional<int> dysphagia_level;
  std::set<std::string> diary_foods; // names of foods the diary already holds
  std::size_t limit = 3;
};

struct Suggestion {
  std::string food;         // the food's name
  std::string source;
  std::string portion;      // the usual portion's name
  double grams = 0;
  double calcium_mg = 0;    // in one portion
  double absorbable_mg = 0; // in one portion
  int portions_to_close = 1;
  bool in_diary = false;
  // Absorbable calcium per portion counted only up to the gap: what ranks
  // foods, so that a huge portion does not win by overshooting.
  double score = 0;
};

// Texture classes allowed for a profile (catrack's default mapping, to be
// checked by the care team; see docs/RULES.md): all without dysphagia.
std::vector<std::string> allowed_textures(bool dysphagia, std::optional<int> level);

// "2 cups milk, chocolate"; "1 quesadilla, cheese" when the portion is the
// food's own name.
std::string describe_serving(const Suggestion& s);

std::vector<Suggestion> suggest_foods(const foods::FoodTable& table, const SuggestRequest& request);

// The two halves of suggest_foods, so a diary of many days scans the table
// once: the foods that may be proposed (the gap aside), then, per gap, the
// ranked few.
std::vector<Suggestion> suggestion_candidates(const foods::FoodTable& table, const SuggestRequest& request);
std::vector<Suggestion> rank_suggestions(const std::vector<Suggestion>& candidates, double gap_mg,
                                         std::size_t limit);

// A portion must give at least this much calcium to be worth proposing.
inline constexpr double min_suggestion_mg = 100;
// More portions than this do not "close" a gap; such foods are left out.
inline constexpr int max_portions_to_close = 3;

} // namespace catrack::plan
