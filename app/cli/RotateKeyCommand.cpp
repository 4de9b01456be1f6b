// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RotateKeyCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

QString RotateKeyCommand::description() const
{
    return RotateKeyCommand::tr("Re-encrypt the store under a new data key (the passphrase "
                                "stays the same).");
}

int RotateKeyCommand::executeOn(Workspace &workspace, const QCommandLineParser &,
                                CliContext &context)
{
    if (auto rotated = workspace.rotateDataKey(); !rotated)
        return fail(context, rotated.error());
    context.out << RotateKeyCommand::tr("The store was re-encrypted under a new data key. Backups "
                                        "made before keep the key they were made with.")
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
