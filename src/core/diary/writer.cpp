#include "catrack/diary/writer.hpp"

#include "catrack/util/utf8.hpp"
#include "catrack/util/date.hpp"

#include <fmt/format.h>

namespace catrack::diary {

using util::format_date;
using util::format_time;

namespace {

// The shortest text that reads back as the same double ("276.5", "300",
// "1e+20"): valid TOML, integer or float.
std::string number(double value) { return fmt::format("{}", value); }

void write_profile(std::string& out, const Profile& p) {
  out += "[profile]\n";
  const auto line = [&](std::string_view key, const std::string& value) {
    out += fmt::format("{} = {}\n", key, value);
  };
  if (p.age) line("age", std::to_string(*p.age));
  if (p.birth_date) line("birth_date", format_date(*p.birth_date));
  if (p.sex) line("sex", toml_string(*p.sex == Sex::female ? "female" : "male"));
  if (p.life_stage != LifeStage::none)
    line("life_stage", toml_string(p.life_stage == LifeStage::pregnant ? "pregnant" : "lactating"));
  if (p.target_mg) line("target_mg", number(*p.target_mg));
  if (p.vitamin_d_target_iu) line("vitamin_d_target_iu", number(*p.vitamin_d_target_iu));
  const auto& gc = p.glucocorticoids;
  if (gc.taking) {
    std::string fields;
    const auto add = [&](std::string_view key, const std::string& value) {
      fields += fmt::format("{}{} = {}", fields.empty() ? "" : ", ", key, value);
    };
    if (!gc.drug.empty()) add("drug", toml_string(gc.drug));
    if (gc.mg_per_day) add("mg_per_day", number(*gc.mg_per_day));
    if (gc.since) add("since", format_date(*gc.since));
    line("glucocorticoids", fields.empty() ? "true" : "{ " + fields + " }");
  }
  for (auto [key, flag] : {std::pair{"calcinosis", p.calcinosis}, std::pair{"scleroderma", p.scleroderma},
                           std::pair{"kidney_disease", p.kidney_disease}, std::pair{"kidney_stones", p.kidney_stones},
                           std::pair{"malabsorption", p.malabsorption}, std::pair{"ppi", p.ppi}})
    if (flag) line(key, "true");
  if (p.dysphagia_level) line("dysphagia", std::to_string(*p.dysphagia_level));
  else if (p.dysphagia) line("dysphagia", "true");
  if (!p.diet.empty()) {
    std::string tags;
    for (const auto& t : p.diet) tags += (tags.empty() ? "" : ", ") + toml_string(t);
    line("diet", "[" + tags + "]");
  }
  out += "\n";
}

// One entry as an inline table (or its shorthand string, which must stay a
// string: only strings are read amount-first).
std::string entry_toml(const Entry& e) {
  if (!e.shorthand.empty()) return toml_string(e.shorthand);
  std::string out = "{ item = " + toml_string(e.item);
  const auto add = [&](std::string_view key, const std::string& value) { out += fmt::format(", {} = {}", key, value); };
  if (e.amount) add("amount", toml_string(e.amount->text));
  if (e.count != 1) add("count", number(e.count));
  if (e.minute_of_day) add("time", toml_string(format_time(*e.minute_of_day)));
  if (!e.meal.empty()) add("meal", toml_string(e.meal));
  if (e.calcium_mg) add("calcium_mg", number(*e.calcium_mg));
  if (e.dv_percent) {
    add("dv_percent", number(*e.dv_percent));
    if (e.dv_basis_mg != 1300) add("dv_basis", number(e.dv_basis_mg));
  }
  if (e.salt_mg) add("salt_mg", number(*e.salt_mg));
  if (e.vitamin_d_iu) add("vitamin_d_iu", number(*e.vitamin_d_iu));
  if (!e.note.empty()) add("note", toml_string(e.note));
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
    out += "note = " + toml_string(day.notes.front()) + "\n";
  } else if (day.notes.size() > 1) {
    out += "note = [\n";
    for (const auto& n : day.notes) out += "  " + toml_string(n) + ",\n";
    out += "]\n";
  }
  write_entries(out, "food", day, EntryKind::food);
  write_entries(out, "supplement", day, EntryKind::supplement);
  out += "\n";
}

} // namespace

std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
        else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const std::size_t n = util::utf8_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD"; // U+FFFD: TOML is UTF-8 only
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out + "\"";
}

std::string write_diary_toml(const Diary& diary) {
  std::string out = "version = 1\n\n";
  if (diary.profile.present) write_profile(out, diary.profile);
  for (const auto& day : diary.days) write_day(out, day);
  return out;
}

} // namespace catrack::diary
