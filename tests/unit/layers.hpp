#pragma once
// Every layer's names at once, for tests that reach across layers: a test
// says `using namespace catrack::layers;` instead of one line per layer.

namespace catrack::util {}
namespace catrack::toml {}
namespace catrack::foods {}
namespace catrack::bundled {}
namespace catrack::diary {}
namespace catrack::calc {}
namespace catrack::rules {}
namespace catrack::report {}
namespace catrack::plan {}
namespace catrack::import {}
namespace catrack::cli::cmd {}
namespace catrack::cli::io {}
namespace catrack::cli::render {}
namespace catrack::cli::term {}

namespace catrack::layers {
using namespace catrack::util;
using namespace catrack::toml;
using namespace catrack::foods;
using namespace catrack::bundled;
using namespace catrack::diary;
using namespace catrack::calc;
using namespace catrack::rules;
using namespace catrack::report;
using namespace catrack::plan;
using namespace catrack::import;
using namespace catrack::cli;
using namespace catrack::cli::cmd;
using namespace catrack::cli::io;
using namespace catrack::cli::render;
using namespace catrack::cli::term;
} // namespace catrack::layers
