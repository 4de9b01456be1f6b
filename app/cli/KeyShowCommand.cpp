// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/KeyShowCommand.h"

#include "app/AppLog.h"

#include <QCoreApplication>

namespace ClientDesk {

const QCommandLineOption KeyShowCommand::RawOption(
    QStringLiteral("raw"),
    QCoreApplication::translate("ClientDesk::KeyShowCommand",
                                "Print the raw store key (it opens every record in the store)."));

QString KeyShowCommand::description() const
{
    return QCoreApplication::translate("ClientDesk::KeyShowCommand",
                                       "Print the store's raw key, to open it with the sqlcipher "
                                       "tool (docs/opening-the-store.md).");
}

void KeyShowCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(RawOption);
}

Result<void> KeyShowCommand::checkOptions(const QCommandLineParser &parser) const
{
    if (!parser.isSet(RawOption))
        return Error(ErrorKind::Usage,
                     QCoreApplication::translate("ClientDesk::KeyShowCommand",
                                                 "The key is printed only when asked for "
                                                 "plainly: `key show --raw`."));
    return {};
}

int KeyShowCommand::executeOn(Workspace &workspace, const QCommandLineParser &, CliContext &context)
{
    // The warning goes to stderr, the key alone to stdout, so `> file` keeps just the key.
    context.err << QCoreApplication::translate(
        "ClientDesk::KeyShowCommand",
        "Warning: this key opens every client, invoice and note in this workspace. "
        "Anyone with it and a copy of store.db can read them all. Keep it out of "
        "chats, tickets, screenshots and logs.")
                << Qt::endl;
    qCInfo(lcApp) << "raw store key shown";
    const SecretBytes hex = workspace.keyRing().dataKey().toHex();
    context.out << QStringLiteral("x'") << QLatin1String(hex.constData(), hex.size())
                << QStringLiteral("'") << Qt::endl;
    return 0;
}

} // namespace ClientDesk
