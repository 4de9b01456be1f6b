// SPDX-License-Identifier: GPL-3.0-or-later
// Looks at a store file's bytes before any key is tried, to tell a person what is wrong with it.
#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ClientDesk {

class StoreFile
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::StoreFile)

public:
    static constexpr qsizetype PageSize = 4096;
    static constexpr qsizetype SaltSize = 16;

    // SQLCipher's per-file salt: the first 16 bytes, stored in clear.
    static Result<QByteArray> readSalt(const QString &path);
    // True when the file starts like a plain, unencrypted SQLite database.
    static bool isPlainSqlite(const QString &path);
    // Missing, empty, plain SQLite, another store's key file, truncated: each its own message.
    static Result<void> diagnose(const QString &path, const QByteArray &expectedSalt);
};

} // namespace ClientDesk
