// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli reset-passphrase`: change-passphrase for whoever has the recovery key instead
// of the passphrase.
#pragma once

#include "app/cli/ChangePassphraseCommand.h"

namespace ClientDesk {

class ResetPassphraseCommand final : public ChangePassphraseCommand
{
public:
    QString name() const override { return QStringLiteral("reset-passphrase"); }
    QString description() const override;

protected:
    Unlock unlockWith() const override { return Unlock::RecoveryKey; }
    QString doneMessage() const override;
};

} // namespace ClientDesk
