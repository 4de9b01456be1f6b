// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/RecoveryKey.h"

#include "models/crypto/Random.h"

#include <QCryptographicHash>

#include <cstring>

namespace ClientDesk {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr qsizetype ChecksumSize = 2;
constexpr qsizetype PayloadSize = RecoveryKey::SecretSize + ChecksumSize;
constexpr qsizetype CharCount = RecoveryKey::GroupCount * RecoveryKey::GroupLength;
static_assert(CharCount * 5 >= PayloadSize * 8 && CharCount * 5 - PayloadSize * 8 < 8,
              "the groups hold the secret and its checksum, with less than a byte to spare");

QByteArray checksum(QByteArrayView secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("ClientDesk recovery key v1"));
    hash.addData(secret);
    return hash.result().left(ChecksumSize);
}

// The value of one typed character, or -1. Look-alikes map to the digit they resemble.
int digitValue(QChar c)
{
    const char upper = static_cast<char>(c.toUpper().unicode() < 128 ? c.toUpper().unicode() : 0);
    switch (upper) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (Alphabet[i] == upper)
            return i;
    }
    return -1;
}

Error typoError()
{
    return Error(ErrorKind::WrongKey,
                 RecoveryKey::tr("This is not a valid recovery key: check it for a typo. It has "
                                 "%1 groups of %2 letters and digits.")
                     .arg(RecoveryKey::GroupCount)
                     .arg(RecoveryKey::GroupLength));
}
} // namespace

RecoveryKey::RecoveryKey(SecretBytes secret)
    : m_secret(std::move(secret))
{ }

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(Random::secret(SecretSize));
}

Result<RecoveryKey> RecoveryKey::parse(QStringView text)
{
    SecretBytes payload(PayloadSize);
    qsizetype chars = 0;
    quint32 buffer = 0;
    int bits = 0;
    qsizetype written = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = digitValue(c);
        if (value < 0 || ++chars > CharCount)
            return typoError();
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            if (written < PayloadSize)
                payload.data()[written++] = static_cast<char>((buffer >> bits) & 0xFF);
            else if (((buffer >> bits) & 0xFF) != 0)
                return typoError();
        }
        buffer &= (1u << bits) - 1;
    }
    // The spare bits after the payload are zero in every key this class makes.
    if (chars != CharCount || written != PayloadSize || buffer != 0)
        return typoError();
    const QByteArrayView bytes = payload.view();
    if (checksum(bytes.first(SecretSize)) != bytes.sliced(SecretSize))
        return typoError();
    return RecoveryKey(SecretBytes::copyOf(bytes.first(SecretSize)));
}

QStringList RecoveryKey::groups() const
{
    SecretBytes payload(PayloadSize);
    std::memcpy(payload.data(), m_secret.constData(), size_t(SecretSize));
    const QByteArray check = checksum(m_secret.view());
    std::memcpy(payload.data() + SecretSize, check.constData(), size_t(ChecksumSize));
    QString text;
    text.reserve(CharCount);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : payload.view()) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text += QLatin1Char(Alphabet[(buffer >> bits) & 31]);
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0)
        text += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 31]);
    QStringList groups;
    for (qsizetype i = 0; i < GroupCount; ++i)
        groups.append(text.mid(i * GroupLength, GroupLength));
    text.fill(QLatin1Char('\0'));
    return groups;
}

} // namespace ClientDesk
