// libFuzzer harness for the text export writer (input format: ExportHarness.h).
#include "export/ExportFormat.h"

namespace {
constexpr galley::ExportFormat kFormat = galley::ExportFormat::PlainText;
}

#include "ExportHarness.h"
