// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the recovery kit on the command line: init prints it once, reset-passphrase takes it,
// `recovery-kit new` replaces it, `unlock --check` accepts it.
#include "models/crypto/RecoveryKit.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TempWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
const QByteArray NewPassphrase = QByteArrayLiteral("lantern meadow copper 93");

QString keyIn(const QString &text)
{
    static const QRegularExpression key(QStringLiteral("\\b[0-9A-Z]{6}(-[0-9A-Z]{6}){5}\\b"));
    return key.match(text).captured(0);
}
} // namespace

class TestResetPassphraseCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initPrintsTheKitOnce();
    void kitFileResetsAForgottenPassphrase();
    void typedRecoveryKeyResets();
    void newKitMakesTheOldKeyFail();
    void newKitSavedToAFile();
    void wrongOrMistypedKeyChangesNothing();
    void binaryResetsWithTheKitFile();
    void rotateAllReplacesTheKitAndSurvivesCrashes_data();
    void rotateAllReplacesTheKitAndSurvivesCrashes();

private:
    QString passphraseFile(const QByteArray &passphrase = TempWorkspace::Passphrase);
    QString kitFile(const QString &key, const QString &name = QStringLiteral("kit.txt"));
    CliRunner::Run unlockCheck(const QStringList &secretOptions);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_key;
};

void TestResetPassphraseCommand::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_cli = std::make_unique<CliRunner>(m_temp->root());
    auto workspace = m_temp->create();
    QVERIFY(workspace);
    m_key = workspace->takeRecoveryKey()->formatted();
}

QString TestResetPassphraseCommand::passphraseFile(const QByteArray &passphrase)
{
    return m_cli->writeFile(QStringLiteral("passphrase.txt"), passphrase + '\n');
}

QString TestResetPassphraseCommand::kitFile(const QString &key, const QString &name)
{
    auto parsed = RecoveryKey::parse(key);
    if (!parsed)
        return m_cli->writeFile(name, key.toUtf8());
    return m_cli->writeFile(name,
                            RecoveryKit::text(QStringLiteral("Nordlicht Studio"),
                                              QStringLiteral("id"), QDateTime(), *parsed)
                                .toUtf8());
}

CliRunner::Run TestResetPassphraseCommand::unlockCheck(const QStringList &secretOptions)
{
    return m_cli->run(QStringList {QStringLiteral("unlock"), QStringLiteral("--check"),
                                   QStringLiteral("--workspace"), m_temp->dir()}
                      + secretOptions);
}

void TestResetPassphraseCommand::initPrintsTheKitOnce()
{
    const QString profile = m_cli->writeFile(
        QStringLiteral("profile.json"),
        QJsonDocument(
            QJsonObject {{QStringLiteral("workspaceName"), QStringLiteral("Atelier Nord")},
                         {QStringLiteral("ownerName"), QStringLiteral("Ines Roux")},
                         {QStringLiteral("ownerEmail"), QStringLiteral("ines@atelier.test")}})
            .toJson());
    const QString dir = m_temp->root() + QStringLiteral("/printed");
    const auto created = m_cli->run({QStringLiteral("init"), QStringLiteral("--workspace"), dir,
                                     QStringLiteral("--profile"), profile,
                                     QStringLiteral("--passphrase-file"), passphraseFile()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(created.out.contains(QLatin1String("ClientDesk recovery kit")));
    QVERIFY(created.err.contains(QLatin1String("shown only now")));
    const QString printed = keyIn(created.out);
    QVERIFY(!printed.isEmpty());
    // The printed key is the workspace's: it opens it.
    auto key = RecoveryKey::parse(printed);
    QVERIFY(key);
    QVERIFY(Workspace::unlockWithRecoveryKey(dir, *key));
    // Nothing else ever prints it again.
    const auto info = m_cli->run({QStringLiteral("info"), QStringLiteral("--workspace"), dir,
                                  QStringLiteral("--passphrase-file"), passphraseFile()});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(!info.out.contains(printed) && !info.err.contains(printed));
}

void TestResetPassphraseCommand::kitFileResetsAForgottenPassphrase()
{
    const auto reset =
        m_cli->run({QStringLiteral("reset-passphrase"), QStringLiteral("--workspace"),
                    m_temp->dir(), QStringLiteral("--recovery-key-file"), kitFile(m_key),
                    QStringLiteral("--new-passphrase-file"),
                    m_cli->writeFile(QStringLiteral("new.txt"), NewPassphrase)});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QVERIFY(reset.out.contains(QLatin1String("passphrase was reset")));
    QCOMPARE(unlockCheck({QStringLiteral("--passphrase-file"), passphraseFile()}).exitCode, 2);
    QCOMPARE(
        unlockCheck({QStringLiteral("--passphrase-file"), passphraseFile(NewPassphrase)}).exitCode,
        0);
    const auto withKit = unlockCheck({QStringLiteral("--recovery-key-file"), kitFile(m_key)});
    QCOMPARE(withKit.exitCode, 0);
    QVERIFY(withKit.out.contains(QLatin1String("recovery key opens")));
}

void TestResetPassphraseCommand::typedRecoveryKeyResets()
{
    // At a terminal: the key (typed in lower case with spaces), then the new passphrase twice.
    QString typed = m_key.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    const auto reset = m_cli->run(
        {QStringLiteral("reset-passphrase"), QStringLiteral("--workspace"), m_temp->dir()},
        {typed, QString::fromUtf8(NewPassphrase), QString::fromUtf8(NewPassphrase)}, true);
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QVERIFY(Workspace::unlock(m_temp->dir(), NewPassphrase));
}

void TestResetPassphraseCommand::newKitMakesTheOldKeyFail()
{
    const auto made = m_cli->run({QStringLiteral("recovery-kit"), QStringLiteral("new"),
                                  QStringLiteral("--workspace"), m_temp->dir(),
                                  QStringLiteral("--passphrase-file"), passphraseFile()});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString newKey = keyIn(made.out);
    QVERIFY(!newKey.isEmpty());
    QVERIFY(newKey != m_key);
    QVERIFY(made.err.contains(QLatin1String("old recovery key no longer works")));

    const auto withOld = unlockCheck({QStringLiteral("--recovery-key-file"), kitFile(m_key)});
    QCOMPARE(withOld.exitCode, 2);
    QVERIFY(withOld.err.contains(QLatin1String("newer recovery kit")));
    QCOMPARE(
        unlockCheck({QStringLiteral("--recovery-key-file"), kitFile(newKey, QStringLiteral("n"))})
            .exitCode,
        0);
}

void TestResetPassphraseCommand::newKitSavedToAFile()
{
    const QString path = m_temp->root() + QStringLiteral("/new-kit.txt");
    const auto made = m_cli->run({QStringLiteral("recovery-kit"), QStringLiteral("new"),
                                  QStringLiteral("--workspace"), m_temp->dir(),
                                  QStringLiteral("--passphrase-file"), passphraseFile(),
                                  QStringLiteral("--output"), path});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(keyIn(made.out).isEmpty());
    QFile file(path);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Workspace: Nordlicht Studio"));
    // The saved kit is what reset-passphrase reads.
    QCOMPARE(unlockCheck({QStringLiteral("--recovery-key-file"), path}).exitCode, 0);
}

void TestResetPassphraseCommand::wrongOrMistypedKeyChangesNothing()
{
    const auto before = m_temp->snapshot();
    QString typo = m_key;
    typo[2] = typo.at(2) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    const QString newFile = m_cli->writeFile(QStringLiteral("new.txt"), NewPassphrase);
    const auto mistyped =
        m_cli->run({QStringLiteral("reset-passphrase"), QStringLiteral("--workspace"),
                    m_temp->dir(), QStringLiteral("--recovery-key-file"), kitFile(typo),
                    QStringLiteral("--new-passphrase-file"), newFile});
    QCOMPARE(mistyped.exitCode, 2);
    QVERIFY(mistyped.err.contains(QLatin1String("typo")));
    QVERIFY(!mistyped.err.contains(typo) && !mistyped.out.contains(typo));

    const QString otherKey = RecoveryKey::generate().formatted();
    const auto other =
        m_cli->run({QStringLiteral("reset-passphrase"), QStringLiteral("--workspace"),
                    m_temp->dir(), QStringLiteral("--recovery-key-file"), kitFile(otherKey),
                    QStringLiteral("--new-passphrase-file"), newFile});
    QCOMPARE(other.exitCode, 2);
    const auto noFile = m_cli->run(
        {QStringLiteral("reset-passphrase"), QStringLiteral("--workspace"), m_temp->dir(),
         QStringLiteral("--recovery-key-file"), m_temp->root() + QStringLiteral("/missing.txt")});
    QCOMPARE(noFile.exitCode, 4);
    const auto noTerminal = m_cli->run(
        {QStringLiteral("reset-passphrase"), QStringLiteral("--workspace"), m_temp->dir()});
    QCOMPARE(noTerminal.exitCode, 1);
    QCOMPARE(m_temp->snapshot(), before);
    QVERIFY(Workspace::unlock(m_temp->dir(), TempWorkspace::Passphrase));
}

void TestResetPassphraseCommand::binaryResetsWithTheKitFile()
{
    const auto reset =
        m_cli->runBinary({QStringLiteral("reset-passphrase"), QStringLiteral("--workspace"),
                          m_temp->dir(), QStringLiteral("--recovery-key-file"), kitFile(m_key),
                          QStringLiteral("--new-passphrase-file"),
                          m_cli->writeFile(QStringLiteral("new.txt"), NewPassphrase)});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QVERIFY(Workspace::unlock(m_temp->dir(), NewPassphrase));
    QVERIFY(!Workspace::unlock(m_temp->dir(), TempWorkspace::Passphrase));
}

void TestResetPassphraseCommand::rotateAllReplacesTheKitAndSurvivesCrashes_data()
{
    QTest::addColumn<QString>("crashPoint");
    QTest::newRow("no crash") << QString();
    QTest::newRow("after the data key, before the master key")
        << QStringLiteral("rotate.before-master");
    QTest::newRow("after the master key") << QStringLiteral("rotate.after-master");
}

void TestResetPassphraseCommand::rotateAllReplacesTheKitAndSurvivesCrashes()
{
    QFETCH(QString, crashPoint);
    QProcessEnvironment environment;
    if (!crashPoint.isEmpty())
        environment.insert(QStringLiteral("CLIENTDESK_CRASH_POINT"), crashPoint);
    const auto rotated = m_cli->runBinary({QStringLiteral("rotate-key"), QStringLiteral("--all"),
                                           QStringLiteral("--workspace"), m_temp->dir(),
                                           QStringLiteral("--passphrase-file"), passphraseFile()},
                                          environment);
    // Whatever happened, the passphrase opens the store and every page decrypts.
    const auto check = unlockCheck({QStringLiteral("--passphrase-file"), passphraseFile()});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    if (!crashPoint.isEmpty()) {
        QCOMPARE(rotated.exitCode, 86);
        return;
    }
    QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
    const QString newKey = keyIn(rotated.out);
    QVERIFY(!newKey.isEmpty() && newKey != m_key);
    QVERIFY(rotated.err.contains(QLatin1String("shown only now")));
    QCOMPARE(unlockCheck({QStringLiteral("--recovery-key-file"), kitFile(m_key)}).exitCode, 2);
    QCOMPARE(
        unlockCheck({QStringLiteral("--recovery-key-file"), kitFile(newKey, QStringLiteral("n"))})
            .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestResetPassphraseCommand)
#include "TestResetPassphraseCommand.moc"
