// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentHash.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace galley {

QByteArray ContentHash::sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool done = EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1 && length == 32;
    // EVP_Digest gives the calling thread OpenSSL state of its own (an error queue of 904 bytes),
    // which OpenSSL frees only when the thread exits. Import runs on worker threads that may still
    // be exiting when the process ends, and the leak check at exit then reports that state as lost
    // (seen about once in 20 `galley export` runs in the sanitizer build). Freed here, at once;
    // the next digest on this thread makes it again.
    OPENSSL_thread_stop();
    if (done)
        return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    // libcrypto refused (e.g. a FIPS provider without SHA-256): Qt's own implementation.
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace galley
