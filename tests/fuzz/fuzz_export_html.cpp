// libFuzzer harness for the html export writer (input format: ExportHarness.h).
#include "export/ExportFormat.h"

namespace {
constexpr galley::ExportFormat kFormat = galley::ExportFormat::Html;
}

#include "ExportHarness.h"
