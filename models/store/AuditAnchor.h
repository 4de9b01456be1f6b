// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's head, recorded in the key file with a MAC from the master key when the
// workspace closes, so rows cut off the log's end are noticed (ARCHITECTURE.md, audit log).
#pragma once

#include "models/crypto/KeyFile.h"
#include "models/crypto/KeyRing.h"
#include "models/store/AuditLog.h"

namespace ClientDesk {

class AuditAnchor
{
public:
    static KeyFile::AuditAnchor make(const KeyRing &keys, const QString &workspaceId,
                                     const AuditLog::Head &head);
    // False when the anchor was edited, or belongs to another workspace or master key.
    static bool isAuthentic(const KeyRing &keys, const QString &workspaceId,
                            const KeyFile::AuditAnchor &anchor);

private:
    static QByteArray mac(const KeyRing &keys, const QString &workspaceId, qint64 seq,
                          const QByteArray &hash);
};

} // namespace ClientDesk
