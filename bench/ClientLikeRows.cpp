// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/ClientLikeRows.h"

#include "models/domain/SeededRandom.h"

#include <QStringList>
#include <QUuid>

namespace ClientDesk {

namespace {
constexpr QStringView Starts[] = {u"Nor", u"Bel", u"Vik", u"Sol", u"Lum",  u"Tek", u"Ari",
                                  u"Zen", u"Kör", u"Mar", u"Alt", u"Quin", u"Vér", u"Oro",
                                  u"Sky", u"Fen", u"Bri", u"Cal", u"Drå",  u"Hel"};
constexpr QStringView Ends[] = {u"dia", u"nex", u"tra", u"vio",  u"lux",  u"mont", u"ova",
                                u"eon", u"ix",  u"ora", u"wick", u"feld", u"berg", u"holm"};
constexpr QStringView Forms[] = {u"GmbH", u"AG",   u"SARL",    u"Ltd",         u"B.V.",
                                 u"AB",   u"S.L.", u"& Söhne", u"Partners LLP"};
constexpr QStringView Streets[] = {u"Hauptstraße", u"Rue de la Paix", u"High Street",
                                   u"Kungsgatan",  u"Calle Mayor",    u"Via Roma"};
constexpr QStringView Cities[] = {u"10115 Berlin",     u"75002 Paris",  u"SW1A 1AA London",
                                  u"111 52 Stockholm", u"28013 Madrid", u"00184 Roma"};
constexpr QStringView Notes[] = {
    u"Prefers email over phone.", u"Invoices go to the accounts team, not to the contact.",
    u"Bitte Rechnungen immer mit Bestellnummer.", u"Ne pas appeler avant 10 h."};
constexpr QStringView Tags[] = {u"retainer", u"priority", u"design", u"web", u"b2b", u"vip"};
constexpr QStringView Mailboxes[] = {u"info", u"hello", u"office", u"accounts", u"billing"};

QString uuid(SeededRandom &random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 halves[2] = {random.next(), random.next()};
    for (int i = 0; i < 16; ++i)
        bytes[i] = char(halves[i / 8] >> (56 - 8 * (i % 8)));
    bytes[6] = char((uchar(bytes[6]) & 0x0F) | 0x40);
    bytes[8] = char((uchar(bytes[8]) & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString digits(SeededRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(char16_t(u'0' + random.below(10)));
    return text;
}

QStringList makeRow(SeededRandom &random)
{
    const QString brand = random.pick(Starts).toString() + random.pick(Ends).toString();
    const QString form = random.pick(Forms).toString();
    QStringList tags;
    for (qint64 i = random.below(3); i > 0; --i)
        tags << random.pick(Tags).toString();
    return {uuid(random),
            brand,
            brand + u' ' + form,
            random.pick(Mailboxes).toString() + u'@' + brand.toLower()
                + QStringLiteral(".example.com"),
            QStringLiteral("+49 30 ") + digits(random, 7),
            random.pick(Streets).toString() + u' ' + QString::number(random.between(1, 200)) + u'\n'
                + random.pick(Cities).toString(),
            QStringLiteral("DE") + digits(random, 9),
            random.chance(50) ? random.pick(Notes).toString() : QStringLiteral(""),
            tags.join(u',')};
}
} // namespace

const char ClientLikeRows::CreateTableSql[] =
    "CREATE TABLE client_like (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
    "legal_name TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL, "
    "billing_address TEXT NOT NULL, tax_id TEXT NOT NULL, notes TEXT NOT NULL, "
    "tags TEXT NOT NULL)";
const char ClientLikeRows::InsertSql[] =
    "INSERT INTO client_like (id, name, legal_name, email, phone, billing_address, tax_id, "
    "notes, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

ClientLikeRows ClientLikeRows::generate(qsizetype count, quint64 seed)
{
    SeededRandom random(seed);
    ClientLikeRows rows;
    rows.m_text.reserve(count * ColumnCount);
    rows.m_utf8.reserve(count * ColumnCount);
    for (qsizetype i = 0; i < count; ++i) {
        for (const QString &made : makeRow(random)) {
            // A null QString binds as NULL (Qt's rule); the columns are NOT NULL, so "" it is.
            const QString value = made.isNull() ? QStringLiteral("") : made;
            rows.m_text.append(value);
            rows.m_utf8.append(value.toUtf8());
        }
    }
    return rows;
}

} // namespace ClientDesk
