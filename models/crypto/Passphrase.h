// SPDX-License-Identifier: GPL-3.0-or-later
// Turns a typed passphrase into the bytes the KDF sees, the same on every platform.
#pragma once

#include "models/crypto/SecretBytes.h"

#include <QString>

namespace ClientDesk {

class Passphrase
{
public:
    // NFC-normalised UTF-8: "é" typed on macOS (decomposed) unlocks what Linux created.
    static SecretBytes encode(const QString &passphrase);
    // Reads a passphrase file: its first line, without the line break.
    static SecretBytes fromFileContents(QByteArray &contents);
};

} // namespace ClientDesk
