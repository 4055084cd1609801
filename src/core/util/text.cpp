#include "catrack/util/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace catrack::util {

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

namespace {

// ASCII only, without the C library's locale: names are compared byte by
// byte, and any non-ASCII byte is part of a word as it is.
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool in_word(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// "sardines" -> "sardine", "tomatoes" -> "tomato"; "leaves" stays (a key,
// not a dictionary form: both sides of a lookup go through here).
std::string_view drop_plural(std::string_view word) {
  if (word.size() > 4 && word.ends_with("oes")) return word.substr(0, word.size() - 2);
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') return word.substr(0, word.size() - 1);
  return word;
}

// Appends the words of `text` to `key`, one space apart, lowercased, a
// plural dropped. Words are letters, digits and any non-ASCII byte (so
// "crème" stays one word); "%" is a word of its own, so that "2 %" and "2%"
// agree and differ from "2". Written straight into `key`: this runs for
// every lookup of every entry.
void append_words(std::string_view text, std::string& key) {
  constexpr std::size_t none = std::string::npos;
  std::size_t start = none; // where the word being read begins in `key`
  const auto begin_word = [&] {
    if (!key.empty()) key += ' ';
    start = key.size();
  };
  const auto end_word = [&] {
    if (start == none) return;
    key.resize(start + drop_plural(std::string_view(key).substr(start)).size());
    start = none;
  };
  for (char c : text) {
    if (c == '%') {
      end_word();
      begin_word();
      key += '%';
      start = none;
    } else if (in_word(c)) {
      if (start == none) begin_word();
      key += lower(c);
    } else {
      end_word();
    }
  }
  end_word();
}

// Calls each(word) for the words append_words() finds.
template <class Each>
void for_each_word(std::string_view text, Each each) {
  std::string words;
  append_words(text, words);
  std::string_view rest = words;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    each(rest.substr(0, space));
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
}

} // namespace

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

std::string name_key(std::string_view name) {
  std::vector<std::string> words;
  for_each_word(name, [&](std::string_view w) { words.emplace_back(w); });
  std::sort(words.begin(), words.end());
  std::string key;
  key.reserve(name.size());
  for (const auto& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

std::string phrase_key(std::string_view name) {
  // The parts between commas, last first: "milk, skim" reads "skim milk".
  std::string key;
  key.reserve(name.size());
  std::size_t end = name.size();
  while (true) {
    const auto comma = end == 0 ? std::string_view::npos : name.rfind(',', end - 1);
    const std::size_t start = comma == std::string_view::npos ? 0 : comma + 1;
    append_words(name.substr(start, end - start), key);
    if (comma == std::string_view::npos) break;
    end = comma;
  }
  return key;
}

namespace {

// A singular form as a stem of the word and a new ending: "berries" gives
// {"berr", "y"}. Kept as two views, read lowercased, so that comparing forms
// builds no strings.
struct Form {
  std::string_view stem;
  std::string_view tail;
  std::size_t size() const { return stem.size() + tail.size(); }
  char operator[](std::size_t i) const { return lower(i < stem.size() ? stem[i] : tail[i - stem.size()]); }
  bool operator==(const Form& o) const {
    if (size() != o.size()) return false;
    for (std::size_t i = 0; i < size(); ++i)
      if ((*this)[i] != o[i]) return false;
    return true;
  }
};

// The word itself, then "-ies" as "-y", "-ves" as "-f", "-es" and "-s"
// dropped; the endings in any case.
std::size_t forms_of(std::string_view w, Form (&out)[5]) {
  std::size_t n = 0;
  out[n++] = {w, {}};
  const auto ends = [&](std::string_view s) {
    return w.size() > s.size() && Form{w.substr(w.size() - s.size()), {}} == Form{s, {}};
  };
  if (ends("ies")) out[n++] = {w.substr(0, w.size() - 3), "y"};
  if (ends("ves")) out[n++] = {w.substr(0, w.size() - 3), "f"};
  if (ends("es")) out[n++] = {w.substr(0, w.size() - 2), {}};
  if (ends("s")) out[n++] = {w.substr(0, w.size() - 1), {}};
  return n;
}

} // namespace

std::vector<std::string> singular_forms(std::string_view word) {
  Form forms[5];
  const std::size_t n = forms_of(trim(word), forms);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(lowercase(std::string(forms[i].stem) + std::string(forms[i].tail)));
  return out;
}

bool same_singular(std::string_view a, std::string_view b) {
  a = trim(a);
  b = trim(b);
  // Every form keeps the word's first letter and drops at most two letters:
  // most portion names are told apart here, without their forms.
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  if (lower(a[0]) != lower(b[0]) || a.size() > b.size() + 2 || b.size() > a.size() + 2) return false;
  Form fa[5], fb[5];
  const std::size_t na = forms_of(a, fa);
  const std::size_t nb = forms_of(b, fb);
  for (std::size_t i = 0; i < na; ++i)
    for (std::size_t j = 0; j < nb; ++j)
      if (fa[i] == fb[j]) return true;
  return false;
}

std::optional<std::size_t> match_singular(std::string_view word, std::span<const std::string_view> names) {
  Form forms[5];
  const std::size_t n = forms_of(trim(word), forms);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < names.size(); ++k)
      if (forms[i] == Form{names[k], {}}) return k;
  return std::nullopt;
}

// Optimal string alignment: Levenshtein plus swaps of neighbours, so the
// common typo "kael" is one edit from "kale".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = b.size() + 1;
  std::vector<std::size_t> before(n), previous(n), current(n);
  for (std::size_t j = 0; j < n; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j < n; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[b.size()];
}

namespace {

// How well a wanted word matches a candidate's word: 1 the same, less for a
// prefix ("sard" of "sardine") or a typo ("kael"/"kale"), 0 not at all.
double word_match(const std::string& wanted, const std::string& have) {
  if (wanted == have) return 1.0;
  if (wanted.size() >= 3 && have.rfind(wanted, 0) == 0) return 0.8;
  const std::size_t shorter = std::min(wanted.size(), have.size());
  const std::size_t distance = edit_distance(wanted, have);
  if (distance == 1 && shorter >= 4) return 0.7;
  if (distance == 2 && shorter >= 8) return 0.5;
  return 0.0;
}

} // namespace

namespace {

// The words of a key name_key made: it is already lowercase, one space apart.
std::vector<std::string> words_of(std::string_view key) {
  std::vector<std::string> words;
  for_each_word(key, [&](std::string_view w) { words.emplace_back(w); });
  return words;
}

} // namespace

std::vector<std::string> nearest(std::string_view wanted, const std::vector<std::string>& candidates,
                                 std::size_t limit) {
  // Names are short; a huge query cannot be near any of them, and comparing
  // it would cost its length times every name.
  if (wanted.size() > max_name_bytes) return {};
  const std::string want = name_key(wanted);
  const auto want_words = words_of(want);

  struct Candidate {
    std::string name;
    std::string key;
    std::vector<std::string> words;
  };
  std::vector<Candidate> pool;
  std::set<std::string> seen;
  std::map<std::string, std::size_t> document_frequency;
  for (const auto& c : candidates) {
    if (!seen.insert(c).second) continue;
    Candidate candidate{c, name_key(c), {}};
    candidate.words = words_of(candidate.key);
    for (const auto& w : std::set<std::string>(candidate.words.begin(), candidate.words.end()))
      ++document_frequency[w];
    pool.push_back(std::move(candidate));
  }
  // Rare words say more than common ones: "kale" outweighs "cooked".
  const double n = static_cast<double>(pool.size()) + 1.0;
  const auto weight = [&](const std::string& word) {
    auto it = document_frequency.find(word);
    const double df = it == document_frequency.end() ? 0.0 : static_cast<double>(it->second);
    return std::log(n / (1.0 + df)) + 1.0;
  };

  struct Scored {
    double score;
    std::size_t distance;
    const Candidate* candidate;
  };
  std::vector<Scored> scored;
  for (const auto& c : pool) {
    double total = 0, got = 0;
    std::vector<bool> used(c.words.size(), false);
    for (const auto& w : want_words) {
      double best = 0;
      std::size_t best_index = 0;
      for (std::size_t i = 0; i < c.words.size(); ++i) {
        const double q = word_match(w, c.words[i]);
        if (q > best) {
          best = q;
          best_index = i;
        }
      }
      const double wt = best > 0 ? weight(c.words[best_index]) : weight(w);
      total += wt;
      got += best * wt;
      if (best > 0) used[best_index] = true;
    }
    const double coverage = total > 0 ? got / total : 0;
    const auto extra = static_cast<double>(std::count(used.begin(), used.end(), false));
    const std::size_t distance = edit_distance(want, c.key);
    const double longest = static_cast<double>(std::max(want.size(), c.key.size()));
    // Without a matching word, only a near-identical whole name counts.
    const bool close = distance <= 1 && longest > 3;
    if (coverage <= 0 && !close) continue;
    scored.push_back({coverage - 0.05 * extra, distance, &c});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.distance != y.distance) return x.distance < y.distance;
    return x.candidate->name < y.candidate->name;
  });
  std::vector<std::string> out;
  for (const auto& s : scored) {
    if (out.size() == limit) break;
    out.push_back(s.candidate->name);
  }
  return out;
}

std::string join_or(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " or " : ", ";
    out += items[i];
  }
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

} // namespace catrack::util
