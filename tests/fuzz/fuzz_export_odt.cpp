// libFuzzer harness for the odt export writer (input format: ExportHarness.h).
#include "export/ExportFormat.h"

namespace {
constexpr galley::ExportFormat kFormat = galley::ExportFormat::Odt;
}

#include "ExportHarness.h"
