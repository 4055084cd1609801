// Cronometer's CSV exports (peers.md §2.2): "servings" (one row per food
// logged) and "daily nutrition" (one row per day, or per diary group with a
// Total row). An empty cell is "no data", never zero.

#include "catrack/foods/amount.hpp"
#include "catrack/util/text.hpp"
#include "import/cells.hpp"
#include "import/formats.hpp"
#include "catrack/util/date.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <map>

namespace catrack::import {

using diary::Day;
using diary::DayTotal;
using diary::DiaryRead;
using diary::Entry;
using diary::EntryKind;
using foods::parse_amount;
using util::Date;
using util::Diagnostics;
using util::Location;
using util::format_date;
using util::lowercase;
using util::trim;

namespace {

constexpr double iu_per_mcg = 40; // vitamin D

struct VitaminDColumn {
  std::size_t index;
  double to_iu; // 1 for IU, 40 for micrograms
  std::string name;
};

std::optional<VitaminDColumn> vitamin_d_column(const Header& header) {
  if (auto i = header.find({"Vitamin D (IU)"})) return VitaminDColumn{*i, 1, header.name(*i)};
  if (auto i = header.find({"Vitamin D (ug)", "Vitamin D (mcg)"})) return VitaminDColumn{*i, iu_per_mcg, header.name(*i)};
  return std::nullopt;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

bool has_word(const std::vector<std::string>& ws, std::string_view word) {
  return std::find(ws.begin(), ws.end(), word) != ws.end();
}

// Cronometer logs supplements "the same way you would add a food"
// (peers.md §2.1), so they are told apart by the diary group or the name:
// a calcium salt or vitamin D named first ("Calcium Citrate", "Vitamin D3
// 1000 IU"), or a supplement word or brand anywhere ("Caltrate 600+D",
// "Multivitamin"). "Milk, with added vitamin D" stays a food.
bool looks_like_supplement(std::string_view group, std::string_view name) {
  const auto g = lowercase(trim(group));
  if (g == "supplements" || g == "supplement") return true;
  const auto ws = words(name);
  if (ws.empty()) return false;
  static const std::vector<std::string_view> salts{"carbonate", "citrate", "gluconate", "lactate",
                                                   "phosphate", "acetate", "supplement", "supplements"};
  if (ws[0] == "calcium" && ws.size() > 1 && std::find(salts.begin(), salts.end(), ws[1]) != salts.end())
    return true;
  if (ws[0] == "tricalcium") return true;
  if (ws[0] == "vitamin" && ws.size() > 1 && (ws[1] == "d" || ws[1] == "d2" || ws[1] == "d3") &&
      !has_word(ws, "milk") && !has_word(ws, "fortified"))
    return true;
  for (std::string_view w : {"supplement", "supplements", "multivitamin", "multivitamins", "multi-vitamin",
                             "caltrate", "citracal", "os-cal", "oscal", "viactiv", "tums", "antacid",
                             "cholecalciferol", "ergocalciferol"})
    if (has_word(ws, w)) return true;
  return false;
}

} // namespace

void read_cronometer_servings(const std::vector<csv::Row>& rows, DiaryRead& out) {
  Diagnostics& errors = out.errors;
  const Header header(rows.front());
  const auto day_column = header.find({"Day"});
  const auto name_column = header.find({"Food Name"});
  if (!day_column || !name_column) {
    errors.push_back({rows.front().at, "a Cronometer servings export needs the columns Day and Food Name", {}});
    return;
  }
  const auto time_column = header.find({"Time"});
  const auto group_column = header.find({"Group"});
  const auto amount_column = header.find({"Amount"});
  const auto calcium_column = header.find({"Calcium (mg)"});
  const auto vitamin_d = vitamin_d_column(header);
  if (!calcium_column)
    out.warnings.push_back({rows.front().at,
                            "this export has no \"Calcium (mg)\" column: every food is looked up in catrack's food "
                            "table by its name and amount",
                            {}});

  std::size_t vitamin_d_blank = 0;
  Location first_vitamin_d_blank;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const csv::Row& row = rows[r];
    if (!has_header_shape(row, header, errors)) continue;
    const auto cell = [&](std::size_t column) -> const csv::Cell& { return row.cells[column]; };
    const std::size_t before = errors.size();

    Day day;
    day.at = row.at;
    if (auto date = read_date(cell(*day_column), "Day", errors)) day.date = *date;

    Entry e;
    e.at = row.at;
    const csv::Cell& name = cell(*name_column);
    e.item = trimmed(name);
    e.item_at = name.at;
    if (e.item.empty()) errors.push_back({name.at, "\"Food Name\" is empty", {}});
    if (e.item.size() > util::max_name_bytes)
      errors.push_back({name.at, fmt::format("the food name is {} bytes long, more than the limit of {}",
                                             e.item.size(), util::max_name_bytes), {}});
    if (time_column && !is_blank(cell(*time_column)))
      e.minute_of_day = read_clock(cell(*time_column), "Time", errors);
    if (group_column) e.meal = trimmed(cell(*group_column));
    e.kind = looks_like_supplement(e.meal, e.item) ? EntryKind::supplement : EntryKind::food;

    const std::string amount = amount_column ? trimmed(cell(*amount_column)) : std::string();
    if (calcium_column && !is_blank(cell(*calcium_column)))
      e.calcium_mg = read_number(cell(*calcium_column), "Calcium (mg)", false, errors);
    if (vitamin_d && !is_blank(cell(vitamin_d->index))) {
      if (auto v = read_number(cell(vitamin_d->index), vitamin_d->name, false, errors))
        e.vitamin_d_iu = *v * vitamin_d->to_iu;
    }
    if (errors.size() != before) continue;

    if (e.calcium_mg) {
      // The calcium is the export's; its free-text amount ("1.00 container -
      // each 5.3 oz") is kept as a note, not as an amount catrack would
      // have to read.
      if (!amount.empty()) e.note = "Cronometer amount: " + amount;
      if (vitamin_d && !e.vitamin_d_iu && vitamin_d_blank++ == 0) first_vitamin_d_blank = cell(vitamin_d->index).at;
    } else {
      // No calcium value: look the food up by its name and amount, which
      // must then be one catrack reads.
      const csv::Cell* amount_cell = amount_column ? &cell(*amount_column) : nullptr;
      if (amount.empty()) {
        errors.push_back({calcium_column ? cell(*calcium_column).at : name.at,
                          fmt::format("no calcium and no amount for \"{}\": catrack cannot count it", e.item),
                          {"give the calcium in Cronometer and export again, or edit the imported diary"}});
        continue;
      }
      auto parsed = parse_amount(amount);
      if (!parsed) {
        errors.push_back({amount_cell->at,
                          fmt::format("no calcium for \"{}\", and its amount \"{}\" is not one catrack can read to "
                                      "look it up",
                                      e.item, amount),
                          {"give the calcium in Cronometer and export again, or edit the imported diary",
                           "amounts catrack reads look like \"150 g\", \"1 cup\" or \"8 fl oz\""}});
        continue;
      }
      e.amount = diary::WrittenAmount{std::move(*parsed), amount, amount_cell->at};
      e.note = "no calcium in the Cronometer export: looked up in catrack's food table";
      if (calcium_column)
        out.warnings.push_back({cell(*calcium_column).at,
                                fmt::format("\"Calcium (mg)\" is empty for \"{}\" (an empty cell is no data, not "
                                            "zero): catrack looks it up in its own food table",
                                            e.item),
                                {}});
    }
    day.entries.push_back(std::move(e));
    out.value.days.push_back(std::move(day));
  }
  if (vitamin_d_blank > 0)
    out.warnings.push_back({first_vitamin_d_blank,
                            fmt::format("\"{}\" is empty on {} row{} that give{} calcium: that vitamin D is not counted",
                                        vitamin_d->name, vitamin_d_blank, vitamin_d_blank == 1 ? "" : "s", vitamin_d_blank == 1 ? "s" : ""),
                            {}});
}

namespace {

struct DailyRow {
  Location at;
  std::optional<double> calcium_mg; // nullopt: the cell was empty
  std::optional<double> vitamin_d_iu;
  Location calcium_at;
};

struct DailyDate {
  std::optional<DailyRow> total;
  std::vector<DailyRow> groups;
};

bool is_total_label(std::string_view text) {
  const auto t = lowercase(trim(text));
  return t == "total" || t == "totals";
}

} // namespace

void read_cronometer_daily(const std::vector<csv::Row>& rows, DiaryRead& out) {
  Diagnostics& errors = out.errors;
  const Header header(rows.front());
  const auto date_column = header.find({"Date"});
  const auto calcium_column = header.find({"Calcium (mg)"});
  if (!date_column || !calcium_column) {
    errors.push_back({rows.front().at, "a Cronometer Daily Nutrition export needs the columns Date and Calcium (mg)",
                      {"export \"Daily Nutrition\" again with all nutrients"}});
    return;
  }
  const auto group_column = header.find({"Group"});
  const auto vitamin_d = vitamin_d_column(header);
  out.warnings.push_back({rows.front().at,
                          "a Daily Nutrition export gives day totals only: the split between food and supplements "
                          "is not known, so the notes about supplements and doses are not checked",
                          {"export Servings for the split"}});

  std::map<Date, DailyDate> dates;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const csv::Row& row = rows[r];
    if (!has_header_shape(row, header, errors)) continue;
    const std::size_t before = errors.size();
    const auto date = read_date(row.cells[*date_column], "Date", errors);
    DailyRow daily;
    daily.at = row.at;
    daily.calcium_at = row.cells[*calcium_column].at;
    if (!is_blank(row.cells[*calcium_column]))
      daily.calcium_mg = read_number(row.cells[*calcium_column], "Calcium (mg)", false, errors);
    if (vitamin_d && !is_blank(row.cells[vitamin_d->index])) {
      if (auto v = read_number(row.cells[vitamin_d->index], vitamin_d->name, false, errors))
        daily.vitamin_d_iu = *v * vitamin_d->to_iu;
    }
    if (errors.size() != before || !date) continue;
    DailyDate& slot = dates[*date];
    // Without a Group column every row is the day's total; with one, only
    // the Total row is, so that no group is counted twice.
    if (!group_column || is_total_label(row.cells[*group_column].text)) {
      if (slot.total) {
        errors.push_back({row.at,
                          fmt::format("{} already has its total on line {}", format_date(*date), slot.total->at.line),
                          {"one total row per day: check the export was not joined with another"}});
        continue;
      }
      slot.total = daily;
    } else {
      slot.groups.push_back(daily);
    }
  }

  for (auto& [date, slot] : dates) {
    std::optional<DailyRow> total = slot.total;
    if (!total) {
      // No Total row: the groups are the whole day only if every one is known.
      DailyRow sum{slot.groups.front().at, 0.0, 0.0, slot.groups.front().calcium_at};
      for (const auto& g : slot.groups) {
        if (!g.calcium_mg) sum.calcium_mg.reset();
        else if (sum.calcium_mg) *sum.calcium_mg += *g.calcium_mg;
        if (!g.vitamin_d_iu) sum.vitamin_d_iu.reset();
        else if (sum.vitamin_d_iu) *sum.vitamin_d_iu += *g.vitamin_d_iu;
      }
      total = sum;
      if (sum.calcium_mg)
        out.warnings.push_back({sum.at,
                                fmt::format("{} has no Total row: its {} group rows were added up", format_date(date),
                                            slot.groups.size()),
                                {}});
    }
    if (!total->calcium_mg) {
      out.warnings.push_back({total->calcium_at,
                              fmt::format("\"Calcium (mg)\" is empty for {} (an empty cell is no data, not zero): "
                                          "the day is left out",
                                          format_date(date)),
                              {}});
      continue;
    }
    Day day;
    day.date = date;
    day.at = total->at;
    day.total = DayTotal{*total->calcium_mg, total->vitamin_d_iu, total->calcium_at};
    out.value.days.push_back(std::move(day));
  }
}

} // namespace catrack::import
