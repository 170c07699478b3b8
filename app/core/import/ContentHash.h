// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ContentHash: SHA-256 (FIPS 180-4) of a file's bytes, as lower-case hex — the identity of a page's
// source in project files and JSON. Computed with OpenSSL's libcrypto, which uses the processor's SHA
// instructions where present (several times faster than QCryptographicHash on large archives).
#include <QByteArray>
#include <QByteArrayView>

namespace galley {

class ContentHash {
public:
    static QByteArray sha256Hex(QByteArrayView bytes);
};

} // namespace galley
