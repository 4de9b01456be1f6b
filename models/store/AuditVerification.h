// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of checking the audit log's hash chain: intact with its head, or the first broken
// entry.
#pragma once

#include <QByteArray>
#include <QString>

namespace ClientDesk {

class AuditVerification
{
public:
    bool intact = true;
    qint64 entries = 0;
    qint64 headSeq = 0;
    QByteArray headHash;
    // When broken: the sequence number of the first entry that does not verify, and why.
    qint64 brokenSeq = 0;
    QString problem;
};

} // namespace ClientDesk
