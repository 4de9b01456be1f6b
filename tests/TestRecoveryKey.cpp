// SPDX-License-Identifier: GPL-3.0-or-later
// Tests RecoveryKey: the text a person writes down round-trips, and a typo is caught.
#include "models/crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ClientDesk;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatIsSixGroupsOfSix();
    void roundTripsThroughItsText();
    void acceptsWhatAPersonTypes();
    void everySingleTypoIsCaught();
    void refusesWrongLengthAndForeignCharacters_data();
    void refusesWrongLengthAndForeignCharacters();
    void keysDiffer();
};

void TestRecoveryKey::formatIsSixGroupsOfSix()
{
    const RecoveryKey key = RecoveryKey::generate();
    QCOMPARE(key.groups().size(), 6);
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9A-HJKMNP-TV-Z]{6}(-[0-9A-HJKMNP-TV-Z]{6}){5}$"));
    QVERIFY2(pattern.match(key.formatted()).hasMatch(), "not Crockford base32 in 6 groups of 6");
    QCOMPARE(key.secret().size(), RecoveryKey::SecretSize);
}

void TestRecoveryKey::roundTripsThroughItsText()
{
    for (int i = 0; i < 200; ++i) {
        const RecoveryKey key = RecoveryKey::generate();
        auto parsed = RecoveryKey::parse(key.formatted());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
        QVERIFY(parsed->secret() == key.secret());
        QCOMPARE(parsed->formatted(), key.formatted());
    }
}

void TestRecoveryKey::acceptsWhatAPersonTypes()
{
    const RecoveryKey key = RecoveryKey::generate();
    const QString text = key.formatted();
    // Lower case, spaces instead of hyphens, a line break, and look-alike letters.
    QString typed = text.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.insert(20, QLatin1Char('\n'));
    typed.replace(QLatin1Char('0'), QLatin1Char('o'));
    typed.replace(QLatin1Char('1'), QLatin1Char('l'));
    auto parsed = RecoveryKey::parse(typed);
    QVERIFY(parsed);
    QVERIFY(parsed->secret() == key.secret());
    QString joined = text;
    joined.remove(QLatin1Char('-'));
    const QString padded = QStringLiteral("  ") + joined + QStringLiteral("\n");
    QVERIFY(RecoveryKey::parse(padded));
}

void TestRecoveryKey::everySingleTypoIsCaught()
{
    // Each position, each other character. The checksum is 16 bits of a hash, so each typo
    // passes with odds of 1 in 65 536: over 36 × 31 typos, 4 or more pass about once in 10^9
    // runs, while a broken checksum lets hundreds through.
    const RecoveryKey key = RecoveryKey::generate();
    QString text = key.formatted();
    text.remove(QLatin1Char('-'));
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    int accepted = 0;
    int tried = 0;
    for (qsizetype position = 0; position < text.size(); ++position) {
        for (const QChar c : alphabet) {
            if (c == text.at(position))
                continue;
            QString typo = text;
            typo[position] = c;
            ++tried;
            auto parsed = RecoveryKey::parse(typo);
            if (parsed)
                ++accepted;
            else
                QCOMPARE(parsed.error().kind(), ErrorKind::WrongKey);
        }
    }
    QCOMPARE(tried, 36 * 31);
    QVERIFY2(accepted <= 3, qPrintable(QStringLiteral("%1 typos passed").arg(accepted)));
}

void TestRecoveryKey::refusesWrongLengthAndForeignCharacters_data()
{
    QTest::addColumn<int>("edit");
    QTest::newRow("one character short") << 0;
    QTest::newRow("one character more") << 1;
    QTest::newRow("a U") << 2;
    QTest::newRow("punctuation") << 3;
    QTest::newRow("a non-Latin letter") << 4;
    QTest::newRow("empty") << 5;
    QTest::newRow("two keys") << 6;
}

void TestRecoveryKey::refusesWrongLengthAndForeignCharacters()
{
    QFETCH(int, edit);
    const RecoveryKey key = RecoveryKey::generate();
    QString text = key.formatted();
    switch (edit) {
    case 0:
        text.chop(1);
        break;
    case 1:
        text += QLatin1Char('7');
        break;
    case 2:
        text[3] = QLatin1Char('U');
        break;
    case 3:
        text[3] = QLatin1Char('.');
        break;
    case 4:
        text[3] = QChar(0x0416);
        break;
    case 5:
        text.clear();
        break;
    case 6:
        text += QLatin1Char(' ') + key.formatted();
        break;
    }
    auto parsed = RecoveryKey::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind(), ErrorKind::WrongKey);
    QVERIFY(parsed.error().message().contains(QLatin1String("typo")));
    // The message never echoes what was typed.
    for (const QString &group : key.groups())
        QVERIFY(!parsed.error().message().contains(group));
}

void TestRecoveryKey::keysDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(RecoveryKey::generate().formatted());
    QCOMPARE(seen.size(), 100);
}

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "TestRecoveryKey.moc"
