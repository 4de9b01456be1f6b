// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ResetPassphraseCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

QString ResetPassphraseCommand::description() const
{
    return QCoreApplication::translate("ClientDesk::ResetPassphraseCommand",
                                       "Set a new passphrase with the recovery key.");
}

QString ResetPassphraseCommand::doneMessage() const
{
    return QCoreApplication::translate(
        "ClientDesk::ResetPassphraseCommand",
        "The passphrase was reset. The recovery key keeps working; to replace it, run "
        "`clientdesk-cli recovery-kit new`.");
}

} // namespace ClientDesk
