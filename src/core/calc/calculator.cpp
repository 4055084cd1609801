#include "catrack/calc/calculator.hpp"

#include "calc/limits.hpp"
#include "catrack/util/numbers.hpp"

#include <fmt/format.h>

namespace catrack::calc {

using diary::Day;
using diary::DayTotal;
using diary::Diary;
using diary::Entry;
using diary::EntryKind;
using foods::FoodTable;
using util::Diagnostic;
using util::format_number;

namespace {

// A day known only by its total: the total is all there is; the split and
// the absorbable estimate stay unknown rather than guessed.
std::optional<Diagnostic> take_total(const DayTotal& total, DayResult& d) {
  if (total.calcium_mg > limits::day_total_mg)
    return Diagnostic(total.at, fmt::format("a day total of {} mg of calcium is more than the limit of {} mg: check the "
                                       "export",
                                       format_number(total.calcium_mg), limits::day_total_mg));
  if (total.vitamin_d_iu && *total.vitamin_d_iu > limits::vitamin_d_iu_per_entry)
    return Diagnostic(total.at, fmt::format("a day total of {} IU of vitamin D is more than the limit of {} IU: check "
                                       "the export",
                                       format_number(*total.vitamin_d_iu), limits::vitamin_d_iu_per_entry));
  d.split_known = false;
  d.calcium_mg = total.calcium_mg;
  d.vitamin_d_known = total.vitamin_d_iu.has_value();
  d.vitamin_d_iu = total.vitamin_d_iu.value_or(0);
  return std::nullopt;
}

} // namespace

Calculator::Calculator(const Diary& diary, const FoodTable& table)
    : profile_(diary.profile), profile_places_(diary.profile_places), found_(table) {}

DayResult Calculator::day(Day& day) {
  DayResult d;
  d.date = day.date;
  d.notes_text = std::move(day.notes);
  d.entries.reserve(day.entries.size());
  // A day with a total has no entries: the reader refuses both in one day.
  if (day.total)
    if (auto problem = take_total(*day.total, d)) errors_.push_back(std::move(*problem));
  for (Entry& e : day.entries) {
    EntryResult& r = d.entries.emplace_back();
    if (auto problem = resolve_entry(std::move(e), found_, r)) {
      d.entries.pop_back();
      errors_.push_back(std::move(*problem));
      continue;
    }
    d.calcium_mg += r.calcium_mg;
    d.absorbable_mg += r.absorbable_mg;
    d.vitamin_d_iu += r.vitamin_d_iu;
    if (r.entry.kind == EntryKind::supplement) {
      d.supplement_mg += r.calcium_mg;
      d.vitamin_d_supplement_iu += r.vitamin_d_iu;
      if (r.calcium_mg > 0 && !r.entry.minute_of_day) ++d.untimed_supplements;
    } else {
      d.dietary_mg += r.calcium_mg;
      d.vitamin_d_dietary_iu += r.vitamin_d_iu;
    }
  }
  // The entries now live on in the results: release their moved-from
  // shells, so that a long diary is not held twice over.
  std::vector<Entry>().swap(day.entries);
  auto ref = reference_values(profile_, profile_places_, day.date);
  if (ref) {
    d.reference = std::move(*ref);
  } else {
    if (!reference_error_seen_) errors_.push_back(ref.error());
    reference_error_seen_ = true;
  }
  return d;
}

DiaryResult calculate(Diary diary, const FoodTable& table) {
  DiaryResult out;
  Calculator calculator(diary, table);
  out.value.reserve(diary.days.size());
  for (Day& day : diary.days) out.value.push_back(calculator.day(day));
  out.errors = calculator.take_errors();
  if (!out.errors.empty()) out.value.clear();
  return out;
}

} // namespace catrack::calc
