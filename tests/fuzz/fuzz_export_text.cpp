// libFuzzer harness for the text export writer (Harnesses.h exportPage).
#include "Harnesses.h"
#define GALLEY_FUZZ_CHECK(bytes) galley::fuzz::exportPage(galley::ExportFormat::PlainText, bytes)
#include "FuzzMain.h"
