// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery kit as a person keeps it: a short text with the recovery key and what to do
// with it, to save as a file or print, and the way to find the key in such a text again.
#pragma once

#include "models/crypto/RecoveryKey.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ClientDesk {

class RecoveryKit
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::RecoveryKit)

public:
    // The kit's text: workspace name and id, when it was made, the key, instructions.
    static QString text(const QString &workspaceName, const QString &workspaceId,
                        const QDateTime &createdAt, const RecoveryKey &key);
    // The recovery key in a saved kit, or in text that is only the key.
    static Result<RecoveryKey> findKey(QStringView text);
    // Writes the kit atomically, readable by its owner only.
    static Result<void> save(const QString &path, const QString &text);
    // A file name for the kit that says what it is and names no person.
    static QString suggestedFileName(const QString &workspaceName);
};

} // namespace ClientDesk
