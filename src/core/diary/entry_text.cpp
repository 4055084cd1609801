#include "catrack/diary/entry_text.hpp"

#include "catrack/util/text.hpp"

#include <cctype>

namespace catrack::diary {

using foods::Amount;
using foods::parse_amount;
using util::trim;

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The words of `text`, split at spaces and tabs.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ' || text[i] == '\t') {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

std::string joined(std::span<const std::string_view> words) {
  std::string out;
  for (const auto w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

} // namespace

Shorthand split_shorthand(std::string_view raw) {
  const std::string_view text = trim(raw);
  const std::size_t lead = static_cast<std::size_t>(text.data() - raw.data());
  // Candidate starts: a number (or "-2", ".5") at the start of a word. The
  // first one whose rest is a whole valid amount wins, so a mixed number
  // "1 1/2 cups" stays whole and "2% milk 1 cup" keeps its "2%".
  Shorthand failed;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const bool word_start = text[i - 1] == ' ' || text[i - 1] == '\t';
    const auto digit_at = [&](std::size_t k) { return k < text.size() && is_digit(text[k]); };
    const bool numberish = digit_at(i) || ((text[i] == '.' || text[i] == '-') && digit_at(i + 1));
    if (!word_start || !numberish) continue;
    auto parsed = parse_amount(text.substr(i));
    Shorthand out;
    out.item = std::string(trim(text.substr(0, i)));
    out.amount = std::string(text.substr(i));
    out.amount_offset = lead + i;
    if (parsed) {
      out.value = std::move(*parsed);
      return out;
    }
    out.amount_error = parsed.error();
    failed = out;
  }
  if (failed.amount_error) return failed;
  Shorthand whole;
  whole.item = std::string(text);
  return whole;
}


std::vector<AmountFirst> amount_first_readings(std::string_view raw) {
  const std::string_view text = trim(raw);
  if (text.empty() || !(is_digit(text.front()) || text.front() == '.')) return {};
  const auto words = words_of(text);
  std::vector<AmountFirst> out;
  // A two-word number first ("1 1/2 cups milk"), then one word.
  for (std::size_t number_words : {2u, 1u}) {
    if (words.size() <= number_words) continue;
    const std::string number = joined(std::span(words).first(number_words));
    const auto n = parse_amount(number);
    if (!n || !n->unit.empty()) continue;
    // A unit of two words ("fl oz"), one word, or none (a count).
    for (std::size_t unit_words : {2u, 1u, 0u}) {
      if (words.size() <= number_words + unit_words) continue;
      AmountFirst reading;
      reading.item = joined(std::span(words).subspan(number_words + unit_words));
      reading.last_word = std::string(words.back());
      if (unit_words == 0) {
        reading.amount_text = number;
        reading.amount = *n;
      } else {
        reading.amount_text = number + " " + joined(std::span(words).subspan(number_words, unit_words));
        auto parsed = parse_amount(reading.amount_text);
        if (!parsed) continue;
        reading.amount = std::move(*parsed);
      }
      out.push_back(std::move(reading));
    }
  }
  return out;
}

} // namespace catrack::diary
