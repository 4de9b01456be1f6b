// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/WorkspaceSetup.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace ClientDesk {

namespace {
constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxEmailLength = 254;

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}
} // namespace

bool WorkspaceSetup::isValidEmail(const QString &email)
{
    // Deliberately permissive (RFC 5322 is wider than any regex); catches typing slips only.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return email.size() <= MaxEmailLength && pattern.match(email).hasMatch();
}

Result<void> WorkspaceSetup::validate() const
{
    if (!workspaceId.isEmpty() && QUuid::fromString(workspaceId).isNull())
        return invalid(WorkspaceSetup::tr("The workspace id must be a UUID."));
    if (workspaceName.trimmed().isEmpty())
        return invalid(
            WorkspaceSetup::tr("Enter a name for the workspace, such as your agency's name."));
    if (workspaceName.size() > MaxNameLength)
        return invalid(
            WorkspaceSetup::tr("The workspace name is too long (at most 200 characters)."));
    if (ownerName.trimmed().isEmpty())
        return invalid(WorkspaceSetup::tr("Enter your name."));
    if (ownerName.size() > MaxNameLength)
        return invalid(WorkspaceSetup::tr("Your name is too long (at most 200 characters)."));
    if (!isValidEmail(ownerEmail.trimmed()))
        return invalid(WorkspaceSetup::tr("Enter a valid email address, such as name@agency.com."));
    return {};
}

} // namespace ClientDesk
