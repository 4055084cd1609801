#include "catrack/text.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace catrack {

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    // Letters, digits and any non-ASCII byte (so "crème" stays one word);
    // "%" is kept so that "2 %" and "2%" agree and differ from "2".
    if (std::isalnum(u) || u >= 0x80 || c == '%') {
      if (c == '%' && !word.empty()) {
        words.push_back(word);
        word.clear();
      }
      word += static_cast<char>(std::tolower(u));
      if (c == '%') {
        words.push_back(word);
        word.clear();
      }
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

std::string drop_plural(std::string word) {
  // "sardines" -> "sardine", "leaves" stays (a key, not a dictionary form).
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
  return word;
}

} // namespace

std::string name_key(std::string_view name) {
  auto words = words_of(name);
  for (auto& w : words) w = drop_plural(w);
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

std::vector<std::string> singular_forms(std::string_view word) {
  std::string w = lowercase(trim(word));
  std::vector<std::string> out{w};
  const auto ends = [&](std::string_view s) {
    return w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ies")) out.push_back(w.substr(0, w.size() - 3) + "y");
  if (ends("ves")) out.push_back(w.substr(0, w.size() - 3) + "f");
  if (ends("es")) out.push_back(w.substr(0, w.size() - 2));
  if (ends("s")) out.push_back(w.substr(0, w.size() - 1));
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> nearest(std::string_view wanted,
                                 const std::vector<std::string>& candidates, std::size_t limit) {
  const std::string want = name_key(wanted);
  const auto want_words = words_of(want);
  const std::set<std::string> want_set(want_words.begin(), want_words.end());

  struct Scored {
    double score;
    std::string name;
  };
  std::vector<Scored> scored;
  std::set<std::string> seen;
  for (const auto& candidate : candidates) {
    if (!seen.insert(candidate).second) continue;
    const std::string key = name_key(candidate);
    const double distance = static_cast<double>(edit_distance(want, key));
    std::size_t shared = 0;
    for (const auto& w : words_of(key))
      if (want_set.count(w)) ++shared;
    // A shared word is worth about three typos; a prefix match helps
    // "sard" find "sardines".
    double score = distance - 3.0 * static_cast<double>(shared);
    if (!want.empty() && key.rfind(want, 0) == 0) score -= 3.0;
    const double longest = static_cast<double>(std::max(want.size(), key.size()));
    const bool close = distance <= std::max(2.0, longest * 0.4) || shared > 0 ||
                       (!want.empty() && key.rfind(want, 0) == 0);
    if (close) scored.push_back({score, candidate});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    if (x.score != y.score) return x.score < y.score;
    return x.name < y.name;
  });
  std::vector<std::string> out;
  for (const auto& s : scored) {
    if (out.size() == limit) break;
    out.push_back(s.name);
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

} // namespace catrack
