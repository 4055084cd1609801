#include "catrack/diary/profile_fields.hpp"

#include "catrack/diary/glucocorticoid.hpp"
#include "catrack/foods/diet.hpp"
#include "catrack/toml/read.hpp"
#include "catrack/toml/write.hpp"
#include "catrack/util/date.hpp"
#include "catrack/util/text.hpp"

#include <array>
#include <fmt/format.h>

namespace catrack::diary {

using foods::is_known_diet_tag;
using foods::known_diet_tags;
using toml::location_of;
using toml::Node;
using util::Diagnostics;
using util::FileName;
using util::join_or;
using util::lowercase;
using util::nearest;
using util::trim;

namespace {

void read_age(std::string_view key, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
  if (auto v = toml::read_number(n, key, file, errors)) {
    if (*v < 0 || *v > 130 || *v != static_cast<int>(*v))
      errors.push_back({location_of(n, file), "\"age\" must be a whole number of years from 0 to 130"});
    else p.age = static_cast<int>(*v);
  }
}

std::string write_age(const Profile& p) { return p.age ? std::to_string(*p.age) : ""; }

void read_birth_date(std::string_view key, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
  p.birth_date = toml::read_date(n, key, file, errors);
}

std::string write_birth_date(const Profile& p) { return p.birth_date ? util::format_date(*p.birth_date) : ""; }

void read_sex(std::string_view key, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
  if (auto s = toml::read_string(n, key, file, errors)) {
    const auto v = lowercase(*s);
    if (v == "female" || v == "f") p.sex = Sex::female;
    else if (v == "male" || v == "m") p.sex = Sex::male;
    else errors.push_back({location_of(n, file), fmt::format("unknown sex \"{}\"", *s),
                           {"sex = \"female\" or sex = \"male\""}});
  }
}

std::string write_sex(const Profile& p) {
  return p.sex ? toml::quoted(*p.sex == Sex::female ? "female" : "male") : "";
}

void read_life_stage(std::string_view key, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
  if (auto s = toml::read_string(n, key, file, errors)) {
    const auto v = lowercase(*s);
    if (v == "pregnant") p.life_stage = LifeStage::pregnant;
    else if (v == "lactating" || v == "breastfeeding") p.life_stage = LifeStage::lactating;
    else errors.push_back({location_of(n, file), fmt::format("unknown life_stage \"{}\"", *s),
                           {"life_stage = \"pregnant\" or \"lactating\""}});
  }
}

std::string write_life_stage(const Profile& p) {
  if (p.life_stage == LifeStage::none) return "";
  return toml::quoted(p.life_stage == LifeStage::pregnant ? "pregnant" : "lactating");
}

// A number the profile sets for the person (a clinician's target).
template <std::optional<double> Profile::*member>
constexpr ProfileField more_than_zero(std::string_view key) {
  return {key,
          [](std::string_view k, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
            if (auto v = toml::read_number(n, k, file, errors)) {
              if (*v <= 0) errors.push_back({location_of(n, file), fmt::format("\"{}\" must be more than zero", k)});
              else p.*member = *v;
            }
          },
          [](const Profile& p) { return p.*member ? toml::number(*(p.*member)) : std::string(); }};
}

template <bool Profile::*member>
constexpr ProfileField flag(std::string_view key) {
  return {key,
          [](std::string_view k, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
            if (auto b = toml::read_bool(n, k, file, errors)) p.*member = *b;
          },
          [](const Profile& p) { return std::string(p.*member ? "true" : ""); }};
}

void read_drug(const Node& d, Glucocorticoids& gc, const FileName& file, Diagnostics& errors) {
  auto s = toml::read_string(d, "drug", file, errors);
  if (!s) return;
  gc.drug = lowercase(trim(*s));
  if (prednisone_equivalent_mg(*s, 1)) return;
  std::vector<std::string> names;
  for (const auto& g : known_glucocorticoids()) names.emplace_back(g.name);
  errors.push_back({location_of(d, file), fmt::format("unknown glucocorticoid \"{}\"", *s),
                    {"known: " + join_or(names) + "; or give glucocorticoids = true"}});
}

void read_glucocorticoids(std::string_view, const Node& node, Profile& p, const FileName& file,
                          Diagnostics& errors) {
  auto& gc = p.glucocorticoids;
  if (auto b = node.as_boolean()) {
    gc.taking = *b;
    return;
  }
  const auto* t = node.as_table();
  if (!t) {
    errors.push_back(
        {location_of(node, file),
         fmt::format("\"glucocorticoids\" must be true/false or a table, not {}", toml::type_name(node)),
         {"glucocorticoids = true", "glucocorticoids = { drug = \"prednisone\", mg_per_day = 7.5, since = 2026-01-10 }"}});
    return;
  }
  gc.taking = true;
  toml::check_keys(*t, {"drug", "mg_per_day", "since"}, "glucocorticoids", file, errors);
  if (auto d = t->get("drug")) read_drug(*d, gc, file, errors);
  if (t->contains("mg_per_day") && !t->contains("drug"))
    errors.push_back({location_of(node, file),
                      "give the drug with mg_per_day, so the dose can be compared with the "
                      "prednisone-equivalent threshold",
                      {"glucocorticoids = { drug = \"prednisone\", mg_per_day = 7.5 }"}});
  if (auto m = t->get("mg_per_day")) {
    if (auto v = toml::read_number(*m, "mg_per_day", file, errors)) {
      if (*v < 0) errors.push_back({location_of(*m, file), "\"mg_per_day\" cannot be negative"});
      else gc.mg_per_day = *v;
    }
  }
  if (auto s = t->get("since")) gc.since = toml::read_date(*s, "since", file, errors);
}

std::string write_glucocorticoids(const Profile& p) {
  const auto& gc = p.glucocorticoids;
  if (!gc.taking) return "";
  std::string fields;
  const auto add = [&](std::string_view key, const std::string& value) {
    fields += fmt::format("{}{} = {}", fields.empty() ? "" : ", ", key, value);
  };
  if (!gc.drug.empty()) add("drug", toml::quoted(gc.drug));
  if (gc.mg_per_day) add("mg_per_day", toml::number(*gc.mg_per_day));
  if (gc.since) add("since", util::format_date(*gc.since));
  return fields.empty() ? "true" : "{ " + fields + " }";
}

void read_dysphagia(std::string_view, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
  if (auto b = n.as_boolean()) {
    p.dysphagia = *b;
  } else if (auto i = n.as_integer(); i && *i >= 0 && *i <= 7) {
    p.dysphagia = true;
    p.dysphagia_level = static_cast<int>(*i);
  } else {
    errors.push_back({location_of(n, file), "\"dysphagia\" must be true/false or an IDDSI level from 0 to 7"});
  }
}

std::string write_dysphagia(const Profile& p) {
  if (p.dysphagia_level) return std::to_string(*p.dysphagia_level);
  return p.dysphagia ? "true" : "";
}

void read_diet(std::string_view key, const Node& n, Profile& p, const FileName& file, Diagnostics& errors) {
  const auto* arr = n.as_array();
  if (!arr) {
    errors.push_back({location_of(n, file), "\"diet\" must be a list: diet = [\"vegetarian\", \"lactose-free\"]"});
    return;
  }
  for (const auto& el : *arr) {
    auto s = toml::read_string(el, key, file, errors);
    if (!s) continue;
    const std::string tag = lowercase(trim(*s));
    if (is_known_diet_tag(tag)) {
      p.diet.push_back(tag);
      continue;
    }
    const auto close = nearest(tag, known_diet_tags(), 1);
    errors.push_back({location_of(el, file),
                      close.empty() ? fmt::format("unknown diet tag \"{}\"", *s)
                                    : fmt::format("unknown diet tag \"{}\"; did you mean \"{}\"?", *s, close.front()),
                      {"diet tags: " + join_or(known_diet_tags())}});
  }
}

std::string write_diet(const Profile& p) { return p.diet.empty() ? "" : toml::string_list(p.diet); }

constexpr ProfileField fields[] = {
    {"age", read_age, write_age},
    {"birth_date", read_birth_date, write_birth_date},
    {"sex", read_sex, write_sex},
    {"life_stage", read_life_stage, write_life_stage},
    more_than_zero<&Profile::target_mg>("target_mg"),
    more_than_zero<&Profile::vitamin_d_target_iu>("vitamin_d_target_iu"),
    {"glucocorticoids", read_glucocorticoids, write_glucocorticoids},
    flag<&Profile::calcinosis>("calcinosis"),
    flag<&Profile::scleroderma>("scleroderma"),
    flag<&Profile::kidney_disease>("kidney_disease"),
    flag<&Profile::kidney_stones>("kidney_stones"),
    flag<&Profile::malabsorption>("malabsorption"),
    flag<&Profile::ppi>("ppi"),
    {"dysphagia", read_dysphagia, write_dysphagia},
    {"diet", read_diet, write_diet},
};

constexpr auto keys = [] {
  std::array<std::string_view, std::size(fields)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = fields[i].key;
  return out;
}();

} // namespace

std::span<const ProfileField> profile_fields() { return fields; }

std::span<const std::string_view> profile_keys() { return keys; }

} // namespace catrack::diary
