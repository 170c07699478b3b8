// libFuzzer harness for the pdf export writer (input format: ExportHarness.h).
#include "export/ExportFormat.h"

namespace {
constexpr galley::ExportFormat kFormat = galley::ExportFormat::Pdf;
}

#include "ExportHarness.h"
