// SPDX-License-Identifier: GPL-3.0-or-later
// Tests WorkspaceBackup and BackupRestore through `clientdesk-cli backup` and `restore` (the
// real binary): a backup restores into a fresh folder and opens with the passphrase, also
// after the key was rotated; no file it makes starts like plain SQLite; damaged archives, a
// wrong passphrase, a non-empty folder and a full disk are refused with every file unchanged.
#include "models/crypto/KeyRing.h"
#include "models/store/AuditLog.h"
#include "models/store/BackupManifest.h"
#include "models/store/BackupRestore.h"
#include "models/store/ClientRepository.h"
#include "models/store/CrashPoint.h"
#include "models/store/DemoDataGenerator.h"
#include "models/store/StoreFile.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceBackup.h"
#include "models/store/ZipReader.h"
#include "models/store/ZipWriter.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TempWorkspace.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <sys/file.h>
#include <sys/resource.h>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
const QByteArray PlainHeader("SQLite format 3\0", 16);

QByteArray headOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Every entry of a folder, hidden ones included: what an operation must leave as it was.
QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// The largest resident size any finished child process of this test reached, in MiB.
qint64 peakChildMemoryMiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

// A file of `head` followed by `zeros` zero bytes, a sparse tail that takes no room on disk. The
// test never holds a huge entry in memory itself: a child starts out with its parent's peak,
// which would spoil peakChildMemoryMiB().
QString sparseFile(const QString &path, const QByteArray &head, qint64 zeros)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(head) != head.size()
        || !file.resize(head.size() + zeros))
        return {};
    return path;
}

// Makes `zip` claim `size` as the uncompressed size of `name`, in its local and central headers
// alike, as a hostile archive would. (The archives here are small: no ZIP64 fields.)
bool declareSize(QByteArray &zip, const QByteArray &name, quint32 size)
{
    const auto put32 = [&zip](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((value >> (8 * i)) & 0xff);
    };
    const auto get16 = [&zip](qsizetype at) {
        return quint16(uchar(zip[at])) | quint16(uchar(zip[at + 1]) << 8);
    };
    const auto get32 = [&](qsizetype at) {
        return quint32(get16(at)) | quint32(get16(at + 2)) << 16;
    };
    for (qsizetype central = zip.indexOf("PK\x01\x02"); central >= 0;
         central = zip.indexOf("PK\x01\x02", central + 4)) {
        if (zip.mid(central + 46, get16(central + 28)) != name)
            continue;
        const qsizetype local = get32(central + 42);
        if (!zip.mid(local).startsWith("PK\x03\x04"))
            return false;
        put32(central + 24, size);
        put32(local + 22, size);
        return true;
    }
    return false;
}

// Makes a file look as if it was last written two minutes ago.
bool backdate(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-120),
                            QFileDevice::FileModificationTime);
}

// Every row of every table with its rowid (the search index points at rowids), per table.
QMap<QString, QByteArray> contentDigest(Store &store)
{
    QMap<QString, QByteArray> digests;
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT "
                               "LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(store.database());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(name));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
            hash.addData(QByteArrayView("\x1e"));
        }
        digests.insert(name, hash.result());
    }
    return digests;
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupRestoresIntoAFreshFolder();
    void backupMadeBeforeARotationRestoresAndOpens();
    void noFileStartsLikePlainSqlite();
    void backupTakesWhatIsCommittedWhileTheWorkspaceIsInUse();
    void backupRefusesAnExistingFile();
    void nextBackupRemovesWhatACrashedOneLeft();
    void restoreRefusesANonEmptyFolder();
    void restoreRefusesAWrongPassphrase();
    void restoreRefusesDamagedArchives_data();
    void restoreRefusesDamagedArchives();
    void fullDiskLeavesEveryFileUnchanged();
    void logsHoldNoKeysOrPassphrases();

private:
    struct Fixture
    {
        TempWorkspace temp;
        CliRunner cli {temp.root()};
        QString passphraseFile;
        QString backupFile;
    };
    // A workspace with clients, closed, and a backup of it made with the CLI.
    static void prepare(Fixture &fixture, int clients = 3);
    static CliRunner::Run backup(Fixture &fixture, const QString &file);
    static CliRunner::Run restore(Fixture &fixture, const QString &file, const QString &dir);
    // The real binary, where no process may write a file past `fileLimitKiB` (SIGXFSZ ignored,
    // so write() fails as on a full disk).
    static CliRunner::Run runLimited(Fixture &fixture, const QStringList &arguments,
                                     int fileLimitKiB);
    // Opens a restored folder with the passphrase and checks it is whole.
    static void verifyRestored(const QString &dir, int expectedClients);
    static int clientCount(Store &store);
};

void TestBackup::prepare(Fixture &fixture, int clients)
{
    {
        auto workspace = fixture.temp.create();
        QVERIFY(workspace);
        ClientRepository repository(workspace->store());
        for (int i = 0; i < clients; ++i) {
            Client client;
            client.name = QStringLiteral("Client %1").arg(i);
            QVERIFY(repository.create(client));
        }
    }
    fixture.passphraseFile =
        fixture.cli.writeFile(QStringLiteral("passphrase.txt"), TempWorkspace::Passphrase + '\n');
    fixture.backupFile = fixture.temp.root() + QStringLiteral("/nordlicht.cdbackup");
    const CliRunner::Run made = backup(fixture, fixture.backupFile);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

CliRunner::Run TestBackup::backup(Fixture &fixture, const QString &file)
{
    return fixture.cli.runBinary({QStringLiteral("backup"), QStringLiteral("--workspace"),
                                  fixture.temp.dir(), QStringLiteral("--output"), file,
                                  QStringLiteral("--passphrase-file"), fixture.passphraseFile});
}

CliRunner::Run TestBackup::restore(Fixture &fixture, const QString &file, const QString &dir)
{
    return fixture.cli.runBinary({QStringLiteral("restore"), file, QStringLiteral("--workspace"),
                                  dir, QStringLiteral("--passphrase-file"),
                                  fixture.passphraseFile});
}

CliRunner::Run TestBackup::runLimited(Fixture &fixture, const QStringList &arguments,
                                      int fileLimitKiB)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLIENTDESK_HOME"),
                       fixture.temp.root() + QStringLiteral("/home"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    // /bin/sh counts ulimit -f in 512-byte blocks.
    process.start(
        QStringLiteral("/bin/sh"),
        QStringList {
            QStringLiteral("-c"),
            QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(fileLimitKiB * 2),
            QStringLiteral(CLIENTDESK_CLI_PATH)}
            + arguments);
    CliRunner::Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int TestBackup::clientCount(Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM client")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestBackup::verifyRestored(const QString &dir, int expectedClients)
{
    auto keys = Workspace::unlock(dir, TempWorkspace::Passphrase);
    QVERIFY2(keys, keys ? "" : qPrintable(keys.error().message()));
    ManualClock clock;
    auto workspace = Workspace::open(dir, std::move(keys.value()), clock);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message()));
    QSqlQuery query((*workspace)->store().database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    query.finish();
    QCOMPARE(clientCount((*workspace)->store()), expectedClients);
    auto audit = (*workspace)->verifyAudit();
    QVERIFY(audit);
    QVERIFY2(audit->intact, qPrintable(audit->problem));
    QVERIFY(headOf(Workspace::storePath(dir)) != PlainHeader);
}

void TestBackup::backupRestoresIntoAFreshFolder()
{
    Fixture fixture;
    prepare(fixture, 4);
    QMap<QString, QByteArray> atBackup;
    {
        auto opened = fixture.temp.open();
        QVERIFY(opened);
        atBackup = contentDigest((*opened)->store());
        // Written after the backup: the restored copy must not have it.
        Client later;
        later.name = QStringLiteral("Added after the backup");
        QVERIFY(ClientRepository((*opened)->store()).create(later));
    }
    QVERIFY(atBackup.contains(QStringLiteral("client")));
    QVERIFY2(!(QFileInfo(fixture.backupFile).permissions() & (QFile::ReadOther | QFile::ReadGroup)),
             "the backup is readable by its owner only");

    const QString restored = fixture.temp.root() + QStringLiteral("/restored/workspace");
    const CliRunner::Run run = restore(fixture, fixture.backupFile, restored);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QDir::toNativeSeparators(restored)));
    QCOMPARE(listing(restored),
             QStringList({QStringLiteral("keyfile.json"), QStringLiteral("store.db")}));
    QCOMPARE(listing(fixture.temp.root() + QStringLiteral("/restored")),
             QStringList {QStringLiteral("workspace")});
    verifyRestored(restored, 4);
    if (QTest::currentTestFailed())
        return;

    // Page for page the store as it was: every row with its rowid, the search index included.
    auto keys = Workspace::unlock(restored, TempWorkspace::Passphrase);
    QVERIFY(keys);
    ManualClock clock;
    auto workspace = Workspace::open(restored, std::move(keys.value()), clock);
    QVERIFY(workspace);
    QCOMPARE(contentDigest((*workspace)->store()), atBackup);
    // The copy has a salt of its own, and the key file beside it names it.
    QCOMPARE(*StoreFile::readSalt(Workspace::storePath(restored)),
             (*workspace)->keyFile().storeSalt());
    QVERIFY(*StoreFile::readSalt(Workspace::storePath(restored))
            != *StoreFile::readSalt(Workspace::storePath(fixture.temp.dir())));
}

// The criterion: a backup made before rotate-key restores into a fresh folder and
// opens, although the workspace has another data key since.
void TestBackup::backupMadeBeforeARotationRestoresAndOpens()
{
    Fixture fixture;
    prepare(fixture, 2);
    const CliRunner::Run rotated = fixture.cli.runBinary(
        {QStringLiteral("rotate-key"), QStringLiteral("--workspace"), fixture.temp.dir(),
         QStringLiteral("--passphrase-file"), fixture.passphraseFile});
    QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
    const CliRunner::Run rotatedAgain = fixture.cli.runBinary(
        {QStringLiteral("rotate-key"), QStringLiteral("--workspace"), fixture.temp.dir(),
         QStringLiteral("--passphrase-file"), fixture.passphraseFile});
    QVERIFY2(rotatedAgain.exitCode == 0, qPrintable(rotatedAgain.err));

    const QString restored = fixture.temp.root() + QStringLiteral("/before-rotation");
    const CliRunner::Run run = restore(fixture, fixture.backupFile, restored);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    verifyRestored(restored, 2);
    auto restoredKeys = Workspace::unlock(restored, TempWorkspace::Passphrase);
    auto liveKeys = Workspace::unlock(fixture.temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(restoredKeys && liveKeys);
    QVERIFY2(!(restoredKeys->dataKey() == liveKeys->dataKey()),
             "the backup kept the data key it was made with");
    // And the live workspace still opens on its new key.
    auto live = fixture.temp.open();
    QVERIFY2(live, live ? "" : qPrintable(live.error().message()));
}

void TestBackup::noFileStartsLikePlainSqlite()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QFAIL("the sqlite3 command-line tool is missing: apt-get install sqlite3");
    Fixture fixture;
    prepare(fixture, 2);
    QVERIFY(headOf(fixture.backupFile) != PlainHeader);
    QVERIFY(headOf(fixture.backupFile).startsWith("PK\x03\x04"));

    ZipReader archive(fixture.backupFile);
    QVERIFY(archive.open());
    const QString extracted = fixture.temp.root() + QStringLiteral("/extracted.db");
    {
        QFile out(extracted);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(archive.extract(BackupManifest::StoreEntry, out, 64 << 20));
    }
    QCOMPARE(headOf(extracted).size(), 16);
    QVERIFY(headOf(extracted) != PlainHeader);
    // Plain SQLite cannot read the copy in the archive.
    QProcess process;
    process.start(sqlite3, {extracted, QStringLiteral("SELECT count(*) FROM sqlite_master;")});
    QVERIFY(process.waitForFinished(30000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() != 0, qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("not a database")), qPrintable(errors));

    const QString restored = fixture.temp.root() + QStringLiteral("/restored");
    QCOMPARE(restore(fixture, fixture.backupFile, restored).exitCode, 0);
    QVERIFY(headOf(Workspace::storePath(restored)) != PlainHeader);
}

// The app backs up while it works: the copy is a snapshot of what is committed, WAL included.
void TestBackup::backupTakesWhatIsCommittedWhileTheWorkspaceIsInUse()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    ClientRepository repository(workspace->store());
    for (int i = 0; i < 3; ++i) {
        Client client;
        client.name = QStringLiteral("In the WAL %1").arg(i);
        QVERIFY(repository.create(client));
    }
    QVERIFY(QFileInfo(Workspace::storePath(temp.dir()) + QStringLiteral("-wal")).size() > 0);
    const QString file = temp.root() + QStringLiteral("/live.cdbackup");
    auto manifest = WorkspaceBackup::write(temp.dir(), workspace->keyRing(), file, temp.clock());
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message()));
    QCOMPARE(manifest->workspaceId, workspace->id());
    QCOMPARE(manifest->createdAt, temp.clock().now());
    QCOMPARE(manifest->schemaVersion, *workspace->store().schemaVersion());
    // The workspace goes on working on its connection.
    Client after;
    after.name = QStringLiteral("After the backup");
    QVERIFY(repository.create(after));
    workspace.reset();

    auto staged = BackupRestore::stage(file, temp.root() + QStringLiteral("/restored"));
    QVERIFY2(staged, staged ? "" : qPrintable(staged.error().message()));
    QVERIFY((*staged)->finish(TempWorkspace::Passphrase, temp.clock()));
    verifyRestored(temp.root() + QStringLiteral("/restored"), 3);
    // Nothing the copy needed is left beside the backup.
    QCOMPARE(listing(temp.root()).filter(QStringLiteral("live.cdbackup")),
             QStringList {QStringLiteral("live.cdbackup")});
}

void TestBackup::backupRefusesAnExistingFile()
{
    Fixture fixture;
    prepare(fixture, 1);
    const QByteArray before = readAll(fixture.backupFile);
    const CliRunner::Run run = backup(fixture, fixture.backupFile);
    QCOMPARE(run.exitCode, int(ErrorKind::InvalidInput));
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    QCOMPARE(readAll(fixture.backupFile), before);
    const CliRunner::Run noOutput = fixture.cli.runBinary(
        {QStringLiteral("backup"), QStringLiteral("--workspace"), fixture.temp.dir(),
         QStringLiteral("--passphrase-file"), fixture.passphraseFile});
    QCOMPARE(noOutput.exitCode, int(ErrorKind::Usage));
}

// A backup that crashes (here: at a crash point once its copy of the store is made) leaves that
// copy beside the file it was to write. The next backup into that folder removes it, and
// nothing else: not a copy a running backup holds, not one made a moment ago, not a file that
// only looks alike.
void TestBackup::nextBackupRemovesWhatACrashedOneLeft()
{
    Fixture fixture;
    prepare(fixture, 1);
    const QString out = fixture.temp.root() + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(out));
    QProcessEnvironment crash;
    crash.insert(QStringLiteral("CLIENTDESK_CRASH_POINT"), QStringLiteral("backup.after-copy"));
    const CliRunner::Run crashed = fixture.cli.runBinary(
        {QStringLiteral("backup"), QStringLiteral("--workspace"), fixture.temp.dir(),
         QStringLiteral("--output"), out + QStringLiteral("/crashed.cdbackup"),
         QStringLiteral("--passphrase-file"), fixture.passphraseFile},
        crash);
    QCOMPARE(crashed.exitCode, CrashPoint::ExitCode);
    const QStringList left = listing(out);
    QCOMPARE(left.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^crashed\\.cdbackup\\.store-[A-Za-z]{6}$"))
                 .match(left.constFirst())
                 .hasMatch(),
             qPrintable(left.constFirst()));
    const QString leftover = out + QLatin1Char('/') + left.constFirst();
    QVERIFY(writeAll(leftover + QStringLiteral("-journal"), "journal"));

    const QStringList lookAlikes {
        QStringLiteral("notes.store-AbCdEf"),
        QStringLiteral("photo.cdbackup.store-AbCdE"),
        QStringLiteral("photo.cdbackup.store-AbCdEf.txt"),
        QStringLiteral("photo.cdbackup.store-AbCdEf-journal.bak"),
        QStringLiteral("my.cdbackup"),
    };
    for (const QString &name : lookAlikes)
        QVERIFY(writeAll(out + QLatin1Char('/') + name, "someone's own"));
    // A backup still running in another process holds its copy (here: this test does).
    const QString running = out + QStringLiteral("/running.cdbackup.store-RuNnIn");
    QVERIFY(writeAll(running, "being written"));
    for (const QString &name : listing(out))
        QVERIFY(backdate(out + QLatin1Char('/') + name));
    QFile held(running);
    QVERIFY(held.open(QIODevice::ReadOnly));
    QCOMPARE(::flock(held.handle(), LOCK_EX | LOCK_NB), 0);
    // A backup that has only just started may not hold its copy yet.
    const QString fresh = out + QStringLiteral("/fresh.cdbackup.store-FrEsHh");
    QVERIFY(writeAll(fresh, "just made"));

    const CliRunner::Run next = backup(fixture, out + QStringLiteral("/next.cdbackup"));
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QStringList expected = lookAlikes;
    expected << QFileInfo(running).fileName() << QFileInfo(fresh).fileName()
             << QStringLiteral("next.cdbackup");
    expected.sort();
    QCOMPARE(listing(out), expected);
    for (const QString &name : lookAlikes)
        QCOMPARE(readAll(out + QLatin1Char('/') + name), QByteArray("someone's own"));
}

void TestBackup::restoreRefusesANonEmptyFolder()
{
    Fixture fixture;
    prepare(fixture, 1);
    const QString target = fixture.temp.root() + QStringLiteral("/occupied");
    QVERIFY(QDir().mkpath(target));
    QVERIFY(writeAll(target + QStringLiteral("/notes.txt"), "keep me"));
    const QStringList parentBefore = listing(fixture.temp.root());
    const CliRunner::Run run = restore(fixture, fixture.backupFile, target);
    QCOMPARE(run.exitCode, int(ErrorKind::InvalidInput));
    QVERIFY2(run.err.contains(QStringLiteral("not empty")), qPrintable(run.err));
    QCOMPARE(listing(target), QStringList {QStringLiteral("notes.txt")});
    QCOMPARE(readAll(target + QStringLiteral("/notes.txt")), QByteArray("keep me"));
    QCOMPARE(listing(fixture.temp.root()), parentBefore);
    // Over the live workspace, too.
    QCOMPARE(restore(fixture, fixture.backupFile, fixture.temp.dir()).exitCode,
             int(ErrorKind::InvalidInput));
}

void TestBackup::restoreRefusesAWrongPassphrase()
{
    Fixture fixture;
    prepare(fixture, 1);
    const QString wrong =
        fixture.cli.writeFile(QStringLiteral("wrong.txt"), "not the passphrase at all\n");
    const QStringList parentBefore = listing(fixture.temp.root());
    // The folders made for the restore go again with it.
    const QString target = fixture.temp.root() + QStringLiteral("/new/folders/restored");
    const CliRunner::Run run = fixture.cli.runBinary({QStringLiteral("restore"), fixture.backupFile,
                                                      QStringLiteral("--workspace"), target,
                                                      QStringLiteral("--passphrase-file"), wrong});
    QCOMPARE(run.exitCode, int(ErrorKind::WrongKey));
    QVERIFY2(run.err.contains(QStringLiteral("passphrase")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("not the passphrase at all")));
    QCOMPARE(listing(fixture.temp.root()), parentBefore);
}

// How each damaged archive is made from a good backup; each is refused before anything
// appears where the workspace was to go.
void TestBackup::restoreRefusesDamagedArchives_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *damage, ErrorKind kind, const char *message) {
        QTest::newRow(damage) << QString::fromLatin1(damage) << int(kind)
                              << QString::fromLatin1(message);
    };
    row("truncated", ErrorKind::InvalidInput, "cut short");
    row("garbage", ErrorKind::InvalidInput, "not a ClientDesk backup");
    row("plain-sqlite", ErrorKind::InvalidInput, "not a ClientDesk backup");
    row("flipped-byte", ErrorKind::InvalidInput, "damaged");
    row("store-not-as-in-manifest", ErrorKind::InvalidInput, "checksum");
    row("no-manifest", ErrorKind::InvalidInput, "no manifest.json");
    row("key-file-of-another-workspace", ErrorKind::InvalidInput, "another workspace");
    row("newer-format", ErrorKind::NewerStore, "newer version");
    // Hostile archives: each must be refused without the memory or disk it asks for.
    row("lying-size-manifest", ErrorKind::InvalidInput, "manifest.json holds more than");
    row("lying-size-store", ErrorKind::InvalidInput, "store.db holds more than");
    row("deflate-bomb", ErrorKind::InvalidInput, "store.db holds more than");
    row("larger-than-the-disk", ErrorKind::Io, "but the disk has");
}

void TestBackup::restoreRefusesDamagedArchives()
{
    QFETCH(QString, damage);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    Fixture fixture;
    prepare(fixture, 2);
    const QByteArray good = readAll(fixture.backupFile);
    QVERIFY(!good.isEmpty());
    ZipReader archive(fixture.backupFile);
    QVERIFY(archive.open());
    QByteArray store = *archive.read(BackupManifest::StoreEntry, 64 << 20);
    QByteArray keyFile = *archive.read(BackupManifest::KeyFileEntry, 1 << 20);
    QByteArray manifest = *archive.read(BackupManifest::ManifestEntry, 1 << 20);

    // Far more than a restore may hold in memory or write to disk here, yet it packs into
    // well under a megabyte.
    constexpr qsizetype Inflated = qsizetype(128) << 20;

    const QString bad = fixture.temp.root() + QStringLiteral("/bad.cdbackup");
    // Rewrites the archive from (possibly changed) entries, with matching CRCs; the store or the
    // manifest from a file instead if one is named.
    const auto repack = [&](bool withManifest, const QString &storeFile = {},
                            const QString &manifestFile = {}) {
        ZipWriter writer(bad);
        QVERIFY(storeFile.isEmpty() ? writer.addBytes(BackupManifest::StoreEntry, store)
                                    : writer.addFile(BackupManifest::StoreEntry, storeFile,
                                                     ZipWriter::Compression::Deflate));
        QVERIFY(writer.addBytes(BackupManifest::KeyFileEntry, keyFile));
        if (withManifest && manifestFile.isEmpty())
            QVERIFY(writer.addBytes(BackupManifest::ManifestEntry, manifest));
        if (withManifest && !manifestFile.isEmpty())
            QVERIFY(writer.addFile(BackupManifest::ManifestEntry, manifestFile,
                                   ZipWriter::Compression::Deflate));
        QVERIFY(writer.commit());
    };
    const QString inflated = fixture.temp.root() + QStringLiteral("/inflated.bin");
    const auto setManifest = [&](const QString &key, const QJsonValue &value) {
        QJsonObject object = QJsonDocument::fromJson(manifest).object();
        object.insert(key, value);
        manifest = QJsonDocument(object).toJson();
    };
    if (damage == QLatin1String("truncated")) {
        QVERIFY(writeAll(bad, good.left(good.size() / 2)));
    } else if (damage == QLatin1String("garbage")) {
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QVERIFY(writeAll(bad, noise));
    } else if (damage == QLatin1String("plain-sqlite")) {
        QVERIFY(writeAll(bad, PlainHeader + QByteArray(4096 - 16, '\0')));
    } else if (damage == QLatin1String("flipped-byte")) {
        // Inside store.db's data, which is stored uncompressed at the start: its CRC fails.
        QByteArray flipped = good;
        flipped[8192] = char(flipped[8192] ^ 0x5a);
        QVERIFY(writeAll(bad, flipped));
    } else if (damage == QLatin1String("store-not-as-in-manifest")) {
        store[8192] = char(store[8192] ^ 0x5a);
        repack(true);
    } else if (damage == QLatin1String("no-manifest")) {
        repack(false);
    } else if (damage == QLatin1String("key-file-of-another-workspace")) {
        TempWorkspace other;
        QVERIFY(other.create());
        keyFile = readAll(other.file(QStringLiteral("keyfile.json")));
        QJsonObject files =
            QJsonDocument::fromJson(manifest).object().value(QStringLiteral("files")).toObject();
        files.insert(
            BackupManifest::KeyFileEntry,
            QJsonObject {
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(keyFile, QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("size"), keyFile.size()}});
        setManifest(QStringLiteral("files"), files);
        repack(true);
    } else if (damage == QLatin1String("newer-format")) {
        setManifest(QStringLiteral("version"), BackupManifest::FormatVersion + 1);
        repack(true);
    } else if (damage == QLatin1String("lying-size-manifest")) {
        // Its header claims the manifest's own size.
        repack(true, {}, sparseFile(inflated, manifest, Inflated));
        QByteArray zip = readAll(bad);
        QVERIFY(declareSize(zip, BackupManifest::ManifestEntry.toUtf8(), quint32(manifest.size())));
        QVERIFY(writeAll(bad, zip));
    } else if (damage == QLatin1String("lying-size-store")) {
        // The header and the manifest agree on the store's size; the entry goes on past it.
        repack(true, sparseFile(inflated, store, Inflated));
        QByteArray zip = readAll(bad);
        QVERIFY(declareSize(zip, BackupManifest::StoreEntry.toUtf8(), quint32(store.size())));
        QVERIFY(writeAll(bad, zip));
    } else if (damage == QLatin1String("deflate-bomb")) {
        repack(true, sparseFile(inflated, {}, Inflated));
    } else if (damage == QLatin1String("larger-than-the-disk")) {
        QJsonObject files =
            QJsonDocument::fromJson(manifest).object().value(QStringLiteral("files")).toObject();
        QJsonObject storeFile = files.value(BackupManifest::StoreEntry).toObject();
        storeFile.insert(QStringLiteral("size"), qint64(1) << 50); // a pebibyte
        files.insert(BackupManifest::StoreEntry, storeFile);
        setManifest(QStringLiteral("files"), files);
        repack(true);
    }
    QFile::remove(inflated);
    if (QTest::currentTestFailed())
        return;

    const QByteArray badBytes = readAll(bad);
    const QStringList parentBefore = listing(fixture.temp.root());
    // Into folders that do not exist yet: a refusal removes what it made for the restore.
    const QString target = fixture.temp.root() + QStringLiteral("/new/folders/restored");
    // Bounded: no file past 32 MiB (the real store is a fraction of that), no memory beyond
    // what a restore needs, no long wait.
    QElapsedTimer elapsed;
    elapsed.start();
    const CliRunner::Run run =
        runLimited(fixture,
                   {QStringLiteral("restore"), bad, QStringLiteral("--workspace"), target,
                    QStringLiteral("--passphrase-file"), fixture.passphraseFile},
                   32 * 1024);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(peakChildMemoryMiB() < 100, qPrintable(QString::number(peakChildMemoryMiB())));
    QCOMPARE(listing(fixture.temp.root()), parentBefore);
    QCOMPARE(readAll(bad), badBytes);
}

// A write that fails for want of space (here: a file size limit) leaves no file behind,
// neither the backup nor its copy of the store, nor a half-restored workspace.
void TestBackup::fullDiskLeavesEveryFileUnchanged()
{
    Fixture fixture;
    {
        auto workspace = fixture.temp.create();
        QVERIFY(workspace);
        QVERIFY(DemoDataGenerator(workspace->store(), 3)
                    .generate(DemoDataGenerator::counts(DemoDataGenerator::Size::S)));
    }
    fixture.passphraseFile =
        fixture.cli.writeFile(QStringLiteral("passphrase.txt"), TempWorkspace::Passphrase + '\n');
    const qint64 storeSize = QFileInfo(Workspace::storePath(fixture.temp.dir())).size();
    QVERIFY(storeSize > 2 * 1024 * 1024);
    const QString out = fixture.temp.root() + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(out));
    const auto workspaceBefore = fixture.temp.snapshot();
    // No process here may write a file past 1 MiB.
    const CliRunner::Run backedUp =
        runLimited(fixture,
                   {QStringLiteral("backup"), QStringLiteral("--workspace"), fixture.temp.dir(),
                    QStringLiteral("--output"), out + QStringLiteral("/full.cdbackup"),
                    QStringLiteral("--passphrase-file"), fixture.passphraseFile},
                   1024);
    QVERIFY2(backedUp.exitCode == int(ErrorKind::Io), qPrintable(backedUp.err));
    QVERIFY(!backedUp.err.isEmpty());
    QCOMPARE(listing(out), QStringList());
    QCOMPARE(fixture.temp.snapshot(), workspaceBefore);

    fixture.backupFile = out + QStringLiteral("/whole.cdbackup");
    QCOMPARE(backup(fixture, fixture.backupFile).exitCode, 0);
    const QStringList parentBefore = listing(fixture.temp.root());
    const CliRunner::Run restored =
        runLimited(fixture,
                   {QStringLiteral("restore"), fixture.backupFile, QStringLiteral("--workspace"),
                    fixture.temp.root() + QStringLiteral("/restored"),
                    QStringLiteral("--passphrase-file"), fixture.passphraseFile},
                   1024);
    QVERIFY2(restored.exitCode == int(ErrorKind::Io), qPrintable(restored.err));
    QVERIFY2(restored.err.contains(QStringLiteral("disk full")), qPrintable(restored.err));
    QCOMPARE(listing(fixture.temp.root()), parentBefore);
}

// The log of every command here, at debug level, holds neither key (old or new), nor the
// master key, nor a passphrase, nor the owner.
void TestBackup::logsHoldNoKeysOrPassphrases()
{
    Fixture fixture;
    prepare(fixture, 1);
    QProcessEnvironment debug;
    debug.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("clientdesk.*=true"));
    const auto keysNow = [&] {
        return Workspace::unlock(fixture.temp.dir(), TempWorkspace::Passphrase);
    };
    QList<QByteArray> forbidden {TempWorkspace::Passphrase, TempWorkspace::OwnerEmail.toUtf8(),
                                 TempWorkspace::OwnerName.toUtf8()};
    const auto remember = [&](const KeyRing &keys) {
        for (const SecretBytes *key : {&keys.masterKey(), &keys.dataKey()}) {
            const QByteArray hex(key->toHex().constData(), key->size() * 2);
            forbidden << hex << hex.toUpper() << key->view().toByteArray().toBase64();
        }
    };
    auto before = keysNow();
    QVERIFY(before);
    remember(*before);

    const QString wrong = fixture.cli.writeFile(QStringLiteral("wrong.txt"), "wrong guess 12345\n");
    forbidden << QByteArrayLiteral("wrong guess 12345");
    const QStringList unlockWith {QStringLiteral("--workspace"), fixture.temp.dir(),
                                  QStringLiteral("--passphrase-file")};
    QCOMPARE(fixture.cli
                 .runBinary(QStringList {QStringLiteral("rotate-key")} + unlockWith
                                + QStringList {fixture.passphraseFile},
                            debug)
                 .exitCode,
             0);
    auto after = keysNow();
    QVERIFY(after);
    remember(*after);
    const QString second = fixture.temp.root() + QStringLiteral("/second.cdbackup");
    QCOMPARE(fixture.cli
                 .runBinary(
                     QStringList {QStringLiteral("backup")} + unlockWith
                         + QStringList {fixture.passphraseFile, QStringLiteral("--output"), second},
                     debug)
                 .exitCode,
             0);
    for (const QString &file : {fixture.backupFile, second}) {
        QCOMPARE(fixture.cli
                     .runBinary({QStringLiteral("restore"), file, QStringLiteral("--workspace"),
                                 fixture.temp.root() + QStringLiteral("/wrong-")
                                     + QFileInfo(file).baseName(),
                                 QStringLiteral("--passphrase-file"), wrong},
                                debug)
                     .exitCode,
                 int(ErrorKind::WrongKey));
        QCOMPARE(fixture.cli
                     .runBinary(
                         {QStringLiteral("restore"), file, QStringLiteral("--workspace"),
                          fixture.temp.root() + QStringLiteral("/ok-") + QFileInfo(file).baseName(),
                          QStringLiteral("--passphrase-file"), fixture.passphraseFile},
                         debug)
                     .exitCode,
                 0);
    }

    QByteArray text;
    const QDir logs(fixture.temp.root() + QStringLiteral("/home/logs"));
    for (const QString &name : logs.entryList({QStringLiteral("*.log")}, QDir::Files))
        text += readAll(logs.filePath(name));
    QVERIFY2(text.contains("store re-keyed") && text.contains("backup written")
                 && text.contains("backup restored"),
             "the commands did not log at all");
    for (const QByteArray &secret : std::as_const(forbidden))
        QVERIFY2(!text.contains(secret), secret.constData());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
