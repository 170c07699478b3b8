// libFuzzer harness for the nitf export writer (input format: ExportHarness.h).
#include "export/ExportFormat.h"

namespace {
constexpr galley::ExportFormat kFormat = galley::ExportFormat::Nitf;
}

#include "ExportHarness.h"
