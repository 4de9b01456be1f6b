// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/RecoveryKit.h"

#include <QFileDevice>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace ClientDesk {

QString RecoveryKit::text(const QString &workspaceName, const QString &workspaceId,
                          const QDateTime &createdAt, const RecoveryKey &key)
{
    const QString date = QLocale().toString(createdAt.date(), QLocale::LongFormat);
    QString kit;
    kit += RecoveryKit::tr("ClientDesk recovery kit") + QLatin1Char('\n');
    kit += QString(40, QLatin1Char('=')) + QStringLiteral("\n\n");
    kit += RecoveryKit::tr("Workspace: %1").arg(workspaceName) + QLatin1Char('\n');
    kit += RecoveryKit::tr("Workspace id: %1").arg(workspaceId) + QLatin1Char('\n');
    kit += RecoveryKit::tr("Made on: %1").arg(date) + QStringLiteral("\n\n");
    kit += RecoveryKit::tr("Recovery key:") + QStringLiteral("\n\n    ");
    kit += key.formatted() + QStringLiteral("\n\n");
    kit += RecoveryKit::tr(
               "If you forget your passphrase, this key lets you set a new one: in ClientDesk, "
               "choose \"Forgot your passphrase?\" when unlocking, or run\n"
               "    clientdesk-cli reset-passphrase --recovery-key-file THIS-FILE\n\n"
               "Anyone with this key and a copy of the workspace can read it. Keep the kit "
               "somewhere safe and apart from the computer: printed in a locked drawer, or in a "
               "password manager. Nobody at ClientDesk can recover a lost key.\n\n"
               "A newer recovery kit replaces this one: this key then stops working.")
        + QLatin1Char('\n');
    return kit;
}

Result<RecoveryKey> RecoveryKit::findKey(QStringView text)
{
    if (auto whole = RecoveryKey::parse(text))
        return whole;
    // A line of six groups of six characters, as text() writes it.
    static const QRegularExpression line(QStringLiteral("^\\s*(\\w{6}(?:[-\\s]\\w{6}){5})\\s*$"),
                                         QRegularExpression::MultilineOption);
    auto matches = line.globalMatch(text);
    while (matches.hasNext()) {
        if (auto key = RecoveryKey::parse(matches.next().capturedView(1)))
            return key;
    }
    return Error(ErrorKind::WrongKey,
                 RecoveryKit::tr("No valid recovery key was found. It is six groups of six "
                                 "letters and digits, like the one in your recovery kit; check "
                                 "it for a typo."));
}

Result<void> RecoveryKit::save(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(
            ErrorKind::Io,
            RecoveryKit::tr("Could not save the recovery kit: %1").arg(file.errorString()));
    QByteArray bytes = text.toUtf8();
    const bool written = file.write(bytes) == bytes.size();
    SecretBytes::wipe(bytes);
    if (!written || !file.commit())
        return Error(ErrorKind::Io,
                     RecoveryKit::tr("Could not save the recovery kit (is the disk full?): %1")
                         .arg(file.errorString()));
    return {};
}

QString RecoveryKit::suggestedFileName(const QString &workspaceName)
{
    QString stem = workspaceName;
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\- ]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    stem.replace(unsafe, QString()).replace(QLatin1Char(' '), QLatin1Char('-'));
    if (stem.isEmpty())
        return RecoveryKit::tr("ClientDesk-recovery-kit.txt");
    return RecoveryKit::tr("ClientDesk-recovery-kit-%1.txt").arg(stem.left(40));
}

} // namespace ClientDesk
