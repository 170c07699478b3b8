#pragma once
// Flag: something the engine was unsure of, for an editor to check (F8 walks through them).
#include <QString>

namespace galley {

struct Flag {
    int pieceId = 0;  ///< the piece the flag is about
    QString kind;     ///< stable key: "orphan-fragment", "interleaved-columns", "open-end", "orphan-headline" …
    QString reason;   ///< human-readable explanation shown in the review UI
    bool resolved = false;

    friend bool operator==(const Flag &, const Flag &) = default;
};

} // namespace galley
