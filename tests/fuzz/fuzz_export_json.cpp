// libFuzzer harness for the json export writer (input format: ExportHarness.h).
#include "export/ExportFormat.h"

namespace {
constexpr galley::ExportFormat kFormat = galley::ExportFormat::Json;
}

#include "ExportHarness.h"
