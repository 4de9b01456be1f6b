// SPDX-License-Identifier: GPL-3.0-or-later
// Tests PassphraseStrength: short and repetitive passphrases are refused, long varied ones
// accepted.
#include "models/crypto/PassphraseStrength.h"

#include <QTest>

using namespace ClientDesk;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void hintsAreActionable();
};

void TestPassphraseStrength::levels_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("level");
    QTest::newRow("empty") << "" << int(PassphraseStrength::TooShort);
    QTest::newRow("nine characters") << "abcdefghi" << int(PassphraseStrength::TooShort);
    QTest::newRow("repeated letter") << "aaaaaaaaaaaaaaaaaaaa" << int(PassphraseStrength::Weak);
    QTest::newRow("ten lower-case") << "qwertzuiop" << int(PassphraseStrength::Weak);
    QTest::newRow("mixed twelve") << "Tr0mbone!Kit" << int(PassphraseStrength::Fair);
    QTest::newRow("four words") << "orange staple violin harbour"
                                << int(PassphraseStrength::Strong);
    QTest::newRow("accented words")
        << "Bücher über Flüsse und Bäume" << int(PassphraseStrength::Strong);
}

void TestPassphraseStrength::levels()
{
    QFETCH(QString, passphrase);
    QFETCH(int, level);
    const PassphraseStrength strength = PassphraseStrength::assess(passphrase);
    QCOMPARE(int(strength.level()), level);
    QCOMPARE(strength.acceptable(), level >= PassphraseStrength::Fair);
}

void TestPassphraseStrength::hintsAreActionable()
{
    QVERIFY(
        PassphraseStrength::assess(QStringLiteral("short")).hint().contains(QStringLiteral("10")));
    QVERIFY(!PassphraseStrength::assess(QStringLiteral("qwertzuiop")).hint().isEmpty());
}

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
