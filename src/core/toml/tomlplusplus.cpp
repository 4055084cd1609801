// toml++ compiled into catrack rather than loaded from libtomlplusplus.so:
// one shared library fewer for the dynamic loader to map and relocate at
// every start. Every other file includes toml++ with TOML_HEADER_ONLY=0
// (the catrack_toml target); this one holds its code, once.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
