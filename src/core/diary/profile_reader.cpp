#include "diary/profile_reader.hpp"

#include "catrack/diary/profile_fields.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/toml/parse.hpp"
#include "catrack/toml/read.hpp"

namespace catrack::diary {

using toml::location_of;
using util::Diagnostics;
using util::FileName;
using util::Location;

Profile read_profile_table(const toml::Node& table, const Location& at, const FileName& file, ProfilePlaces& places,
                           Diagnostics& errors) {
  Profile p;
  p.present = true;
  places = {at, {}};
  toml::check_keys(table, profile_keys(), "[profile]", file, errors);
  for (const ProfileField& field : profile_fields()) {
    if (const toml::Node* value = table.get(field.key)) {
      places.keys.emplace_back(field.key, location_of(*value, file));
      field.read(field.key, *value, p, file, errors);
    }
  }
  // What involves two keys.
  if (p.age && p.birth_date) errors.push_back({places.of("birth_date"), "give age or birth_date, not both"});
  return p;
}

ProfileRead read_profile_file(std::string_view text, const std::string& name) {
  ProfileRead out;
  const FileName file_name(name);
  const auto doc = toml::parse(text, file_name);
  if (!doc) {
    out.errors.push_back(doc.error());
  } else {
    const toml::Node* root = &doc->root();
    if (auto p = root->get("profile"); p && root->size == 1) {
      if (auto t = p->as_table())
        out.value.profile = read_profile_table(*t, location_of(*p, file_name), file_name, out.value.places, out.errors);
      else out.errors.push_back({location_of(*p, file_name), "\"profile\" must be a table"});
    } else {
      out.value.profile = read_profile_table(*root, {file_name, 1, 1}, file_name, out.value.places, out.errors);
    }
  }
  // In file order, as a diary's are, whatever the order of the field table.
  util::sort_by_position(out.errors);
  return out;
}

} // namespace catrack::diary
