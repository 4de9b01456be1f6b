// SPDX-License-Identifier: GPL-3.0-or-later
// A Command that needs the workspace unlocked: it asks for the passphrase and opens the store
// first.
#pragma once

#include "app/cli/Command.h"
#include "models/store/Workspace.h"

namespace ClientDesk {

class WorkspaceCommand : public Command
{
public:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliContext &context) final;

protected:
    // How the command may be unlocked. With PassphraseOrRecoveryKey, --recovery-key-file
    // picks the recovery key; with RecoveryKey, it is asked for when the flag is missing.
    enum class Unlock { Passphrase, PassphraseOrRecoveryKey, RecoveryKey };
    virtual Unlock unlockWith() const { return Unlock::Passphrase; }
    // Checked before the passphrase is asked for, so a usage error costs no key derivation.
    virtual Result<void> checkOptions(const QCommandLineParser &parser) const;
    // Commands that only look leave an older schema as it is; writers bring it up to date.
    virtual Workspace::Migration migration() const { return Workspace::Migration::Skip; }
    virtual int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                          CliContext &context) = 0;

private:
    Result<KeyRing> unlock(const QString &dir, const QCommandLineParser &parser,
                           CliContext &context) const;
};

} // namespace ClientDesk
