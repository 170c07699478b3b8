// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentHash.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace galley {

QByteArray ContentHash::sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1 && length == 32)
        return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    // libcrypto refused (e.g. a FIPS provider without SHA-256): Qt's own implementation.
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace galley
