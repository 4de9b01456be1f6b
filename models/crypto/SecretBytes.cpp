// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/SecretBytes.h"

#include <openssl/crypto.h>

namespace ClientDesk {

SecretBytes::SecretBytes(qsizetype size)
    : m_bytes(size, '\0')
{ }

SecretBytes SecretBytes::adopt(QByteArray &source)
{
    SecretBytes secret = copyOf(source);
    wipe(source);
    return secret;
}

SecretBytes SecretBytes::copyOf(QByteArrayView source)
{
    SecretBytes secret(source.size());
    if (!source.isEmpty())
        memcpy(secret.m_bytes.data(), source.data(), static_cast<size_t>(source.size()));
    return secret;
}

// A buffer still shared with another QByteArray belongs to that holder too, so it is only
// released; SecretBytes never shares its own buffer.
void SecretBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBytes SecretBytes::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecretBytes hex(m_bytes.size() * 2);
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(m_bytes.at(i));
        hex.m_bytes[2 * i] = digits[byte >> 4];
        hex.m_bytes[2 * i + 1] = digits[byte & 0x0f];
    }
    return hex;
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(),
                         static_cast<size_t>(m_bytes.size()))
        == 0;
}

} // namespace ClientDesk
