// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AuditVerifyCommand.h"

#include "models/store/AuditLog.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>

namespace ClientDesk {

QString AuditVerifyCommand::description() const
{
    return AuditVerifyCommand::tr("Check the audit log's hash chain.");
}

int AuditVerifyCommand::executeOn(Workspace &workspace, const QCommandLineParser &,
                                  CliContext &context)
{
    auto verification = workspace.verifyAudit();
    if (!verification)
        return fail(context, verification.error());
    if (!verification->intact)
        return fail(context,
                    Error(ErrorKind::InvalidInput,
                          AuditVerifyCommand::tr("The audit log is broken at entry %1. %2")
                              .arg(verification->brokenSeq)
                              .arg(verification->problem)));
    context.out << AuditVerifyCommand::tr("The audit log is intact: %1 entries, head %2 (%3).")
                       .arg(verification->entries)
                       .arg(verification->headSeq)
                       .arg(QString::fromLatin1(verification->headHash.toHex().left(16)))
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
