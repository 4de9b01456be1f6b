// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/Passphrase.h"

namespace ClientDesk {

SecretBytes Passphrase::encode(const QString &passphrase)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    normalized.fill(QLatin1Char('\0'));
    return SecretBytes::adopt(utf8);
}

SecretBytes Passphrase::fromFileContents(QByteArray &contents)
{
    qsizetype end = contents.indexOf('\n');
    if (end < 0)
        end = contents.size();
    if (end > 0 && contents.at(end - 1) == '\r')
        --end;
    QString text = QString::fromUtf8(contents.constData(), end);
    SecretBytes secret = encode(text);
    text.fill(QLatin1Char('\0'));
    SecretBytes::wipe(contents);
    return secret;
}

} // namespace ClientDesk
