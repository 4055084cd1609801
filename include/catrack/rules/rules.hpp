#pragma once
// Notes on a day: each is one rule with a stable code, a severity, a
// message that says what was seen, and the source it rests on.
// Adding a note is adding one Rule to all() (src/core/rules/rules.cpp).

#include "catrack/calc/calculator.hpp"
#include "catrack/diary/profile.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::rules {

enum class Severity { info, warn, alert };

std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);


struct RuleContext {
  const calc::DayResult& day;
  const diary::Profile& profile;
};

// What a rule saw. An empty source means the rule's own.
struct Finding {
  std::string message;
  std::string source;
  Finding(std::string m, std::string s = {}) : message(std::move(m)), source(std::move(s)) {}
};

// Where the text report shows a note: under its day, or once for the diary
// when it says the same thing every day (a profile fact).
enum class Scope { day, diary };

struct Note {
  std::string code;
  Severity severity = Severity::info;
  Scope scope = Scope::day; // the rule's
  std::string message;
  std::string source;
};

// What a rule reads besides the day's total. A day known only by its total
// (a daily export) has no entries and may have no vitamin D: rules that need
// them are not checked on it, rather than read unknown as zero.
enum class Needs { total, entries, vitamin_d };

struct Rule {
  std::string_view code;
  Severity severity;
  Scope scope;
  std::string_view when;      // one line: when it fires (README, `catrack rules`)
  std::string_view threshold; // the exact comparison
  std::string_view why;       // why it matters, for `catrack rules CODE`
  std::string_view source;
  std::optional<Finding> (*check)(const RuleContext&);
  Needs needs = Needs::total;
};

const std::vector<Rule>& all();
const Rule* find(std::string_view code);

std::vector<Note> evaluate_notes(const calc::DayResult& day, const diary::Profile& profile);


} // namespace catrack::rules
