#pragma once
// ReasonText: the translated text of an engine reason or flag (QCoreApplication::translate), looked up
// once per thread and string: the engine writes the same few reasons thousands of times per page.
// context and text are string literals (their addresses are the cache key).
#include <QString>

namespace galley {

QString reasonText(const char *context, const char *text);

} // namespace galley
