// libFuzzer harness for the json export writer (Harnesses.h exportPage).
#include "Harnesses.h"
#define GALLEY_FUZZ_CHECK(bytes) galley::fuzz::exportPage(galley::ExportFormat::Json, bytes)
#include "FuzzMain.h"
