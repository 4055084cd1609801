// The [profile] field table: every key documented, every key written reads
// back to the same profile, and each key's place kept apart from the profile.

#include "catrack/diary/profile_fields.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/diary/writer.hpp"
#include "layers.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace catrack::layers;
using namespace catrack::testing;
using namespace std::chrono;

namespace {

// A profile that gives every key.
Profile full_profile() {
  Profile p;
  p.present = true;
  p.age = 58;
  p.sex = Sex::female;
  p.life_stage = LifeStage::lactating;
  p.target_mg = 1200;
  p.vitamin_d_target_iu = 800.5;
  p.glucocorticoids = {true, "prednisone", 7.5, 2026y / January / 10};
  p.calcinosis = p.scleroderma = p.kidney_disease = p.kidney_stones = p.malabsorption = p.ppi = true;
  p.dysphagia = true;
  p.dysphagia_level = 4;
  p.diet = {"vegetarian", "lactose-free"};
  return p;
}

std::string profile_text(const Profile& p) {
  std::string text;
  for (const ProfileField& field : profile_fields())
    if (const std::string value = field.write(p); !value.empty()) text += std::string(field.key) + " = " + value + "\n";
  return text;
}

Profile read_back(const std::string& text) {
  const ProfileRead r = read_profile_file(text, "me.toml");
  INFO(text, "\n", listed(r.errors));
  REQUIRE(r.errors.empty());
  return r.value.profile;
}

} // namespace

TEST_SUITE("profile_fields") {

TEST_CASE("every key of the table is in docs/FORMAT.md §3, and every key there is in the table") {
  std::vector<std::string> keys;
  for (const ProfileField& field : profile_fields()) keys.emplace_back(field.key);
  check_documented(keys, "docs/FORMAT.md", "## 3. `[profile]`");
  CHECK(std::equal(keys.begin(), keys.end(), profile_keys().begin(), profile_keys().end()));
}

TEST_CASE("what the table writes reads back to the same profile") {
  const Profile full = full_profile();
  CHECK(read_back(profile_text(full)) == full);

  SUBCASE("each key on its own") {
    Profile every = full;
    every.birth_date = 1968y / March / 2; // not together with age, but each alone
    for (const ProfileField& field : profile_fields()) {
      const std::string value = field.write(every);
      REQUIRE_MESSAGE(!value.empty(), field.key);
      const Profile one = read_back(std::string(field.key) + " = " + value + "\n");
      CHECK_MESSAGE(field.write(one) == value, field.key);
    }
  }
  SUBCASE("the other forms of a key") {
    Profile p;
    p.present = true;
    p.birth_date = 1968y / March / 2;
    p.glucocorticoids.taking = true; // written `true`
    p.dysphagia = true;              // no level: `true`
    CHECK(read_back(profile_text(p)) == p);
    CHECK(profile_text(p) == "birth_date = 1968-03-02\nglucocorticoids = true\ndysphagia = true\n");
  }
  SUBCASE("an empty profile writes nothing") { CHECK(profile_text(Profile{}).empty()); }
}

TEST_CASE("profiles that say the same are equal wherever they were written") {
  const Profile a = read_back("age = 40\nppi = true\n");
  const Profile b = read_back("\n\nppi = true\nage = 40 # the same, elsewhere\n");
  CHECK(a == b);
  CHECK_FALSE(a == read_back("age = 41\nppi = true\n"));
  CHECK_FALSE(a == Profile{});
}

TEST_CASE("the places: the table's and each key's value") {
  const ProfileRead r = read_profile_file("[profile]\nsex = \"f\"\nbirth_date = 1990-01-01\n", "me.toml");
  REQUIRE(r.errors.empty());
  CHECK(r.value.places.table.line == 1);
  CHECK(r.value.places.of("sex").line == 2);
  CHECK(r.value.places.of("sex").column == 7);
  CHECK(r.value.places.of("birth_date").line == 3);
  CHECK(r.value.places.of("birth_date").column == 14);
  CHECK(r.value.places.of("age").line == 1); // not given: the table's
  CHECK(r.value.places.of("birth_date").file.str() == "me.toml");
}

TEST_CASE("age and birth_date together: one error, at birth_date") {
  const ProfileRead r = read_profile_file("birth_date = 1990-01-01\nage = 30\n", "me.toml");
  REQUIRE(r.errors.size() == 1u);
  CHECK(r.errors[0].message == "give age or birth_date, not both");
  CHECK(r.errors[0].where.line == 1);
}

} // TEST_SUITE
