// MyFitnessPal's Nutrition-Summary export (peers.md §2.3): one row per meal,
// and its Calcium is a percentage of the Daily Value, not mg. Each day
// becomes a day total: a meal row mixes food and supplements.

#include "catrack/foods/amount.hpp"
#include "catrack/util/text.hpp"
#include "import/cells.hpp"
#include "import/formats.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/date.hpp"

#include <fmt/format.h>
#include <map>

namespace catrack::import {

using diary::Day;
using diary::DayTotal;
using diary::DiaryRead;
using util::Date;
using util::Diagnostics;
using util::Location;
using util::format_date;
using util::format_number;
using util::lowercase;
using util::trim;

namespace {

// The current US label basis (100 % DV = 1300 mg since the 2016 rule).
constexpr double current_dv_basis_mg = 1300;

struct MealDay {
  Location at;               // the day's first row
  double percent = 0;        // the meals' %DV added up
  std::vector<std::string> meals;
  std::optional<Location> blank_at; // a meal without a calcium value
};

bool is_total_label(std::string_view text) {
  const auto t = lowercase(trim(text));
  return t == "total" || t == "totals";
}

} // namespace

void read_mfp_nutrition(const std::vector<csv::Row>& rows, bool decimal_comma, const ReadOptions& options,
                        DiaryRead& out) {
  Diagnostics& errors = out.errors;
  const Header header(rows.front());
  const auto date_column = header.find({"Date"});
  const auto meal_column = header.find({"Meal", "Repas"});
  const auto calcium_column = header.find({"Calcium"});
  if (!date_column || !meal_column || !calcium_column) {
    errors.push_back({rows.front().at, "a MyFitnessPal Nutrition-Summary export needs the columns Date, Meal and "
                                       "Calcium",
                      {}});
    return;
  }
  const double basis = options.dv_basis_mg.value_or(current_dv_basis_mg);
  const Location& calcium_header = header.at(*calcium_column);
  if (!options.dv_basis_mg)
    out.warnings.push_back({calcium_header,
                            "MyFitnessPal gives calcium as a % of the Daily Value, not in mg: 100 % was taken as "
                            "1300 mg (current US labels). Give --dv-basis 1300 to confirm, or --dv-basis 1000 for "
                            "labels from before 2016",
                            {}});
  out.warnings.push_back({rows.front().at,
                          "MyFitnessPal gives one row per meal: the split between food and supplements is not "
                          "known (the notes about supplements are not checked), and it has no vitamin D",
                          {}});

  std::map<Date, MealDay> days;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const csv::Row& row = rows[r];
    // The trailing Total row repeats the meals' sum: never counted.
    if (!row.cells.empty() && is_total_label(row.cells.front().text)) continue;
    if (!has_header_shape(row, header, errors)) continue;
    if (is_total_label(row.cells[*meal_column].text)) continue;
    const std::size_t before = errors.size();
    const auto date = read_date(row.cells[*date_column], "Date", errors);
    const csv::Cell& calcium = row.cells[*calcium_column];
    std::optional<double> percent;
    if (!is_blank(calcium)) percent = read_number(calcium, header.name(*calcium_column), decimal_comma, errors);
    if (errors.size() != before || !date) continue;
    MealDay& day = days.try_emplace(*date, MealDay{row.at, 0, {}, std::nullopt}).first->second;
    const std::string meal = trimmed(row.cells[*meal_column]);
    if (!percent) {
      if (!day.blank_at) day.blank_at = calcium.at;
      continue;
    }
    day.percent += *percent;
    day.meals.push_back(fmt::format("{} {} %", meal.empty() ? "(no meal)" : meal, format_number(*percent)));
  }

  for (auto& [date, meals] : days) {
    if (meals.blank_at) {
      out.warnings.push_back({*meals.blank_at,
                              fmt::format("Calcium is empty for a meal on {} (an empty cell is no data, not zero): "
                                          "the day is left out",
                                          format_date(date)),
                              {}});
      continue;
    }
    Day day;
    day.date = date;
    day.at = meals.at;
    day.total = DayTotal{meals.percent * basis / 100.0, std::nullopt, meals.at}; // 70 * 1300 / 100 is 910 exactly
    std::string list;
    for (const auto& m : meals.meals) list += (list.empty() ? "" : ", ") + m;
    day.notes.push_back(fmt::format("MyFitnessPal calcium, % Daily Value: {}; 100 % = {} mg{}", list,
                                    format_number(basis), options.dv_basis_mg ? "" : " (assumed)"));
    out.value.days.push_back(std::move(day));
  }
}

} // namespace catrack::import
