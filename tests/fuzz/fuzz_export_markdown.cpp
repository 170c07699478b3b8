// libFuzzer harness for the markdown export writer (input format: ExportHarness.h).
#include "export/ExportFormat.h"

namespace {
constexpr galley::ExportFormat kFormat = galley::ExportFormat::Markdown;
}

#include "ExportHarness.h"
