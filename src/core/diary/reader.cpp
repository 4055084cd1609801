#include "catrack/diary/reader.hpp"

#include "catrack/diary/merge.hpp"
#include "diary/profile_reader.hpp"

#include "catrack/foods/amount.hpp"
#include "catrack/foods/diet.hpp"
#include "catrack/diary/glucocorticoid.hpp"
#include "catrack/util/text.hpp"
#include "catrack/foods/record.hpp"
#include "catrack/toml/read.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/date.hpp"
#include "catrack/toml/parse.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <fmt/format.h>

namespace catrack::diary {

using foods::FoodKind;
using foods::RecordContext;
using foods::is_known_diet_tag;
using foods::iu_per_mcg_vitamin_d;
using foods::known_diet_tags;
using foods::parse_amount;
using foods::read_food_record;
using foods::Amount;
using toml::location_of;
using util::Diagnostics;
using util::FileName;
using util::Location;
using util::format_date;
using util::format_number;
using util::join_or;
using util::lowercase;
using util::nearest;
using util::sort_by_position;
using util::trim;

namespace {

using toml::location_of;

// "7:30", "07:30" or "07:30:00", 24-hour clock.
std::optional<int> parse_clock(std::string_view text) {
  const auto two_digits = [&](std::size_t at) -> int {
    if (at + 2 > text.size() || !std::isdigit(static_cast<unsigned char>(text[at])) ||
        !std::isdigit(static_cast<unsigned char>(text[at + 1])))
      return -1;
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
  };
  std::size_t colon = text.find(':');
  if (colon != 1 && colon != 2) return std::nullopt;
  int hour = 0;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    hour = hour * 10 + (text[i] - '0');
  }
  const int minute = two_digits(colon + 1);
  std::size_t end = colon + 3;
  if (end < text.size()) {
    if (text[end] != ':' || two_digits(end + 1) < 0 || two_digits(end + 1) > 59 || end + 3 != text.size())
      return std::nullopt;
  }
  if (hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  return hour * 60 + minute;
}

// Entries are bounded so that a typo cannot turn into an absurd total
// unnoticed (docs/FORMAT.md, "Limits").
constexpr double max_count = 100;

std::vector<std::string> amount_hints() {
  return {"amounts look like \"1 cup\", \"170 g\", \"1/2 cup\", \"1 1/2 slices\" or \"2\""};
}

struct Reader {
  FileName file;
  Diagnostics errors;

  void error(Location at, std::string message, std::vector<std::string> hints = {}) {
    errors.push_back({std::move(at), std::move(message), std::move(hints)});
  }

  // --- entries -------------------------------------------------------------

  std::optional<int> read_time(const toml::Node& node) {
    if (auto t = node.as_time()) {
      return t->hour * 60 + t->minute;
    }
    if (auto s = node.as_string()) {
      const std::string_view text = *s;
      if (auto minutes = parse_clock(text)) return minutes;
      error(location_of(node, file), fmt::format("\"{}\" is not a time of day", text),
            {"time = \"07:30\" or time = 07:30:00 (24-hour clock)"});
      return std::nullopt;
    }
    error(location_of(node, file), fmt::format("\"time\" must be a time, not {}", toml::type_name(node)),
          {"time = \"07:30\" or time = 07:30:00"});
    return std::nullopt;
  }

  std::optional<double> read_positive(const toml::Node& t, std::string_view key, bool zero_ok = false) {
    const toml::Node* n = t.get(key);
    if (!n) return std::nullopt;
    auto v = toml::read_number(*n, key, file, errors);
    if (!v) return std::nullopt;
    if (*v < 0 || (!zero_ok && *v == 0)) {
      error(location_of(*n, file), fmt::format("\"{}\" must be {}", key, zero_ok ? "zero or more" : "more than zero"));
      return std::nullopt;
    }
    return v;
  }

  void read_amount_text(Entry& e, std::string_view text, const Location& at) {
    auto parsed = parse_amount(text);
    if (!parsed) {
      errors.push_back(util::placed(parsed.error(), at));
      errors.back().message = fmt::format("invalid amount \"{}\": {}", text, parsed.error().message);
      errors.back().hints = amount_hints();
      return;
    }
    e.amount = WrittenAmount{std::move(*parsed), std::string(text), at};
  }

  // Fills `e`, a new entry; false if the entry has errors.
  bool read_entry(const toml::Node& node, EntryKind kind, Entry& e) {
    e.kind = kind;
    e.at = location_of(node, file);
    const std::size_t before = errors.size();

    if (auto s = node.as_string()) {
      // Shorthand "<item> <amount>". Columns inside the string point past
      // the opening quote.
      const auto split = split_shorthand(*s);
      e.shorthand = *s;
      e.item = split.item;
      e.item_at = e.at;
      e.item_at.column += 1; // past the opening quote
      Location amount_at = e.at;
      amount_at.column += 1 + static_cast<int>(split.amount_offset);
      if (split.amount_error) {
        error(util::placed(*split.amount_error, amount_at).where,
              fmt::format("invalid amount \"{}\": {}", split.amount, split.amount_error->message), amount_hints());
      } else if (!split.amount.empty()) {
        e.amount = WrittenAmount{split.value, split.amount, amount_at};
      }
      e.amount_first = amount_first_readings(*s);
      if (e.item.empty()) error(e.at, "the entry has no item name");
      if (e.item.size() > util::max_name_bytes)
        error(e.item_at, fmt::format("the item name is {} bytes long, more than the limit of {}", e.item.size(),
                                     util::max_name_bytes));
      if (errors.size() != before) return false;
      return true;
    }

    const auto* t = node.as_table();
    if (!t) {
      error(e.at, fmt::format("an entry must be a string or a table, not {}", toml::type_name(node)),
            {"\"milk, skim 1 cup\"", "{ item = \"milk, skim\", amount = \"1 cup\" }"});
      return false;
    }
    toml::check_keys(*t,
                      {"item", "amount", "count", "time", "meal", "calcium_mg", "dv_percent", "dv_basis",
                       "salt_mg", "iu", "vitamin_d_iu", "vitamin_d_mcg", "note"},
                      kind == EntryKind::food ? "a food entry" : "a supplement entry", file, errors);
    if (auto n = t->get("item")) {
      if (auto s = toml::read_string(*n, "item", file, errors)) {
        e.item = std::string(trim(*s));
        e.item_at = location_of(*n, file);
        if (e.item.empty()) error(e.item_at, "\"item\" cannot be empty");
        if (e.item.size() > util::max_name_bytes)
          error(e.item_at, fmt::format("the item name is {} bytes long, more than the limit of {}",
                                       e.item.size(), util::max_name_bytes));
      }
    } else {
      error(e.at, "the entry has no \"item\"", {"{ item = \"yogurt, greek, plain\", amount = \"170 g\" }"});
    }
    if (auto n = t->get("amount")) {
      if (auto s = n->as_string()) {
        Location at = location_of(*n, file);
        at.column += 1;
        read_amount_text(e, *s, at);
      } else if (n->is_integer() || n->is_floating_point()) {
        if (auto v = toml::read_number(*n, "amount", file, errors)) {
          if (*v <= 0) error(location_of(*n, file), "an amount must be more than zero");
          else e.amount = WrittenAmount{Amount{*v, {}}, format_number(*v), location_of(*n, file)};
        }
      } else {
        error(location_of(*n, file), fmt::format("\"amount\" must be a string like \"1 cup\", not {}",
                                                 toml::type_name(*n)));
      }
    }
    if (auto v = read_positive(*t, "count")) {
      if (*v > max_count)
        error(location_of(*t->get("count"), file),
              fmt::format("\"count\" is {}, more than the limit of {}", format_number(*v), max_count));
      else e.count = *v;
    }
    if (auto n = t->get("time")) e.minute_of_day = read_time(*n);
    if (auto n = t->get("meal"))
      if (auto s = toml::read_string(*n, "meal", file, errors)) e.meal = *s;
    if (auto n = t->get("note"))
      if (auto text = toml::read_string(*n, "note", file, errors)) e.note = *text;

    e.calcium_mg = read_positive(*t, "calcium_mg", true);
    e.dv_percent = read_positive(*t, "dv_percent", true);
    if (auto n = t->get("dv_basis")) {
      if (auto v = toml::read_number(*n, "dv_basis", file, errors)) {
        if (*v != 1300 && *v != 1000)
          error(location_of(*n, file), "\"dv_basis\" is 1300 (current US labels) or 1000 (labels before 2016)");
        else e.dv_basis_mg = *v;
      }
      if (!t->contains("dv_percent")) error(location_of(*n, file), "\"dv_basis\" goes with \"dv_percent\"");
    }
    e.salt_mg = read_positive(*t, "salt_mg");
    if (e.salt_mg && kind == EntryKind::food)
      error(location_of(*t->get("salt_mg"), file), "\"salt_mg\" is for supplements",
            {"list the entry under supplement, or give calcium_mg"});
    int calcium_keys = 0;
    for (auto key : {"calcium_mg", "dv_percent", "salt_mg"}) calcium_keys += t->contains(key) ? 1 : 0;
    if (calcium_keys > 1)
      error(e.at, "give one of calcium_mg, dv_percent or salt_mg, not several");

    int d_keys = 0;
    for (auto key : {"iu", "vitamin_d_iu", "vitamin_d_mcg"}) {
      if (!t->contains(key)) continue;
      ++d_keys;
      if (auto v = read_positive(*t, key, true))
        e.vitamin_d_iu = std::string_view(key) == "vitamin_d_mcg" ? *v * iu_per_mcg_vitamin_d : *v;
    }
    if (d_keys > 1) error(e.at, "give vitamin D once: iu, vitamin_d_iu or vitamin_d_mcg");

    if (errors.size() != before) return false;
    return true;
  }

  void read_entries(const toml::Node& day, std::string_view key, EntryKind kind, Day& out) {
    const toml::Node* node = day.get(key);
    if (!node) return;
    const auto* list = node->as_array();
    if (!list) {
      error(location_of(*node, file),
            fmt::format("\"{}\" must be a list, not {}", key, toml::type_name(*node)),
            {fmt::format("{} = [\"milk, skim 1 cup\", {{ item = \"kale, cooked\", amount = \"1/2 cup\" }}]", key),
             fmt::format("or one [[day.{}]] table per entry", key)});
      return;
    }
    // Built in place: an entry is large, and a day has many.
    out.entries.reserve(out.entries.size() + list->size);
    for (const auto& element : *list)
      if (!read_entry(element, kind, out.entries.emplace_back())) out.entries.pop_back();
  }

  // `total = { calcium_mg = 950, vitamin_d_iu = 300 }`: a day known only by
  // its totals (an import of a daily export).
  std::optional<DayTotal> read_total(const toml::Node& node) {
    const auto* t = node.as_table();
    const std::vector<std::string> hints{"total = { calcium_mg = 950, vitamin_d_iu = 300 }"};
    if (!t) {
      error(location_of(node, file), fmt::format("\"total\" must be a table, not {}", toml::type_name(node)), hints);
      return std::nullopt;
    }
    const std::size_t before = errors.size();
    toml::check_keys(*t, {"calcium_mg", "vitamin_d_iu"}, "a day total", file, errors);
    DayTotal total;
    total.at = location_of(node, file);
    if (auto v = read_positive(*t, "calcium_mg", true)) total.calcium_mg = *v;
    else if (!t->contains("calcium_mg")) error(total.at, "a day total needs its calcium_mg", hints);
    total.vitamin_d_iu = read_positive(*t, "vitamin_d_iu", true);
    if (errors.size() != before) return std::nullopt;
    return total;
  }

  std::optional<Day> read_day(const toml::Node& node) {
    const auto* t = node.as_table();
    if (!t) {
      error(location_of(node, file), "each day must be a table: write [[day]] then date = ...");
      return std::nullopt;
    }
    Day day;
    day.at = location_of(node, file);
    toml::check_keys(*t, {"date", "food", "supplement", "note", "total"}, "[[day]]", file, errors);
    if (auto n = t->get("date")) {
      if (auto d = toml::read_date(*n, "date", file, errors)) day.date = *d;
    } else {
      error(day.at, "a day needs its date", {"date = 2026-11-24"});
    }
    read_entries(*t, "food", EntryKind::food, day);
    read_entries(*t, "supplement", EntryKind::supplement, day);
    if (auto n = t->get("total")) {
      day.total = read_total(*n);
      if (t->contains("food") || t->contains("supplement"))
        error(location_of(*n, file), "a day total is the whole day: give total, or food and supplement entries, "
                                     "not both");
    }
    if (auto n = t->get("note")) {
      if (auto s = n->as_string()) day.notes.emplace_back(*s);
      else if (auto arr = n->as_array()) {
        for (const auto& el : *arr)
          if (auto s2 = toml::read_string(el, "note", file, errors)) day.notes.push_back(*s2);
      } else {
        error(location_of(*n, file), "\"note\" must be text");
      }
    }
    // A day whose date is wrong cannot be placed; one with a bad entry is
    // kept so that its other entries are still checked.
    if (!t->contains("date") || !day.date.ok()) return std::nullopt;
    return day;
  }

  void read_foods(const toml::Node& node, Diary& diary) {
    const auto* t = node.as_table();
    if (!t) {
      error(location_of(node, file), "[foods] must be a table of foods by name",
            {"under [foods]: \"mum's lasagne\" = { calcium_mg = 310, per = \"1 slice\" }"});
      return;
    }
    RecordContext ctx{file, "diary", false, FoodKind::food, true};
    for (const toml::Node& value : *t) {
      const auto* record = value.as_table();
      if (!record) {
        error(location_of(value, file),
              fmt::format("food \"{}\" must be a table, like {{ calcium_mg = 310, per = \"1 slice\" }}", value.key));
        continue;
      }
      if (auto food = read_food_record(*record, std::string(value.key), toml::key_location_of(value, file), ctx,
                                       errors))
        diary.foods.push_back(std::move(*food));
    }
  }

  void read_document(const toml::Node& root, Diary& diary) {
    toml::check_keys(root, {"version", "profile", "foods", "day"}, "the diary", file, errors);
    if (auto n = root.get("version")) {
      auto i = n->as_integer();
      if (!i || *i != 1)
        error(location_of(*n, file),
              i ? fmt::format("unsupported version {}: this catrack reads version 1", *i)
                : fmt::format("\"version\" must be the number 1, not {}", toml::type_name(*n)),
              {"version = 1, or leave it out"});
    }
    if (auto n = root.get("profile")) {
      if (auto t = n->as_table())
        diary.profile = read_profile_table(*t, location_of(*n, file), file, diary.profile_places, errors);
      else error(location_of(*n, file), "\"profile\" must be a table: write [profile] then its keys");
    }
    if (auto n = root.get("foods")) read_foods(*n, diary);
    if (auto n = root.get("day")) {
      if (auto arr = n->as_array()) {
        for (const auto& el : *arr)
          if (auto d = read_day(el)) diary.days.push_back(std::move(*d));
      } else {
        error(location_of(*n, file), "days are a list: write [[day]] (two brackets) above each day");
      }
    }
  }
};



} // namespace

DiaryRead read_diary(std::string_view text, const std::string& name) {
  DiaryRead out;
  out.value.file = name;
  const FileName file_name(name);
  Reader reader{file_name, {}};
  const auto doc = toml::parse(text, file_name);
  if (!doc) {
    reader.errors.push_back(doc.error());
  } else {
    reader.read_document(doc->root(), out.value);
    // A diary without days (no [[day]], or day = []) reports nothing, which
    // in a batch would pass as "fine": say so instead.
    if (out.value.days.empty() && reader.errors.empty())
      reader.error({file_name, 0, 0}, "the diary has no days",
                   {"add a day: [[day]], then date = 2026-11-24 and food = [\"milk, skim 1 cup\"]"});
  }
  for (auto& e : merge_days(out.value.days)) reader.errors.push_back(std::move(e));
  out.errors = std::move(reader.errors);
  sort_by_position(out.errors);
  return out;
}

} // namespace catrack::diary
