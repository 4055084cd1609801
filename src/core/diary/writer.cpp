#include "catrack/diary/writer.hpp"

#include "catrack/diary/profile_fields.hpp"
#include "catrack/toml/write.hpp"
#include "catrack/util/date.hpp"

#include <fmt/format.h>

namespace catrack::diary {

using util::format_date;
using util::format_time;

namespace {

using toml::number;
using toml::quoted;

void write_profile(std::string& out, const Profile& p) {
  out += "[profile]\n";
  for (const ProfileField& field : profile_fields())
    if (const std::string value = field.write(p); !value.empty()) out += fmt::format("{} = {}\n", field.key, value);
  out += "\n";
}

// One entry as an inline table (or its shorthand string, which must stay a
// string: only strings are read amount-first).
std::string entry_toml(const Entry& e) {
  if (!e.shorthand.empty()) return quoted(e.shorthand);
  std::string out = "{ item = " + quoted(e.item);
  const auto add = [&](std::string_view key, const std::string& value) { out += fmt::format(", {} = {}", key, value); };
  if (e.amount) add("amount", quoted(e.amount->text));
  if (e.count != 1) add("count", number(e.count));
  if (e.minute_of_day) add("time", quoted(format_time(*e.minute_of_day)));
  if (!e.meal.empty()) add("meal", quoted(e.meal));
  if (e.calcium_mg) add("calcium_mg", number(*e.calcium_mg));
  if (e.dv_percent) {
    add("dv_percent", number(*e.dv_percent));
    if (e.dv_basis_mg != 1300) add("dv_basis", number(e.dv_basis_mg));
  }
  if (e.salt_mg) add("salt_mg", number(*e.salt_mg));
  if (e.vitamin_d_iu) add("vitamin_d_iu", number(*e.vitamin_d_iu));
  if (!e.note.empty()) add("note", quoted(e.note));
  return out + " }";
}

void write_entries(std::string& out, std::string_view key, const Day& day, EntryKind kind) {
  std::string list;
  for (const auto& e : day.entries)
    if (e.kind == kind) list += "  " + entry_toml(e) + ",\n";
  if (!list.empty()) out += fmt::format("{} = [\n{}]\n", key, list);
}

void write_day(std::string& out, const Day& day) {
  out += "[[day]]\n";
  out += "date = " + format_date(day.date) + "\n";
  if (day.total) {
    out += "total = { calcium_mg = " + number(day.total->calcium_mg);
    if (day.total->vitamin_d_iu) out += ", vitamin_d_iu = " + number(*day.total->vitamin_d_iu);
    out += " }\n";
  }
  if (day.notes.size() == 1) {
    out += "note = " + quoted(day.notes.front()) + "\n";
  } else if (day.notes.size() > 1) {
    out += "note = [\n";
    for (const auto& n : day.notes) out += "  " + quoted(n) + ",\n";
    out += "]\n";
  }
  write_entries(out, "food", day, EntryKind::food);
  write_entries(out, "supplement", day, EntryKind::supplement);
  out += "\n";
}

} // namespace

std::string write_diary_toml(const Diary& diary) {
  std::string out = "version = 1\n\n";
  if (diary.profile.present) write_profile(out, diary.profile);
  for (const auto& day : diary.days) write_day(out, day);
  return out;
}

} // namespace catrack::diary
