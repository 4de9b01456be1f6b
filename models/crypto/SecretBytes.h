// SPDX-License-Identifier: GPL-3.0-or-later
// Key material that wipes itself (OPENSSL_cleanse) when it is no longer needed.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ClientDesk {

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size);
    // Takes the bytes and wipes the source, which must not be shared with another QByteArray.
    static SecretBytes adopt(QByteArray &source);
    static SecretBytes copyOf(QByteArrayView source);
    // Overwrites a plain buffer that held a secret, then empties it.
    static void wipe(QByteArray &bytes);
    ~SecretBytes();

    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const char *constData() const { return m_bytes.constData(); }
    char *data() { return m_bytes.data(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    // Lower-case hex in a buffer that wipes itself too.
    SecretBytes toHex() const;
    SecretBytes clone() const { return copyOf(view()); }
    void clear();

    // Constant-time comparison.
    bool operator==(const SecretBytes &other) const;

private:
    QByteArray m_bytes;
};

} // namespace ClientDesk
