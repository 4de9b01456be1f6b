// SPDX-License-Identifier: GPL-3.0-or-later
// One clientdesk-cli command: its name, description, options, and how it runs.
#pragma once

#include "app/cli/CliContext.h"
#include "models/crypto/RecoveryKey.h"
#include "models/crypto/SecretBytes.h"
#include "models/domain/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ClientDesk {

class Command
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::Command)

public:
    virtual ~Command() = default;

    // "audit verify" for a command with a sub-verb.
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // Options beyond --workspace, which every command takes.
    virtual void addOptions(QCommandLineParser &parser) const;
    // Whether the command takes one FILE argument, its only positional one. Nothing else is
    // taken from the command line positionally: secrets and personal data never are.
    virtual bool takesFile() const { return false; }
    // Returns the process exit code (ARCHITECTURE.md's table); prints messages itself.
    virtual int execute(const QCommandLineParser &parser, CliContext &context) = 0;

    static const QCommandLineOption WorkspaceOption;
    static const QCommandLineOption PassphraseFileOption;
    static const QCommandLineOption NewPassphraseFileOption;
    static const QCommandLineOption RecoveryKeyFileOption;

protected:
    // The folder --workspace names, or the only workspace in the data dir.
    static Result<QString> workspaceDir(const QCommandLineParser &parser, CliContext &context);
    // From --passphrase-file (or `fileOption`), else asked at the terminal, never from argv.
    static Result<SecretBytes> readPassphrase(const QCommandLineParser &parser, CliContext &context,
                                              const QCommandLineOption &fileOption,
                                              const QString &prompt);
    // A new passphrase: from its file, or typed twice; refused when too weak.
    static Result<SecretBytes> readNewPassphrase(const QCommandLineParser &parser,
                                                 CliContext &context,
                                                 const QCommandLineOption &fileOption);
    // From --recovery-key-file (a saved kit or just the key), else asked at the terminal.
    static Result<RecoveryKey> readRecoveryKey(const QCommandLineParser &parser,
                                               CliContext &context);
    // Prints the error for a person and returns its exit code.
    static int fail(CliContext &context, const Error &error);
};

} // namespace ClientDesk
