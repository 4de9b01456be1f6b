// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Contact.h"

#include "models/domain/WorkspaceSetup.h"

#include <QCoreApplication>

namespace ClientDesk {

namespace {
Error invalid(const char *text)
{
    return Error(ErrorKind::InvalidInput, QCoreApplication::translate("ClientDesk::Contact", text));
}
} // namespace

Result<void> Contact::validate() const
{
    if (clientId.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Contact", "Choose the client this contact works for."));
    if (name.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Contact", "Enter the contact's name."));
    const QString trimmedEmail = email.trimmed();
    if (!trimmedEmail.isEmpty() && !WorkspaceSetup::isValidEmail(trimmedEmail))
        return invalid(QT_TRANSLATE_NOOP(
            "ClientDesk::Contact",
            "Enter a valid email address for the contact, such as name@example.com, or leave it "
            "empty."));
    return {};
}

} // namespace ClientDesk
