#include "diary/profile_reader.hpp"

#include "catrack/diary/glucocorticoid.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/foods/diet.hpp"
#include "catrack/toml/parse.hpp"
#include "catrack/toml/read.hpp"
#include "catrack/util/text.hpp"

#include <fmt/format.h>

namespace catrack::diary {

using foods::is_known_diet_tag;
using foods::known_diet_tags;
using toml::location_of;
using util::Diagnostics;
using util::FileName;
using util::Location;
using util::join_or;
using util::lowercase;
using util::nearest;
using util::trim;

namespace {

struct ProfileReader {
  const FileName& file;
  Diagnostics& errors;

  void error(Location at, std::string message, std::vector<std::string> hints = {}) {
    errors.push_back({std::move(at), std::move(message), std::move(hints)});
  }

  void read_glucocorticoids(const toml::Node& node, Profile& p) {
    if (auto b = node.as_boolean()) {
      p.glucocorticoids.taking = *b;
      return;
    }
    const auto* t = node.as_table();
    if (!t) {
      error(location_of(node, file),
            fmt::format("\"glucocorticoids\" must be true/false or a table, not {}", toml::type_name(node)),
            {"glucocorticoids = true", "glucocorticoids = { drug = \"prednisone\", mg_per_day = 7.5, since = 2026-01-10 }"});
      return;
    }
    p.glucocorticoids.taking = true;
    toml::check_keys(*t, {"drug", "mg_per_day", "since"}, "glucocorticoids", file, errors);
    if (auto d = t->get("drug")) {
      if (auto s = toml::read_string(*d, "drug", file, errors)) {
        p.glucocorticoids.drug = lowercase(trim(*s));
        if (!prednisone_equivalent_mg(*s, 1)) {
          std::vector<std::string> names;
          for (const auto& g : known_glucocorticoids()) names.emplace_back(g.name);
          error(location_of(*d, file), fmt::format("unknown glucocorticoid \"{}\"", *s),
                {"known: " + join_or(names) + "; or give glucocorticoids = true"});
        }
      }
    }
    if (t->contains("mg_per_day") && !t->contains("drug"))
      error(location_of(node, file), "give the drug with mg_per_day, so the dose can be compared with the "
                                     "prednisone-equivalent threshold",
            {"glucocorticoids = { drug = \"prednisone\", mg_per_day = 7.5 }"});
    if (auto m = t->get("mg_per_day")) {
      if (auto v = toml::read_number(*m, "mg_per_day", file, errors)) {
        if (*v < 0) error(location_of(*m, file), "\"mg_per_day\" cannot be negative");
        else p.glucocorticoids.mg_per_day = *v;
      }
    }
    if (auto s = t->get("since")) p.glucocorticoids.since = toml::read_date(*s, "since", file, errors);
  }

  void read_flag(const toml::Node& t, std::string_view key, bool& flag) {
    if (auto n = t.get(key))
      if (auto b = toml::read_bool(*n, key, file, errors)) flag = *b;
  }

  Profile read_profile(const toml::Node& t, const Location& at) {
    Profile p;
    p.present = true;
    p.at = at;
    toml::check_keys(t,
                      {"age", "birth_date", "sex", "life_stage", "target_mg", "vitamin_d_target_iu",
                       "glucocorticoids", "calcinosis", "scleroderma", "kidney_disease", "kidney_stones",
                       "malabsorption", "ppi", "dysphagia", "diet"},
                      "[profile]", file, errors);
    if (auto n = t.get("age")) {
      if (auto v = toml::read_number(*n, "age", file, errors)) {
        if (*v != static_cast<int>(*v) || *v < 0 || *v > 130)
          error(location_of(*n, file), "\"age\" must be a whole number of years from 0 to 130");
        else p.age = static_cast<int>(*v);
      p.age_at = location_of(*n, file);
      }
    }
    if (auto n = t.get("birth_date")) {
      p.birth_date = toml::read_date(*n, "birth_date", file, errors);
      p.age_at = location_of(*n, file);
    }
    if (p.age && p.birth_date)
      error(location_of(*t.get("birth_date"), file), "give age or birth_date, not both");
    if (auto n = t.get("sex")) {
      if (auto s = toml::read_string(*n, "sex", file, errors)) {
        const auto v = lowercase(*s);
        if (v == "female" || v == "f") p.sex = Sex::female;
        else if (v == "male" || v == "m") p.sex = Sex::male;
        else error(location_of(*n, file), fmt::format("unknown sex \"{}\"", *s), {"sex = \"female\" or sex = \"male\""});
      }
    }
    if (auto n = t.get("life_stage")) {
      if (auto s = toml::read_string(*n, "life_stage", file, errors)) {
        const auto v = lowercase(*s);
        if (v == "pregnant") p.life_stage = LifeStage::pregnant;
        else if (v == "lactating" || v == "breastfeeding") p.life_stage = LifeStage::lactating;
        else error(location_of(*n, file), fmt::format("unknown life_stage \"{}\"", *s),
                   {"life_stage = \"pregnant\" or \"lactating\""});
      }
    }
    for (auto [key, slot] : {std::pair{"target_mg", &p.target_mg},
                             std::pair{"vitamin_d_target_iu", &p.vitamin_d_target_iu}}) {
      if (auto n = t.get(key)) {
        if (auto v = toml::read_number(*n, key, file, errors)) {
          if (*v <= 0) error(location_of(*n, file), fmt::format("\"{}\" must be more than zero", key));
          else *slot = *v;
        }
      }
    }
    if (auto n = t.get("glucocorticoids")) read_glucocorticoids(*n, p);
    read_flag(t, "calcinosis", p.calcinosis);
    read_flag(t, "scleroderma", p.scleroderma);
    read_flag(t, "kidney_disease", p.kidney_disease);
    read_flag(t, "kidney_stones", p.kidney_stones);
    read_flag(t, "malabsorption", p.malabsorption);
    read_flag(t, "ppi", p.ppi);
    if (auto n = t.get("dysphagia")) {
      if (auto b = n->as_boolean()) {
        p.dysphagia = *b;
      } else if (auto i = n->as_integer(); i && *i >= 0 && *i <= 7) {
        p.dysphagia = true;
        p.dysphagia_level = static_cast<int>(*i);
      } else {
        error(location_of(*n, file), "\"dysphagia\" must be true/false or an IDDSI level from 0 to 7");
      }
    }
    if (auto n = t.get("diet")) {
      if (auto arr = n->as_array()) {
        for (const auto& el : *arr) {
          auto s = toml::read_string(el, "diet", file, errors);
          if (!s) continue;
          const std::string tag = lowercase(trim(*s));
          if (is_known_diet_tag(tag)) {
            p.diet.push_back(tag);
            continue;
          }
          const auto close = nearest(tag, known_diet_tags(), 1);
          error(location_of(el, file),
                close.empty() ? fmt::format("unknown diet tag \"{}\"", *s)
                              : fmt::format("unknown diet tag \"{}\"; did you mean \"{}\"?", *s, close.front()),
                {"diet tags: " + join_or(known_diet_tags())});
        }
      } else {
        error(location_of(*n, file), "\"diet\" must be a list: diet = [\"vegetarian\", \"lactose-free\"]");
      }
    }
    return p;
  }
};

} // namespace

Profile read_profile_table(const toml::Node& table, const Location& at, const FileName& file, Diagnostics& errors) {
  return ProfileReader{file, errors}.read_profile(table, at);
}

ProfileRead read_profile_file(std::string_view text, const std::string& name) {
  ProfileRead out;
  const FileName file_name(name);
  ProfileReader reader{file_name, out.errors};
  const auto doc = toml::parse(text, file_name);
  if (!doc) {
    out.errors.push_back(doc.error());
  } else {
    const toml::Node* root = &doc->root();
    if (auto p = root->get("profile"); p && root->size == 1) {
      if (auto t = p->as_table()) out.profile = reader.read_profile(*t, location_of(*p, file_name));
      else reader.error(location_of(*p, file_name), "\"profile\" must be a table");
    } else {
      out.profile = reader.read_profile(*root, {file_name, 1, 1});
    }
  }
  return out;
}

} // namespace catrack::diary
