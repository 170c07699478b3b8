#include "ReasonText.h"

#include <QCoreApplication>
#include <QHash>

namespace galley {

QString reasonText(const char *context, const char *text)
{
    thread_local QHash<const char *, QString> cache;
    auto it = cache.constFind(text);
    if (it == cache.cend())
        it = cache.insert(text, QCoreApplication::translate(context, text));
    return *it;
}

} // namespace galley
